"""A deed that has reached the phase of one act a plan names (invented reports, round 51, issue 11).

An aspectual verb with its complement tells a phase of the complement's act. "The Velmor council will begin
dredging the Osk canal next month" plans the dredging's start; "The Velmor council began dredging the Osk canal last
week" tells that start reached: the two reports disagree (A). "The Velmor council plans to build a footbridge over
the Osk canal" plans the footbridge's making; "The footbridge over the Osk canal was completed in August" tells its
end reached: the two disagree (B). Neither was judged before: the aspect verb of the deed was not read through, and
"completed" is not the plan's verb. A deed of an earlier phase than the plan names is no disagreement ("will build the
footbridge" / "began building the footbridge": its end is still planned), nor is the completion of a thing the plan
does not make ("will open the footbridge"), a thing made again ("will rebuild"), a new one beside it ("will build a
new footbridge"), or a tally of things completed ("212 homes have been completed"). A measured hole,
kept as strict xfail tests: the round-51 candidate (branch ``pln51``, 5367650: ``plan_deed_reached_phase``,
``compare.reached_phase``, ``compare.makes_thing``, ``lexicon.verb_under``) showed the four pairs below and kept every
look-alike apart; on the dev wire sets it showed one plant more (wire39 s5_wildlife_bridge), under the gate's +2, and
was reverted (benchmarks/story.md, "Round 51")."""

from __future__ import annotations

import dataclasses

import pytest
from hand_sources import source, vectors

from newsprism.claims.slots import SentenceSlots, sentence_slots
from newsprism.story.compare import compare_pair
from newsprism.story.confidence import confidence

pytestmark = pytest.mark.slow  # the slots are read from the spaCy parse

# (the deed's report, the plan's): the deed told on Monday 30 November ("last week", "in August"), the plan on Thursday
# 3 December, after the deed's day: the plan was out of date when it was told
PUBLISHED = ("2026-11-30", "2026-12-03")

REACHED = [
    # (A) the start planned, the start reached
    ("The Velmor council will begin dredging the Osk canal next month, a spokesman said.",
     "The Velmor council began dredging the Osk canal last week, a spokesman said."),
    ("The Velmor council will start dredging the Osk canal next month, a spokesman said.",
     "The Velmor council started to dredge the Osk canal last week, a spokesman said."),
    # (B) a plan to make a thing, the end of its making reached
    ("The Velmor council plans to build a footbridge over the Osk canal, a spokesman said.",
     "The footbridge over the Osk canal was completed in August, a spokesman said."),
    ("The Velmor council will begin building a footbridge over the Osk canal next year, a spokesman said.",
     "The footbridge over the Osk canal was finished in August, a spokesman said."),
]

APART = [
    # an earlier phase than the plan names: the end is still planned
    ("The Velmor council will dredge the Osk canal next month, a spokesman said.",
     "The Velmor council began dredging the Osk canal last week, a spokesman said."),
    ("The Velmor council will build the footbridge over the Osk canal next year, a spokesman said.",
     "The Velmor council began building the footbridge over the Osk canal in August, a spokesman said."),
    ("The Velmor council will complete the footbridge over the Osk canal next year, a spokesman said.",
     "Work on the footbridge over the Osk canal began in August, a spokesman said."),
    # two acts: the start of another act reached
    ("The Velmor council will begin dredging the Osk canal next month, a spokesman said.",
     "The Velmor council began draining the Osk canal last week, a spokesman said."),
    # a completed thing the plan does not make
    ("The Velmor council will open the footbridge over the Osk canal next week, a spokesman said.",
     "The footbridge over the Osk canal was completed in August, a spokesman said."),
    ("The Velmor council will publish its report on the Osk canal next week, a spokesman said.",
     "The report on the Osk canal was completed in October, a spokesman said."),
    # a thing made again, a new one beside an old one, a tally of things completed
    ("The Velmor council will rebuild the footbridge over the Osk canal, a spokesman said.",
     "The footbridge over the Osk canal was completed in 1932, a spokesman said."),
    ("The Velmor council will build a new footbridge over the Osk canal, a spokesman said.",
     "The footbridge over the Osk canal was completed in 1932, a spokesman said."),
    ("The Velmor council will build 400 homes beside the Osk canal, a spokesman said.",
     "So far 212 homes have been completed beside the Osk canal, a spokesman said."),
]


def _slots(text: str) -> SentenceSlots:
    from newsprism.nlp.spacy_pipe import get_nlp

    return sentence_slots(next(iter(get_nlp()(text).sents)))


def _flags(deed: str, plan: str, published: tuple[str, str] = PUBLISHED) -> list:
    va, vb = vectors(0.7)
    sa = dataclasses.replace(source(0, _slots(deed), va), published=published[0])
    sb = dataclasses.replace(source(1, _slots(plan), vb), published=published[1])
    return [f for f in compare_pair(sa, sb) if f.slot == "status" and f.kind != "consensus"]


def _lifted(deed: str, plan: str, published: tuple[str, str] = PUBLISHED) -> list:
    return [f for f in _flags(deed, plan, published) if f.features["plan_deed"] == 1.0]


@pytest.mark.xfail(strict=True, reason="round 51 (pln51): a deed's aspect verb is not read through and 'X was "
                   "completed' is not a plan's act; the phase reading was measured at +1 dev plant (gate asks +2) and "
                   "not shipped")
@pytest.mark.parametrize(("plan", "deed"), REACHED)
def test_a_deed_that_reached_the_planned_phase_is_shown(plan, deed):
    flags = _lifted(deed, plan)
    assert flags and flags[0].kind == "status" and flags[0].detail == "plan"
    assert confidence(flags[0]) >= 0.5


@pytest.mark.parametrize(("plan", "deed"), APART)
def test_an_earlier_phase_or_another_thing_is_not_lifted(plan, deed):
    assert not _lifted(deed, plan)


@pytest.mark.parametrize(("plan", "deed"), REACHED[:2])
def test_a_plan_told_after_the_deed_may_have_been_carried_out(plan, deed):
    # the plan's report came out on 30 November, the deed's on 3 December ("last week": up to 2 December): the plan
    # may have been carried out since, and the publication guard of round 37 still holds
    assert not _lifted(deed, plan, published=("2026-12-03", "2026-11-30"))
