"""Known hole (round 51, issue 11; not shipped, benchmarks/story.md "## Round 51: a capitalised noun that opens a
sentence is keyed as a common noun"): a common noun capitalised because it opens its sentence, and labelled a
PERSON / ORG by the entity tagger, is keyed as a name, plural kept ("wardens"), while the same noun in lower case is
keyed by its base ("warden"), so the doer test reads two doers. The sentence-start rule tried in round 51 (a
capitalised first word that is a WordNet noun is keyed as a common noun) fixed it but also re-keyed surnames that
are WordNet nouns ("Sanders said", "Rogers was injured" in the real draws -> "sander", "roger"), so it was not shipped; the look-alikes below must keep
their name keys. Invented sentences, fictional names."""

from __future__ import annotations

from typing import Any

import pytest

from newsprism.claims.slots import _subject_head
from newsprism.story.compare import parsed_sentence


def _subject_key(sentence: str) -> tuple[str | None, Any]:
    doc = parsed_sentence(sentence)
    assert doc is not None
    root = next(t for t in doc if t.dep_ == "ROOT")
    subj = next(k for k in root.children if k.dep_ in ("nsubj", "nsubjpass"))
    return _subject_head(root), subj


HOLDER_READ = "Wardens began tagging the herons on the Talvik marshes on Monday."
PLAIN = "The wardens will begin tagging the herons on the Talvik marshes in spring."


@pytest.mark.xfail(strict=True, reason="round 51 hole: a sentence-initial common noun read as a name by the entity "
                   "tagger keeps its plural as a name key (the sentence-start rule re-keyed surnames; not shipped)")
def test_capitalised_opening_noun_keyed_as_common_noun() -> None:
    assert _subject_key(PLAIN)[0] == "warden"
    key, subj = _subject_key(HOLDER_READ)
    assert subj.ent_type_  # the entity tagger reads the capital as a name: the case of the hole
    assert key == "warden"


def test_a_name_opening_a_sentence_keeps_its_name() -> None:
    key, subj = _subject_key("Dobrek signed the lease for the Talvik boathouse on Friday.")
    assert subj.pos_ == "PROPN"
    assert key == "dobrek"
    # surnames that are also WordNet nouns stay names: any fix of the hole must keep these
    assert _subject_key("Baker signed the lease for the Talvik boathouse on Friday.")[0] == "baker"
    assert _subject_key("Fletcher told the Talvik Courier that the lease was signed.")[0] == "fletcher"
