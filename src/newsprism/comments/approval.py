"""The approval score of a reader comment toward its story, and the neutral band around it.

A comment approves of what the story reports (favor) or not (against); questions, hedges, comments about the
coverage and mixed comments are reserved (neutral). The score adds up VADER sentiment, stance cue phrases
(``data/stance_cues.json``) and the similarity to prototype approving minus disapproving reactions
(``data/anchors.json``), plus ``head_weight`` times the story head's calibrated favor-minus-against probability
(:mod:`newsprism.comments.stance`; the weight is chosen by cross-validation in
``training/comments/train_stance.py`` and stored with the head). Questions, hedges, meta comments and contrast
markers widen the neutral band; a contrast with cues on both sides is neutral, sarcasm never confident.

The rule's own weights and bands are main's earlier run-time rule, set by hand on the example story's thread
(``benchmarks/comments.md``); the training script chooses :class:`Settings` (the head's weight, how far a
bare question widens the band, whether sarcasm is always neutral) by cross-validation; main's rule is
``Settings(head_weight=0)`` with the defaults (and its older head's term).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newsprism.comments.features import count_cues, sentiments

# VADER is -1..1, cue counts are capped at MAX_CUES, the prototype difference is a cosine difference (about
# -0.15..0.15), the head difference is -1..1.
W_VADER, W_CUES, W_PROTO = 1.0, 0.6, 12.0
MAX_CUES = 3
NEUTRAL_BAND, HEDGE_BAND, CONTRAST_BAND = 0.4, 0.5, 0.4
MIXED_MAX_CONFIDENCE = 0.6
FORCED_NEUTRAL_SCORE = 0.4


@dataclass(frozen=True)
class Approval:
    """The parts of one comment's decision that do not depend on the story head."""

    score: float  # approval from sentiment, cues and prototypes
    band: float  # |approval| below this is neutral, before the widening for a question without stance cues
    bare_question: bool  # a question or hedge with no stance cue of its own
    sarcastic: bool
    mixed: bool  # a contrast with cues on both sides
    contrast: bool


@dataclass(frozen=True)
class Settings:
    """What the training script chooses by cross-validation (stored with the story head)."""

    head_weight: float  # weight of the head's favor-minus-against probability
    question_band: float = 3.0  # a bare question widens the band by this many HEDGE_BANDs
    sarcasm_neutral: bool = True  # a sarcasm marker makes the comment neutral whatever its score


def approvals(texts: Sequence[str], emb: np.ndarray, protos: np.ndarray) -> list[Approval]:
    """``emb``: (n, d) comment embeddings; ``protos``: (3, d) approving / disapproving / neutral prototypes."""
    proto = emb @ protos.T
    sent = sentiments(texts)[:, 0]
    out = []
    for i, text in enumerate(texts):
        cf, ca = min(count_cues(text, "favor"), MAX_CUES), min(count_cues(text, "against"), MAX_CUES)
        z = W_VADER * float(sent[i]) + W_CUES * (cf - ca) + W_PROTO * float(proto[i, 0] - proto[i, 1])
        band = NEUTRAL_BAND
        question = bool(count_cues(text, "hedge")) or text.rstrip().endswith("?")
        if question and cf + ca:
            band += HEDGE_BAND
        if count_cues(text, "meta"):  # about the coverage, not the event
            band += HEDGE_BAND
        contrast = count_cues(text, "contrast") > 0
        if contrast:
            band += CONTRAST_BAND
        out.append(Approval(score=z, band=band, bare_question=question and not cf + ca,
                            sarcastic=count_cues(text, "sarcasm") > 0, mixed=contrast and bool(cf) and bool(ca),
                            contrast=contrast))
    return out


def decide(a: Approval, head_diff: float, settings: Settings) -> tuple[str, float, float]:
    """(label, confidence, total score) for one comment; ``head_diff`` is the head's favor minus against."""
    z = a.score + settings.head_weight * head_diff
    band = a.band + (settings.question_band * HEDGE_BAND if a.bare_question else 0.0)
    if a.mixed or (a.sarcastic and settings.sarcasm_neutral) or abs(z) < band:
        score = 0.5 + 0.5 * (1.0 - abs(z) / band) if abs(z) < band else FORCED_NEUTRAL_SCORE
        return "neutral", score, z
    score = 0.5 + 0.5 * float(np.tanh(abs(z) - band + 0.3))
    if a.contrast or a.sarcastic:  # "X is welcome, but ...", irony: lean one way at most, low confidence
        score = min(score, MIXED_MAX_CONFIDENCE)
    return ("favor" if z > 0 else "against"), score, z


def labels(parts: Sequence[Approval], head_diff: np.ndarray, settings: Settings) -> np.ndarray:
    """Label indices (0 favor, 1 against, 2 neutral) for many comments (training and measurement)."""
    index = {"favor": 0, "against": 1, "neutral": 2}
    return np.array([index[decide(a, float(d), settings)[0]] for a, d in zip(parts, head_diff, strict=True)],
                    dtype=int)
