"""A state secretary is a seat of government (round 33, issue 11): the junior post of a European cabinet, below
the minister, is not the minister's post, while a "secretary of state" and a "health secretary" stay secretaries
(a title one person may hold with another). Invented sentences; the titles are compared as ``compare`` compares
them, so a test fails when a shape is not read or is read as a conflict it is not."""

from __future__ import annotations

import pytest
from title_pairs import title_role as _role
from title_pairs import title_verdict as _verdict

pytestmark = pytest.mark.slow


def test_a_state_secretary_told_after_the_name_is_not_the_minister(slots):
    minister = _role(slots, "Fisheries Minister Odile Brask said the quota would hold.")
    appos = _role(slots, "Odile Brask, the state secretary for fisheries, said the quota would hold.")
    at = _role(slots, "Odile Brask, state secretary at the fisheries ministry, said the quota would hold.")
    assert _verdict(minister, appos) == "conflict" and _verdict(minister, at) == "conflict"
    assert _verdict(appos, at) == "same"


def test_a_secretary_of_state_or_a_named_secretary_is_no_state_secretary(slots):
    minister = _role(slots, "Fisheries Minister Odile Brask said the quota would hold.")
    sos = _role(slots, "Odile Brask, the secretary of state for fisheries, said the quota would hold.")
    assert _verdict(minister, sos) == "different"  # word order: a cabinet seat in London or Washington
    named = _role(slots, "Fisheries Secretary Odile Brask said the quota would hold.")
    assert _verdict(minister, named) == "different"
    # a deputy of the post is still a lower rank of it, a party's chair is no seat of government
    deputy = _role(slots, "Odile Brask, the deputy state secretary for fisheries, said the quota would hold.")
    assert _verdict(_role(slots, "State Secretary Odile Brask said the quota would hold."), deputy) == "conflict"
    assert _verdict(appos := _role(slots, "Odile Brask, the state secretary for fisheries, said so."),
                    _role(slots, "Odile Brask, the party's chair, said so.")) == "different", appos.title
