"""A deed told as fact in one report against a party's word that it did not happen in the other (invented sentences,
round 48, issue 11). One report tells the deed in its own voice, or through a factive verb of saying of any teller
("health inspectors confirmed that two wells had been contaminated"); the other carries a party's word that it did
not happen ("the Tarvel water company denied that any well had been contaminated"), or the reverse (a denial told as
fact against a deed that is only a party's word). Of one verb with the same participants, the two reports disagree on
the record, whoever is right, however unlike the two sentences are. Two relayed words (an accusation against a
denial), a thing's fate told with two verbs, and clauses without the same participants are not lifted."""

from __future__ import annotations

import pytest
from hand_sources import status_flags

from newsprism.story.compare import settings
from newsprism.story.confidence import confidence

pytestmark = pytest.mark.slow  # the slots are read from the spaCy parse

DENIAL = "The Tarvel water company denied that any village well had been contaminated after the pipeline leak."
CONFIRMED = ("State health inspectors confirmed that two village wells had been contaminated after the pipeline "
             "leak.")


def test_a_partys_denial_against_another_tellers_confirmation_is_shown():
    flags = status_flags(DENIAL, CONFIRMED)
    assert flags and flags[0].kind == "status" and flags[0].detail == "denial"
    assert flags[0].features["fact_word"] == 1.0 and flags[0].features["own_word"] == 0.0
    assert confidence(flags[0]) >= 0.5


def test_switched_off_the_unlike_sentences_stay_behind_show_more(monkeypatch):
    monkeypatch.setitem(settings(), "fact_against_word_confidence", None)
    flags = status_flags(DENIAL, CONFIRMED)
    assert flags and flags[0].features["fact_word"] == 0.0
    assert confidence(flags[0]) < 0.5


def test_a_deed_in_the_reports_own_voice_against_a_relayed_blanket_denial():
    flags = status_flags("No protester was injured at the Lusk rally, the Orvane interior ministry said.",
                   "Riot police injured three protesters at the Lusk rally on Saturday.")
    assert flags and flags[0].features["fact_word"] == 1.0 and confidence(flags[0]) >= 0.5


def test_paired_below_the_sentence_floor():
    # the two sentences as unlike as a denial and a later admission are: no flag at all without the rule
    a = "Officials denied that any opposition deputy had been kept out of the Orvane chamber."
    b = ("Two opposition deputies were kept out of the Orvane chamber before the vote, the assembly's clerk "
         "conceded on Thursday.")
    flags = status_flags(a, b, cos=0.4)
    assert flags and flags[0].features["fact_word"] == 1.0 and confidence(flags[0]) >= 0.5


def test_switched_off_no_pair_below_the_sentence_floor(monkeypatch):
    monkeypatch.setitem(settings(), "fact_against_word_confidence", None)
    a = "Officials denied that any opposition deputy had been kept out of the Orvane chamber."
    b = ("Two opposition deputies were kept out of the Orvane chamber before the vote, the assembly's clerk "
         "conceded on Thursday.")
    assert all(confidence(f) < 0.5 for f in status_flags(a, b, cos=0.4))


def test_an_accusation_against_a_denial_is_two_words_not_lifted():
    # both relayed: the opposition's word against the ministry's (a relayed denial is no fact told)
    flags = status_flags("Opposition groups said officers had beaten two reporters at the Lusk rally.",
                   "The Orvane interior ministry denied that officers had beaten any reporters at the Lusk rally.")
    assert all(f.features["fact_word"] == 0.0 and confidence(f) < 0.5 for f in flags)


def test_a_fate_told_with_two_verbs_is_not_lifted():
    # received is not upheld: the confirmation tells another happening than the denial
    flags = status_flags("The Harrow council confirmed it had received the complaint about the noise.",
                   "No complaint about the noise was upheld, the Harrow council said.")
    assert all(f.features["fact_word"] == 0.0 and confidence(f) < 0.5 for f in flags)


def test_other_participants_are_not_lifted():
    # one verb, but nothing in common between the two clauses: two happenings
    flags = status_flags("Police in Dorne confirmed that they had arrested two dock workers on Monday.",
                   "No journalist was arrested at the Lusk rally, the Orvane interior ministry said.", cos=0.4)
    assert all(f.features["fact_word"] == 0.0 and confidence(f) < 0.5 for f in flags)
