"""Two lengths of time that measure one thing read from their own phrases, each told of the same noun or a synonym
("a seven-year agreement" / "the contract runs for four years"), are one fact told two ways: the noun named on both
sides is what both measure, not a second thing (story/confidence.named_measure, round 40, issue 11). Each must be its
report's only length of that thing (``sole_measured``): a report that also gives a previous contract's length tells
two periods. A length planned against one served, and a length against a frequency, stay apart. Invented reports run
through the library as `compare` runs them (slow: loads the models)."""

from __future__ import annotations

import pytest
from hand_sources import harbour_lengths, harbour_story

from newsprism.story.compare import settings

pytestmark = pytest.mark.slow

CONTRACT = ("The Orlen harbour authority signed a contract with Brekka Marine on Tuesday to dredge the main channel."
            " The contract runs for four years and covers the outer basin as well.")
AGREEMENT = ("Brekka Marine has won a seven-year agreement to dredge the main channel of Orlen harbour, the port"
             " authority said on Tuesday. The firm will also clear the outer basin.")


def test_one_contract_named_with_two_synonyms_is_shown():
    flags = harbour_lengths(harbour_story(CONTRACT, AGREEMENT), "four years", "seven-year")
    assert flags and max(d.confidence for d in flags) >= 0.5


def test_switched_off_the_named_pair_stays_behind_show_more(monkeypatch):
    monkeypatch.setitem(settings(), "one_measured_named_noun", False)
    flags = harbour_lengths(harbour_story(CONTRACT, AGREEMENT), "four years", "seven-year")
    assert flags and max(d.confidence for d in flags) < 0.5


def test_one_lease_named_on_both_sides_is_shown():
    result = harbour_story("The Orlen harbour authority granted Brekka Marine a ten-year lease on the old ferry terminal on"
                    " Tuesday. The firm plans to open a repair yard there.",
                    "Brekka Marine will take over the old ferry terminal at Orlen harbour, the port authority said on"
                    " Tuesday. The lease will run for 25 years, it said.")
    flags = harbour_lengths(result, "ten-year", "25 years")
    assert flags and max(d.confidence for d in flags) >= 0.5


def test_two_periods_of_one_story_stay_behind_show_more():
    # the courier gives the new agreement's length and a previous contract's: two contracts, not one told twice
    result = harbour_story("The Orlen harbour authority signed a seven-year agreement with Brekka Marine on Tuesday to dredge"
                    " the main channel. Brekka's previous contract, signed in 2015, ran for four years.",
                    "Brekka Marine will dredge the main channel of Orlen harbour, the port authority said on Tuesday."
                    " The deal will run for five years, it said.")
    shown = [d for d in result.story.discrepancies if d.slot == "duration" and d.confidence >= 0.5]
    assert not shown


def test_a_length_served_against_the_length_agreed_is_not_shown():
    result = harbour_story("The Orlen harbour authority signed a seven-year agreement with Brekka Marine on Tuesday to dredge"
                    " the main channel. The firm will also clear the outer basin.",
                    "Brekka Marine will dredge the main channel of Orlen harbour, the port authority said on Tuesday."
                    " The firm has held the contract for two years, it said.")
    assert not [d for d in result.story.discrepancies if d.slot == "duration" and d.confidence >= 0.5]


def test_a_frequency_is_no_length_of_the_agreement():
    result = harbour_story("The Orlen harbour authority signed a seven-year agreement with Brekka Marine on Tuesday to dredge"
                    " the main channel. The firm will also clear the outer basin.",
                    "Brekka Marine will dredge the main channel of Orlen harbour, the port authority said on Tuesday."
                    " The contract will be renewed every two years, it said.")
    assert not [d for d in result.story.discrepancies if d.slot == "duration" and d.confidence >= 0.5]
