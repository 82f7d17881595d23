"""Round 11 (events engineer): four general rules from the causes of r10's wrong events. Invented sentences, no
audit text.

- a writer's "you" as subject addresses the reader (an aside, a rhetorical question): no event
  (``clauses.addresses_reader``); a quoted speaker's "you" is kept;
- an event noun with a "by" doer has its owner as the one it happens to ("Varn's arrest by police");
- a name written with its "'s" as a participant ("Halloran's opened a store") is shown whole;
- a past threat or warning with an if-clause was made: the if-clause is what it threatens, not a condition on it.
"""

from __future__ import annotations

import pytest
from events_floor import SentenceOnly, analyze_events, token_of

from newsprism.events.clauses import addresses_reader, conditional


@pytest.mark.parametrize(("sentence", "word", "reader"), [
    ("Maybe you shoved fries in the cake like candles.", "shoved", True),
    ("Whatever happened to the Orvan pizza, you ask?", "ask", True),
    ("You may want to try the new menu.", "try", True),
    ('"You attacked our village," the mayor told the general.', "attacked", False),  # the speaker's addressee
    ("The police arrested the Velka mayor on Tuesday.", "arrested", False),
])
def test_a_writers_you_addresses_the_reader(sentence, word, reader):
    assert addresses_reader(token_of(sentence, word)) is reader


@pytest.mark.parametrize(("sentence", "word", "supposed"), [
    ("The ministry threatened the parents with prosecution if they paid a ransom.", "threatened", False),
    ("The union warned the port authority that it would strike if wages fell.", "warned", False),
    ("The ministry will threaten the parents if they pay.", "threaten", True),  # not told in the past
    ("The mayor resigned if the papers are right.", "resigned", True),  # no threat: the condition stands
    ("The union would strike if wages fell.", "strike", True),
])
def test_a_past_threat_was_made(sentence, word, supposed):
    assert conditional(token_of(sentence, word), SentenceOnly(sentence)) is supposed


def _events(text: str) -> dict[str, object]:
    doc = analyze_events(text, "r11")
    return {e.trigger: e for e in doc.events}


def test_no_event_for_the_reader_and_names_whole():
    events = _events("Pizza counters\n\nHalloran's opened a pizza counter in Orvan in 1991, the company said.\n\n"
                     "Maybe you shoved fries in the cake like candles.\n\n"
                     "Hundreds marched after Ansel Varn's arrest by police in Orvan on Tuesday.\n")
    assert "shoved" not in events
    assert events["opened"].actor == "Halloran's"
    arrest = events["arrest"]
    assert arrest.actor == "police" and arrest.target == "Ansel Varn"
