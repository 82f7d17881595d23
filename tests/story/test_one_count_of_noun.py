"""A figure that is not its sentence's only count is still the sentence's one count of its counted noun when every
other figure counts another noun written in its own phrase, or a part of the figure's group (story/flags.
one_count_of_noun, feature ``only_count``, asked by confidence.one_fact_figure; round 34, issue 11). Two groups of one
noun, a bare number, and a count inside the figure's own phrase stay rivals. Invented sources, slots built by hand
(no models but the same-happening one)."""

from __future__ import annotations

import hand_sources as hand
import numpy as np

from newsprism.claims.amounts import Amount
from newsprism.claims.slots import SentenceSlots
from newsprism.story.compare import Source, compare_pair, settings
from newsprism.story.confidence import one_fact_figure
from newsprism.story.flags import rate

B_ONE = "Nine pickers at the Orsa orchard were treated for heat stroke on Monday."


def _count(text: str, figure: str, noun: str | None, noun_text: str | None, after: int = 0) -> Amount:
    """A count as the story comparison reads it from a claim: the figure's text, its counted noun, and an evidence
    span over the figure and, where the text writes it right after the figure, the noun."""
    at = text.index(figure, after)
    words = {"Nine": 9.0, "Twelve": 12.0, "two": 2.0, "three": 3.0, "five": 5.0}
    value = words.get(figure) or float(figure.replace(",", ""))
    n_at = text.find(noun_text, at + len(figure)) if noun_text else -1
    end = n_at + len(noun_text) if noun_text and 0 <= n_at <= at + len(figure) + 12 else at + len(figure)
    return Amount(start=at, end=end, text=figure, value=value, low=value, high=value, bound="exact",
                  dim="count", noun=noun, noun_text=noun_text, extra={"verb": "treat"})  # type: ignore[arg-type]


def _source(i: int, text: str, amounts: list[Amount], vec: np.ndarray) -> Source:
    sent = SentenceSlots(start=0, end=len(text), text=text, amounts=amounts)
    return Source(index=i, name=f"Outlet {i}", sentences=[sent], vectors=np.array([vec]), text=text)


def _conflict(a_text: str, rivals: list[tuple[str, str | None, str | None]]):
    """Report A's sentence counts twelve pickers and the ``rivals`` (figure, noun, noun as written) after them;
    report B's counts nine pickers and nothing else."""
    va, vb = hand.vectors(0.8)
    first = _count(a_text, "Twelve", "picker", "pickers")
    amounts = [first] + [_count(a_text, fig, noun, written, after=first.end) for fig, noun, written in rivals]
    a = _source(0, a_text, amounts, va)
    b = _source(1, B_ONE, [_count(B_ONE, "Nine", "picker", "pickers")], vb)
    found = [f for f in compare_pair(a, b) if f.kind == "conflict" and {f.a.text, f.b.text} == {"Twelve pickers", "Nine pickers"}]
    assert len(found) == 1
    rate(found, {0: a, 1: b})
    return found[0]


def test_a_count_of_another_noun_leaves_the_figure_the_sentences_one_count_of_its_noun():
    f = _conflict("Twelve pickers at the Orsa orchard were treated for heat stroke on Monday, and 40 hives were lost.",
                  [("40", "hive", "hives")])
    assert f.features["only_pair"] == 0.0 and f.features["only_figure"] == 0.0  # the old tests still see a rival
    assert f.features["only_count"] == 1.0
    assert one_fact_figure(f)
    assert f.confidence >= settings()["one_fact_figure_confidence"] >= 0.5


def test_a_part_of_the_group_is_no_second_count_of_it():
    f = _conflict("Twelve pickers at the Orsa orchard were treated for heat stroke on Monday, two of them in hospital.",
                  [("two", None, None)])
    assert f.features["only_count"] == 1.0
    assert one_fact_figure(f)


def test_two_groups_of_one_noun_are_not_lifted():
    # the sentence counts pickers twice: which group the other report's nine stands for cannot be told
    f = _conflict("Twelve pickers at the Orsa orchard were treated for heat stroke on Monday, and 300 pickers went home.",
                  [("300", "picker", "pickers")])
    assert f.features["only_count"] == 0.0
    assert not one_fact_figure(f)


def test_a_bare_number_stays_a_rival():
    # "and 30 were not": English leaves the noun out, so the bare figure counts pickers too
    f = _conflict("Twelve pickers at the Orsa orchard were treated for heat stroke on Monday and 30 were not.",
                  [("30", None, None)])
    assert f.features["only_count"] == 0.0
    assert not one_fact_figure(f)


def test_a_count_in_the_figures_own_phrase_makes_it_a_part_not_the_group():
    # "pickers on the three night rows": the figure counts the pickers of three rows, a part of the orchard's pickers
    f = _conflict("Twelve pickers on the three night rows of the Orsa orchard were treated for heat stroke on Monday.",
                  [("three", "row", "night rows")])
    assert f.features["only_count"] == 0.0
    assert not one_fact_figure(f)


def test_a_noun_the_parse_took_from_before_the_figure_is_no_noun_of_its_own():
    # "one hive in five": the parse may hang an earlier noun on "five"; not written after it, it is a bare number
    text = "Twelve pickers at the Orsa orchard were treated for heat stroke on Monday, and the farm lost one hive in five."
    va, vb = hand.vectors(0.8)
    first = _count(text, "Twelve", "picker", "pickers")
    five = _count(text, "five", None, None, after=first.end)
    five.noun, five.noun_text = "farm", "farm"  # the span stays the figure alone: "farm" is not written after it
    a = _source(0, text, [first, five], va)
    b = _source(1, B_ONE, [_count(B_ONE, "Nine", "picker", "pickers")], vb)
    found = [f for f in compare_pair(a, b) if f.kind == "conflict" and {f.a.text, f.b.text} == {"Twelve pickers", "Nine pickers"}]
    assert len(found) == 1
    rate(found, {0: a, 1: b})
    assert found[0].features["only_count"] == 0.0
    assert not one_fact_figure(found[0])


def test_a_figure_that_tells_the_size_of_another_thing_is_not_lifted():
    # "a crew of twelve pickers": the figure tells how big a crew is, and the sentence counts hives too
    text = "A crew of Twelve pickers at the Orsa orchard was treated for heat stroke on Monday, and 40 hives were lost."
    va, vb = hand.vectors(0.8)
    first = _count(text, "Twelve", "picker", "pickers")
    first.start = text.index("crew")  # the evidence span opens at the head noun, as claims.typed writes it
    a = _source(0, text, [first, _count(text, "40", "hive", "hives", after=first.end)], va)
    b = _source(1, B_ONE, [_count(B_ONE, "Nine", "picker", "pickers")], vb)
    found = [f for f in compare_pair(a, b) if f.kind == "conflict" and f.a.amount is first]
    assert len(found) == 1
    rate(found, {0: a, 1: b})
    assert found[0].features["only_count"] == 0.0
    assert not one_fact_figure(found[0])
