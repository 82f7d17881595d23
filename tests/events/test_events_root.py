"""The sentence-root test of the events layer (``parse_tree.is_root``). spaCy builds a new Token object on each
access, so the old ``tok.head is tok`` was never true: a root speech verb read as governed by a speech verb (its
own head), and walks up the tree ran past the root. Invented text."""

from __future__ import annotations

from events_floor import SentenceOnly as Unit
from events_floor import token_of

from newsprism.events.clauses import _chain, irrealis
from newsprism.events.status import FEATURE_NAMES, rule_features
from newsprism.nlp.parse_tree import is_root
from newsprism.nlp.spacy_pipe import get_nlp


def test_is_root_finds_one_root_per_sentence():
    doc = get_nlp()("The Velka council said the ferry strike ended. Dockers returned to work on Monday.")
    roots = [t.text for t in doc if is_root(t)]
    assert roots == ["said", "returned"]
    said = token_of("The Velka council said the ferry strike ended.", "said")
    assert said.head is not said  # why identity cannot be the test
    assert is_root(said)


def _speech(sentence: str, word: str) -> float:
    row = rule_features(token_of(sentence, word))
    return float(row[list(FEATURE_NAMES).index("head_is_speech")])


def test_a_root_speech_verb_is_not_governed_by_a_speech_verb():
    s = "Harbour master Ilse Marrow said the Orvan ferry sank near the pier."
    assert _speech(s, "said") == 0.0  # was 1.0: the root counted as its own (speech) head
    assert _speech(s, "sank") == 1.0


def test_chain_stops_at_the_root_and_includes_it():
    tok = token_of("The Velka mayor said she expected the council to approve the levy.", "approve")
    chain = _chain(tok, n=12)
    assert chain[0].i == tok.i and is_root(chain[-1]) and len({t.i for t in chain}) == len(chain)
    assert chain[-1].text == "said"


def test_a_condition_on_the_main_verb_makes_the_reported_event_irrealis():
    s = "If the talks fail, the Velka union said it would strike at the harbour."
    assert irrealis(token_of(s, "strike"), Unit(s))
