"""Two report leads dated by two DIFFERENT acts are two happenings when one report dates the other lead's act itself,
elsewhere (``compare.lead_act_dated_apart``; switch ``date_lead_act_dated_apart``, round 57, issue 11). The lead-day
rule (round 28, :func:`newsprism.story.compare.lead_days`) pairs the day of each report's lead whatever its verb:
"The city opened the ferry line on 10 March" / "The first passengers crossed the bay on 14 March" would be one
happening's two days, shown at the lead-day confidence. But the second report also says "The ferry line opened on 12
March": its lead is another happening (the first crossing), and the pair of leads is a false conflict. Invented
reports, fictional places; slots built by hand as in test_lead_day.py (no parse)."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.claims.slots import DateSlot, SentenceSlots, Status
from newsprism.story.compare import Finding, Source, _dates, settings
from newsprism.story.flags import rate

Clause = tuple[str, str, int, str]  # date text, verb, day of March, verb key (each told as occurred)
ALIKE = (0.5, float(np.sqrt(0.75)))  # below date_min_sentence, above lead_day_min_sentence


def _sentence(off: int, text: str, clauses: list[Clause]) -> SentenceSlots:
    dates, statuses = [], []
    for day_text, verb, day, key in clauses:
        at, v = text.index(day_text), text.index(verb)
        dates.append(DateSlot(start=off + at, end=off + at + len(day_text), text=day_text, month=3, day=day,
                              predicate=key))
        statuses.append(Status(start=off + v, end=off + v + len(verb), text=verb, predicate=key, status="occurred"))
    return SentenceSlots(start=off, end=off + len(text), text=text, dates=dates, statuses=statuses)


def _report(i: int, lead: str, clauses: list[Clause], published: str, vector: tuple[float, float],
            more: str = "", more_clauses: list[Clause] | None = None) -> Source:
    sents, vectors = [_sentence(0, lead, clauses)], [vector]
    if more:
        sents.append(_sentence(len(lead) + 1, more, more_clauses or []))
        vectors.append((0.0, 1.0))
    return Source(index=i, name=f"Outlet {i}", sentences=sents, vectors=np.array(vectors),
                  text=lead + (" " + more if more else ""), published=published)


OPENED = ("The city opened the ferry line across Tavel Bay on 10 March, after two years of works.",
          [("10 March", "opened", 10, "open")])
CROSSED = ("The first passengers crossed Tavel Bay on 14 March on the new ferry, paying half fare.",
           [("14 March", "crossed", 14, "cross")])
LINE_OPENED = ("The ferry line opened on 12 March with a ribbon cut by the mayor.", [("12 March", "opened", 12, "open")])


def _flags(a: Source, b: Source) -> list[Finding]:
    found = [f for f in _dates(a, b, a.vectors @ b.vectors.T, settings()) if f.kind == "conflict"]
    rate(found, {0: a, 1: b})
    return found


def _crossing(with_opening: bool) -> Source:
    more = LINE_OPENED if with_opening else ("", [])
    return _report(1, *CROSSED, "2026-03-16", ALIKE, *more)


def test_a_lead_whose_act_the_other_report_dates_elsewhere_is_not_paired() -> None:
    opening = _report(0, *OPENED, "2026-03-15", (1.0, 0.0))
    assert [(f.a.text, f.b.text) for f in _flags(opening, _crossing(True)) if f.features.get("lead_day")] == []


def test_the_switch_off_pairs_the_two_leads(monkeypatch: pytest.MonkeyPatch) -> None:
    # the hole: the lead-day rule set the opening's day against the first crossing's
    monkeypatch.setitem(settings(), "date_lead_act_dated_apart", False)
    opening = _report(0, *OPENED, "2026-03-15", (1.0, 0.0))
    assert ("10 March", "14 March") in [(f.a.text, f.b.text) for f in _flags(opening, _crossing(True))
                                        if f.features.get("lead_day")]


def test_two_leads_whose_acts_nobody_dates_again_stay_paired() -> None:
    # neither report dates the other lead's act: the lead-day rule reads them as one happening, as before
    opening = _report(0, *OPENED, "2026-03-15", (1.0, 0.0))
    found = [(f.a.text, f.b.text) for f in _flags(opening, _crossing(False)) if f.features.get("lead_day")]
    assert found == [("10 March", "14 March")]
