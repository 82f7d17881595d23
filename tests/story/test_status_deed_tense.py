"""A plan (or a denial) conflicts only with a deed told as a past happening (invented sentences). The simple
present ("the mill closes at dusk": a habit, a state, a belief), the present progressive ("is closing": an
arrangement under way) and "is set to" tell no deed, so "will close" against them is no status conflict; "closed",
"has closed", "was closed" and "did close" tell one, and "will close" against them is. The simple present of a named
subject ("Dobrin faces charges") states that one's present state, which a plan can contradict."""

from __future__ import annotations

import pytest
from hand_sources import sentence, source, vectors

from newsprism.claims.slots import Status, verb_key
from newsprism.story.compare import compare_pair, told_as_deed

pytestmark = pytest.mark.slow  # the tense is read from the spaCy parse

PLAN = "The Harlow council will close the Dunmore ferry pier next month."


def _status(text: str, verb: str, status: str) -> Status:
    at = text.index(verb)
    return Status(start=at, end=at + len(verb), text=verb, predicate=verb_key(verb), status=status,
                  clause_start=0, clause_end=len(text), subject="council")


def _status_flags(done_text: str, done_verb: str, done_status: str = "occurred") -> list:
    va, vb = vectors(0.9)
    sa = source(0, sentence(PLAN, statuses=[_status(PLAN, "close", "planned")]), va)
    sb = source(1, sentence(done_text, statuses=[_status(done_text, done_verb, done_status)]), vb)
    return [f for f in compare_pair(sa, sb) if f.kind == "status"]


@pytest.mark.parametrize("text,verb,deed", [
    ("The Harlow council closes the Dunmore ferry pier each winter.", "closes", False),
    ("The Harlow council is closing the Dunmore ferry pier.", "closing", False),
    ("The Harlow council is set to close the Dunmore ferry pier.", "close", False),
    ("The Harlow council closed the Dunmore ferry pier on Monday.", "closed", True),
    ("The Harlow council has closed the Dunmore ferry pier.", "closed", True),
    ("The Dunmore ferry pier was closed by the Harlow council.", "closed", True),
    ("The Harlow council did close the Dunmore ferry pier.", "close", True),
    # a named one's present state is a fact a plan can contradict (charged now against "is to face charges")
    ("Marek Dobrin faces charges of fraud and forgery.", "faces", True),
    ("Marek Dobrin is facing charges of fraud and forgery.", "facing", False),
])
def test_a_deed_is_told_in_the_past(text, verb, deed):
    at = text.index(verb)
    assert told_as_deed(text, at, at + len(verb), verb_key(verb)) is deed


def test_a_plan_against_a_past_deed_is_a_status_conflict():
    assert _status_flags("The Harlow council closed the Dunmore ferry pier on Monday.", "closed")


def test_a_plan_against_the_simple_present_is_no_status_conflict():
    assert not _status_flags("The Harlow council closes the Dunmore ferry pier each winter.", "closes")


def test_will_close_against_is_closing_is_no_status_conflict():
    assert not _status_flags("The Harlow council is closing the Dunmore ferry pier.", "closing", "ongoing")
