"""The contradiction judge: do two sentences say the same thing, disagree, or neither?

A small MLP over the shared encoder's sentence embeddings ``[u, v, |u - v|, u * v]`` and slot features
(what :mod:`newsprism.story.compare` finds between the two sentences: conflicting figures, ordinals, titles,
dates, plan against deed, a denial; word and name overlap; negation). It returns probabilities for
entailment, neutral and contradiction. Slots say *what* differs; the judge says whether the two sentences are
about the same thing and really disagree. Trained on CPU by ``training/train_judge.py`` from
``../shared/data/nli`` (see the data card); weights load from ``data/judge.npz`` without pickle.
"""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from typing import Any

import numpy as np

from newsprism.claims.slots import SentenceSlots
from newsprism.common.data_files import data_path, load_npz
from newsprism.story.compare import Source, compare_pair

LABELS = ("entailment", "neutral", "contradiction")
SLOT_FEATURES = (
    "cos", "amount_conflict", "amount_vaguer", "amount_same", "amount_unmatched", "ordinal_conflict",
    "role_conflict", "date_conflict", "date_same", "status_plan", "status_denial", "status_same",
    "neg_a", "neg_b", "neg_diff", "overlap_b_in_a", "overlap_a_in_b", "names_b_in_a", "names_a_in_b",
    "len_ratio", "numbers_a", "numbers_b",
)
_NEG = re.compile(r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|n't|cannot|denied|denies|deny)\b|n't",
                  re.IGNORECASE)
_WORD = re.compile(r"[a-z][a-z'-]+")
_STOP = frozenset("the a an of and or to in on at for by with from as that this is was were are be been being has "
                  "have had its their his her it they he she we who which there these those some".split())
_LOCK = threading.Lock()
_WEIGHTS: dict[str, Any] = {}


def merge(slots: list[SentenceSlots]) -> SentenceSlots:
    """The slots of several sentences as one unit (a multi-sentence premise)."""
    if len(slots) == 1:
        return slots[0]
    first = slots[0]
    return replace(first, end=slots[-1].end, text=" ".join(s.text for s in slots),
                   amounts=[a for s in slots for a in s.amounts], ordinals=[o for s in slots for o in s.ordinals],
                   roles=[r for s in slots for r in s.roles], dates=[d for s in slots for d in s.dates],
                   statuses=[x for s in slots for x in s.statuses], names=frozenset().union(*(s.names for s in slots)),
                   nouns=frozenset().union(*(s.nouns for s in slots)), verbs=frozenset().union(*(s.verbs for s in slots)))


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def slot_features(a: SentenceSlots, b: SentenceSlots, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """The slot feature vector of one ordered pair (premise ``a``, hypothesis ``b``), in SLOT_FEATURES order."""
    cos = float(u @ v)
    sa = Source(index=0, name="a", sentences=[a], vectors=u[None, :])
    sb = Source(index=1, name="b", sentences=[b], vectors=v[None, :])
    found = compare_pair(sa, sb)
    f = dict.fromkeys(SLOT_FEATURES, 0.0)
    f["cos"] = cos
    for x in found:
        if x.slot in ("count", "quantity", "percentage", "duration"):
            key = {"conflict": "amount_conflict", "precision": "amount_vaguer"}.get(x.kind, "amount_same")
            f[key] += 1.0
        elif x.slot == "ordinal" and x.kind == "conflict":
            f["ordinal_conflict"] += 1.0
        elif x.slot == "role" and x.kind == "conflict":
            f["role_conflict"] += 1.0
        elif x.slot == "date":
            f["date_conflict" if x.kind == "conflict" else "date_same"] += 1.0
        elif x.slot == "status":
            if x.kind == "status":
                f["status_denial" if x.detail == "denial" else "status_plan"] += 1.0
            else:
                f["status_same"] += 1.0
    paired = sum(1 for x in found if x.slot in ("count", "quantity", "percentage", "duration"))
    f["amount_unmatched"] = float(len(a.amounts) + len(b.amounts) - 2 * paired)
    na, nb = len(_NEG.findall(a.text)), len(_NEG.findall(b.text))
    f["neg_a"], f["neg_b"], f["neg_diff"] = float(na), float(nb), float(abs(na - nb))
    wa, wb = _words(a.text), _words(b.text)
    f["overlap_b_in_a"] = len(wa & wb) / len(wb) if wb else 0.0
    f["overlap_a_in_b"] = len(wa & wb) / len(wa) if wa else 0.0
    f["names_b_in_a"] = len(a.names & b.names) / len(b.names) if b.names else 1.0
    f["names_a_in_b"] = len(a.names & b.names) / len(a.names) if a.names else 1.0
    f["len_ratio"] = float(np.log((len(b.text) + 1) / (len(a.text) + 1)))
    f["numbers_a"], f["numbers_b"] = float(len(a.amounts)), float(len(b.amounts))
    return np.array([min(f[k], 5.0) for k in SLOT_FEATURES], dtype=np.float32)


def embed_features(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """``[u, v, |u - v|, u * v]`` for rows of u and v (shape (n, 4 * dim))."""
    return np.concatenate([u, v, np.abs(u - v), u * v], axis=-1).astype(np.float32)


def weights() -> dict[str, np.ndarray] | None:
    """The shipped judge, loaded once (None when the file is absent; ModelError when it is corrupt)."""
    with _LOCK:
        if "w" not in _WEIGHTS:
            if not data_path("newsprism.story", "data/judge.npz").is_file():
                _WEIGHTS["w"] = None
            else:
                z = load_npz("newsprism.story", "data/judge.npz")
                _WEIGHTS["w"] = {k: v.astype(np.float32) for k, v in z.items()}
        found: dict[str, np.ndarray] | None = _WEIGHTS["w"]
        return found


def forward(w: dict[str, np.ndarray], emb: np.ndarray, slots: np.ndarray) -> np.ndarray:
    """Class probabilities (n, 3) from embedding features and slot features (the training network in numpy)."""
    s = (slots - w["slot_mean"]) / w["slot_std"]
    x = np.concatenate([emb, s], axis=1)
    h = np.maximum(x @ w["w1"] + w["b1"], 0.0)
    z = h @ w["w2"] + w["b2"]
    z -= z.max(axis=1, keepdims=True)
    p: np.ndarray = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]


def judge(a: SentenceSlots, b: SentenceSlots, u: np.ndarray, v: np.ndarray) -> np.ndarray | None:
    """P(entailment, neutral, contradiction) for two sentences, averaged over both orders; None without weights."""
    out = judge_many([(a, b, u, v)])
    return None if out is None else out[0]


def judge_many(pairs: list[tuple[SentenceSlots, SentenceSlots, np.ndarray, np.ndarray]]) -> np.ndarray | None:
    """:func:`judge` for many sentence pairs in one batch, shape (n, 3); None without weights."""
    w = weights()
    if w is None or not pairs:
        return None
    u = np.stack([p[2] for p in pairs])
    v = np.stack([p[3] for p in pairs])
    emb = embed_features(np.concatenate([u, v]), np.concatenate([v, u]))
    slots = np.stack([slot_features(a, b, x, y) for a, b, x, y in pairs]
                     + [slot_features(b, a, y, x) for a, b, x, y in pairs])
    probs = forward(w, emb, slots)
    both: np.ndarray = (probs[: len(pairs)] + probs[len(pairs) :]) / 2
    return both
