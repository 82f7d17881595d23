"""Stance of a text toward a target (favor / against / neutral) with the shipped head over the shared encoder.

For a reader comment the target is the story itself: its title, first body paragraph and main actors
(:func:`story_target`). The head was trained on SemEval-2016 tweets and VAST news comments; see
``training/comments/train_stance.py`` and ``benchmarks/comments.md`` for how well it does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from newsprism.comments.features import count_cues, load_lexicon, sentiments, stance_features
from newsprism.comments.heads import load_head
from newsprism.encoder import get_encoder
from newsprism.model import Document

LABELS = ("favor", "against", "neutral")
# Below this probability the head's pick is not trusted and the comment is called neutral.
MIN_CONFIDENCE = 0.45
# A comment with a contrast marker whose favor and against probabilities are this close is mixed: neutral.
MIXED_MARGIN = 0.2
MAX_ACTORS = 3


@dataclass
class StanceResult:
    label: str
    score: float  # probability of ``label`` (confidence), 0..1
    probs: dict[str, float]


def story_target(doc: Document) -> str:
    """What a comment's stance is about: the title, the first body paragraph and the main actors."""
    parts: list[str] = []
    if doc.title:
        parts.append(doc.title.strip())
    body = doc.body_paragraphs()
    if body:
        first = doc.text[body[0].start : body[0].end].strip()
        parts.append(first[:600])
    elif doc.body.end > doc.body.start:
        parts.append(doc.body_text[:600])
    actors = [a.canonical for a in sorted(doc.actors, key=lambda a: -a.mentions)
              if a.label in ("PERSON", "ORG", "GPE", "NORP")][:MAX_ACTORS]
    if actors:
        parts.append(", ".join(actors))
    return "\n".join(p for p in parts if p)


def stance_probs(texts: Sequence[str], targets: Sequence[str], device: str | None = None,
                 text_emb: np.ndarray | None = None) -> np.ndarray:
    """(n, 3) probabilities in the order of :data:`LABELS`."""
    if not texts:
        return np.zeros((0, 3), dtype=np.float32)
    enc = get_encoder(device)
    c = text_emb if text_emb is not None else enc.embed(list(texts))
    uniq = sorted(set(targets))
    t_u = enc.embed(uniq)
    idx = {t: i for i, t in enumerate(uniq)}
    t = t_u[[idx[x] for x in targets]]
    head = load_head("stance")
    p = head.proba(stance_features(texts, c, t))
    return p[:, [head.labels.index(lab) for lab in LABELS]]


def decide(text: str, p: np.ndarray, abstain: bool = True) -> StanceResult:
    """The label for one row of probabilities; with ``abstain`` weak or mixed evidence becomes neutral."""
    probs = {lab: round(float(v), 4) for lab, v in zip(LABELS, p, strict=True)}
    k = int(np.argmax(p))
    label, score = LABELS[k], float(p[k])
    if abstain and label != "neutral":
        mixed = count_cues(text, "contrast") > 0 and abs(float(p[0] - p[1])) < MIXED_MARGIN
        if score < MIN_CONFIDENCE or mixed:
            label, score = "neutral", max(float(p[2]), 1.0 - abs(float(p[0] - p[1])) - float(p[2]))
            score = min(score, 0.5)  # an abstention is low-confidence by construction
    return StanceResult(label=label, score=round(score, 4), probs=probs)


# Weights of the story-level approval score (see :func:`story_stance`); chosen by hand on our invented example
# thread (examples/story), documented in benchmarks/comments.md. VADER is -1..1, cue counts are capped at 3,
# the prototype difference is a cosine difference (about -0.15..0.15), the head difference is -1..1.
W_VADER, W_CUES, W_PROTO, W_HEAD = 1.0, 0.6, 12.0, 0.25
NEUTRAL_BAND, HEDGE_BAND, CONTRAST_BAND = 0.4, 0.5, 0.4
MIXED_MAX_CONFIDENCE = 0.6


@cache
def _prototypes(device: str) -> np.ndarray:
    anchors = load_lexicon("anchors.json")
    enc = get_encoder(device)
    protos = np.stack([enc.embed(anchors[lab]).mean(axis=0) for lab in LABELS])
    return protos / np.linalg.norm(protos, axis=1, keepdims=True)


def story_stance(texts: Sequence[str], doc: Document, device: str | None = None,
                 text_emb: np.ndarray | None = None) -> list[StanceResult]:
    """Stance of reader comments toward the story: do they approve of what it reports?

    The SemEval/VAST head alone does not transfer to a long story target (see benchmarks/comments.md), so
    the label comes from an approval score that adds up VADER sentiment, stance cue phrases, similarity to
    prototype approving/disapproving reactions and the head's favor-minus-against probability toward the
    title. Questions, hedges and contrast markers widen the neutral band, so mixed or sarcastic comments come
    out neutral or low-confidence rather than confidently wrong.
    """
    if not texts:
        return []
    enc = get_encoder(device)
    emb = text_emb if text_emb is not None else enc.embed(list(texts))
    target = doc.title or story_target(doc)
    head = stance_probs(texts, [target] * len(texts), device=device, text_emb=emb)
    proto = emb @ _prototypes(device).T
    sent = sentiments(texts)[:, 0]
    out = []
    for i, text in enumerate(texts):
        cf, ca = min(count_cues(text, "favor"), 3), min(count_cues(text, "against"), 3)
        z = (W_VADER * float(sent[i]) + W_CUES * (cf - ca) + W_PROTO * float(proto[i, 0] - proto[i, 1])
             + W_HEAD * float(head[i, 0] - head[i, 1]))
        band = NEUTRAL_BAND
        if count_cues(text, "hedge") or text.rstrip().endswith("?"):
            # A question or a wish to know more, with no stance cue of its own, is a reserved comment.
            band += HEDGE_BAND if cf + ca else 3 * HEDGE_BAND
        if count_cues(text, "meta"):  # about the coverage, not the event
            band += HEDGE_BAND
        sarcastic = count_cues(text, "sarcasm") > 0  # irony flips surface polarity: never confident
        contrast = count_cues(text, "contrast") > 0
        if contrast:
            band += CONTRAST_BAND
        probs = {lab: round(float(v), 4) for lab, v in zip(LABELS, head[i], strict=True)}
        probs["approval"] = round(z, 4)
        if sarcastic or (contrast and cf and ca) or abs(z) < band:
            score = 0.5 + 0.5 * (1.0 - abs(z) / band) if abs(z) < band else 0.4
            out.append(StanceResult("neutral", round(score, 4), probs))
        else:
            score = 0.5 + 0.5 * float(np.tanh(abs(z) - band + 0.3))
            if contrast:  # "X is welcome, but ..." leans one way at most: keep it low-confidence
                score = min(score, MIXED_MAX_CONFIDENCE)
            out.append(StanceResult("favor" if z > 0 else "against", round(score, 4), probs))
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
    return [decide(t, p, abstain) for t, p in zip(texts, probs, strict=True)]
