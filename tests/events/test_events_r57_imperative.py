"""Round 57 (events engineer, issue 11): a clause in the imperative mood outside a direct quote addresses the reader
(``clauses.imperative``, ``reader_imperative`` in ``data/event_filters.json``), as a writer's "you" already does: it
asks the reader to do something and reports no happening. Invented sentences and outlets, no audit text.

Each test fails with the switch off (the behaviour before round 57) and passes with it on.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import SimpleNamespace

import pytest
from events_floor import analyze_events, token_of

from newsprism.events import clauses
from newsprism.events.clauses import addresses_reader, imperative


@contextmanager
def reader_imperative(on: bool) -> Iterator[None]:
    """The switch set to ``on`` for the block (the cached switches, restored after)."""
    sw = clauses.switches()
    saved = sw.get("reader_imperative")
    sw["reader_imperative"] = on
    try:
        yield
    finally:
        sw["reader_imperative"] = bool(saved)


READER_CALLS = [
    ("Tell us what you saw in the comments below.", "Tell"),
    ("If you are worried about a neighbour, please ask them to ring the Marrow Helpline or write to its office.",
     "ring"),
    ("If you are worried about a neighbour, please ask them to ring the Marrow Helpline or write to its office.",
     "write"),
    ("If you are worried about a neighbour, please ask them to ring the Marrow Helpline or write to its office.",
     "ask"),
    ("Subscribe to the Tollbridge Courier for daily updates.", "Subscribe"),
]


@pytest.mark.parametrize(("sentence", "word"), READER_CALLS)
def test_the_writers_imperative_addresses_the_reader(sentence, word):
    tok = token_of(sentence, word)
    with reader_imperative(True):
        assert addresses_reader(tok)
    with reader_imperative(False):
        assert not addresses_reader(tok)


@pytest.mark.parametrize(("sentence", "word"), [
    ('"Open the gates," the Orlen mayor told the guards on Friday.', "Open"),  # a speaker's order, in a quote
    ("The Orlen council closed the bridge on Friday.", "closed"),  # a subject: a report
    ("The ferry will sail to Kessa on Monday.", "sail"),  # a modal: no imperative
    ("The guards were told to open the gates.", "open"),  # an infinitive under a report
])
def test_no_imperative_no_address(sentence, word):
    with reader_imperative(True):
        assert not addresses_reader(token_of(sentence, word))


def test_imperative_mood_reads_the_parse():
    assert imperative(token_of("Share your photos of the Kessa parade with us.", "Share"))
    assert not imperative(token_of("Residents shared photos of the Kessa parade.", "shared"))


TEXT = ("Ferry strike in Kessa\n\n"
        "Crews of the Kessa Line walked off their ferries on Monday, the union said.\n\n"
        "The strike stranded hundreds of passengers in the harbour town of Orlen, officials said.\n\n"
        "Share your travel stories in the comments below.\n")


def test_no_event_for_a_call_to_the_reader():
    with reader_imperative(True):
        on = {e.trigger for e in analyze_events(TEXT, "r57-on").events}
    with reader_imperative(False):
        off = {e.trigger for e in analyze_events(TEXT, "r57-off").events}
    assert "Share" in off  # before round 57 the reader's call is stated as an event
    assert "Share" not in on
    assert on == off - {"Share"}  # the story's own happenings stay



def _root(text: str, last: str) -> SimpleNamespace:
    """A stand-in for the tagger's misreading at the head of a headline or dateline: ``text`` tagged as a bare verb
    at the root of a sentence whose last token is ``last``, with no children."""
    tok = SimpleNamespace(text=text, tag_="VB", dep_="ROOT", i=0, children=[])
    tok.head = tok
    tok.sent = [tok, SimpleNamespace(text=last)]
    return tok


def test_a_headline_or_a_name_read_as_a_verb_is_no_imperative():
    assert imperative(_root("Share", "."))
    assert not imperative(_root("Share", "years"))  # a headline ends with no full stop
    assert not imperative(_root("Marrowfield", "."))  # a name WordNet lists as no verb
