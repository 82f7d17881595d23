"""Round 14 (events engineer): general rules from the wrong shown events of r12 (a dev draw from round 14 on).
Invented sentences, no audit text.

- a credit line ("Jane Roe contributed to this article", "John Doe contributed reporting") names who helped write
  the report, no happening of the story; a gift or a share in another text stays an event;
- the sourcing formula's infinitive ("spoke on condition of anonymity to discuss the matter", "was not authorized
  to discuss the talks") gives why a source is unnamed, no happening; a meeting held to discuss something and a
  permission granted stay events;
- the "for" phrase of a verb of fighting ("fought for the Orvan militia") is the side, not the target.
"""

from __future__ import annotations

import pytest
from events_floor import analyze_events, token_of

from newsprism.events.clauses import anonymity_reason, credits_writer


def _triggers(text: str) -> list[str]:
    return [e.trigger for e in analyze_events(text, "r14").events]


@pytest.mark.parametrize(("sentence", "credit"), [
    ("Marta Velk contributed to this article.", True),
    ("Oskar Brenn in Orvan contributed reporting.", True),
    ("Tomas Kell contributed to this report from Velka.", True),
    ("The Kell foundation contributed $5 million to the Orvan flood fund.", False),  # a gift: a happening
    ("Dr. Brenn contributed to the ministry's report on the dam.", False),  # another text, not this one
])
def test_a_credit_line_is_no_happening(sentence, credit):
    assert credits_writer(token_of(sentence, "contributed")) is credit


def test_the_credit_line_states_no_event():
    triggers = _triggers("Rebels attacked the Orvan police station on Monday, the ministry said.\n\n"
                         "Marta Velk contributed to this article.")
    assert "contributed" not in triggers
    assert "attacked" in triggers


@pytest.mark.parametrize(("sentence", "word", "reason"), [
    ("The aide spoke on condition of anonymity to discuss the talks before the vote.", "discuss", True),
    ("Two officials requested anonymity to describe the Velka plan.", "describe", True),
    ("The clerk, who was not authorized to discuss the audit, spoke to the Orvan Courier.", "discuss", True),
    ("Ministers met in Velka on Monday to discuss the budget.", "discuss", False),  # a meeting's aim
    ("The court allowed Mr. Kell to testify by video.", "testify", False),  # a permission granted
])
def test_the_reason_a_source_is_unnamed_is_no_happening(sentence, word, reason):
    assert anonymity_reason(token_of(sentence, word)) is reason


def test_the_anonymity_formula_states_no_event():
    triggers = _triggers("The Velka council voted on Monday to close the Orvan mine, according to an aide. The "
                         "aide spoke on condition of anonymity to discuss the vote before the formal announcement.")
    assert "discuss" not in triggers
    assert "voted" in triggers


@pytest.mark.parametrize(("sentence", "target"), [
    ("Ana Velk fought for the Orvan People's Militia near Kell in 2014.", None),  # her side, no target
    ("Velka rebels fought against the Orvan army near Kell on Monday.", "Orvan army"),
])
def test_the_side_fought_for_is_no_target(sentence, target):
    event = next(e for e in analyze_events(sentence, "r14side").events if e.trigger == "fought")
    assert event.target == target
