"""Stance of a text toward a target given as text (favor / against / neutral), with the shipped head over the
shared encoder.

The target is an input: the heads read target-conditioned features (:mod:`newsprism.comments.stance_features`),
so they serve any target, including one never seen in training. Two heads:

* the any-target head (``stance.npz`` averaged with ``stance_compact.npz``, trained on SemEval-2016, VAST and
  story-style comments) for a topic or claim as target (:func:`predict_stance`, ``newsprism export stance``);
* the story head (``stance_story.npz``, trained on story-style comments toward headlines) for reader comments,
  whose target is their story (:func:`story_target`: its headline, the main actor and action) and whose stance
  is approving or not of what the story reports (:func:`story_stance`): its favor-minus-against probability is
  added to the approval score of :mod:`newsprism.comments.approval`, whose band decides ``neutral``.

Probabilities are calibrated (a temperature fit on out-of-fold predictions, folded into the weights); for the
any-target head a favor/against pick below its cross-validated confidence threshold becomes ``neutral``.
Training and measurement: ``training/comments/train_stance.py``, ``benchmarks/comments.md``.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newsprism.comments import approval
from newsprism.comments.heads import load_head
from newsprism.comments.stance_features import (
    prototype_matrix,
    stance_features,
    story_features,
    template_texts,
)
from newsprism.encoder import Encoder, get_encoder
from newsprism.model import Document

LABELS = ("favor", "against", "neutral")
PAIR_DIMS = 4  # [c, t, c*t, |c-t|] come first in stance_features
_LOCK = threading.Lock()
_PROTOS: dict[int, np.ndarray] = {}


@dataclass
class StanceResult:
    label: str
    score: float  # confidence in ``label``: the any-target head's calibrated probability (an abstention: at most
    # 0.5); for story stance, how far the approval score is from the neutral band
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


def _target_inputs(targets: Sequence[str], enc: Encoder, dim: int) -> tuple[np.ndarray, np.ndarray]:
    """Per row: the target's embedding and its favor/against template embeddings (each target encoded once)."""
    uniq = sorted(set(targets))
    t_u = enc.embed(uniq)
    tpl_u = enc.embed([s for u in uniq for s in template_texts(u)]).reshape(len(uniq), -1, dim)
    index = {u: i for i, u in enumerate(uniq)}
    idx = np.array([index[x] for x in targets])
    return t_u[idx], tpl_u[idx]


def stance_probs(texts: Sequence[str], targets: Sequence[str], device: str | None = None,
                 text_emb: np.ndarray | None = None, head_name: str = "stance") -> np.ndarray:
    """(n, 3) calibrated probabilities in the order of :data:`LABELS`, from the any-target head (``stance``) or
    the story head (``stance_story``)."""
    if not texts:
        return np.zeros((0, 3), dtype=np.float32)
    enc = get_encoder(device)
    c = text_emb if text_emb is not None else enc.embed(list(texts))
    t, tpl = _target_inputs(targets, enc, c.shape[1])
    head = load_head(head_name)
    if head_name == "stance_story":
        p = head.proba(story_features(texts, c, t, tpl, _prototypes(enc)))
    else:
        # The any-target head averages the pair model with the compact model on the approval block alone.
        x = stance_features(texts, c, t, tpl, _prototypes(enc))
        compact = load_head("stance_compact")
        mix = float(head.extra["mix"])
        p = mix * head.proba(x) + (1.0 - mix) * compact.proba(x[:, PAIR_DIMS * c.shape[1] :])
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


def story_settings() -> approval.Settings:
    """The decision settings stored with the story head by the training script."""
    extra = load_head("stance_story").extra
    return approval.Settings(head_weight=float(extra["approval_weight"]), question_band=float(extra["question_band"]),
                             sarcasm_neutral=bool(extra["sarcasm_neutral"]))


def story_stance(texts: Sequence[str], doc: Document, device: str | None = None,
                 text_emb: np.ndarray | None = None) -> list[StanceResult]:
    """Stance of reader comments toward the story (its headline): the approval score of
    :mod:`newsprism.comments.approval` plus the story head's calibrated favor-minus-against probability, with
    the settings stored in ``stance_story.npz``, neutral inside the comment's band."""
    if not texts:
        return []
    enc = get_encoder(device)
    emb = text_emb if text_emb is not None else enc.embed(list(texts))
    p = stance_probs(texts, [story_target(doc)] * len(texts), device=device, text_emb=emb,
                     head_name="stance_story")
    settings = story_settings()
    out = []
    for a, row in zip(approval.approvals(texts, emb, _prototypes(enc)), p, strict=True):
        label, score, z = approval.decide(a, float(row[0] - row[1]), settings)
        probs = {lab: round(float(v), 4) for lab, v in zip(LABELS, row, strict=True)}
        probs["approval"] = round(z, 4)
        out.append(StanceResult(label=label, score=round(score, 4), probs=probs))
    return out


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
