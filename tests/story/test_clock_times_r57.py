"""Two reports that give one act two times of day disagree, and the comparer now sets the two times side by side
(``story.clock``; switch ``clock_times``, round 57, issue 11). No slot read a time of day before: "the fire broke out
at about 7.10pm" against "it broke out around 7.45pm" was never compared. Kept apart: one time written two ways
(12-hour and 24-hour), two approximate times within a quarter hour, a bound ("after 2 a.m."), a span, a game clock,
and the times of two different acts. A new kind of candidate: its confidence stays below the 0.5 bar. The sentence
vectors are placed by hand; the times' verbs come from the spaCy parse. Invented sentences, fictional names and
outlets."""

from __future__ import annotations

import numpy as np
import pytest
from hand_sources import parsed_slots, vectors

from newsprism.story.clock import clock_findings, clock_times
from newsprism.story.compare import Source, settings
from newsprism.story.confidence import confidence

LOFT = "Flames broke out in the loft of the Brennick grain store at about 7.10pm, the Ulverby fire service said."
SHEDS = "The blaze at the Brennick grain store broke out around 7.45pm and spread to two tool sheds nearby."
SHEDS_CLOSE = "The blaze at the Brennick grain store broke out around 7.20pm and spread to two tool sheds nearby."
FERRY_12 = "The Marrow Point ferry left the harbour at 4:15 p.m. with forty passengers aboard, the operator said."
FERRY_24 = "The Marrow Point ferry left the harbour at 16:15 carrying forty passengers, according to its operator."
FERRY_ARRIVED = "The Marrow Point ferry arrived at Tollan Quay at 5:50 p.m. after a rough crossing, the operator said."
AFTER = "Crews broke out the pumps after 2 a.m. once the river had begun to fall at the Ostry weir, the Gazette said."
AT = "Crews broke out the pumps at 3:30 a.m. when the river began to fall at the Ostry weir, a spokesman said."
CALL_ROUND = "The first call to the Ulverby fire service came in at 3:30 a.m. from a baker on Tanner Row, the chief said."
CALL_MINUTE = "A call came in to the Ulverby fire service at 3:33 a.m. from a baker who saw smoke on Tanner Row."
CALL_LATER = "A call came in to the Ulverby fire service at 3:52 a.m. from a baker who saw smoke on Tanner Row."
GAME = "Ferrand scored the winning basket for the Ostry Otters with 14:05 left in the second half of the match."


def _source(i: int, text: str, vec: np.ndarray) -> Source:
    s = parsed_slots(text)
    return Source(index=i, name=f"Outlet {i}", sentences=[s], vectors=np.array([vec]), text=s.text)


def _times(a: str, b: str, cos: float = 0.5) -> list[tuple[str, str]]:
    va, vb = vectors(cos)
    return [(f.a.value, f.b.value) for f in clock_findings(_source(0, a, va), _source(1, b, vb))]


@pytest.mark.slow
def test_one_act_given_two_times_is_a_conflict():
    assert _times(LOFT, SHEDS, cos=0.3) == [("19:10", "19:45")]


@pytest.mark.slow
def test_the_switch_off_reads_no_time(monkeypatch: pytest.MonkeyPatch):
    # the hole: no slot read a time of day, so the two times were never compared
    monkeypatch.setitem(settings()["clock_times"], "enabled", False)
    assert _times(LOFT, SHEDS, cos=0.3) == []


@pytest.mark.slow
def test_a_new_kind_of_candidate_stays_below_the_bar():
    va, vb = vectors(0.9)
    found = clock_findings(_source(0, LOFT, va), _source(1, SHEDS, vb))
    assert found and all(confidence(f) < 0.5 for f in found)


@pytest.mark.slow
def test_one_time_written_two_ways_agrees():
    assert _times(FERRY_12, FERRY_24) == []


@pytest.mark.slow
def test_two_approximate_times_within_a_quarter_hour_agree():
    assert _times(LOFT, SHEDS_CLOSE) == []


@pytest.mark.slow
def test_a_time_on_the_half_hour_may_round_the_minute():
    assert _times(CALL_ROUND, CALL_MINUTE) == []
    assert _times(CALL_ROUND, CALL_LATER) == [("03:30", "03:52")]


@pytest.mark.slow
def test_the_times_of_two_acts_stay_apart():
    assert _times(FERRY_12, FERRY_ARRIVED) == []


@pytest.mark.slow
def test_a_bound_is_no_time_of_the_act():
    assert [t.text for t in clock_times(_source(0, AFTER, np.array([1.0, 0.0])), 0)] == []
    assert _times(AFTER, AT) == []


@pytest.mark.slow
def test_a_game_clock_is_no_time_of_day():
    assert clock_times(_source(0, GAME, np.array([1.0, 0.0])), 0) == []


@pytest.mark.slow
def test_the_time_is_read_with_its_act():
    (t,) = clock_times(_source(0, LOFT, np.array([1.0, 0.0])), 0)
    assert (t.text, t.minutes, t.approximate, t.act) == ("7.10pm", 19 * 60 + 10, True, "break out")


@pytest.mark.slow
def test_a_full_stop_after_pm_ends_the_sentence_not_the_time():
    # the evidence span is the time as written: "7.10pm", not "7.10pm." (the dot of "p.m." is the abbreviation's)
    ends = "The loft of the Brennick grain store caught fire at about 7.10pm."
    (t,) = clock_times(_source(0, ends, np.array([1.0, 0.0])), 0)
    assert t.text == "7.10pm"
    (u,) = clock_times(_source(0, FERRY_12, np.array([1.0, 0.0])), 0)
    assert u.text == "4:15 p.m."
