"""A party's denial of what befell a thing against the same party's own telling of a deed done to it, with another
verb (invented sentences, round 32, issue 11). "The exchange denied that any trades had been cancelled" denies the
trades' fate, whatever act would have brought it about; "the exchange confirmed that it had voided 1,400 trades"
puts a deed on those trades on the record, as fact, by the same party: the two cannot both stand as told, whatever
verb each reporter chose. A negation with a doer ("the council did not sell the land") denies one act, not a thing's
fate, and is never set against another verb's deed ("the council leased the land"); nor is a deed relayed by a verb
that does not present it as fact, told by another party, or done to another thing."""

from __future__ import annotations

import pytest
from hand_sources import status_flags

from newsprism.story.compare import settings

pytestmark = pytest.mark.slow  # the slots are read from the spaCy parse

DENIAL = "The Veldmark exchange denied that any trades had been cancelled during the outage."
DEED = "The Veldmark exchange confirmed on Monday that it had voided 1,400 trades during the outage."


@pytest.fixture(autouse=True)
def _fate_route_only(monkeypatch: pytest.MonkeyPatch) -> None:
    # these tests read the fate route alone; round 59's one-act reading of two verbs WordNet joins
    # (cancelled / voided: status_denied_act_kin) pairs some of the same clauses as one act's pair, tested in
    # test_denied_act_kin_r59.py
    monkeypatch.setitem(settings(), "status_denied_act_kin", {"enabled": False})


def _flags(a: str, b: str) -> list:
    return status_flags(a, b, cos=0.75)  # two sentences told alike


def test_a_denied_fate_against_the_same_partys_confirmed_deed_on_the_thing_is_a_status_conflict():
    flags = _flags(DENIAL, DEED)
    assert flags and flags[0].kind == "status" and flags[0].detail == "denial"
    assert flags[0].features["fate"] == 1.0


def test_a_conceded_deed_pairs_too_and_the_party_may_be_named_by_its_office():
    flags = _flags("The ministry insisted that no teacher had been dismissed over the language law.",
                   "The ministry's regional office conceded that it had let go 12 teachers over the language law.")
    assert flags and flags[0].features["fate"] == 1.0


def test_switched_off_the_two_verbs_are_not_compared(monkeypatch):
    monkeypatch.setitem(settings(), "status_fate_pairs", False)
    assert not _flags(DENIAL, DEED)


@pytest.mark.parametrize("a,b", [
    # one doer's act denied, another act of it done: two acts on one thing, not one thing's fate
    ("The Brannoc council did not sell the riverside land.", "The Brannoc council leased the riverside land."),
    ("The Brannoc council denied that it had sold the riverside land.",
     "The Brannoc council admitted that it had leased the riverside land."),
    # the deed relayed by a verb of saying that does not present it as fact
    (DENIAL, "The Veldmark exchange said on Monday that it had voided 1,400 trades during the outage."),
    # the deed told as fact by another party
    (DENIAL, "A Tessin broker confirmed on Monday that he had voided 1,400 trades during the outage."),
    # a deed done to another thing
    (DENIAL, "The Veldmark exchange confirmed on Monday that it had suspended two brokers during the outage."),
])
def test_no_fate_pair(a, b):
    assert not _flags(a, b)


def test_a_one_verb_pair_is_not_outranked_by_a_fate_pair_of_the_same_clause() -> None:
    """Clause 0 of one report has a pair by one verb (with clause 3 of the other) and a fate pair (with clause 1),
    which scores higher but whose clause 1 a better pair takes: the fate pair is not asked, so clause 0 keeps its
    one-verb pair in the mutual choice instead of losing both (round 32, the held-out wire23's lost denial)."""
    from newsprism.story.compare import _Cand, _mutual_best, one_verb_first

    one_verb = [_Cand(0, 3, 0.9, {}), _Cand(2, 1, 1.2, {})]
    fate = _Cand(0, 1, 1.0, {})
    assert {(c.i, c.j) for c in _mutual_best([*one_verb, fate])} == {(2, 1)}  # the loss the order prevents
    assert {(c.i, c.j) for c in _mutual_best(one_verb_first(one_verb, [fate]))} == {(0, 3), (2, 1)}
    free = _Cand(4, 5, 0.8, {})  # a fate pair of two clauses no one-verb pair takes is still asked
    assert (4, 5) in {(c.i, c.j) for c in one_verb_first(one_verb, [fate, free])}
