"""A decision to act, told as taken, against the act told done is no conflict (invented sentences, round 38, issue
11; story/compare.decided_against_deed, feature ``decided``; story/flags.decided_deed drops the finding before any
flag is made). "The Harlow Vale council agreed to ask the capital for help" tells that a decision was taken, not that
the asking has not happened; against "The Harlow Vale council asked the capital for help" the two reports do not
disagree. A real plan ("will close") against a dated deed stays a conflict (round 37's lift), and so does a refusal
("decided not to close") against the deed, a decision itself not told as done ("will decide to close"), and a decided
act with a future time of its own ("agreed to ask ... next week")."""

from __future__ import annotations

import dataclasses

import pytest
from hand_sources import source, vectors

from newsprism.claims.slots import SentenceSlots, sentence_slots
from newsprism.model import Document, Span
from newsprism.story.compare import Finding, compare_pair, settings
from newsprism.story.confidence import confidence
from newsprism.story.flags import decided_deed, rate, to_flags

pytestmark = pytest.mark.slow  # the slots are read from the spaCy parse


def _slots(text: str) -> SentenceSlots:
    from newsprism.nlp.spacy_pipe import get_nlp

    return sentence_slots(next(iter(get_nlp()(text).sents)))


def _shown(a: str, b: str, cos: float = 0.8) -> tuple[list[Finding], list]:
    """The status findings of the two one-sentence reports and the status flags the story makes of them (shown or
    not, as a user's report lists them)."""
    va, vb = vectors(cos)
    sa = dataclasses.replace(source(0, _slots(a), va), published="2026-12-04")
    sb = dataclasses.replace(source(1, _slots(b), vb), published="2026-12-04")
    found = [f for f in compare_pair(sa, sb) if f.slot == "status" and f.kind != "consensus"]
    sources = {0: sa, 1: sb}
    rate(found, sources)
    docs = [Document(id=f"d{i}", source=f"d{i}", text=t, body=Span(start=0, end=len(t))) for i, t in enumerate((a, b))]
    return found, [d for d in to_flags(found, sources, docs) if d.kind == "status"]


@pytest.mark.parametrize(("decided", "done"), [
    ("The Harlow Vale council met in emergency session and agreed to ask the capital for help on Monday.",
     "The Harlow Vale council asked the capital for help on Monday."),
    ("The Brennick school board decided to close the flooded primary school on Tuesday.",
     "The Brennick school board closed the flooded primary school on Tuesday."),
    ("The Orvast port authority has decided to suspend the night ferry.",
     "The Orvast port authority suspended the night ferry on Wednesday."),
])
def test_a_decision_taken_against_the_act_done_is_no_conflict(decided, done):
    found, flags = _shown(decided, done)
    assert found and any(f.features["decided"] == 1.0 and decided_deed(f) for f in found)
    assert flags == []
    found, flags = _shown(done, decided)  # either report first
    assert flags == []


def test_a_plan_of_the_future_against_the_dated_deed_stays_a_conflict():
    found, flags = _shown("The Brennick school board will close the flooded primary school.",
                          "The Brennick school board closed the flooded primary school on Tuesday.")
    assert found and all(f.features["decided"] == 0.0 for f in found)
    assert any(f.features["plan_deed"] == 1.0 for f in found)
    assert any(d.confidence >= 0.5 for d in flags)


@pytest.mark.parametrize("other", [
    # a refusal: the decision not to act against the act done is a denial-like finding, left as it was
    "The Brennick school board decided not to close the flooded primary school on Tuesday.",
    # a decision not itself told as done is no decision taken
    "The Brennick school board will decide to close the flooded primary school.",
    # the decided act carries a future time of its own: a plan, not only a decision
    "The Brennick school board decided to close the flooded primary school next week.",
])
def test_not_a_decision_taken_against_the_act(other):
    found, _flags = _shown(other, "The Brennick school board closed the flooded primary school on Tuesday.")
    assert all(f.features["decided"] == 0.0 and not decided_deed(f) for f in found)


def test_switched_off_the_finding_is_kept(monkeypatch):
    monkeypatch.setitem(settings(), "decision_verbs", [])
    found, flags = _shown("The Brennick school board decided to close the flooded primary school on Tuesday.",
                          "The Brennick school board closed the flooded primary school on Tuesday.")
    assert found and all(f.features["decided"] == 0.0 for f in found)
    assert flags and all(confidence(f) == f.confidence for f in found)
