"""Status from the scope of negation and conditions, and attempts read as done (round 6). Invented text."""

from __future__ import annotations

import pytest
from events_floor import SentenceOnly as Unit
from events_floor import analyze_events, token_of

from newsprism.events.clauses import conditional, irrealis, negated, unasserted_complement


@pytest.mark.parametrize(("sentence", "word"), [
    ("Mayor Ilse Marrow hasn't signed the Velka levy.", "signed"),
    ("The Orvan ferry company would never pay the harbour fee.", "pay"),
    ("No ballots were destroyed in Velka on Sunday.", "destroyed"),
    ("Neither the Velka police nor the harbour office is investigating.", "investigating"),
    ("Nobody was hurt in the Velka harbour fire.", "hurt"),
])
def test_a_verb_in_the_scope_of_a_negation_is_negated(sentence, word):
    assert negated(token_of(sentence, word))


@pytest.mark.parametrize(("sentence", "word"), [
    ("The Velka police arrested two dockers on Monday.", "arrested"),
    ("The union asked its members not to block the pier.", "block"),  # the negation is what is asked
    ("The Velka inspector found no evidence of fraud.", "found"),  # a finding of absence is a finding
])
def test_no_negation_no_denial(sentence, word):
    assert not negated(token_of(sentence, word))


def test_a_condition_makes_a_negated_event_supposed():
    s = "If the Velka council cannot reach a deal, the union will strike."
    assert conditional(token_of(s, "reach"), Unit(s))
    s = "The Velka council could not reach a deal on Monday."
    assert not conditional(token_of(s, "reach"), Unit(s))


def test_an_attempt_is_not_unasserted_but_a_wish_still_is():
    s = "Senator Ada Quill tried to link the harbour scandal to the ferry contract."
    assert not unasserted_complement(token_of(s, "link")) and not irrealis(token_of(s, "link"), Unit(s))
    assert unasserted_complement(token_of("Senator Ada Quill hopes to win the primary.", "win"))


ARTICLE = """Velka Levy Vote Fails
Velka mayor Ilse Marrow hasn't signed the harbour levy, her office said on Monday.
No dockers were injured at the Velka pier on Tuesday.
The Velka police arrested two dockers on Wednesday.
"""


def test_event_status_reads_the_scope_of_a_negation():
    doc = analyze_events(ARTICLE, "velka-levy.txt", published="2031-05-02")
    by_trigger = {e.trigger: e.status for e in doc.events}
    assert by_trigger.get("signed") == "denied", by_trigger
    assert by_trigger.get("injured") == "denied", by_trigger
    assert by_trigger.get("arrested") == "occurred", by_trigger
