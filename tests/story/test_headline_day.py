"""A date conflict of the days two reports give their own headline happening is not capped by the same-happening
model's doubt (story/compare.headline_day, confidence.one_headline_day, issue 11, round 22). Invented sources,
date slots built by hand (no models)."""

from __future__ import annotations

import numpy as np

from newsprism.claims.slots import DateSlot, SentenceSlots
from newsprism.story.compare import Finding, Side, Source, headline_day, settings
from newsprism.story.flags import rate

# under same_happening_shown, above same_happening_min: the model doubts two unlike sentences of one derailment
DOUBT_P = 0.65


def _source(i: int, title: str, lead: str, days: list[tuple[str, int, str, bool]]) -> tuple[Source, list[DateSlot]]:
    """A report: a title line and a lead sentence holding the dates (text, day of March, predicate, speech)."""
    text = title + "\n" + lead
    base = len(title) + 1
    slots = [DateSlot(start=base + lead.index(t), end=base + lead.index(t) + len(t), text=t, month=3, day=n,
                      predicate=p, speech=sp) for t, n, p, sp in days]
    sent = SentenceSlots(start=base, end=len(text), text=lead, dates=slots)
    src = Source(index=i, name=f"Outlet {i}", sentences=[sent], vectors=np.array([[1.0, 0.0]]), text=text,
                 published="2026-03-10")
    return src, slots


def _side(i: int, d: DateSlot) -> Side:
    return Side(source=i, sentence=0, start=d.start, end=d.end, text=d.text, value=d.text)


def _rated(a: Source, da: DateSlot, b: Source, db: DateSlot, headline: float) -> Finding:
    f = Finding(kind="conflict", slot="date", detail="day", a=_side(0, da), b=_side(1, db),
                features={"sentence": 0.65, "noun": 1.0, "names": 0.5, "speech_mismatch": 0.0, "same_value": 0.0,
                          "only_pair": 1.0, "same_p": DOUBT_P, "score": 1.2, "headline_day": headline})
    rate([f], {0: a, 1: b})
    return f


def test_the_headline_happenings_one_day_in_each_report() -> None:
    a, (da,) = _source(0, "Express derails near Tolvik", "The Tolvik express derailed on 8 March, the railway said.",
                       [("8 March", 8, "derail", False)])
    b, (db,) = _source(1, "Mourners gather in Tolvik", "A woman killed when a train derailed on 7 March was "
                       "remembered on Tuesday.", [("7 March", 7, "derail", False)])
    assert headline_day(a, da) and headline_day(b, db)
    assert _rated(a, da, b, db, 1.0).confidence >= 0.5
    assert _rated(a, da, b, db, 0.0).confidence <= settings()["unsure_happening_confidence"]


def test_a_verb_dated_twice_in_its_report_is_no_headline_day() -> None:
    # the second derailment of the year: the report dates the verb to two days, so neither is the story's one day
    b, (d1, d2) = _source(1, "Second derailment this year", "A train derailed near Tolvik on 8 March, after one "
                          "derailed on 2 March.", [("8 March", 8, "derail", False), ("2 March", 2, "derail", False)])
    assert not headline_day(b, d1) and not headline_day(b, d2)


def test_a_verb_the_head_does_not_name_is_no_headline_day() -> None:
    # the lead is about the mourners; a later sentence's verb ("retired") is not what the report is about
    text = "Tolvik mourns\nFriends laid flowers on Tuesday.\nThe driver retired on 3 March."
    at = text.index("3 March")
    late = DateSlot(start=at, end=at + 7, text="3 March", month=3, day=3, predicate="retir")
    lead = SentenceSlots(start=14, end=45, text="Friends laid flowers on Tuesday.")
    tail = SentenceSlots(start=46, end=len(text), text="The driver retired on 3 March.", dates=[late])
    src = Source(index=0, name="Outlet 0", sentences=[lead, tail], vectors=np.array([[1.0, 0.0], [0.0, 1.0]]),
                 text=text, published="2026-03-10")
    assert not headline_day(src, late)
