"""Stance of a text toward a target given as text (favor / against / neutral), with the shipped head over the
shared encoder.

The target is an input: the head reads target-conditioned features (:mod:`newsprism.comments.stance_features`),
so one head serves any target, including one never seen in training. For reader comments the target is the
story (:func:`story_target`: its headline). Probabilities are calibrated (a temperature fit on out-of-fold
predictions) and a favor/against pick below the cross-validated confidence threshold becomes ``neutral``.
Training and measurement: ``training/comments/train_stance.py``, ``benchmarks/comments.md``.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newsprism.comments.heads import load_head
from newsprism.comments.stance_features import prototype_matrix, stance_features, template_texts
from newsprism.encoder import Encoder, get_encoder
from newsprism.model import Document

LABELS = ("favor", "against", "neutral")
_LOCK = threading.Lock()
_PROTOS: dict[int, np.ndarray] = {}


@dataclass
class StanceResult:
    label: str
    score: float  # calibrated probability of ``label`` (for an abstention: of the best side, at most 0.5)
    probs: dict[str, float]


def story_target(doc: Document) -> str:
    """What a reader comment's stance is about: the story's headline (its main actor and action), or the
    first body paragraph when there is no headline."""
    if doc.title and doc.title.strip():
        return " ".join(doc.title.split())
    body = doc.body_paragraphs()
    first = doc.text[body[0].start : body[0].end] if body else doc.body_text
    return " ".join(first.split()[:40])


def _prototypes(enc: Encoder) -> np.ndarray:
    with _LOCK:
        if id(enc) not in _PROTOS:
            _PROTOS[id(enc)] = prototype_matrix(enc.embed)
        return _PROTOS[id(enc)]


def stance_probs(texts: Sequence[str], targets: Sequence[str], device: str | None = None,
                 text_emb: np.ndarray | None = None) -> np.ndarray:
    """(n, 3) calibrated probabilities in the order of :data:`LABELS`."""
    if not texts:
        return np.zeros((0, 3), dtype=np.float32)
    enc = get_encoder(device)
    c = text_emb if text_emb is not None else enc.embed(list(texts))
    uniq = sorted(set(targets))
    t_u = enc.embed(uniq)
    tpl_u = enc.embed([s for u in uniq for s in template_texts(u)]).reshape(len(uniq), -1, c.shape[1])
    index = {u: i for i, u in enumerate(uniq)}
    idx = np.array([index[x] for x in targets])
    head = load_head("stance")
    p = head.proba(stance_features(texts, c, t_u[idx], tpl_u[idx], _prototypes(enc)))
    return p[:, [head.labels.index(lab) for lab in LABELS]]


def decide(p: np.ndarray, abstain: bool = True) -> StanceResult:
    """The label for one row of calibrated probabilities; with ``abstain`` a favor/against pick below the head's
    cross-validated threshold becomes neutral."""
    probs = {lab: round(float(v), 4) for lab, v in zip(LABELS, p, strict=True)}
    k = int(np.argmax(p))
    label, score = LABELS[k], float(p[k])
    if abstain and label != "neutral" and score < load_head("stance").threshold:
        label, score = "neutral", min(0.5, max(float(p[2]), 1.0 - score))
    return StanceResult(label=label, score=round(score, 4), probs=probs)


def story_stance(texts: Sequence[str], doc: Document, device: str | None = None,
                 text_emb: np.ndarray | None = None) -> list[StanceResult]:
    """Stance of reader comments toward the story (its headline), neutral when the head is unsure."""
    if not texts:
        return []
    p = stance_probs(texts, [story_target(doc)] * len(texts), device=device, text_emb=text_emb)
    return [decide(row) for row in p]


def predict_stance(texts: Sequence[str], targets: Sequence[str], *, abstain: bool = True,
                   device: str | None = None) -> list[StanceResult]:
    """Stance of each text toward its own target. For the targets the n-gram model knows (the SemEval-2016
    ones) its probabilities are averaged in with the CV-chosen weight; other targets use the head alone."""
    from newsprism.comments import ngram

    probs = stance_probs(texts, targets, device=device)
    known = [i for i, t in enumerate(targets) if ngram.target_key(t) in ngram.known_targets()]
    if known:
        w = float(ngram.load()["weight"])
        p_ng = ngram.ngram_probs([texts[i] for i in known], [targets[i] for i in known])
        probs[known] = w * p_ng + (1.0 - w) * probs[known]
    return [decide(p, abstain) for p in probs]
