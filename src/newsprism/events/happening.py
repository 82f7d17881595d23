"""Is this trigger a specific happening? A small learned filter over what the status model already reads.

A news sentence holds many predicates that are no happening: states ("the party controls the House"), stances
and attitudes ("supports gun control", "fears a war"), generic or habitual statements ("presidents rarely
visit"). The annotated news sets in ``../shared/data/factuality`` say which triggers are which:
- UW's triggers aligned to TempEval-3 TimeML carry its event class; ``STATE`` and ``I_STATE`` (states, and
  attitudes towards a proposition: believe, want, fear, support) are the negatives; ``OCCURRENCE``,
  ``I_ACTION``, ``ASPECTUAL``, ``PERCEPTION`` and ``REPORTING`` the positives;
- MEANTIME marks generic events (``special_cases = GEN``): negatives; its other events are positives;
- ECB+ classes its event mentions: ``ACTION_STATE`` and ``ACTION_GENERIC`` (and their negated forms) are the
  negatives, the other classes positives.
The features are the status model's (``status.features``: encoder token states over the trigger and rule
features of its clause) and the participant block here (what kind of subject and object the predicate has,
a time anchor, habitual adverbs, a copula), so that "a definite or named participant, anchored in time" is
learned, not set. One binary logistic regression (``data/event_happening.npz``, plain arrays), trained by
``training/train_event_happening.py``; its probability is calibrated on the training distribution (no class
weights) and is one factor of an event's confidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from newsprism.errors import ModelError
from newsprism.events.status import cues

MODEL_FILE = "data/event_happening.npz"
KINDS = ("none", "named", "pronoun", "definite", "indefinite", "quantified", "bare_plural", "bare")
PRONOUNS = frozenset({"i", "we", "he", "she", "they", "it", "you", "who", "that", "which", "this", "these",
                      "those", "one", "someone", "anyone", "everyone", "nobody"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
INDEFINITE = frozenset({"a", "an", "some", "another"})
NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
SUBJ = ("nsubj", "nsubjpass", "csubj", "expl")
OBJ = ("dobj", "attr", "oprd", "dative")


def _kind(tok: Any | None) -> str:
    """What kind of participant a phrase head is."""
    if tok is None:
        return "none"
    if tok.ent_type_ in NAMED_TYPES or tok.pos_ == "PROPN":
        return "named"
    low = tok.text.lower()
    if tok.pos_ == "PRON" or low in PRONOUNS:
        return "pronoun"
    kids = list(tok.children)
    if any(k.dep_ == "poss" for k in kids) or any(k.ent_type_ in NAMED_TYPES for k in kids if k.dep_ == "compound"):
        return "definite"
    dets = [k.text.lower() for k in kids if k.dep_ in ("det", "predet", "nummod", "quantmod")]
    if any(d in DEFINITE for d in dets):
        return "definite"
    if any(d in cues()["generic_determiners"] for d in dets):
        return "quantified"
    if any(d in INDEFINITE for d in dets) or any(k.dep_ == "nummod" for k in kids):
        return "indefinite"
    return "bare_plural" if tok.tag_ in ("NNS", "NNPS") else "bare"


def _clause_head(tok: Any) -> Any:
    """The verb whose arguments a noun or adjective trigger borrows: "the talks were held" -> held."""
    if tok.pos_ in ("VERB", "AUX"):
        return tok
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "acomp") and tok.head.i != tok.i:
        return tok.head
    return tok


def _role(tok: Any, deps: tuple[str, ...]) -> Any | None:
    for k in tok.children:
        if k.dep_ in deps:
            return k
    if deps == SUBJ and tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.i != tok.i:
        for k in tok.head.children:  # a shared subject: "came and spoke"
            if k.dep_ in deps:
                return k
    return None


def participant_features(tok: Any) -> np.ndarray:
    """0/1 features of the predicate's participants and anchoring (see ``PARTICIPANT_NAMES``)."""
    c = cues()
    verb = _clause_head(tok)
    subj = _role(verb, SUBJ)
    obj = _role(verb, OBJ)
    f = {f"subj={_kind(subj)}": 1.0, f"obj={_kind(obj)}": 1.0}
    if tok.i != verb.i:  # a noun trigger's own specifiers: "the vote", "his visit", "elections"
        f[f"self={_kind(tok)}"] = 1.0
    # spaCy makes a new Token object on each access: tokens are compared by index, never by identity
    clause = [k for k in verb.subtree if verb.i in (k.head.i, k.head.head.i) and k.i != verb.i]
    f["time_anchor"] = float(any(k.ent_type_ in ("DATE", "TIME") or k.text.lower() in c["time_words"]
                                 for k in clause))
    f["habitual_adverb"] = float(any(k.text.lower() in c["habitual_adverbs"] for k in clause))
    f["copula"] = float(any(k.dep_ == "cop" or (k.lemma_ == "be" and k.dep_ in ("aux",)) for k in verb.children)
                        or verb.lemma_ == "be" or verb.text.lower() in ("is", "are", "was", "were", "be", "been"))
    f["acomp_or_attr"] = float(any(k.dep_ in ("acomp", "attr") for k in verb.children))
    f["subj_generic_you"] = float(subj is not None and subj.text.lower() in ("you", "one", "people", "anyone"))
    return np.array([f.get(n, 0.0) for n in PARTICIPANT_NAMES], dtype=np.float32)


PARTICIPANT_NAMES = tuple(
    [f"subj={k}" for k in KINDS] + [f"obj={k}" for k in KINDS] + [f"self={k}" for k in KINDS]
    + ["time_anchor", "habitual_adverb", "copula", "acomp_or_attr", "subj_generic_you"])


@dataclass
class HappeningModel:
    """Standardise, then a logistic regression: P(the trigger is a specific happening)."""

    mean: np.ndarray
    scale: np.ndarray
    weight: np.ndarray  # (n_features,)
    bias: float

    @classmethod
    def load(cls, path: str | Path | None = None) -> HappeningModel:
        src = Path(path) if path else Path(str(resources.files("newsprism.events").joinpath(MODEL_FILE)))
        try:
            with np.load(src, allow_pickle=False) as z:
                return cls(z["mean"], z["scale"], z["weight"], float(z["bias"]))
        except (OSError, KeyError, ValueError) as exc:
            raise ModelError(f"cannot load the event-happening model {src}: {exc}") from exc

    def proba(self, x: np.ndarray) -> np.ndarray:
        z = ((np.atleast_2d(x) - self.mean) / self.scale) @ self.weight + self.bias
        return 1.0 / (1.0 + np.exp(-z))


@lru_cache(maxsize=1)
def get_happening_model() -> HappeningModel:
    return HappeningModel.load()


def happening_features(status_row: np.ndarray, tok: Any) -> np.ndarray:
    """The model's input row: the status model's row for the trigger, then the participant block."""
    return np.concatenate([status_row, participant_features(tok)])
