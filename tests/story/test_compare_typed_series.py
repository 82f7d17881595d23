"""Typed slots that tie two differently worded tellings of one fact (round 10, invented sentences): the length
of a thing told after a verb, the happening an "Nth time" counts, the subject of a dated verb, and a status whose
clauses share their participants. What must pair does; what only looks alike does not."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, discrepancies_between

pytestmark = pytest.mark.slow

HERALD = """Bridge Deal Signed
The 20-year lease of the Corvin toll bridge was signed in Maldra on Friday by the city council.
It is the first time the regional court has blocked a toll increase on a public bridge.
The night ferry did not sink, the harbour master said, and all passengers were safe.
Toll collection ended on Sunday, May 10, after a week of protests.
The mayor said on Tuesday that the bridge was closed on April 2.
"""
GAZETTE = """Council Leases Toll Bridge
The lease would run for 25 years and could be renewed once, according to a council summary.
The ruling was the second time the regional court has blocked a toll increase on a public bridge, lawyers said.
Heavy waves sank the night ferry near the harbour wall before dawn, and its crew swam to the shore.
Toll collection ended on Monday, May 11, the operator said.
The bridge was closed on April 2, officials said on Wednesday.
"""


def test_duration_after_a_verb_is_the_length_of_its_subject(slots):
    (a,) = slots("The lease would run for 25 years and could be renewed once.").amounts
    assert a.dim == "duration" and a.noun == "lease"
    # a subject far before the figure is its counted thing, but the quoted evidence is the figure alone
    (far,) = slots("The lease, approved by the council after a long debate, will last 25 years.").amounts
    assert far.noun == "lease" and far.noun_start is None
    (b,) = slots("The 20-year lease of the bridge was signed on Friday.").amounts
    assert b.noun == "lease"
    # a person's sentence is no length of a thing another source could give
    (c,) = slots("He was jailed for 15 years in 2019.").amounts
    assert c.noun is None


def test_nth_time_counts_the_happening_of_its_clause(slots):
    (a,) = slots("It is the first time the court has blocked a toll increase.").ordinals
    (b,) = slots("The ruling was the second time the court has blocked a toll increase.").ordinals
    assert a.noun == b.noun and a.noun.startswith("block ")
    (c,) = slots("It was the second time the two leaders met this year.").ordinals
    assert c.noun != a.noun


def test_status_keeps_the_subject_of_its_clause(slots):
    st = [s for s in slots("Toll collection ended on Sunday, May 10.").statuses if s.predicate == "end"]
    assert st and st[0].subject == "collection"
    # the subject of a planned act is who plans it
    (plan,) = [s for s in slots("The mayor intends to sign the lease next week.").statuses if s.predicate == "sign"]
    assert plan.status == "planned" and plan.subject == "mayor"


def test_not_only_asserts(slots):
    (st,) = [s for s in slots("The audit not only criticized the lease but also its price.").statuses
             if s.predicate.startswith("critici")]
    assert not st.negated and st.status == "occurred"


def test_length_of_what_follows_of(slots):
    (a,) = slots("After more than four years of negotiation, the council signed the lease.").amounts
    assert a.dim == "duration" and a.noun == "negotiation"
    # a closing's length is not the lanes': no counted thing from a verb that is not one of lasting
    (b,) = slots("The lanes were closed for four days in May.").amounts
    assert b.noun is None


@pytest.fixture(scope="module")
def result():
    return analyzed_reports(("herald", "Maldra Herald", "Bridge Deal Signed", HERALD),
                            ("gazette", "Corvin Gazette", "Council Leases Toll Bridge", GAZETTE))


def _on(result, kind: str, slot: str, herald: str, gazette: str):
    return discrepancies_between(result, kind, slot, ("herald", herald), ("gazette", gazette))


def test_lease_length_before_the_noun_and_after_the_verb_conflict(result):
    assert _on(result, "conflict", "duration", "20-year", "25 years")


def test_first_and_second_time_of_one_happening_conflict(result):
    assert _on(result, "conflict", "ordinal", "first time", "second time")


def test_denial_against_a_deed_told_in_other_words(result):
    assert _on(result, "status", "status", "did not sink", "sank")


def test_dates_of_one_verb_of_one_subject_conflict(result):
    assert _on(result, "conflict", "date", "May 10", "May 11")


def test_days_of_saying_of_two_speakers_are_no_conflict(result):
    assert not _on(result, "conflict", "date", "Tuesday", "Wednesday")
