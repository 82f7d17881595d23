"""Dates of one act told in unlike sentences (issue 11, round 45): the shapes at the sentence floor
(date_min_sentence) that must stay apart, and the known miss. Round 45's candidate (dat45, compare.one_clause_act:
the same verb or WordNet's kin, one participant in one role dated once in each report, one kind acted on and acting)
failed its gate (one dev plant more, two were asked) and was not shipped: benchmarks/story.md, round 45. The known
miss stays as a strict xfail: one race begun on two days, told in unlike sentences by two reports, one of which also
dates another happening of the same verb (so round 37's one_act, which asks the verb be dated once, does not pair
it). Kept apart, at base and by any later reading: two events of one story, a day said against the day done, a
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


@pytest.mark.xfail(strict=True, reason="round 45's clause reading (dat45) failed its gate and was not shipped: the "
                   "known miss of one act dated once by participant, not by verb, below the floor; benchmarks/story.md")
def test_one_act_in_unlike_sentences_is_one_day_below_the_floor() -> None:
    (f,) = _flags(_began(), _begun())
    assert (f.a.text, f.b.text) == ("November 26", "November 29")
    assert f.features["sentence"] < settings()["date_min_sentence"]
    assert f.confidence >= 0.5  # shown: one act's day


def test_with_the_verb_dated_once_round_37_pairs_it() -> None:
    # the same two reports without the ferry's crossing: round 37's one_act (the verb dated once) pairs them
    began = _report(0, "The Tarvosk harbour race began on November 26 in a strong wind.",
                    [("November 26", 26, None, "began", "begin", "occurred", "race", None)])
    (f,) = _flags(began, _begun())
    assert f.features["one_act"] == 1.0 and f.confidence >= 0.5


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
    # (the two reports' second sentences share one hand-built vector: their own pair is not the question here)
    assert [(f.a.text, f.b.text) for f in _flags(_began(), twice) if f.a.text == "November 26"] == []


def test_one_doer_acting_on_two_things_does_two_acts() -> None:
    arrested = _report(0, "Police in Tarvosk arrested the harbour clerk on November 24 after a long inquiry.",
                       [("November 24", 24, None, "arrested", "arrest", "occurred", "police", "clerk")])
    other = _report(1, "Dockers stopped work when police arrested a ferry pilot on November 27, the union said.",
                    [("November 27", 27, None, "arrested", "arrest", "occurred", "police", "pilot")], vector=HALF)
    assert _flags(arrested, other) == []


def test_a_done_act_and_a_planned_one_are_two_acts() -> None:
    will = _report(1, "Crowds will line the quays of Tarvosk when the race begins on November 29, organisers hope.",
                   [("November 29", 29, None, "begins", "begin", "planned", "race", None)], vector=HALF)
    assert _flags(_began(), will) == []
