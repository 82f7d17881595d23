"""The "same fact" inputs of a figure flag's confidence (story/flags.py, issue 11): whether the two figures hang
from one predicate, share the counted thing as written, and are each the only figure of that thing in their
document. Invented sources, slots built by hand (no models)."""

from __future__ import annotations

import hand_sources as hand

from newsprism.claims.amounts import Amount
from newsprism.story.compare import compare_pair
from newsprism.story.flags import figure_index, same_fact, stated_figures, told_across


def _amount(text: str, figure: str, noun: str, noun_text: str, verb: str | None, after: int = 0) -> Amount:
    at = text.index(figure, after)
    value = float(figure.replace(",", ""))
    a = Amount(start=at, end=at + len(figure), text=figure, value=value, low=value, high=value, bound="exact",
               dim="count", noun=noun, noun_text=noun_text)
    if verb:
        a.extra["verb"] = verb
    return a


def _finding(a_text: str, a_amounts: list[Amount], b_text: str, b_amounts: list[Amount]):
    va, vb = hand.vectors(0.8)
    sa = hand.source(0, hand.sentence(a_text, amounts=a_amounts), va)
    sb = hand.source(1, hand.sentence(b_text, amounts=b_amounts), vb)
    found = [f for f in compare_pair(sa, sb) if f.kind == "conflict"]
    assert len(found) == 1
    return found[0], {0: figure_index(sa), 1: figure_index(sb)}


def test_one_fact_told_twice_reads_as_one():
    a_text = "About 3,000 striking dock workers walked out at Varno on Monday."
    b_text = "Some 2,000 striking dock workers walked out at the port of Varno."
    f, sources = _finding(a_text, [_amount(a_text, "3,000", "worker", "striking dock workers", "walk")],
                          b_text, [_amount(b_text, "2,000", "worker", "striking dock workers", "walk")])
    assert same_fact(f, sources) == {"same_verb": 1.0, "verb_clash": 0.0, "counted": 1.0, "sole": 1.0,
                                     "presence_clash": 0.0, "source_count": 0.0}


def test_figures_of_two_predicates_and_a_crowded_document_read_as_two_things():
    a_text = "The council approved 12 new schools and abandoned 4 older schools."
    b_text = "The council built 9 schools last year."
    f, sources = _finding(a_text, [_amount(a_text, "12", "school", "new schools", "approve"),
                                   _amount(a_text, "4", "school", "older schools", "abandon")],
                          b_text, [_amount(b_text, "9", "school", "schools", "build")])
    x = same_fact(f, sources)
    assert x["same_verb"] == 0.0 and x["verb_clash"] == 1.0
    assert x["sole"] == 0.5  # source 0 gives two figures of schools, source 1 one
    assert 0.0 < x["counted"] < 1.0


def test_a_light_verb_says_nothing_of_the_fact():
    a_text = "There were 40 ferries in the fleet."
    b_text = "The fleet has 45 ferries."
    f, sources = _finding(a_text, [_amount(a_text, "40", "ferry", "ferries", "be")],
                          b_text, [_amount(b_text, "45", "ferry", "ferries", "hav")])
    x = same_fact(f, sources)
    assert x["same_verb"] == 0.0 and x["verb_clash"] == 0.0


def _told(a_text: str, a_amounts: list[Amount], b_text: str, b_amounts: list[Amount]) -> dict[str, float]:
    va, vb = hand.vectors(0.8)
    sa = hand.source(0, hand.sentence(a_text, amounts=a_amounts), va)
    sb = hand.source(1, hand.sentence(b_text, amounts=b_amounts), vb)
    found = [f for f in compare_pair(sa, sb) if f.kind == "conflict"]
    assert found
    return told_across(found[0], {0: stated_figures(sa), 1: stated_figures(sb)})


def test_a_clash_of_one_fact_leaves_each_source_its_own_figure():
    a_text = "About 3,000 striking dock workers walked out at Varno on Monday."
    b_text = "Some 2,000 striking dock workers walked out at the port of Varno."
    x = _told(a_text, [_amount(a_text, "3,000", "worker", "striking dock workers", "walk")],
              b_text, [_amount(b_text, "2,000", "worker", "striking dock workers", "walk")])
    assert x == {"told_across": 0.0, "told_across_dim": 0.0}


def test_two_figures_both_sources_state_are_two_facts():
    # each report also states the other's figure elsewhere (the striking and the locked-out workers): two facts
    a_text = "About 3,000 dock workers walked out on Monday."
    b_text = "Some 2,000 dock workers walked out at Varno."
    a = _amount(a_text, "3,000", "worker", "dock workers", "walk")
    b = _amount(b_text, "2,000", "worker", "dock workers", "walk")
    va, vb = hand.vectors(0.8)
    f = next(f for f in compare_pair(hand.source(0, hand.sentence(a_text, amounts=[a]), va),
                                     hand.source(1, hand.sentence(b_text, amounts=[b]), vb)) if f.kind == "conflict")
    both = "3,000 dock workers struck and 2,000 dock workers were locked out."
    told = stated_figures(hand.source(2, hand.sentence(both, amounts=[
        _amount(both, "3,000", "worker", "dock workers", "strike"),
        _amount(both, "2,000", "worker", "dock workers", "lock")]), va))
    assert told_across(f, {0: told, 1: told}) == {"told_across": 1.0, "told_across_dim": 1.0}


def test_a_figure_of_another_counted_thing_counts_only_by_dimension():
    a_text = "Police said 40 people were hurt."
    b_text = "Some 25 people were hurt and 40 cars burned."
    x = _told(a_text, [_amount(a_text, "40", "person", "people", "hurt")],
              b_text, [_amount(b_text, "25", "person", "people", "hurt"), _amount(b_text, "40", "car", "cars", "burn")])
    assert x == {"told_across": 0.0, "told_across_dim": 0.5}
