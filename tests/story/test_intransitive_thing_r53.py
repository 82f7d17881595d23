"""A plan and a deed of one act, one of them told intransitively (invented reports, round 53, issue 11).

English tells many acts both ways: "The Brennick harbour board plans to open a ferry terminal at Oskholm next spring"
and "The ferry terminal at Oskholm opened in October" (the causative alternation). In the intransitive the subject is
the thing the act befalls, as a passive's subject is, and no doer is named. ``compare.plan_against_deed`` asked an
object on both sides, so such a pair was never one act on one thing, and the terminal was taken for a doer beside the
board. ``compare.intransitive_thing`` (switch ``plan_deed_intransitive_subject``) reads the subject as the thing when it
is no possible doer (``lexicon.is_agent_kind``: not a person, a post or a body of people) and the other side acts on
it, or when both sides tell, each intransitively, the beginning or end of one happening ("Construction of the
Oskholm breakwater will begin in January" / "Construction of the Oskholm breakwater began on November 20").

Kept apart: a body of people told intransitively ("the harbour committee met on Monday" against "the mayor will meet
the harbour committee"), a movement that recurs ("Fares will rise in January" / "Fares rose in October"), another
thing opened, and a plan told before the deed's day (the publication guard of round 37)."""

from __future__ import annotations

import dataclasses

import pytest
from hand_sources import source, vectors

from newsprism.claims.slots import SentenceSlots, sentence_slots
from newsprism.lexicon import is_agent_kind
from newsprism.story.compare import compare_pair, settings
from newsprism.story.confidence import confidence

# (the deed's report, the plan's): the deed told on Monday 30 November, the plan on Thursday 3 December, after the
# deed's day: the plan was out of date when it was told
PUBLISHED = ("2026-11-30", "2026-12-03")

ONE_ACT = [
    # (plan, deed): the alternation, the thing the plan acts on is the deed's subject
    ("The Brennick harbour board plans to open a ferry terminal at Oskholm next spring, a spokeswoman said.",
     "The ferry terminal at Oskholm opened in October, a spokeswoman said."),
    ("The Brennick harbour board will begin running night ferries to Oskholm next spring, a spokeswoman said.",
     "Night ferries to Oskholm have already run twice this month, a spokeswoman said."),
    # both intransitive: the beginning of one happening
    ("Construction of the Oskholm breakwater will begin in January, a spokeswoman said.",
     "Construction of the Oskholm breakwater began on November 20, a spokeswoman said."),
]

APART = [
    # a body of people acts on its own: its meeting is no act on it
    ("The mayor of Brennick will meet the harbour committee next week, a spokeswoman said.",
     "The harbour committee met on November 20, a spokeswoman said."),
    # a movement that recurs: two rises, not one act
    ("Ferry fares to Oskholm will rise in January, a spokeswoman said.",
     "Ferry fares to Oskholm rose in October, a spokeswoman said."),
    # another thing opened
    ("The Brennick harbour board plans to open a ferry terminal at Oskholm next spring, a spokeswoman said.",
     "The fish market at Oskholm opened in October, a spokeswoman said."),
]


def _slots(text: str) -> SentenceSlots:
    from newsprism.nlp.spacy_pipe import get_nlp

    return sentence_slots(next(iter(get_nlp()(text).sents)))


def _lifted(plan: str, deed: str, published: tuple[str, str] = PUBLISHED) -> list:
    va, vb = vectors(0.7)
    sa = dataclasses.replace(source(0, _slots(deed), va), published=published[0])
    sb = dataclasses.replace(source(1, _slots(plan), vb), published=published[1])
    return [f for f in compare_pair(sa, sb) if f.slot == "status" and f.kind == "status"
            and f.features["plan_deed"] == 1.0]


def test_a_thing_is_no_doer_but_a_body_of_people_is():
    assert not is_agent_kind("terminal") and not is_agent_kind("ferry") and not is_agent_kind("construction")
    assert is_agent_kind("committee") and is_agent_kind("board") and is_agent_kind("mayor")


@pytest.mark.slow
@pytest.mark.parametrize(("plan", "deed"), ONE_ACT)
def test_a_plan_against_the_deed_told_intransitively_is_shown(plan, deed):
    flags = _lifted(plan, deed)
    assert flags and flags[0].detail == "plan", flags
    assert confidence(flags[0]) >= 0.5


@pytest.mark.slow
@pytest.mark.parametrize(("plan", "deed"), ONE_ACT)
def test_the_switch_off_misses_it(monkeypatch: pytest.MonkeyPatch, plan, deed):
    # the hole: no object on the intransitive side, so the pair was never one act on one thing
    monkeypatch.setitem(settings(), "plan_deed_intransitive_subject", {"enabled": False})
    assert not _lifted(plan, deed)


@pytest.mark.slow
@pytest.mark.parametrize(("plan", "deed"), APART)
def test_a_doer_a_recurring_movement_or_another_thing_is_not_lifted(plan, deed):
    assert not _lifted(plan, deed)


@pytest.mark.slow
@pytest.mark.parametrize(("plan", "deed"), ONE_ACT)
def test_a_plan_told_before_the_deed_may_have_been_carried_out(plan, deed):
    # the plan's report came out on 1 October, before every deed's day: it may have been carried out since
    assert not _lifted(plan, deed, published=("2026-12-03", "2026-10-01"))
