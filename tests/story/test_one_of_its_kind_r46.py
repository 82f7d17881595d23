"""A modifier that one report drops is no second thing when the story names only one thing of that noun: a report
that names one ministry may call "the health ministry" "the ministry", since there is nothing to tell apart; a port
with two terminals keeps "the north terminal" and "the new terminal" apart (story/owners.one_of_its_kind, round 46,
issue 11). Invented reports and sentences, fictional names."""

from __future__ import annotations

import numpy as np
import pytest
from hand_sources import analyzed_reports, discrepancies_between

from newsprism.claims.slots import SentenceSlots
from newsprism.story.compare import Source, settings
from newsprism.story.owners import one_of_its_kind


def _report(i: int, *sentences: str) -> Source:
    out, at = [], 0
    for s in sentences:
        out.append(SentenceSlots(start=at, end=at + len(s), text=s))
        at += len(s) + 1
    return Source(index=i, name=f"Outlet {i}", sentences=out, vectors=np.zeros((len(out), 2)), text=" ".join(sentences))


ONE_MINISTRY = (_report(0, "Floods closed 40 schools in Kestria on Monday.", "The health ministry has 850 inspectors."),
                _report(1, "Kestria shut its schools after the floods.", "The ministry's 1,200 inspectors were sent out."))
TWO_TERMINALS = (_report(0, "The terminal's 14 cranes stood idle.", "Ships were sent to the new terminal instead."),
                 _report(1, "The north terminal has 6 cranes of its own."))


@pytest.mark.slow  # read from the spaCy parse
def test_a_country_with_one_ministry_of_that_name_is_one_owner():
    assert one_of_its_kind("ministry", ("health",), (), ONE_MINISTRY)
    assert one_of_its_kind("ministry", (), ("health",), ONE_MINISTRY[::-1])


@pytest.mark.slow
def test_a_port_with_two_terminals_keeps_them_apart():
    assert not one_of_its_kind("terminal", (), ("north",), TWO_TERMINALS)  # "the new terminal": another one
    only_north = (_report(0, "The terminal's 14 cranes stood idle."), TWO_TERMINALS[1])
    assert one_of_its_kind("terminal", (), ("north",), only_north)  # nothing to tell apart: one terminal


@pytest.mark.slow
@pytest.mark.parametrize("other", [
    "The foreign ministry said nothing.",  # another ministry by name
    "Both ministries sent staff.",  # a plural: more than one
    "The other ministry sent staff.",  # a word that sets one against another
    "The older ministry sent staff.",  # a comparative compares it with another of its kind
])
def test_a_story_naming_another_of_that_noun_keeps_the_modifier(other):
    a, b = ONE_MINISTRY
    b2 = _report(1, *[s.text for s in b.sentences], other)
    assert not one_of_its_kind("ministry", ("health",), (), (a, b2))


@pytest.mark.slow
def test_modifiers_that_are_not_one_within_the_other_stay_apart():
    assert not one_of_its_kind("terminal", ("north",), ("south",), (_report(0, "x."), _report(1, "y.")))


def test_switched_off_modifiers_must_match(monkeypatch):
    monkeypatch.setitem(settings()["figure_owner"]["one_of_its_kind"], "enabled", False)
    assert not one_of_its_kind("ministry", ("health",), (), ONE_MINISTRY)


LEAD_A = ("Floodwater closed roads across the Kestrian lowlands on Monday and the health ministry sent inspectors to"
          " the river towns, officials said. Nobody was hurt. Schools in Orvel and Tamsin stayed shut, and boats"
          " carried food to the farms cut off by the water. The river fell slowly overnight.")
LEAD_B = ("Kestria sent health inspectors to its flooded river towns on Tuesday after the water closed roads and"
          " schools, officials said. No one was injured. Boats took food to cut-off farms, and the river began to"
          " fall overnight.")


MINISTRY = ("The health ministry has 850 inspectors, most of them in the capital.",
            "The ministry's 1,200 inspectors were told to check the wells first.", "850 inspectors", "1,200 inspectors")


def _story(a: str, b: str, wa: str, wb: str) -> list:
    result = analyzed_reports(("courier", "Tarn Courier", "Floods close Kestrian roads", "x\n" + LEAD_A + " " + a),
                              ("post", "Vell Post", "Inspectors sent to flooded towns", "x\n" + LEAD_B + " " + b))
    return discrepancies_between(result, "conflict", "count", ("courier", wa), ("post", wb))


@pytest.mark.slow  # the whole pipeline on invented reports
def test_one_ministry_told_with_and_without_its_modifier_is_read_as_one_owner():
    flags = _story(*MINISTRY)
    assert flags, "the pair must be found (kept in the JSON)"
    assert max(d.confidence for d in flags) >= 0.5


@pytest.mark.slow
def test_switched_off_the_dropped_modifier_keeps_the_pair_behind_show_more(monkeypatch):
    monkeypatch.setitem(settings()["figure_owner"]["one_of_its_kind"], "enabled", False)
    flags = _story(*MINISTRY)
    assert flags and all(d.confidence < 0.5 for d in flags)


@pytest.mark.slow
def test_another_ministry_named_keeps_the_pair_behind_show_more():
    a, b, wa, wb = MINISTRY
    flags = _story(a + " The foreign ministry said nothing.", b, wa, wb)
    assert flags and all(d.confidence < 0.5 for d in flags)
