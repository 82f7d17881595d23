"""A conflict of two figures of a unit with no counted thing (a duration, a share) that can only be one fact told two
ways is shown (story/confidence.one_fact_measure, round 24, issue 11): each figure the only one of its dimension and
unit in its whole report and in its sentence, exact, not told by the other report, in the top part of both reports,
the two sentences of one happening. Invented sources, slots built by hand (no models but the same-happening one)."""

from __future__ import annotations

import hand_sources as hand
import numpy as np

from newsprism.claims.amounts import Amount
from newsprism.claims.slots import SentenceSlots
from newsprism.story.compare import Source, compare_pair, settings
from newsprism.story.confidence import one_fact_figure, one_fact_measure
from newsprism.story.flags import rate

A_TEXT = "The tribunal sentenced the former mayor Orrin Vell to six years in prison on Friday."
B_TEXT = "Orrin Vell, the former mayor, was jailed for five years by the tribunal on Friday."
# a later sentence of a report that gives a second duration of the same thing (a sentence): the report tells two
# lengths of time of one kind, so neither is the only one (round 26's sole_by_measured asks of the measured thing)
SECOND = "He had been sentenced to eleven years in an earlier case."
YEAR = 365.25


def _years(text: str, figure: str, years: float) -> Amount:
    at = text.index(figure)
    days = years * YEAR
    return Amount(start=at, end=at + len(figure), text=figure, value=days, low=days * 0.98, high=days * 1.02,
                  bound="exact", dim="duration", unit="day")


def _source(i: int, text: str, figure: str, years: float, vec: np.ndarray, *, then: str = "") -> Source:
    sents = [SentenceSlots(start=0, end=len(text), text=text, amounts=[_years(text, figure, years)])]
    full = text
    vecs = [vec]
    if then:
        full = text + " " + then
        start = len(text) + 1
        later = _years(then, "eleven years", 11.0)
        later.start += start
        later.end += start
        sents.append(SentenceSlots(start=start, end=len(full), text=then, amounts=[later]))
        vecs.append(np.array([0.0, 0.0]))
    return Source(index=i, name=f"Outlet {i}", sentences=sents, vectors=np.array(vecs), text=full)


def _conflict(a: Source, b: Source):
    found = [f for f in compare_pair(a, b) if f.kind == "conflict" and f.slot == "duration"]
    assert len(found) == 1
    rate(found, {0: a, 1: b})
    return found[0]


def test_one_duration_in_each_report_is_shown():
    va, vb = hand.vectors(0.8)
    f = _conflict(_source(0, A_TEXT, "six years", 6.0, va), _source(1, B_TEXT, "five years", 5.0, vb))
    assert f.features["sole_dim"] == 1.0 and f.features["noun"] == 0.0
    assert not one_fact_figure(f)  # no counted thing to match
    assert one_fact_measure(f)
    assert f.confidence >= settings()["one_fact_figure_confidence"] >= 0.5


def test_a_report_with_a_second_duration_is_not_taken_as_one_fact():
    va, vb = hand.vectors(0.8)
    f = _conflict(_source(0, A_TEXT, "six years", 6.0, va, then=SECOND), _source(1, B_TEXT, "five years", 5.0, vb))
    assert f.features["sole_dim"] == 0.5
    assert not one_fact_measure(f)


def test_sentences_not_of_one_happening_are_not_taken_as_one_fact():
    va, vb = hand.vectors(0.5)
    f = _conflict(_source(0, A_TEXT, "six years", 6.0, va), _source(1, B_TEXT, "five years", 5.0, vb))
    assert f.features["same_p"] < settings()["same_happening_shown"]
    assert not one_fact_measure(f)
    assert f.confidence < 0.5
