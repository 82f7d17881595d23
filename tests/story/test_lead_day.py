"""The day each report's lead gives its one done happening is one happening's day, whatever the two verbs
(story/compare.lead_days, story/confidence.one_lead_day; issue 11, round 28): the reports compared cover one event,
and news writing tells that event and its day in the lead. Invented one-sentence reports, slots built by hand (no
parse); the same-happening model and the confidence are the library's."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.claims.slots import DateSlot, SentenceSlots, Status
from newsprism.story.compare import Finding, Source, _dates, settings
from newsprism.story.flags import rate

Clause = tuple[str, str, int, str, str]  # date text, verb, day of March, verb key, status


def _report(i: int, text: str, clauses: list[Clause], published: str, *, more: str = "",
            more_dates: list[tuple[str, int]] | None = None, vector: tuple[float, float] = (1.0, 0.0)) -> Source:
    """A report whose lead is ``text`` (its clauses each carry one date of March 2026), with an optional second
    sentence ``more`` that dates nothing or gives the days ``more_dates`` to an undated verb."""
    dates, statuses = [], []
    for day_text, verb, day, key, status in clauses:
        at, v = text.index(day_text), text.index(verb)
        dates.append(DateSlot(start=at, end=at + len(day_text), text=day_text, month=3, day=day, predicate=key))
        statuses.append(Status(start=v, end=v + len(verb), text=verb, predicate=key, status=status))
    sents = [SentenceSlots(start=0, end=len(text), text=text, dates=dates, statuses=statuses)]
    vectors = [vector]
    if more:
        off = len(text) + 1
        extra = [DateSlot(start=off + more.index(t), end=off + more.index(t) + len(t), text=t, month=3, day=d,
                          predicate="say", speech=True) for t, d in (more_dates or [])]
        sents.append(SentenceSlots(start=off, end=off + len(more), text=more, dates=extra))
        vectors.append((0.0, 1.0))
    return Source(index=i, name=f"Outlet {i}", sentences=sents, vectors=np.array(vectors), text=text + " " + more,
                  published=published)


# two leads of one storm, told with two verbs; cosine 0.5: below date_min_sentence, above lead_day_min_sentence
STRUCK = ("The storm struck the valley on 14 March, flattening orchards.",
          [("14 March", "struck", 14, "strik", "occurred")])
SWEPT = ("Hail swept across the orchards on 12 March, growers said.", [("12 March", "swept", 12, "sweep", "occurred")])
ALIKE = (0.5, float(np.sqrt(0.75)))


def _flags(a: Source, b: Source) -> list[Finding]:
    found = [f for f in _dates(a, b, a.vectors @ b.vectors.T, settings()) if f.kind == "conflict"]
    rate(found, {0: a, 1: b})
    return found


def test_a_later_report_retelling_the_lead_happening_with_an_earlier_day_is_shown() -> None:
    early = _report(0, *STRUCK, "2026-03-15")
    late = _report(1, *SWEPT, "2026-03-18", vector=ALIKE)
    (f,) = _flags(early, late)
    assert (f.a.text, f.b.text) == ("14 March", "12 March")
    assert f.features["lead_day"] == 1.0 and f.features["lead_retold"] == 1.0
    assert f.confidence == settings()["lead_day_confidence"] >= 0.5


def test_the_switch_off_pairs_no_two_verbs_of_two_leads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(settings(), "date_lead_day", False)
    monkeypatch.setitem(settings(), "date_headline_days", False)  # a one-line report's lead is its headline too
    assert _flags(_report(0, *STRUCK, "2026-03-15"), _report(1, *SWEPT, "2026-03-18", vector=ALIKE)) == []


def test_a_later_report_leading_with_a_later_day_may_be_a_follow_up_and_is_not_shown() -> None:
    # the jailing on 10 March, then a report of 13 March that leads with the march of 12 March
    jailed = _report(0, "A court jailed the singer on 10 March for insulting the governor.",
                     [("10 March", "jailed", 10, "jail", "occurred")], "2026-03-12")
    marched = _report(1, "Thousands marched through the capital on 12 March, demanding her release.",
                      [("12 March", "marched", 12, "march", "occurred")], "2026-03-13", vector=ALIKE)
    (f,) = _flags(jailed, marched)
    assert f.features["lead_retold"] == 0.0 and f.confidence < 0.5


def test_a_report_that_gives_the_other_leads_day_to_something_pairs_no_leads() -> None:
    early = _report(0, *STRUCK, "2026-03-15")
    late = _report(1, *SWEPT, "2026-03-18", vector=ALIKE, more="The council met growers on 14 March.",
                   more_dates=[("14 March", 14)])
    assert _flags(early, late) == []


def test_a_lead_that_dates_two_happenings_gives_no_lead_day() -> None:
    early = _report(0, "The storm struck the valley on 14 March, a day after the harvest began on 13 March.",
                    [("14 March", "struck", 14, "strik", "occurred"), ("13 March", "began", 13, "begin", "occurred")],
                    "2026-03-15")
    assert _flags(early, _report(1, *SWEPT, "2026-03-18", vector=ALIKE)) == []


def test_a_planned_lead_gives_no_lead_day() -> None:
    early = _report(0, "The council will open an emergency fund on 14 March.",
                    [("14 March", "open", 14, "open", "planned")], "2026-03-11")
    assert _flags(early, _report(1, *SWEPT, "2026-03-18", vector=ALIKE)) == []


def test_a_lead_day_after_the_other_report_came_out_is_another_happening() -> None:
    # the report of 13 March cannot have told what happened on 14 March
    late = _report(0, *STRUCK, "2026-03-16")
    early = _report(1, "Hail swept across the orchards on 12 March, growers said.",
                    [("12 March", "swept", 12, "sweep", "occurred")], "2026-03-13", vector=ALIKE)
    assert _flags(late, early) == []


def test_unlike_leads_are_not_paired(monkeypatch: pytest.MonkeyPatch) -> None:
    # the lead route alone (round 31's headline days pair these one-line storm reports: tests/story/test_headline_days)
    monkeypatch.setitem(settings(), "date_headline_days", False)
    assert _flags(_report(0, *STRUCK, "2026-03-15"), _report(1, *SWEPT, "2026-03-18", vector=(0.2, 0.98))) == []


def test_reports_of_one_day_or_of_unknown_days_pair_no_leads(monkeypatch: pytest.MonkeyPatch) -> None:
    # no order of publication: a retelling cannot be told from a follow-up (the lead route alone, as above)
    monkeypatch.setitem(settings(), "date_headline_days", False)
    assert _flags(_report(0, *STRUCK, "2026-03-18"), _report(1, *SWEPT, "2026-03-18", vector=ALIKE)) == []
    assert _flags(_report(0, *STRUCK, ""), _report(1, *SWEPT, "2026-03-18", vector=ALIKE)) == []


def test_a_weekday_naming_its_own_reports_day_is_that_days_news() -> None:
    # published on Wednesday 18 March, leading with "on Wednesday": the day's own news, not the storm of 14 March
    early = _report(0, *STRUCK, "2026-03-15")
    text = "Hail swept across the orchards on Wednesday, growers said."
    at = text.index("Wednesday")
    late = _report(1, text, [], "2026-03-18", vector=ALIKE)
    late.sentences[0].dates.append(DateSlot(start=at, end=at + 9, text="Wednesday", weekday=2, predicate="sweep"))
    late.sentences[0].statuses.append(Status(start=text.index("swept"), end=text.index("swept") + 5, text="swept",
                                             predicate="sweep", status="occurred"))
    assert _flags(early, late) == []
    # published on Thursday 19 March, "on Wednesday" is 18 March; against a report of 18 March that leads with 14
    # March, the later report leads with a later day: paired, behind "show more" (maybe the next happening)
    late.published, early.published = "2026-03-19", "2026-03-18"
    (f,) = _flags(early, late)
    assert f.features["lead_retold"] == 0.0 and f.confidence < 0.5
