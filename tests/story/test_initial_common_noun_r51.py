"""A common noun capitalised because it opens its sentence is keyed as a common noun
(``newsprism.lexicon.is_sentence_initial_common_noun``; switch ``sentence_initial_common_nouns`` of
``lexicon/data/lexicon.json``, round 51, issue 11). "Wardens will begin tagging the herons" and "the wardens began
tagging" name one doer: when the entity tagger calls the capitalised opening word an organisation or a person, the
participant key must still be the noun's base ("warden"), not a plural name ("wardens"), or the doer test reads
two doers. A real name opening a sentence ("Dobrek signed", a PERSON) keeps its name key. Invented sentences,
fictional names."""

from __future__ import annotations

from typing import Any

import pytest

from newsprism import lexicon
from newsprism.claims.slots import _subject_head
from newsprism.story.compare import parsed_sentence


def _subject_key(sentence: str) -> tuple[str | None, Any]:
    doc = parsed_sentence(sentence)
    assert doc is not None
    root = next(t for t in doc if t.dep_ == "ROOT")
    subj = next(k for k in root.children if k.dep_ in ("nsubj", "nsubjpass"))
    return _subject_head(root), subj


def _switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    base = lexicon.settings()
    monkeypatch.setattr(lexicon, "settings", lambda: {**base, "sentence_initial_common_nouns": {"enabled": False}})


HOLDER_READ = "Wardens began tagging the herons on the Talvik marshes on Monday."
PLAIN = "The wardens will begin tagging the herons on the Talvik marshes in spring."
NAME = "Dobrek signed the lease for the Talvik boathouse on Friday."


def test_capitalised_opening_noun_keyed_as_common_noun() -> None:
    key, subj = _subject_key(HOLDER_READ)
    assert subj.ent_type_  # the entity tagger reads the capital as a name: the case the switch is for
    assert key == "warden"
    assert _subject_key(PLAIN)[0] == "warden"


def test_switch_off_keys_it_as_a_name(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch_off(monkeypatch)
    assert _subject_key(HOLDER_READ)[0] == "wardens"


def test_a_name_opening_a_sentence_keeps_its_name() -> None:
    key, subj = _subject_key(NAME)
    assert subj.pos_ == "PROPN"
    assert key == "dobrek"
    # a surname that is also a WordNet noun, tagged as a person, stays a name
    assert _subject_key("Baker signed the lease for the Talvik boathouse on Friday.")[0] == "baker"
