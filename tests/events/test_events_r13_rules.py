"""Round 13 (events engineer): general rules from the wrong shown events left on the dev draws. Invented
sentences, no audit text.

- a participle that says how a source knows what it says ("people briefed on the matter said") is no event;
- a verb of judging with a small clause ("found Mr. Dorn eager to settle") or a reflexive object ("found itself
  on the defensive") is a judged state, not a happening; a verdict ("found him guilty") stays one;
- an adverb of frequency ("often depicted") tells a habit, not one happening;
- staying silent or clear ("stayed mum on the price", "steered clear of the question") is a state;
- residence and extent ("where the clerk lived", "a feud that spanned three decades") are states.
"""

from __future__ import annotations

import pytest
from events_floor import analyze_events, token_of

from newsprism.events.clauses import describes_source, habitual, judged_state, kept_silent


def _triggers(text: str) -> list[str]:
    return [e.trigger for e in analyze_events(text, "r13").events]


@pytest.mark.parametrize(("sentence", "word", "source"), [
    ("People briefed on the matter said the Velka board would resign.", "briefed", True),
    ("Port officials interviewed by the Orvan Courier expressed concern about the cranes.", "interviewed", True),
    ("Voters polled by the Kell institute said they backed the levy.", "polled", True),
    ("Soldiers wounded in the raid said they saw a truck.", "wounded", False),  # a happening of the story
    ("The port officials were interviewed by police on Monday.", "interviewed", False),  # no relative clause
])
def test_a_source_description_is_no_happening(sentence, word, source):
    assert describes_source(token_of(sentence, word)) is source


def test_the_source_participle_states_no_event():
    triggers = _triggers("People briefed on the matter said the Velka board dismissed its treasurer on Monday.")
    assert "briefed" not in triggers
    assert "dismissed" in triggers


@pytest.mark.parametrize(("sentence", "judged"), [
    ("Senator Dorn found Mr. Kell eager to settle the dispute.", True),
    ("The Velka ministry found itself on the defensive again.", True),
    ("The jury found Mr. Kell guilty of fraud.", False),  # a verdict is a happening
    ("Divers found the wreck off Orvan on Monday.", False),
    ("The inspector found no evidence of bribery.", False),
])
def test_a_judged_state_is_no_happening(sentence, judged):
    assert judged_state(token_of(sentence, "found")) is judged


def test_residence_and_extent_are_states():
    triggers = _triggers("Gunmen shot the clerk outside the house where he lived in Orvan. The killing ended a "
                         "feud that spanned three decades.")
    assert "lived" not in triggers and "spanned" not in triggers
    assert "shot" in triggers


@pytest.mark.parametrize(("sentence", "word", "habit"), [
    ("Her photographs often depicted the Orvan coast.", "depicted", True),
    ("The clerk usually signed the ledgers at noon.", "signed", True),
    ("The clerk signed the ledger at noon on Monday.", "signed", False),
])
def test_a_habit_is_no_single_happening(sentence, word, habit):
    assert habitual(token_of(sentence, word)) is habit


@pytest.mark.parametrize(("sentence", "word", "silent"), [
    ("Velka has stayed mum on the price of the new tablet.", "stayed", True),
    ("The minister stayed silent on the Orvan deal.", "stayed", True),
    ("Most senators steered clear of the question.", "steered", True),
    ("The minister stayed in Orvan for three days.", "stayed", False),
    ("The pilot steered the ship into the harbour.", "steered", False),
])
def test_a_silence_is_no_happening(sentence, word, silent):
    assert kept_silent(token_of(sentence, word)) is silent
