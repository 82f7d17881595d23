"""An act told by its noun, undergone by a participant, is that act done to it (invented sentences, round 53, issue
11; setting ``status_undergone_act``). "Three dockers had suffered injuries" tells that three dockers were injured,
"400 traders had received fines" that they were fined, "six fans were treated for minor injuries" that they were
hurt (a treatment for a harm presupposes the harm): against a denial of that act of those participants, the two
reports disagree as one verb's pair would. Another participant's harm, another act's noun, or two relayed words
are no such pair."""

from __future__ import annotations

import pytest
from hand_sources import status_flags

from newsprism.story.compare import settings
from newsprism.story.confidence import confidence
from newsprism.story.flags import party_denial

pytestmark = pytest.mark.slow  # the slots are read from the spaCy parse

DENIED_INJURED = "The Orvane port authority denied that any docker had been injured during the strike."
SUFFERED = "The Orvane port authority admitted on Friday that three dockers had suffered injuries in the crush at the gate."
DENIED_HURT = "A Brask club spokesman denied that any supporter had been hurt when the north stand was cleared."
TREATED = "The Brask club doctor confirmed on Sunday that six fans were treated for minor injuries."
DENIED_FINED = "The Kelmar tax office denied that any trader had been fined in error."
RECEIVED = "A Kelmar tax office official admitted on Monday that 400 traders had wrongly received fines."


def _shown(a: str, b: str, cos: float = 0.45) -> list:
    """The status findings of the pair a report would show (not dropped as a party's relayed denial, at or above
    the shown bar)."""
    return [f for f in status_flags(a, b, cos=cos) if not party_denial(f) and confidence(f) >= 0.5]


@pytest.fixture
def switched_off(monkeypatch):
    monkeypatch.setitem(settings(), "status_undergone_act", {**settings()["status_undergone_act"], "enabled": False})


@pytest.mark.parametrize("denial, deed", [(DENIED_INJURED, SUFFERED), (DENIED_HURT, TREATED),
                                          (DENIED_FINED, RECEIVED)])
def test_an_act_told_by_its_undergone_noun_meets_its_denial(denial, deed):
    assert _shown(denial, deed)
    assert _shown(deed, denial)


@pytest.mark.parametrize("denial, deed", [(DENIED_INJURED, SUFFERED), (DENIED_HURT, TREATED),
                                          (DENIED_FINED, RECEIVED)])
def test_switched_off_the_undergone_noun_is_no_act(switched_off, denial, deed):
    assert not _shown(denial, deed)


def test_another_participants_harm_is_no_answer_to_the_denial():
    # the dockers are denied any injury; the police officers' injuries are no docker's
    assert not _shown(DENIED_INJURED, "The Orvane port authority admitted on Friday that three police officers had "
                                      "suffered injuries in the crush at the gate.")


def test_another_acts_noun_is_no_answer_to_the_denial():
    # a refund received is no fine
    assert not _shown(DENIED_FINED, "A Kelmar tax office official admitted on Monday that 400 traders had received "
                                    "refunds.")
    # treated FOR an illness is no injury
    assert not _shown(DENIED_HURT, "The Brask club doctor confirmed on Sunday that six fans were treated for "
                                   "dehydration.")


def test_two_relayed_words_are_not_lifted():
    # each report only relays someone's word: the undergone noun reads one act, but no report tells it as fact
    assert not _shown("No docker was injured during the strike, the Orvane port authority said.",
                      "Three dockers suffered injuries in the crush at the gate, a union organiser said.")
