"""A pledge or a term told in the present is no deed (issue 11, round 44; invented sentences, fictional names).

English tells a deed done on a day in past time. A present-tense verb whose time runs forward ("keeps 800 jobs for
at least four years", "until 2030", "through next year") or that tells the terms of a deal or a law ("under the
agreement, Brenmoor keeps ...", "the Talvik Accord guarantees ...") says what is promised or in force: set against a
report that the same thing is promised ("has promised to keep"), it is no plan-against-deed status conflict. A named
one's plain present state ("Marek Dobrin faces charges") and every past deed ("closed on Monday", "has kept its
promise", "kept 900 jobs last year") stay deeds."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, discrepancies_between, sentence, source, vectors

from newsprism.claims.slots import Status, verb_key
from newsprism.story.compare import compare_pair, settings, told_as_deed

pytestmark = pytest.mark.slow  # the tense is read from the spaCy parse


@pytest.mark.parametrize("text,verb,deed", [
    # a pledge or a term: its time runs forward, or it is the term of a deal or a law
    ("Under the agreement, Brenmoor keeps 800 jobs at Talvik for at least four years.", "keeps", False),
    ("Brenmoor keeps 800 jobs at Talvik for at least four years.", "keeps", False),
    ("Brenmoor keeps 800 jobs at Talvik until 2030.", "keeps", False),
    ("Brenmoor keeps 800 jobs at Talvik through next year.", "keeps", False),
    ("Under the deal, Brenmoor guarantees 800 jobs at Talvik.", "guarantees", False),
    ("The Talvik Accord guarantees 800 jobs at the Brenmoor plant.", "guarantees", False),
    # what stays a deed: past time, a perfect, a named one's present state
    ("The Brenmoor factory closed on Monday.", "closed", True),
    ("Brenmoor has kept its promise.", "kept", True),
    ("Brenmoor kept 900 jobs last year.", "kept", True),
    ("Under the agreement, Brenmoor kept 900 jobs at Talvik for four years.", "kept", True),
    ("Marek Dobrin faces charges of fraud and forgery.", "faces", True),
])
def test_a_pledge_or_a_term_in_the_present_is_no_deed(text, verb, deed):
    at = text.index(verb)
    assert told_as_deed(text, at, at + len(verb), verb_key(verb)) is deed


PLEDGE = "Brenmoor has promised to keep 800 jobs at the Talvik plant for four years."


def _status(text: str, verb: str, status: str) -> Status:
    at = text.index(verb)
    return Status(start=at, end=at + len(verb), text=verb, predicate=verb_key(verb), status=status,
                  clause_start=0, clause_end=len(text), subject="brenmoor", object="job")


def _status_flags(done_text: str, done_verb: str) -> list:
    va, vb = vectors(0.9)
    sa = source(0, sentence(PLEDGE, statuses=[_status(PLEDGE, "keep", "planned")]), va)
    sb = source(1, sentence(done_text, statuses=[_status(done_text, done_verb, "occurred")]), vb)
    return [f for f in compare_pair(sa, sb) if f.kind == "status"]


def test_a_pledge_against_the_deal_s_term_is_no_status_conflict():
    assert not _status_flags("Under the agreement, Brenmoor keeps 800 jobs at the Talvik plant for at least four "
                             "years.", "keeps")


def test_a_pledge_against_a_past_deed_stays_a_status_conflict():
    assert _status_flags("Brenmoor kept 800 jobs at the Talvik plant last year.", "kept")


def test_switched_off_the_term_reads_as_before(monkeypatch):
    text = "Brenmoor keeps 800 jobs at Talvik until 2030."
    monkeypatch.setitem(settings(), "standing_terms", {**settings()["standing_terms"], "enabled": False})
    at = text.index("keeps")
    assert told_as_deed(text, at, at + len("keeps"), verb_key("keeps"))


WIRE = """Brenmoor Buys Talvik Tyre Plant
Brenmoor Rubber has bought the Talvik tyre plant from its owner, the Vessel group, for 310 million crowns, the two \
companies said on Tuesday. Under the agreement, Brenmoor keeps 800 jobs at the Talvik plant for at least four years \
and will move part of its production there. The sale still needs the approval of the competition office."""

COURIER = """Talvik Plant Sold to Brenmoor
The Talvik tyre plant has a new owner: Brenmoor Rubber bought it from the Vessel group for 310 million crowns on \
Tuesday. Brenmoor has promised to keep 800 jobs at the Talvik plant for four years, the company said. Workers at the \
plant said they were relieved."""


def test_two_reports_of_one_pledge_show_no_plan_against_deed():
    result = analyzed_reports(("wire", "Talvik Wire", "Brenmoor Buys Talvik Tyre Plant", WIRE),
                              ("courier", "Talvik Courier", "Talvik Plant Sold to Brenmoor", COURIER))
    assert not discrepancies_between(result, "status", "status", ("wire", "keeps"), ("courier", "keep"))
