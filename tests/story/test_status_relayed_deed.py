"""A plan or a denial is someone's word by its nature ("will close next month, the council said", "the council denied
that ..."), so its attribution is no sign that a status flag is reported speech; a deed only relayed ("..., a
boatman said") is, and a deed reported by a factive verb ("the harbour office confirmed that ...") is told as fact
(invented sentences). The status feature ``attributed`` follows that; an agreement keeps reading either side."""

from __future__ import annotations

import pytest
from hand_sources import sentence, source, vectors

from newsprism.claims.slots import Status, verb_key
from newsprism.story.compare import attribution_verb, compare_pair

pytestmark = pytest.mark.slow  # the verb of saying is read from the spaCy parse

PLAN = "The Harlow council will close the Dunmore ferry pier next month, a council spokesman said."


def _status(text: str, verb: str, status: str, clause: str, who: str | None) -> Status:
    at, cs = text.index(verb), text.index(clause)
    return Status(start=at, end=at + len(verb), text=verb, predicate=verb_key(verb), status=status,
                  clause_start=cs, clause_end=cs + len(clause), subject="council", object="pier", attributed_to=who)


def _status_finding(done_text: str, done_verb: str, clause: str, who: str | None, done_status: str = "occurred"):
    va, vb = vectors(0.9)
    plan = _status(PLAN, "close", "planned", "The Harlow council will close the Dunmore ferry pier next month",
                   "a council spokesman")
    sa = source(0, sentence(PLAN, statuses=[plan]), va)
    sb = source(1, sentence(done_text, statuses=[_status(done_text, done_verb, done_status, clause, who)]), vb)
    return [f for f in compare_pair(sa, sb) if f.slot == "status"]


@pytest.mark.parametrize("text,clause,verb", [
    ("The harbour office confirmed that the Harlow council had closed the pier.",
     "the Harlow council had closed the pier", "confirmed"),
    ("The Harlow council closed the pier on Monday, the harbour office said.",
     "The Harlow council closed the pier on Monday", "said"),
    ("The Harlow council admitted that it had closed the pier.", "it had closed the pier", "admitted"),
    ("The Harlow council closed the pier on Monday.", "The Harlow council closed the pier on Monday", None),
])
def test_the_verb_of_saying_above_a_clause(text, clause, verb):
    cs = text.index(clause)
    assert attribution_verb(text, cs, cs + len(clause), verb_key("closed")) == verb


def test_a_relayed_plan_against_a_deed_told_as_fact_is_not_reported_speech():
    text = "The Harlow council closed the Dunmore ferry pier on Monday."
    found = _status_finding(text, "closed", text[:-1], None)
    assert [f.kind for f in found] == ["status"]
    assert found[0].features["attributed"] == 0.0


def test_a_deed_reported_by_a_factive_verb_is_told_as_fact():
    text = "The harbour office confirmed that the Harlow council had closed the Dunmore ferry pier."
    found = _status_finding(text, "closed", "the Harlow council had closed the Dunmore ferry pier",
                            "The harbour office")
    assert [f.kind for f in found] == ["status"]
    assert found[0].features["attributed"] == 0.0


def test_a_deed_only_relayed_stays_reported_speech():
    text = "The Harlow council closed the Dunmore ferry pier on Monday, a boatman said."
    found = _status_finding(text, "closed", "The Harlow council closed the Dunmore ferry pier on Monday",
                            "a boatman")
    assert [f.kind for f in found] == ["status"]
    assert found[0].features["attributed"] == 1.0


def test_an_agreement_on_a_plan_reads_either_side():
    text = "The Harlow council will close the Dunmore ferry pier in May."
    found = _status_finding(text, "close", text[:-1], None, done_status="planned")
    assert [f.kind for f in found] == ["consensus"]
    assert found[0].features["attributed"] == 1.0
