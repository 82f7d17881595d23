"""A past anchor that names a calendar unit ends where that unit ends (invented reports, round 48, issue 11): a
measured hole, kept as strict xfail tests (the rule was measured and not shipped, benchmarks/story.md "Round 48").

The publication guard of ``compare.plan_against_deed`` does not lift a plan against a deed when the plan's report came
out before the deed's latest possible day: the plan may have been carried out since. "Last week" in a report of Friday
4 December 2026 is the week of 23-29 November, so a deed done "last week" was done before a plan told on Wednesday 2
December: the plan was out of date when it was told, and the two reports disagree. ``plan_deed_past_anchors`` reads
"last week" as "the day before publication" (3 December), so the guard takes that deed for one that may have been
done after the plan, and the flag stays behind "show more". The same holds for "last month" (it ends on the last day
of the month before). The round-48 candidate (branch ``pvd48``, 927b8ed: ``plan_deed_calendar_anchors``,
``compare.previous_unit_end``) showed these two and kept the look-alikes below under the guard; on the dev wire sets
it showed one plant more (wire31 s4_switch_off), under the gate's +2, and was reverted. A deed of last week against a
plan told within that week, or of last month against a plan told within that month, must stay under the guard."""

from __future__ import annotations

import dataclasses

import pytest
from hand_sources import source, vectors

from newsprism.claims.slots import SentenceSlots, sentence_slots
from newsprism.story.compare import compare_pair
from newsprism.story.confidence import confidence

pytestmark = pytest.mark.slow  # the slots are read from the spaCy parse

PLAN = "The Orsk port board will close the Kelling ferry berth for repairs, its harbour master said."
DEED_WEEK = "The Orsk port board closed the Kelling ferry berth for repairs last week, its harbour master said."
DEED_MONTH = "The Orsk port board closed the Kelling ferry berth for repairs last month, its harbour master said."


def _slots(text: str) -> SentenceSlots:
    from newsprism.nlp.spacy_pipe import get_nlp

    return sentence_slots(next(iter(get_nlp()(text).sents)))


def _flags(a: str, b: str, published: tuple[str, str]) -> list:
    va, vb = vectors(0.7)
    sa = dataclasses.replace(source(0, _slots(a), va), published=published[0])
    sb = dataclasses.replace(source(1, _slots(b), vb), published=published[1])
    return [f for f in compare_pair(sa, sb) if f.slot == "status" and f.kind != "consensus"]


@pytest.mark.xfail(strict=True, reason="round 48 (pvd48): 'last week' / 'last month' read as the day before "
                   "publication; the calendar reading was measured at +1 dev plant (gate asks +2) and not shipped")
@pytest.mark.parametrize(("deed", "published"), [
    # plan told on Wednesday 2 December; "last week" of Friday 4 December is 23-29 November
    (DEED_WEEK, ("2026-12-02", "2026-12-04")),
    # plan told on Tuesday 1 December; "last month" of Thursday 3 December is November
    (DEED_MONTH, ("2026-12-01", "2026-12-03")),
])
def test_a_deed_of_the_unit_before_the_plans_report_is_shown(deed, published):
    flags = [f for f in _flags(PLAN, deed, published) if f.features["plan_deed"] == 1.0]
    assert flags and flags[0].kind == "status" and flags[0].detail == "plan"
    assert confidence(flags[0]) >= 0.5


@pytest.mark.parametrize(("deed", "published"), [
    # plan told on Monday 30 November; "last week" of Monday 7 December is 30 November - 6 December: the berth may
    # have closed after the plan was told
    (DEED_WEEK, ("2026-11-30", "2026-12-07")),
    # plan told on 20 November; "last month" of 3 December is November, which runs on after the plan
    (DEED_MONTH, ("2026-11-20", "2026-12-03")),
])
def test_a_deed_of_a_unit_the_plan_was_told_in_may_be_the_plan_carried_out(deed, published):
    flags = _flags(PLAN, deed, published)
    assert flags and all(f.features["plan_deed"] == 0.0 and confidence(f) < 0.5 for f in flags)
