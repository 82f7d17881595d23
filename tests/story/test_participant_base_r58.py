"""One participant keyed two ways by the claims layer is one participant (invented reports, round 58, issue 11).

The claims layer keys a name by its last word as written and a common noun by its singular base. A common noun that
opens a sentence with a capital may be parsed as a name ("Detectives will dig up ..." keyed "detectives") while the
same noun inside a sentence is a common noun ("On Saturday detectives dug up ..." keyed "detective"), so
``compare.plan_against_deed`` took one doer for two and never set the plan against the dated deed.
``compare.one_participant_key`` (switch ``status_participant_base``) reads two keys as one participant when they are
one noun's base; ``same_roles`` and the plan/deed doer test read them so.

Kept apart: two different doers ("the county council" against "the quarry's owners"), and a plan told before the
deed's day (the publication guard of round 37)."""

from __future__ import annotations

import dataclasses

import pytest
from hand_sources import source, vectors

from newsprism.claims.slots import SentenceSlots, Status, sentence_slots
from newsprism.story.compare import compare_pair, one_participant_key, same_roles, settings
from newsprism.story.confidence import confidence

# (the deed's report, the plan's): both out on Monday 30 November, after the deed's Saturday
PUBLISHED = ("2026-11-30", "2026-11-30")

PLAN = "Detectives will dig up the garden of a cottage at Fenwray next month, a police spokeswoman said."
DEED = "On Saturday detectives dug up the garden of the cottage at Fenwray, a police spokeswoman said."
OTHER_DOER = "On Saturday the owners dug up the garden of the cottage at Fenwray, a police spokeswoman said."


def _slots(text: str) -> SentenceSlots:
    from newsprism.nlp.spacy_pipe import get_nlp

    return sentence_slots(next(iter(get_nlp()(text).sents)))


def _lifted(plan: str, deed: str, published: tuple[str, str] = PUBLISHED) -> list:
    va, vb = vectors(0.7)
    sa = dataclasses.replace(source(0, _slots(deed), va), published=published[0])
    sb = dataclasses.replace(source(1, _slots(plan), vb), published=published[1])
    return [f for f in compare_pair(sa, sb) if f.slot == "status" and f.kind == "status"
            and f.features["plan_deed"] == 1.0]


def _status(subject: str, obj: str) -> Status:
    return Status(start=0, end=3, text="dug", predicate="dug", status="occurred", subject=subject, object=obj)


def test_an_inflection_is_one_participant_and_two_nouns_are_two():
    assert one_participant_key("detectives", "detective")
    assert not one_participant_key("owner", "detective")
    assert not one_participant_key(None, "detective")
    assert same_roles(_status("detectives", "garden"), _status("detective", "gardens"))
    assert not same_roles(_status("owner", "garden"), _status("detective", "garden"))


def test_the_switch_off_keeps_the_keys_as_written(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(settings(), "status_participant_base", {"enabled": False})
    assert one_participant_key("detective", "detective")
    assert not one_participant_key("detectives", "detective")
    assert not same_roles(_status("detectives", "garden"), _status("detective", "garden"))


@pytest.mark.slow
def test_the_keys_differ_as_the_parser_reads_them():
    # the premise: the capitalised plural is parsed as a name and keeps its inflection
    plan = next(s for s in _slots(PLAN).statuses if s.predicate != "say")
    deed = next(s for s in _slots(DEED).statuses if s.predicate != "say")
    assert plan.subject == "detectives" and deed.subject == "detective"


@pytest.mark.slow
def test_a_plan_against_the_dated_deed_of_one_doer_is_shown():
    flags = _lifted(PLAN, DEED)
    assert flags and flags[0].detail == "plan", flags
    assert confidence(flags[0]) >= 0.5


@pytest.mark.slow
def test_the_switch_off_misses_it(monkeypatch: pytest.MonkeyPatch):
    # the hole: "detectives" and "detective" were two doers
    monkeypatch.setitem(settings(), "status_participant_base", {"enabled": False})
    assert not _lifted(PLAN, DEED)


@pytest.mark.slow
def test_another_doer_is_not_lifted():
    assert not _lifted(PLAN, OTHER_DOER)


@pytest.mark.slow
def test_a_plan_told_before_the_deed_may_have_been_carried_out():
    # the plan's report came out on 1 November, before the deed's Saturday: it may have been carried out since
    assert not _lifted(PLAN, DEED, published=("2026-11-30", "2026-11-01"))
