"""A length of time (or a share) that one report ties to a noun ("a six-year prison term", "an eight-year lease") and the
other tells as a bare figure of its clause ("sentenced to four years", "will rent the terminal for five years") is one
fact told two ways when every other test of the measure lift holds: the bare figure names no second measured thing,
as a group named on one side only is no second group (story/confidence.one_side_measured, round 44, issue 11). Two
measured nouns that differ still clash, the lift's other tests stay, and the counted-figure lift (one_fact_figure),
which does not ask that each figure is its report's only one of its unit, still asks the clash: "the 40-yard line" /
"returned it 32 yards" measure two plays (round 24's wrong lift on real coverage). Invented reports."""

from __future__ import annotations

import pytest
from hand_sources import discrepancies_between, harbour_lengths, harbour_story

from newsprism.claims.amounts import Amount
from newsprism.story.compare import Finding, Side, settings
from newsprism.story.confidence import one_fact_figure, one_fact_measure, one_side_measured

LEASE = ("The Orlen harbour authority granted Brekka Marine an eight-year lease on the old ferry terminal on Tuesday."
         " The firm plans to open a repair yard there.")
RENT = ("Brekka Marine will rent the old ferry terminal at Orlen harbour for five years, the port authority said on"
        " Tuesday. The firm plans to open a repair yard there.")
CLOSURE = ("The Orlen harbour authority has ordered a 12-week closure of the old ferry terminal, it said on Tuesday."
           " Brekka Marine will repair the quay.")
SHUT = ("The old ferry terminal at Orlen harbour will stay shut for eight weeks, the port authority said on Tuesday."
        " Brekka Marine will repair the quay.")
RISE = ("The Orlen harbour authority announced a 30 percent rise in mooring fees on Tuesday. Brekka Marine will collect"
        " them.")
UP = ("Mooring fees at Orlen harbour will go up by 18 percent, the port authority said on Tuesday. Brekka Marine will"
      " collect them.")


def _top(a: str, b: str, a_words: str, b_words: str, slot: str = "duration") -> float:
    result = harbour_story(a, b)
    flags = harbour_lengths(result, a_words, b_words) if slot == "duration" else \
        discrepancies_between(result, "conflict", slot, ("courier", a_words), ("post", b_words))
    assert flags, "the pair must be found (kept in the JSON)"
    return max(d.confidence for d in flags)


@pytest.mark.slow  # the whole pipeline on invented reports
def test_a_length_named_by_its_noun_against_the_same_length_told_by_a_verb_is_shown():
    assert _top(LEASE, RENT, "eight-year", "five years") >= 0.5
    assert _top(CLOSURE, SHUT, "12-week", "eight weeks") >= 0.5
    assert _top(RISE, UP, "30 percent", "18 percent", "percentage") >= 0.5


@pytest.mark.slow
def test_switched_off_the_one_side_noun_holds_the_pair_behind_show_more(monkeypatch):
    monkeypatch.setitem(settings(), "one_fact_measure_one_side_noun", False)
    # round 52 reads "lease" / "rent" and "closure" / "shut" as one act (one_measured_act), which shows these pairs
    # by another path; off here, so this test keeps asking round 44's switch alone
    monkeypatch.setitem(settings()["one_measured_act"], "enabled", False)
    assert _top(LEASE, RENT, "eight-year", "five years") < 0.5
    assert _top(CLOSURE, SHUT, "12-week", "eight weeks") < 0.5
    assert _top(RISE, UP, "30 percent", "18 percent", "percentage") < 0.5


def _finding(slot: str, **features: float) -> Finding:
    dim = "duration" if slot == "duration" else "count"

    def side(i: int, value: float) -> Side:
        a = Amount(start=0, end=2, text=str(int(value)), value=value, low=value, high=value, bound="exact", dim=dim)
        return Side(source=i, sentence=0, start=0, end=2, text=str(int(value)), value=str(int(value)), amount=a)

    # every test of the measure lift holds but the measured noun of one side
    base = {"noun": 0.0, "counted": 0.0, "noun_clash": 0.0, "sole_dim": 1.0, "only_pair": 1.0, "vague": 0.0,
            "told_across_dim": 0.0, "partitive": 0.0, "group_clash": 0.0, "one_measured": 0.0, "same_p": 0.9,
            "depth": 0.1, "measured_clash": 1.0, "measured_one_side": 1.0}
    base.update(features)
    return Finding(kind="conflict", slot=slot, a=side(0, 2922.0), b=side(1, 1826.0), detail="value", features=base)


def test_a_noun_named_on_one_side_only_is_no_second_measured_thing():
    assert one_side_measured(_finding("duration").features)
    assert one_fact_measure(_finding("duration"))


def test_two_measured_nouns_that_differ_still_clash():
    # "an eight-year lease" / "a five-year building programme": both figures name what they measure, and not one thing
    assert not one_fact_measure(_finding("duration", measured_one_side=0.0))


def test_the_lifts_other_tests_still_hold_the_pair():
    assert not one_fact_measure(_finding("duration", same_p=0.6))  # not confidently one happening: shown floor stays
    assert not one_fact_measure(_finding("duration", sole_dim=0.0))  # the report gives another length of it
    assert not one_fact_measure(_finding("duration", depth=0.9))  # deep in a report
    assert not one_fact_measure(_finding("duration", group_clash=1.0))


def test_switched_off_the_base_test_holds_the_pair(monkeypatch):
    monkeypatch.setitem(settings(), "one_fact_measure_one_side_noun", False)
    assert not one_fact_measure(_finding("duration"))


def test_yardages_of_two_plays_are_not_lifted_as_one_counted_fact():
    # real coverage (round 24, r7): "took over at the 40-yard line" / "returned it 32 yards", one side's measured
    # noun and a bare figure; the counted-figure lift does not ask sole_dim, so it keeps the clash
    f = _finding("count", noun=1.0, counted=1.0, sole_dim=0.0)
    assert not one_fact_figure(f)
    assert one_fact_figure(_finding("count", noun=1.0, counted=1.0, sole_dim=0.0, measured_clash=0.0))
