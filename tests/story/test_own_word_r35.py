"""One party's denial in one report against the same party's own admission of the deed in the other (invented
sentences, round 35, issue 11). A factive verb of admission ("admitted", "acknowledged", "conceded", "confirmed")
takes what its complement says as true, told as done by the one who admits it: "the Orvane ministry acknowledged that
officers had injured three protesters" against "the Orvane ministry denied that officers had injured any protesters"
is the party's own two statements, which cannot both stand. A deed only relayed ("said"), admitted by another party,
or a different predicate ("confirmed it had received the complaint" / "no complaint ... was upheld") is not lifted or
not paired."""

from __future__ import annotations

import pytest
from hand_sources import status_flags

from newsprism.story.compare import settings
from newsprism.story.confidence import confidence

pytestmark = pytest.mark.slow  # the slots are read from the spaCy parse

DENIAL = "The Orvane interior ministry denied that officers had injured any protesters at the Lusk rally."
ADMISSION = "The Orvane interior ministry acknowledged that officers had injured three protesters at the Lusk rally."


def test_a_partys_denial_against_its_own_admission_is_shown():
    flags = status_flags(DENIAL, ADMISSION)
    assert flags and flags[0].kind == "status" and flags[0].detail == "denial"
    assert flags[0].features["own_word"] == 1.0
    assert confidence(flags[0]) >= 0.5


def test_switched_off_the_unlike_sentences_stay_behind_show_more(monkeypatch):
    monkeypatch.setitem(settings(), "own_word_confidence", None)
    # round 48's lift of a fact against a party's word (compare.fact_against_word) covers the admission too
    monkeypatch.setitem(settings(), "fact_against_word_confidence", None)
    flags = status_flags(DENIAL, ADMISSION)
    assert flags and flags[0].features["own_word"] == 0.0
    assert confidence(flags[0]) < 0.5


def test_a_conceded_deed_of_the_partys_office_is_its_own_word_too():
    flags = status_flags("No protester was injured at the Lusk rally, the Orvane interior ministry said.",
                   "The Orvane interior ministry's press office conceded that three protesters had been injured at "
                   "the Lusk rally.")
    assert flags and flags[0].features["own_word"] == 1.0 and confidence(flags[0]) >= 0.5


@pytest.mark.parametrize("deed", [
    # relayed by a verb of saying that does not present the clause as true
    "The Orvane interior ministry said that officers had injured three protesters at the Lusk rally.",
    # admitted by another party
    "A Lusk hospital doctor confirmed that officers had injured three protesters at the Lusk rally.",
])
def test_not_the_partys_own_admission(deed):
    assert all(f.features["own_word"] == 0.0 for f in status_flags(DENIAL, deed))


def test_two_predicates_are_not_paired():
    # received is not upheld: the admission tells another happening than the denial
    flags = status_flags("The Harrow council confirmed it had received the complaint about the noise.",
                   "No complaint about the noise was upheld, the Harrow council said.")
    assert all(f.features["own_word"] == 0.0 and confidence(f) < 0.5 for f in flags)
