"""A party's own admission is its deed told as done (invented sentences, round 52, issue 11; switch
``status_own_admission``). A factive verb of admission presents its complement as a deed its speaker owns, whether as
a that-clause or as a bare -ing form ("admitted taking the stimulant" = admitted that she took it). Against the same
party's denial ("denied that she had ever taken the stimulant") the two reports set the party's word against its own
admission: that is no denial relayed beside another's claim (``flags.party_denial``), which stays dropped."""

from __future__ import annotations

import pytest
from hand_sources import parsed_slots, status_flags

from newsprism.story.compare import admitted_gerund, parsed_sentence, settings
from newsprism.story.confidence import confidence
from newsprism.story.flags import party_denial

pytestmark = pytest.mark.slow  # the slots are read from the spaCy parse

DENIED_SALE = "Tomas Brell denied that he had ever sold the ballot papers to anyone, telling the Varnholm court he was innocent."
ADMITTED_SALE = "During the trial, Tomas Brell admitted in court that he had sold the ballot papers to a printer in Osk."
DENIED_TAKING = "Orla Vance denied that she had ever taken the stimulant."
ADMITTED_TAKING = "Orla Vance admitted taking the stimulant at a hearing of the Tessary tribunal."


def _shown(a: str, b: str, cos: float = 0.6) -> list:
    """The status findings of the pair that a report would flag (not dropped as a party's relayed denial) at or
    above the shown bar."""
    return [f for f in status_flags(a, b, cos=cos) if not party_denial(f) and confidence(f) >= 0.5]


def test_a_partys_denial_against_its_own_admission_is_shown():
    assert _shown(DENIED_SALE, ADMITTED_SALE)


def test_a_partys_denial_against_its_own_admission_is_dropped_when_switched_off(monkeypatch):
    monkeypatch.setitem(settings(), "status_own_admission", False)
    assert not _shown(DENIED_SALE, ADMITTED_SALE)


def test_an_admitted_gerund_is_a_deed_against_the_denial():
    assert _shown(DENIED_TAKING, ADMITTED_TAKING)


def test_an_admitted_gerund_is_no_deed_when_switched_off(monkeypatch):
    monkeypatch.setitem(settings(), "status_own_admission", False)
    assert not _shown(DENIED_TAKING, ADMITTED_TAKING)


def _gerund(text: str, word: str) -> bool:
    doc = parsed_sentence(text)
    return admitted_gerund(next(t for t in doc if t.text == word))


def test_only_a_gerund_under_a_verb_of_admission_is_read_as_done():
    parsed_slots(ADMITTED_TAKING)  # the pipeline is loaded
    assert _gerund("Orla Vance admitted taking the stimulant.", "taking")
    assert _gerund("Orla Vance admitted to taking the stimulant.", "taking")
    # "began taking", "denied taking", "is taking": no admission of a deed done
    assert not _gerund("Orla Vance began taking the stimulant in May.", "taking")
    assert not _gerund("Orla Vance denied taking the stimulant.", "taking")
    assert not _gerund("Orla Vance is taking the stimulant.", "taking")


def test_a_denial_beside_another_partys_claim_is_still_dropped():
    # the police confirm the sale; Brell denies it: a party's denial relayed beside another's claim (round 30)
    flags = status_flags(DENIED_SALE, "The Varnholm police confirmed that Tomas Brell had sold the ballot papers to a "
                                      "printer in Osk.", cos=0.6)
    assert flags and all(f.features["own_word"] == 0.0 for f in flags)
    assert all(party_denial(f) for f in flags if confidence(f) >= 0.5)


def test_an_accusation_against_a_denial_is_not_lifted():
    # a relayed accusation against a relayed denial (compat_relayed_denial): two words, no deed told
    assert not _shown("Opposition deputies accused Tomas Brell of selling the ballot papers to a printer.",
                      DENIED_SALE)
