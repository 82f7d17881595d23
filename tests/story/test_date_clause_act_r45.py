"""Dates of one act told in unlike sentences, read from the dated clauses (issue 11, round 45,
story/compare.one_clause_act): two sentences that read unlike as a whole (other clauses, other details, under
date_min_sentence) still date one act when the verb the date hangs on is the same in both (or WordNet's kin), the two
clauses name one participant in one role, are told alike, each report dates that participant once, and what is acted
on and who acts, when both clauses name it, is one kind of thing. Only the floor is passed: the learned
same-happening test still judges the pair. Kept apart: two events of one story, a day said against the day done, a
participant dated twice, one doer acting on two things, a done act against a planned one. Invented reports in an
invented port town (Tarvosk), slots built by hand as in test_date_one_act; the same-happening model, WordNet and the
confidence are the library's."""

from __future__ import annotations

import numpy as np
import pytest
from test_date_one_act import Dated, _flags, _report

from newsprism.story.compare import Source, settings

# unlike as whole sentences (cosine 0.5: under date_min_sentence 0.55 and shown_min_sentence 0.6), yet not so unlike
# that the learned same-happening test reads two happenings
HALF = (0.5, -float(np.sqrt(0.75)))  # and unlike any second sentence of the other report (0, 1)


FERRY: list[Dated] = [("November 20", 20, None, "began", "begin", "occurred", "ferry", None)]


def _began() -> Source:
    # the report dates the verb twice, once of another participant (the ferry's crossing began on November 20): round
    # 37's one act (the verb dated once in each report) does not hold; the race, the participant, is dated once
    return _report(0, "The Tarvosk harbour race began on November 26 in a strong wind.",
                   [("November 26", 26, None, "began", "begin", "occurred", "race", None)],
                   more="The winter ferry began its crossings on November 20.", more_dated=FERRY)


def _begun(subject: str = "race", vector: tuple[float, float] = HALF, **kw: object) -> Source:
    return _report(1, f"Crowds lined the quays of Tarvosk when the {subject} began on November 29, two hours late "
                      "after a protest by fishermen.",
                   [("November 29", 29, None, "began", "begin", "occurred", subject, None)], vector=vector, **kw)  # type: ignore[arg-type]


def test_one_act_in_unlike_sentences_is_one_day_below_the_floor() -> None:
    (f,) = _flags(_began(), _begun())
    assert (f.a.text, f.b.text) == ("November 26", "November 29")
    assert f.features["clause_act"] == 1.0 and f.features["sentence"] < settings()["date_min_sentence"]
    assert f.confidence >= 0.5  # shown: one act's day


def test_the_switch_off_keeps_the_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(settings(), "date_clause_act", False)
    assert _flags(_began(), _begun()) == []


def test_two_events_of_one_story_stay_apart() -> None:
    # the race began; the regatta began: one verb, no participant in common (a regatta is no kind of race in WordNet)
    assert _flags(_began(), _begun(subject="regatta")) == []


def test_a_day_said_is_not_the_day_done() -> None:
    said = _report(1, "The Tarvosk harbour master said on November 29 that the race had begun without incident.",
                   [("November 29", 29, None, "said", "say", "occurred", "master", None)], vector=HALF, speech=True)
    assert _flags(_began(), said) == []


def test_a_participant_dated_twice_tells_two_happenings() -> None:
    # the other report dates the race twice (began, then ended): which day of the race is meant is unknown
    twice = _begun(more="The race ended on November 30 at the lighthouse.",
                   more_dated=[("November 30", 30, None, "ended", "end", "occurred", "race", None)])
    assert [f for f in _flags(_began(), twice) if f.features.get("clause_act")] == []


def test_one_doer_acting_on_two_things_does_two_acts() -> None:
    arrested = _report(0, "Police in Tarvosk arrested the harbour clerk on November 24 after a long inquiry.",
                       [("November 24", 24, None, "arrested", "arrest", "occurred", "police", "clerk")])
    other = _report(1, "Dockers stopped work when police arrested a ferry pilot on November 27, the union said.",
                    [("November 27", 27, None, "arrested", "arrest", "occurred", "police", "pilot")], vector=HALF)
    assert [f for f in _flags(arrested, other) if f.features.get("clause_act")] == []


def test_a_done_act_and_a_planned_one_are_two_acts() -> None:
    will = _report(1, "Crowds will line the quays of Tarvosk when the race begins on November 29, organisers hope.",
                   [("November 29", 29, None, "begins", "begin", "planned", "race", None)], vector=HALF)
    assert _flags(_began(), will) == []
