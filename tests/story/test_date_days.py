"""A date conflict between two days that are not one happening's stays behind "show more"
(story/confidence.not_one_day, issue 11): the day someone spoke of a happening against the happening's day, and
two reports that each date the happening to their own day of publication. Invented sources, date slots built by
hand (no models)."""

from __future__ import annotations

import numpy as np

from newsprism.claims.slots import DateSlot, SentenceSlots
from newsprism.story.compare import Finding, Side, Source, settings
from newsprism.story.confidence import not_one_day
from newsprism.story.flags import rate

# a same-happening probability above same_happening_shown, as the model gives two alike sentences of one meeting
SAME_P = 0.8


def _source(i: int, text: str, day: str, published: str, *, weekday: int | None = None,
            month: int | None = None, date: int | None = None, speech: bool = False) -> tuple[Source, Side]:
    at = text.index(day)
    slot = DateSlot(start=at, end=at + len(day), text=day, month=month, day=date, weekday=weekday,
                    predicate="say" if speech else "meet", speech=speech)
    sent = SentenceSlots(start=0, end=len(text), text=text, dates=[slot])
    src = Source(index=i, name=f"Outlet {i}", sentences=[sent], vectors=np.array([[1.0, 0.0]]), text=text,
                 published=published)
    return src, Side(source=i, sentence=0, start=slot.start, end=slot.end, text=day, value=day)


def _rated(a: tuple[Source, Side], b: tuple[Source, Side], *, speech_mismatch: float = 0.0) -> Finding:
    f = Finding(kind="conflict", slot="date", detail="day", a=a[1], b=b[1],
                features={"sentence": 0.8, "noun": 1.0, "names": 0.5, "speech_mismatch": speech_mismatch,
                          "same_value": 0.0, "only_pair": 1.0, "same_p": SAME_P, "score": 1.2})
    rate([f], {0: a[0], 1: b[0]})
    return f


def test_two_reports_dating_a_meeting_to_their_own_days_are_not_shown() -> None:
    thursday = _source(0, "The two leaders met at the White House on Thursday evening.", "Thursday",
                       "2012-12-13", weekday=3)
    sunday = _source(1, "The two leaders met privately at the White House on Sunday.", "Sunday", "2012-12-09",
                     weekday=6)
    f = _rated(thursday, sunday)
    assert f.features["own_days"] == 1.0 and not_one_day(f)
    assert f.confidence <= settings()["unsure_happening_confidence"] < 0.5


def test_a_day_of_the_month_that_is_its_reports_day_counts_too() -> None:
    a = _source(0, "The ferry sank on 7 March off the coast.", "7 March", "2026-03-07", month=3, date=7)
    b = _source(1, "The ferry sank on 9 March off the coast.", "9 March", "2026-03-09", month=3, date=9)
    assert _rated(a, b).features["own_days"] == 1.0


def test_two_days_before_the_reports_day_stay_shown() -> None:
    # both reports came out on the Sunday: Saturday against Friday is one night dated two ways
    saturday = _source(0, "The ferry capsized on Saturday night.", "Saturday", "2026-03-08", weekday=5)
    friday = _source(1, "The ferry capsized on Friday night.", "Friday", "2026-03-08", weekday=4)
    f = _rated(saturday, friday)
    assert f.features["own_days"] == 0.0 and not not_one_day(f)
    assert f.confidence >= 0.5


def test_one_report_on_its_own_day_against_another_day_stays_shown() -> None:
    # one report dates the capsizing to its own day, the other (published a day later) to the day before: one
    # night, told two ways
    saturday = _source(0, "The ferry capsized on Saturday night.", "Saturday", "2026-03-07", weekday=5)
    friday = _source(1, "The ferry capsized on Friday night.", "Friday", "2026-03-08", weekday=4)
    f = _rated(saturday, friday)
    assert f.features["own_days"] == 0.0 and f.confidence >= 0.5


def test_the_day_an_official_spoke_is_not_the_day_of_the_happening() -> None:
    strike = _source(0, "The leader was wounded in a strike on Saturday, officials said.", "Saturday",
                     "2026-03-09", weekday=5)
    told = _source(1, "An official told a news agency on Sunday the leader was wounded in a strike.", "Sunday",
                   "2026-03-09", weekday=6, speech=True)
    f = _rated(strike, told, speech_mismatch=1.0)
    assert not_one_day(f) and f.confidence <= settings()["unsure_happening_confidence"]


def test_no_publication_day_no_own_days_feature() -> None:
    a = _source(0, "The ferry capsized on Saturday night.", "Saturday", "", weekday=5)
    b = _source(1, "The ferry capsized on Friday night.", "Friday", "2026-03-08", weekday=4)
    assert "own_days" not in _rated(a, b).features
