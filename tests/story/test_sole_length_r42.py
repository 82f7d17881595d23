"""A report that gives two lengths of one named thing tells two periods of it ("a seven-year contract" and "the
previous contract ran for four years"): neither is "the" fact that the other report's one length contradicts, so a
figure conflict of one counted noun (story/confidence.one_fact_figure) is lifted only when each length is its
report's only length of what it measures (``sole_measured``, story/confidence.sole_length; round 42, issue 11). A
report that tells its one length of the thing is still lifted. Invented reports run through the library as
`compare` runs them (slow: loads the models)."""

from __future__ import annotations

import pytest
from hand_sources import harbour_story, top_harbour_length

from newsprism.story.compare import settings

pytestmark = pytest.mark.slow

TWO_CONTRACTS = ("The Orlen harbour authority signed a seven-year contract with Brekka Marine on Tuesday to dredge the"
                 " main channel. Brekka's previous contract, signed in 2015, ran for four years.")
NEW_CONTRACT = ("Brekka Marine will dredge the main channel of Orlen harbour, the port authority said on Tuesday."
                " The contract will run for five years, it said.")
TWO_STRIKES = ("Dockers at Orlen harbour ended a six-week strike on Tuesday. A previous strike at the port, in 2019,"
               " lasted three weeks.")
ONE_STRIKE = ("Dockers at Orlen harbour went back to work on Tuesday, the port authority said. The strike lasted five"
              " weeks, it said.")


def test_a_previous_contract_against_the_new_one_stays_behind_show_more():
    assert top_harbour_length(harbour_story(TWO_CONTRACTS, NEW_CONTRACT), "four years", "five years") < 0.5


def test_a_previous_strike_against_the_one_just_ended_stays_behind_show_more():
    assert top_harbour_length(harbour_story(TWO_STRIKES, ONE_STRIKE), "three weeks", "five weeks") < 0.5


def test_switched_off_the_two_periods_are_shown_as_base_did(monkeypatch):
    monkeypatch.setitem(settings(), "one_fact_figure_sole_measured", False)
    assert top_harbour_length(harbour_story(TWO_CONTRACTS, NEW_CONTRACT), "four years", "five years") >= 0.5


def test_each_report_telling_its_one_length_of_the_contract_is_still_shown():
    one = ("The Orlen harbour authority signed a contract with Brekka Marine on Tuesday to dredge the main channel."
           " The contract runs for four years and covers the outer basin as well.")
    assert top_harbour_length(harbour_story(one, NEW_CONTRACT), "four years", "five years") >= 0.5


def test_the_strike_told_once_on_each_side_is_still_shown():
    one = "Dockers at Orlen harbour ended their strike on Tuesday. The strike lasted three weeks, union leaders said."
    assert top_harbour_length(harbour_story(one, ONE_STRIKE), "three weeks", "five weeks") >= 0.5
