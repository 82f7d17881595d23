"""One act told as planned in one report and as done, in past time, in the other (invented sentences, round 37,
issue 11). "The Varrel water board will open an inquiry" against "The Varrel water board opened an inquiry on
Thursday": English tells a plan of what has not happened yet and a dated past deed of what has, so of one act on one
thing the two cannot both stand. A conditional ("would open"), a plan under "if", a deed with no time anchor ("has
opened"), two different objects, two named doers, a negated deed, or a plan published before the deed's day is not
lifted."""

from __future__ import annotations

import dataclasses

import pytest
from hand_sources import source, vectors

from newsprism.claims.slots import SentenceSlots, sentence_slots
from newsprism.story.compare import compare_pair, settings
from newsprism.story.confidence import confidence

pytestmark = pytest.mark.slow  # the slots are read from the spaCy parse

PLAN = "The Varrel water board will open an inquiry into the burst main next week, its chairman said."
DEED = "The Varrel water board opened an inquiry into the burst main on Thursday, its chairman said."


def _slots(text: str) -> SentenceSlots:
    from newsprism.nlp.spacy_pipe import get_nlp

    return sentence_slots(next(iter(get_nlp()(text).sents)))


def _flags(a: str, b: str, cos: float = 0.7, published: tuple[str | None, str | None] = (None, None)) -> list:
    va, vb = vectors(cos)
    sa = dataclasses.replace(source(0, _slots(a), va), published=published[0])
    sb = dataclasses.replace(source(1, _slots(b), vb), published=published[1])
    return [f for f in compare_pair(sa, sb) if f.slot == "status" and f.kind != "consensus"]


@pytest.mark.parametrize(("plan", "deed"), [
    (PLAN, DEED),
    # "plans to", a passive deed whose subject is the planned act's object, "already", "last month"
    ("The Varrel water board plans to open an inquiry into the burst main.", DEED),
    ("The Dorsk council will demolish the two cracked towers on Mill Lane.",
     "The two cracked towers on Mill Lane were demolished on Tuesday."),
    ("The Dorsk statistics office will publish the figures for each parish in March.",
     "The Dorsk statistics office has already published the figures for each parish."),
    ("Tellan Foods will close its Brannock bakery and move the work to Osk.",
     "Tellan Foods closed its Brannock bakery last month."),
])
def test_a_plan_against_the_dated_deed_of_one_act_is_shown(plan, deed):
    flags = [f for f in _flags(plan, deed) if f.features["plan_deed"] == 1.0]
    assert flags and flags[0].kind == "status" and flags[0].detail == "plan"
    assert confidence(flags[0]) >= 0.5


def test_published_after_the_deeds_day_the_plan_is_still_a_conflict():
    # Thursday before Friday 4 December 2026 is 3 December: the plan, told on 4 December, is out of date
    flags = _flags(PLAN, DEED, published=("2026-12-04", "2026-12-04"))
    assert any(f.features["plan_deed"] == 1.0 and confidence(f) >= 0.5 for f in flags)


def test_a_plan_published_before_the_deeds_day_was_carried_out():
    # the plan was told on 1 December; the inquiry opened on Thursday 3 December: news moved on, no disagreement
    flags = _flags(PLAN, DEED, published=("2026-12-01", "2026-12-04"))
    assert flags and all(f.features["plan_deed"] == 0.0 and confidence(f) < 0.5 for f in flags)


@pytest.mark.parametrize(("plan", "deed"), [
    # a conditional is no plan
    ("The Varrel water board would open an inquiry into the burst main, its chairman said.", DEED),
    # nor a plan under a condition
    ("The Varrel water board will open an inquiry into the burst main if the leak returns.", DEED),
    # a deed with no time anchor
    (PLAN, "The Varrel water board has opened an inquiry into the burst main, its chairman said."),
    # two different objects
    (PLAN, "The Varrel water board opened a hotline for the burst main on Thursday, its chairman said."),
    # two different doers
    (PLAN, "The Varrel police opened an inquiry into the burst main on Thursday, its chief said."),
    # a negated deed
    (PLAN, "The Varrel water board did not open an inquiry into the burst main on Thursday, its chairman said."),
])
def test_not_a_plan_against_a_dated_deed(plan, deed):
    flags = _flags(plan, deed)
    assert flags and all(f.features["plan_deed"] == 0.0 and confidence(f) < 0.5 for f in flags)


def test_switched_off_nothing_is_lifted(monkeypatch):
    monkeypatch.setitem(settings(), "plan_deed_confidence", None)
    flags = _flags(PLAN, DEED)
    assert flags and all(f.features["plan_deed"] == 0.0 and confidence(f) < 0.5 for f in flags)
