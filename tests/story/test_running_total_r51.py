"""A "By ..." paragraph of running prose reaches the story (``byline.prose_is_body``, round 50's ingest fix, shipped
in round 51), and three general facts of English keep what it brings from feeding false flags (round 51, issue 11):

(1) ``count_running_total``: a count told "by" a time in a perfect tense ("By nightfall 36 passengers had been
    lowered") is a running total at that time, a lower bound of the final count: "42 passengers lowered" holds it,
    "23 passengers" does not (``compare.running_total``, ``compare.held_as_told``).
(2) ``count_presence_apart``: a count of those present at a place ("Around 150 spectators were in the stand") and a
    count of the same noun that an act befell ("The collapse injured 21 spectators") are two facts; a verb of holding
    ("the ferry was carrying 163 passengers") counts those aboard and still pairs with "200 passengers were on board"
    (``compare.present_count``, ``compare.act_count``).
(3) ``date_by_time_apart``: a date that is the object of "by" ("By Wednesday morning, farmers had poured away ...")
    tells a bound, not the day of a happening, so it is no lead or headline day (``compare.by_date``).

Invented sentences, fictional names and places."""

from __future__ import annotations

import pytest
from hand_sources import parsed_slots, source, vectors

from newsprism.claims.amounts import relation
from newsprism.story.compare import (
    Source,
    by_date,
    compare_pair,
    held_as_told,
    present_count,
    running_total,
    settings,
)

pytestmark = pytest.mark.slow  # every sentence is read from the spaCy parse


def _count_findings(a: str, b: str, cos: float = 0.8) -> list[tuple[str, str, str]]:
    va, vb = vectors(cos)
    found = compare_pair(source(0, parsed_slots(a), va), source(1, parsed_slots(b), vb))
    return [(f.kind, f.a.text, f.b.text) for f in found if f.slot == "count"]


def _conflicts(a: str, b: str) -> list[tuple[str, str, str]]:
    return [f for f in _count_findings(a, b) if f[0] == "conflict"]


def _one(text: str) -> tuple[Source, int]:
    va, _ = vectors(1.0)
    return source(0, parsed_slots(text), va), 0


@pytest.fixture
def off(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    def turn(name: str) -> None:
        monkeypatch.setitem(settings(), name, False)
    return turn


# (1) a running total -------------------------------------------------------------------------------------------

RUNNING = "By nightfall 36 passengers had been lowered to the ground, the Ostrel fire service said."
FINAL_MORE = "Rescue teams lowered 42 passengers from the stalled gondola above Ostrel."
FINAL_LESS = "Rescue teams lowered 23 passengers from the stalled gondola above Ostrel."


def test_switches_are_on() -> None:
    cfg = settings()
    assert cfg["count_running_total"] and cfg["count_presence_apart"] and cfg["date_by_time_apart"]


def test_running_total_is_read() -> None:
    src, k = _one(RUNNING)
    assert [running_total(src, k, a) for a in src.sentences[k].amounts if a.dim == "count"] == [True]


@pytest.mark.parametrize("text", [
    "By nightfall 36 passengers were lowered to the ground, the Ostrel fire service said.",  # no perfect
    "By the fire service's count, 36 passengers had been lowered to the ground.",  # "by" no time
    "Rescue teams had lowered 36 passengers to the ground, the Ostrel fire service said.",  # no "by" a time
])
def test_no_running_total_without_by_a_time_and_a_perfect(text: str) -> None:
    src, k = _one(text)
    assert not any(running_total(src, k, a) for a in src.sentences[k].amounts)


def test_a_larger_final_count_holds_the_running_total() -> None:
    assert _conflicts(FINAL_MORE, RUNNING) == []


def test_switch_off_reads_the_running_total_as_the_final_count(off) -> None:  # type: ignore[no-untyped-def]
    off("count_running_total")
    assert _conflicts(FINAL_MORE, RUNNING)  # the hole the switch closes


def test_a_smaller_final_count_still_conflicts() -> None:
    assert _conflicts(FINAL_LESS, RUNNING)


def test_two_running_totals_are_compared_as_told() -> None:
    src, k = _one(RUNNING)
    other, j = _one("By nightfall 40 passengers had been lowered to the ground, the Ostrel fire service said.")
    a = next(x for x in src.sentences[k].amounts if x.dim == "count")
    b = next(x for x in other.sentences[j].amounts if x.dim == "count")
    assert held_as_told(a, b, True, True) == (a, b)
    assert relation(*held_as_told(a, b, True, True)) == "conflict"
    assert relation(*held_as_told(a, b, True, False)) == "compatible"  # 40 told without a time holds "by ... 36"


# (2) those present at a place and those an act befell -----------------------------------------------------------

PRESENT = "Around 150 spectators were in the stand when it gave way, the Harl rugby club said."
INJURED = "The collapse of the stand injured 21 spectators, the Harl rugby club said."


def test_presence_count_is_read() -> None:
    src, k = _one(PRESENT)
    assert [present_count(src, k, a) for a in src.sentences[k].amounts if a.dim == "count"] == [True]


def test_those_present_and_those_injured_are_two_facts() -> None:
    assert _conflicts(PRESENT, INJURED) == []


def test_switch_off_pairs_those_present_with_those_injured(off) -> None:  # type: ignore[no-untyped-def]
    off("count_presence_apart")
    assert _conflicts(PRESENT, INJURED)  # the hole the switch closes


def test_a_verb_of_holding_counts_those_aboard_too() -> None:
    # the look-alike: "carrying 163 passengers" is a count of those aboard, a rival of "more than 200 on board"
    assert _conflicts("More than 200 passengers were on board the Tessel ferry, the harbour office said.",
                      "The Tessel ferry was carrying 163 passengers, the harbour office said.")


def test_two_counts_of_those_present_still_conflict() -> None:
    assert _conflicts(PRESENT, "Around 400 spectators were in the stand when it gave way, the Harl rugby club said.")


# (3) a date after "by" is a bound, not the day of a happening ----------------------------------------------------

def test_a_date_after_by_is_a_bound() -> None:
    src, k = _one("By Wednesday morning, farmers had poured away 300,000 litres of milk at Dressel.")
    assert [by_date(src, k, d) for d in src.sentences[k].dates] == [True]


def test_a_date_of_a_deed_is_no_bound() -> None:
    src, k = _one("Farmers blocked the gates of the Dressel creamery on Wednesday morning.")
    assert [by_date(src, k, d) for d in src.sentences[k].dates] == [False]


def test_switch_off_reads_a_by_date_as_any_date(off) -> None:  # type: ignore[no-untyped-def]
    off("date_by_time_apart")
    src, k = _one("By Wednesday morning, farmers had poured away 300,000 litres of milk at Dressel.")
    assert [by_date(src, k, d) for d in src.sentences[k].dates] == [False]


def test_a_tally_in_a_perfect_is_compared_as_told() -> None:
    # a later report's tally ("have since found ... 61 wells") is a tally at another time, not one finished act:
    # the running total is not read as a lower bound of it
    assert _conflicts("Inspectors have since found arsenic above the limit in 61 wells across the Ossery district.",
                      "By Friday, 43 wells in the Ossery district had been found to exceed the limit.")


def test_a_count_with_its_own_place_is_of_those_present_too() -> None:
    # "with 16 people on board" counts those aboard whatever the verb: it still meets "20 people were in the basket"
    assert _conflicts("The Harl balloon came down in a field with 16 people on board, the operator said.",
                      "According to the passenger list, 20 people were in the basket of the Harl balloon.")


@pytest.mark.parametrize("text", [
    "Fewer than 40 homes on the Harl coast are now at risk, the district engineer said.",
    "Eight trustees of the Harl fund were in favour, two people present said.",
])
def test_a_state_after_a_preposition_names_no_place(text: str) -> None:
    src, k = _one(text)
    assert not any(present_count(src, k, a) for a in src.sentences[k].amounts)
