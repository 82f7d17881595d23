"""Round 21 (events engineer): general causes of the fragments the dev draws state (benchmarks/events.md, "Round 21:
fragments"). Invented sentences, no audit text.

- page furniture that links to another page ("RELATED: ...", "PHOTOS: ...", the headlines under a lone "Related")
  is not the story; a dateline with a colon ("VELKA: ...") and the paragraphs after a linked headline that end a
  sentence are;
- the sourcing formula's own verb ("the clerk, who requested anonymity, said") gives why a source is unnamed, no
  happening; a request of something else stays an event;
- a disposition ("has been known to burn crops") is a habit, no one happening; "is said to have burned" reports a
  claim and stays an event.
"""

from __future__ import annotations

import pytest
from events_floor import analyze_events, token_of

from newsprism.events.clauses import asks_anonymity, habitual, link_paragraphs
from newsprism.ingest import parse_text_article


def _triggers(text: str) -> list[str]:
    return [e.trigger for e in analyze_events(text, "r21").events]


def test_link_lines_are_the_labelled_ones_and_the_headlines_under_a_lone_label():
    text = ("VELKA: Rebels attacked the Orvan police station on Monday, the ministry said.\n"
            "RELATED: Orvan mayor resigns after flood report\n"
            "Police arrested two men in Velka on Tuesday, officials said.\n"
            "Related\n"
            "Kell foundation opens new clinic in Orvan\n"
            "Velka council votes to close the mine\n"
            "The ministry said the station reopened on Wednesday.\n"
            "Photos: Flood waters reach the Orvan bridge\n")
    doc = parse_text_article(text, "r21", titled=False)
    assert [p.kind for p in doc.paragraphs] == ["body"] * 8
    assert link_paragraphs(doc) == frozenset({1, 3, 4, 5, 7})


def test_a_related_link_states_no_event():
    triggers = _triggers("Rebels attacked the Orvan police station on Monday, the ministry said.\n"
                         "RELATED: Velka police arrested the Orvan mayor over the flood report\n"
                         "Police arrested two men in Velka on Tuesday, officials said.")
    assert "attacked" in triggers
    assert triggers.count("arrested") <= 1  # the body's arrest; the linked page's is not the story's


@pytest.mark.parametrize(("sentence", "word", "formula"), [
    ("The clerk, who requested anonymity, said the mine would close.", "requested", True),
    ("Two officials asked for anonymity because the talks were private.", "asked", True),
    ("The clerk requested a recount of the Orvan vote on Monday.", "requested", False),  # a request: a happening
    ("Mr. Kell asked for a delay of the Velka hearing.", "asked", False),
])
def test_the_anonymity_formula_verb_is_no_happening(sentence, word, formula):
    assert asks_anonymity(token_of(sentence, word)) is formula


@pytest.mark.parametrize(("sentence", "word", "habit"), [
    ("The Orvan militia has been known to burn crops in the valley.", "burn", True),
    ("Mr. Kell is known to change his mind at the last minute.", "change", True),
    ("The Orvan militia is said to have burned crops in the valley.", "burned", False),  # a reported claim
    ("The Orvan militia burned crops in the valley on Monday.", "burned", False),
])
def test_a_disposition_is_a_habit(sentence, word, habit):
    assert habitual(token_of(sentence, word)) is habit
