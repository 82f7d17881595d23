"""Three possible false shown flags that no dev set has the shape of (issue 11, round 49, precision): each is an
invented pair of reports that must NOT be shown as a conflict, beside a look-alike that must stay shown.

(1) An earlier instance's length told as background ("The last closure of the footbridge, in 2019, lasted ten
    weeks") against this instance's ("would stay closed for six weeks"), both lengths of one owner's closure: the
    one-owner path of the depth test (round 45) must not lift a length its sentence sets before this instance.
(2) A plan of ANOTHER instance ("will open a second shelter next month") against the deed of an earlier one
    ("opened the first shelter last month", "opened a shelter on Monday"): no disagreement with the earlier deed.
(3) Two different measures, each named by one report with its own day of coming into force ("the fuel levy takes
    effect on December 14" / "the new parking charges come into force on December 21"): two acts, not one act
    dated two ways.

Invented reports of invented places (the town of Quenby, the Harl estuary town of Drummoch) and invented outlets."""

from __future__ import annotations

import numpy as np
import pytest
from hand_sources import (
    UNLIKE,
    Dated,
    analyzed_reports,
    dated_sentence,
    discrepancies_between,
    status_flags,
)
from test_date_one_act import _flags as _date_flags

from newsprism.claims.slots import SentenceSlots
from newsprism.story.compare import Source, settings
from newsprism.story.confidence import confidence

# ---------------------------------------------------------------------------------------------------------------
# (1) an earlier instance's length, one owner named in both reports

LEAD_A = ("Quenby council shut the Saltmarsh footbridge over the river Tane on Tuesday after divers found a cracked"
          " pier below the waterline, the council said. The bridge carries walkers from the harbour to the bus"
          " station. Around 3,000 people use it each weekday. A ferry will run across the harbour mouth every half"
          " hour, the council said, and cyclists have been asked to use the road bridge upstream. Cafe owners on the"
          " quay said they expected a quiet month.")
LEAD_B = ("The Saltmarsh footbridge in Quenby was closed on Tuesday when divers found a crack in one of its piers,"
          " the harbour office said. The crossing links the quay with the bus station. A council ferry is taking"
          " walkers across free of charge, and traders on the quay have asked the council for a rates holiday. The"
          " bridge opened in 1974 and was last repainted in 2015.")
THIS_ONE = "The council said the footbridge would stay closed for six weeks while the pier is rebuilt."
# the same closure's length, told deep in the other report with the owner named: one closure, two lengths
SAME = ("Engineers said the closure of the footbridge would last ten weeks because the pier must be rebuilt in"
        " stages.")
# an earlier closure's length, told as background deep in the other report, owner named
LAST_YEAR = "The last closure of the footbridge, in 2019, lasted ten weeks, harbour staff said."
PREVIOUS = "The previous closure of the footbridge lasted ten weeks, harbour staff said."


def _lengths(b: str) -> list:
    result = analyzed_reports(
        ("herald", "Quenby Herald", "Saltmarsh footbridge shut", "x\n" + LEAD_A + " " + THIS_ONE),
        ("tide", "Tane Estuary Times", "Crack closes Quenby footbridge", "x\n" + LEAD_B + " " + b))
    return discrepancies_between(result, "conflict", "duration", ("herald", "six weeks"), ("tide", "ten weeks"))


@pytest.mark.slow  # the whole pipeline on invented reports
def test_one_closures_two_lengths_with_one_owner_are_shown() -> None:
    flags = _lengths(SAME)
    assert flags and max(d.confidence for d in flags) >= 0.5


@pytest.mark.slow
@pytest.mark.parametrize("earlier", [LAST_YEAR, PREVIOUS])
def test_an_earlier_closures_length_of_one_owner_is_not_shown(earlier: str) -> None:
    assert all(d.confidence < 0.5 for d in _lengths(earlier))


# ---------------------------------------------------------------------------------------------------------------
# (2) a plan of another instance against an earlier instance's deed


def _status_flags(a: str, b: str) -> list:
    return status_flags(a, b, cos=0.7)  # a source has no day of publication unless given one



SHELTER_PLAN = "The Drummoch housing trust will open a second shelter for rough sleepers next month, its director said."


@pytest.mark.slow
@pytest.mark.parametrize("deed", [
    "The Drummoch housing trust opened the first shelter for rough sleepers last month, its director said.",
    "The Drummoch housing trust opened a shelter for rough sleepers last month, its director said.",
    "The Drummoch housing trust opened a shelter for rough sleepers on Monday, its director said.",
])
def test_a_plan_of_another_instance_against_an_earlier_deed_is_not_shown(deed: str) -> None:
    assert all(confidence(f) < 0.5 for f in _status_flags(SHELTER_PLAN, deed))


@pytest.mark.slow
@pytest.mark.parametrize("plan", [
    "The Drummoch housing trust will open another shelter for rough sleepers next month, its director said.",
    "The Drummoch housing trust will open an additional shelter for rough sleepers next month, its director said.",
])
def test_another_or_an_additional_shelter_against_the_earlier_deed_is_not_shown(plan: str) -> None:
    deed = "The Drummoch housing trust opened a shelter for rough sleepers last month, its director said."
    assert all(confidence(f) < 0.5 for f in _status_flags(plan, deed))


@pytest.mark.slow
@pytest.mark.parametrize(("plan", "deed"), [
    ("The Drummoch housing trust will open the shelter for rough sleepers next week, its director said.",
     "The Drummoch housing trust opened the shelter for rough sleepers on Monday, its director said."),
    # the same instance word on both sides is one thing
    ("The Drummoch housing trust will open the second shelter for rough sleepers next week, its director said.",
     "The Drummoch housing trust opened the second shelter for rough sleepers on Monday, its director said."),
    # "its first shelter" planned against a shelter opened: one act told two ways, still a disagreement
    ("The Drummoch housing trust will open its first shelter for rough sleepers next week, its director said.",
     "The Drummoch housing trust opened a shelter for rough sleepers on Monday, its director said."),
])
def test_the_plan_against_the_deed_of_one_shelter_is_shown(plan: str, deed: str) -> None:
    flags = [f for f in _status_flags(plan, deed) if f.features.get("plan_deed") == 1.0]
    assert flags and confidence(flags[0]) >= 0.5


# ---------------------------------------------------------------------------------------------------------------
# (3) two measures, each with its own day of coming into force

def _sentence(text: str, off: int, dated: list[Dated]) -> SentenceSlots:
    return dated_sentence(text, off, dated, frozenset({"drummoch"}))


def _report(i: int, lead: str, dated: list[Dated], vector: tuple[float, float, float] = (1.0, 0.0, 0.0)) -> Source:
    """A report of 3 December 2026 (The Drummoch Echo, Harl Valley News): a first line that names no act and one
    lead sentence."""
    head = "Drummoch town hall"
    text = head + "\n" + "Drummoch councillors met on the budget this week."
    sents = [_sentence(text[len(head) + 1:], len(head) + 1, [])]
    sents.append(_sentence(lead, len(text) + 1, dated))
    text = text + " " + lead
    return Source(index=i, name=("The Drummoch Echo", "Harl Valley News")[i], sentences=sents,
                  vectors=np.array([(0.0, 0.0, 0.0), vector], dtype=float), text=text, published="2026-12-03")


FUEL = ("The fuel levy takes effect on December 14, the Drummoch council said.",
        [("December 14", 14, "takes", "tak", "planned", "levy", "effect")])
PARKING = ("The new parking charges come into force on December 21, Drummoch drivers were told.",
           [("December 21", 21, "come", "com", "planned", "charges", None)])


def test_two_measures_each_with_its_own_day_are_not_one_act() -> None:
    flags = _date_flags(_report(0, *FUEL), _report(1, *PARKING, vector=UNLIKE))
    assert [f for f in flags if f.kind == "conflict" and f.confidence >= 0.5] == []


@pytest.mark.parametrize("other", [
    ("The new levy will come into force on December 21, Drummoch drivers were told.",
     [("December 21", 21, "come", "com", "planned", "levy", None)]),
    ("The charge on fuel will come into force on December 21, Drummoch drivers were told.",
     [("December 21", 21, "come", "com", "planned", "charge", None)]),
    ("The law will come into force on December 21, Drummoch drivers were told.",
     [("December 21", 21, "come", "com", "planned", "law", None)]),
])
def test_one_measure_named_two_ways_with_two_days_is_shown(other: tuple[str, list[Dated]]) -> None:
    (f,) = _date_flags(_report(0, *FUEL), _report(1, *other, vector=UNLIKE))
    assert f.kind == "conflict" and f.confidence >= settings()["one_act_confidence"] >= 0.5


# ---------------------------------------------------------------------------------------------------------------
# each guard switched off: the false flag comes back (so each test above fails on the base code)


@pytest.mark.slow
def test_switched_off_the_earlier_closures_length_is_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(settings(), "one_fact_depth_same_owner_undated", False)
    assert max(d.confidence for d in _lengths(LAST_YEAR)) >= 0.5


@pytest.mark.slow
def test_switched_off_the_plan_of_a_second_shelter_is_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(settings(), "plan_deed_other_instance_words", [])
    deed = "The Drummoch housing trust opened a shelter for rough sleepers on Monday, its director said."
    assert any(confidence(f) >= 0.5 for f in _status_flags(SHELTER_PLAN, deed))


def test_switched_off_two_measures_are_one_act(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(settings(), "date_in_force_two_named_measures", False)
    flags = _date_flags(_report(0, *FUEL), _report(1, *PARKING, vector=UNLIKE))
    assert any(f.kind == "conflict" and f.confidence >= 0.5 for f in flags)
