"""The shipped civility decision (model + abuse rules; loads the encoder): abuse is flagged, sharp criticism is
not. Every example is invented here and none is in the training or contrast sets."""

from __future__ import annotations

import pytest

from newsprism.comments.civility import score_civility
from newsprism.encoder import get_encoder

pytestmark = pytest.mark.slow

CRITICISM = [
    "This regime is a disgrace.",
    "The minister is a liar and should resign today.",
    "What a corrupt, incompetent government. Shameful.",
    "The premier is a puppet of the steel lobby and a hypocrite.",
    "This deal is a betrayal of every worker in the valley.",
    "The harbour board has wasted millions and answered to nobody.",
    "Thanks for the report, very informative.",
]
ABUSE = [
    "These clowns in parliament could not run a bath.",
    "Go back to where you came from.",
    "I hope the whole cabinet burns in hell.",
    "Anyone who votes for Korst is a complete moron.",
    "Those people are vermin and always will be.",
]


def _civility(texts):
    return score_civility(texts, get_encoder().embed(texts))


def test_sharp_criticism_is_not_toxic():
    flagged = [t for t, c in zip(CRITICISM, _civility(CRITICISM), strict=True) if c.toxic]
    assert flagged == []


def test_abuse_is_toxic_with_its_kind():
    civ = _civility(ABUSE)
    assert all(c.toxic for c in civ), [t for t, c in zip(ABUSE, civ, strict=True) if not c.toxic]
    assert all(c.abuse and 0.0 <= c.toxicity <= 1.0 for c in civ)
    assert {a.kind for c in civ for a in c.abuse} == {"insult", "hate", "threat", "dehumanizing"}
