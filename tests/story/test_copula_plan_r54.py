"""A plan told with "is to V" (invented reports, round 54, issue 11).

English "be to V" tells an arranged act of the future: "The Kessmoor water board is to close the Ardel pumping
station next week" is a plan, as "plans to close" and "will close" are. The claim status reader
(``claims.slots._statuses``) followed a to-infinitive only below a verb of plan ("plans to", "is due to"), so after a
bare copula it kept the copula "is" as the clause's verb: a light verb, dropped from the claims, and the act told in
the clause was never a status. ``compare.told_as_plan`` already reads "is to V" as a plan; the reader now hands it the
verb: round 54's candidate (branch ``pln54``, commit 33745ce: ``claims.slots.copula_plan``, switch
``plan_copula_infinitive``) did, and was not shipped: on the 45 dev wire sets it showed no new plant (709 -> 709; three
plan plants found below the line: wire40 s1_harnby_depot 0.491, wire28 s2_rehoused 0.403, wire5 s1_visit 0.155), each
"is to" plant meeting a second hold (two doers, the publication guard, two verbs, a noun). The hole stays recorded
here as strict xfails (benchmarks/story.md, round 54 pln54).

Kept apart: the idiom "is to blame" (fault, no plan), a past "was to V" (an arrangement that may have fallen
through), a copula with a complement of its own ("is able to"), a plan told before the deed's day (the publication
guard of round 37) and a plan of another instance ("is to open a second library")."""

from __future__ import annotations

import dataclasses

import pytest
from hand_sources import source, vectors

from newsprism.claims.slots import SentenceSlots, sentence_slots
from newsprism.story.compare import compare_pair
from newsprism.story.confidence import confidence

# (the deed's report, the plan's): the deed told on Monday 30 November, the plan on Thursday 3 December, after the
# deed's day: the plan was out of date when it was told
PUBLISHED = ("2026-11-30", "2026-12-03")

ONE_ACT = [
    ("The Kessmoor water board is to close the Ardel pumping station next week, a spokeswoman said.",
     "The Kessmoor water board closed the Ardel pumping station on November 20, a spokeswoman said."),
    ("Dravon Council is to open the new library at Pellick in the spring, a spokeswoman said.",
     "Dravon Council opened the new library at Pellick on November 18, a spokeswoman said."),
]

NOT_PLANS = [
    "The driver of the Ardel bus is to blame for the crash, the inspectors said.",
    "The Kessmoor water board was to close the Ardel pumping station in the spring.",
    "The Kessmoor water board is able to close the Ardel pumping station within a day.",
]


def _slots(text: str) -> SentenceSlots:
    from newsprism.nlp.spacy_pipe import get_nlp

    return sentence_slots(next(iter(get_nlp()(text).sents)))


def _plans(text: str) -> set[str]:
    return {st.predicate for st in _slots(text).statuses if st.status == "planned"}


def _lifted(plan: str, deed: str, published: tuple[str, str] = PUBLISHED) -> list:
    va, vb = vectors(0.7)
    sa = dataclasses.replace(source(0, _slots(deed), va), published=published[0])
    sb = dataclasses.replace(source(1, _slots(plan), vb), published=published[1])
    return [f for f in compare_pair(sa, sb) if f.slot == "status" and f.kind == "status"
            and f.features["plan_deed"] == 1.0]


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="round 54 hole (pln54, not shipped): \"is to V\" is never read as a plan; the copula is the clause's verb")
def test_is_to_v_is_read_as_a_plan_of_the_verb():
    assert "clos" in _plans(ONE_ACT[0][0])
    assert "open" in _plans(ONE_ACT[1][0])


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_PLANS)
def test_an_idiom_a_past_arrangement_or_a_complement_is_no_plan(text):
    assert not (_plans(text) & {"blame", "clos"})


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="round 54 hole (pln54, not shipped): \"is to V\" is never read as a plan; the copula is the clause's verb")
@pytest.mark.parametrize(("plan", "deed"), ONE_ACT)
def test_a_plan_told_with_is_to_against_the_dated_deed_is_shown(plan, deed):
    flags = _lifted(plan, deed)
    assert flags and flags[0].detail == "plan", flags
    assert confidence(flags[0]) >= 0.5


@pytest.mark.slow
@pytest.mark.parametrize(("plan", "deed"), ONE_ACT)
def test_a_plan_told_before_the_deed_may_have_been_carried_out(plan, deed):
    # compatible look-alike: the plan's report came out on 1 October, before the deed's day
    assert not _lifted(plan, deed, published=("2026-12-03", "2026-10-01"))


@pytest.mark.slow
def test_a_plan_of_another_instance_is_not_lifted():
    plan = "Dravon Council is to open a second library at Pellick in the spring, a spokeswoman said."
    deed = "Dravon Council opened a library at Pellick on November 18, a spokeswoman said."
    assert not _lifted(plan, deed)
