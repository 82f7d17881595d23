"""A denial against the deed told with another verb (invented sentences, round 30). Two verbs WordNet names one
act ("spent" / "paid", "killed" / "died": a hypernym, an entailment or a cause within a few steps) pair a denied
clause with a done one as one verb would; two verbs WordNet does not join ("arrested" / "questioned") are two
acts, and two verbs of one act in two agreeing or planned clauses are not paired by the rule."""

from __future__ import annotations

import pytest
from hand_sources import source, vectors

from newsprism.claims.slots import SentenceSlots, sentence_slots
from newsprism.lexicon import one_act
from newsprism.story.compare import compare_pair

pytestmark = pytest.mark.slow  # the slots are read from the spaCy parse


def _slots(text: str) -> SentenceSlots:
    from newsprism.nlp.spacy_pipe import get_nlp

    return sentence_slots(next(iter(get_nlp()(text).sents)))


def _status(a: str, b: str, cos: float) -> list:
    va, vb = vectors(cos)
    return [f for f in compare_pair(source(0, _slots(a), va), source(1, _slots(b), vb))
            if f.slot == "status" and f.kind != "consensus"]


@pytest.mark.parametrize("a,b,same", [
    ("spent", "paid", True), ("killed", "died", True), ("sprayed", "spraying", True),
    ("arrested", "questioned", False), ("closed", "opened", False), ("sold", "bought", False),
])
def test_one_act_by_wordnet(a, b, same):
    assert one_act(a, b) is same


def test_a_denial_against_the_deed_told_with_a_verb_of_one_act_is_a_status_flag():
    flags = _status("The council said the Harlow grant money had not been spent on the mayor's office.",
                    "The council said the Harlow grant money had paid for repairs to the mayor's office.", 0.8)
    assert flags and flags[0].kind == "status" and flags[0].detail == "denial"


def test_a_denial_against_a_deed_of_another_act_is_not_compared():
    assert not _status("The council said the Harlow grant money had not been spent on the mayor's office.",
                       "The council said the Harlow grant money had been audited at the mayor's office.", 0.8)
