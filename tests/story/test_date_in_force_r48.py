"""Every phrase of coming into force is one act (issue 11, round 48, story/compare.in_force, ``date_in_force``):
"takes effect", "comes into force", "enters into force", "applies from" all tell the day a measure begins to bind,
and a measure binds once, so two reports of one story that each give one such day, on two different days, give one
act's day, told as planned or as done, however unlike the two sentences read and whatever noun each gives the
measure. Kept apart: a report that gives two days of coming into force (two measures, or two steps), a day of
coming into force against another happening's day (the ban lifted, the vote), one day told two ways. Invented
reports of an invented port town (Tarvosk) and invented outlets, slots built by hand as in test_date_one_act; the
parse, the same-happening model and the confidence are the library's."""

from __future__ import annotations

import numpy as np
import pytest
from hand_sources import UNLIKE, Dated, dated_sentence
from test_date_one_act import _flags

from newsprism.claims.slots import SentenceSlots
from newsprism.story.compare import IN_FORCE, Source, _one_act_verb, in_force, settings


def _sentence(text: str, off: int, dated: list[Dated]) -> SentenceSlots:
    return dated_sentence(text, off, dated, frozenset({"tarvosk"}))


def _report(i: int, lead: str, dated: list[Dated], *, more: str = "", more_dated: list[Dated] | None = None,
            vector: tuple[float, float, float] = (1.0, 0.0, 0.0)) -> Source:
    """A report of 3 December 2026 (The Tarvosk Tide, The Quay Courier): a first line that names no act, a lead
    sentence and an optional second one."""
    head = "Tarvosk harbour news"
    text = head + "\n" + "Trawler crews in Tarvosk met through the week."
    sents = [_sentence(text[len(head) + 1:], len(head) + 1, [])]
    vectors = [(0.0, 0.0, 0.0)]
    for sentence, clauses, vec in ((lead, dated, vector), (more, more_dated or [], (0.0, 0.0, 1.0))):
        if sentence:
            sents.append(_sentence(sentence, len(text) + 1, clauses))
            text = text + " " + sentence
            vectors.append(vec)
    return Source(index=i, name=("The Tarvosk Tide", "The Quay Courier")[i], sentences=sents,
                  vectors=np.array(vectors, dtype=float), text=text, published="2026-12-03")


def _ban_takes_effect() -> Source:
    return _report(0, "The netting ban takes effect on December 14, the Tarvosk harbour board said.",
                   [("December 14", 14, "takes", "tak", "planned", "ban", "effect")])


def _law_comes_into_force(vector: tuple[float, float, float] = UNLIKE) -> Source:
    return _report(1, "Skippers were told the law will come into force on December 21.",
                   [("December 21", 21, "come", "com", "planned", "law", None)], vector=vector)


def test_the_phrases_of_coming_into_force_are_read_from_the_parse() -> None:
    a, b = _ban_takes_effect(), _law_comes_into_force()
    assert in_force(a, 1, a.sentences[1].dates[0]) and in_force(b, 1, b.sentences[1].dates[0])
    assert _one_act_verb(a, 1, a.sentences[1].dates[0]) == _one_act_verb(b, 1, b.sentences[1].dates[0]) == IN_FORCE
    fees = _report(0, "The new mooring fees apply from December 10 to every boat in Tarvosk.",
                   [("December 10", 10, "apply", "apply", "planned", "fees", None)])
    assert in_force(fees, 1, fees.sentences[1].dates[0])
    # "apply" with a day after "on" is an application, and "effect" of another verb is no coming into force
    applied = _report(0, "The Tarvosk trawler owners applied for a licence on December 1.",
                      [("December 1", 1, "applied", "apply", "occurred", "owners", None)])
    storm = _report(0, "The storm in Tarvosk had little effect on December 2, the harbour board said.",
                    [("December 2", 2, "had", "hav", "occurred", "storm", "effect")])
    assert not in_force(applied, 1, applied.sentences[1].dates[0])
    assert not in_force(storm, 1, storm.sentences[1].dates[0])


def test_takes_effect_and_comes_into_force_on_two_days_is_one_act_shown() -> None:
    (f,) = _flags(_ban_takes_effect(), _law_comes_into_force())
    assert (f.a.text, f.b.text) == ("December 14", "December 21")
    assert f.features["one_act"] == 1.0 and f.features["sentence"] < settings()["date_min_sentence"]
    assert f.confidence >= settings()["one_act_confidence"] >= 0.5  # shown by default


def test_over_the_floor_too() -> None:
    (f,) = _flags(_ban_takes_effect(), _law_comes_into_force(vector=(0.8, 0.6, 0.0)))
    assert f.features["one_act"] == 1.0 and f.confidence >= 0.5


def test_applies_from_and_takes_effect_are_one_act() -> None:
    fees = _report(0, "The new mooring fees apply from December 10 to every boat in Tarvosk.",
                   [("December 10", 10, "apply", "apply", "planned", "fees", None)])
    rise = _report(1, "The higher charges take effect on December 17, skippers were told.",
                   [("December 17", 17, "take", "tak", "planned", "charges", "effect")], vector=UNLIKE)
    (f,) = _flags(fees, rise)
    assert f.features["one_act"] == 1.0 and f.confidence >= 0.5


@pytest.mark.parametrize("key", ["date_in_force", "date_one_act"])
def test_the_switch_off_pairs_nothing(monkeypatch: pytest.MonkeyPatch, key: str) -> None:
    # the base reading (round 47): "tak" / "com" are not one act, and neither is told done
    monkeypatch.setitem(settings(), key, False)
    assert _flags(_ban_takes_effect(), _law_comes_into_force()) == []


def test_a_report_that_gives_two_days_of_coming_into_force_pairs_nothing() -> None:
    # two measures (or two steps of one): which of them the other report dates is unknown
    two = _report(0, "The netting ban takes effect on December 14, the Tarvosk harbour board said.",
                  [("December 14", 14, "takes", "tak", "planned", "ban", "effect")],
                  more="The fines for breaking it come into force on December 28.",
                  more_dated=[("December 28", 28, "come", "com", "planned", "fines", None)])
    assert [f for f in _flags(two, _law_comes_into_force()) if f.confidence >= 0.5] == []


@pytest.mark.parametrize(("lead", "word", "key", "status"), [
    ("The Tarvosk netting ban will be lifted on December 21, the board said.", "lifted", "lift", "planned"),
    ("The Tarvosk harbour board voted for the ban on December 1.", "voted", "vot", "occurred"),
])
def test_coming_into_force_against_another_happening_is_no_conflict(lead: str, word: str, key: str,
                                                                    status: str) -> None:
    day = 21 if "21" in lead else 1
    other = _report(1, lead, [(f"December {day}", day, word, key, status, "ban" if key == "lift" else "board",
                               None)], vector=UNLIKE)
    assert [f for f in _flags(_ban_takes_effect(), other) if f.confidence >= 0.5] == []


def test_one_day_told_twice_is_no_conflict() -> None:
    same = _report(1, "Skippers were told the law will come into force on December 14.",
                   [("December 14", 14, "come", "com", "planned", "law", None)], vector=UNLIKE)
    assert [f for f in _flags(_ban_takes_effect(), same) if f.kind == "conflict"] == []
