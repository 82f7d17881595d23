"""Round 37 (events engineer): a simple-present passive is a state, not a happening (benchmarks/events.md, "Round
37"). Invented sentences, no audit text.

- a past participle whose only auxiliary is a present "is" / "are" ("each ballot is signed with a seal", "the
  tenants are now covered by the plan") says how something stands now: no event;
- a specific subject (named, definite, counted, a personal pronoun: "the suspect is charged with ...") may report
  a result that is news: kept;
- the past, perfect and progressive passives ("was signed", "has been signed", "is being investigated"), a passive
  with an infinitive complement ("residents are asked to avoid the square"), a headline and a clause with its own
  date stay events.
"""

from __future__ import annotations

import pytest
from events_floor import analyze_events

from newsprism.events.clauses import present_state
from newsprism.nlp.spacy_pipe import get_nlp


def _tok(sentence: str, trigger: str):
    return next(t for t in get_nlp()(sentence) if t.text == trigger)


@pytest.mark.parametrize(("sentence", "trigger", "state"), [
    ("Each of the Orvan ballots is signed with a red seal.", "signed", True),
    ("Tenants of the Velka block are now covered by the city plan.", "covered", True),
    ("Permission to copy the Kell report is granted on condition that it is credited.", "granted", True),
    ("Each ballot in the Orvan count was signed with a red seal.", "signed", False),
    ("Each ballot in the Orvan count has been signed with a red seal.", "signed", False),
    ("The Orvan shooting is being investigated by the Velka police.", "investigated", False),
    ("Residents of Velka are asked to avoid the main square.", "asked", False),
    ("The Kell bridge will be closed by the council.", "closed", False),
    ("The Kell bridge could be closed by the council.", "closed", False),
    # a specific participant's present passive may report a result that is news: kept
    ("The Orvan suspect is charged with the Velka murder.", "charged", False),
    ("Ana Roe is charged with the Velka murder.", "charged", False),
    ("Two Velka men are charged with the murder.", "charged", False),
    ("He is accused of the Velka fraud.", "accused", False),
])
def test_present_state_reads_the_passive(sentence, trigger, state):
    assert present_state(_tok(sentence, trigger)) is state


def test_a_present_passive_states_no_event():
    triggers = [e.trigger for e in analyze_events(
        "Police arrested two men in Velka on Tuesday, officials said.\n"
        "Each of the Orvan letters is signed with a purple seal, the officials said.\n"
        "The Velka council signed the Orvan treaty on Monday.", "r37").events]
    assert "arrested" in triggers
    assert "signed" in triggers  # the council's signing, a happening
    assert triggers.count("signed") == 1  # the letters' seal is how they stand, no event


def test_a_specific_subject_keeps_its_charge():
    triggers = [e.trigger for e in analyze_events(
        "Police arrested two men in Velka on Tuesday, officials said.\n"
        "The Orvan suspect is charged with the Velka murder, police said.", "r37").events]
    assert "arrested" in triggers and "charged" in triggers
