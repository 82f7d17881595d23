"""Turn the model's per-token and per-line probabilities into spans, paragraph labels, genre and frames.

Shared by the pipeline component, the SemEval export and the threshold tuning in training/, so that the
cross-validated figures measure exactly the code that runs.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newsprism.common.spans import merge_overlapping
from newsprism.techniques.model import GENRES, N_TECH, LineOutput

_TRIM = set(" \t\r\n.,:;\"'\u201c\u201d\u2018\u2019()")


def runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """Index ranges [i, j) of consecutive True values."""
    out, i, n = [], 0, len(mask)
    while i < n:
        if mask[i]:
            j = i
            while j < n and mask[j]:
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def word_bounds(text: str | None, s: int, e: int) -> tuple[int, int]:
    """Grow a span to whole words (a token run may start or end inside a word)."""
    if text is None:
        return s, e
    while s > 0 and text[s - 1].isalnum():
        s -= 1
    while e < len(text) and text[e].isalnum():
        e += 1
    # Gold spans never start or end with space or punctuation; quote marks stay outside too.
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def technique_spans(lines: Sequence[LineOutput], thr: Sequence[float], text: str | None = None,
                    ) -> list[tuple[int, int, int, float]]:
    """(technique index, start, end, score) for every run of tokens above the technique's threshold."""
    out = []
    for lo in lines:
        if lo.n_tokens == 0:
            continue
        for t in range(N_TECH):
            for i, j in runs(lo.token_probs[:, t] >= thr[t]):
                s, e = word_bounds(text, int(lo.offsets[i, 0]), int(lo.offsets[j - 1, 1]))
                out.append((t, s, e, float(lo.token_probs[i:j, t].mean())))
    return out


def si_spans(lines: Sequence[LineOutput], thr: float, text: str | None = None, low: float | None = None,
             gap: int = 0) -> list[tuple[int, int]]:
    """Merged, non-overlapping propaganda spans from the SI head.

    Hysteresis: a run of tokens at or above ``low`` becomes a span when one of its tokens reaches ``thr``
    (gold spans are long phrases whose edges the head scores lower). Spans less than ``gap`` characters
    apart are joined.
    """
    low = thr if low is None else low
    spans = []
    for lo in lines:
        if lo.n_tokens:
            p = lo.token_probs[:, N_TECH]
            for i, j in runs(p >= low):
                if p[i:j].max() >= thr:
                    spans.append(word_bounds(text, int(lo.offsets[i, 0]), int(lo.offsets[j - 1, 1])))
    out: list[tuple[int, int]] = []
    for s, e in merge_overlapping(spans):  # then spans at most ``gap`` apart (touching: 0) are joined
        if out and s - out[-1][1] <= gap:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def paragraph_scores(lo: LineOutput, mix: float) -> np.ndarray:
    """Paragraph technique scores: the paragraph head, raised by the strongest token where ``mix`` > 0."""
    p = lo.unit_probs[:N_TECH]
    if mix > 0 and lo.n_tokens:
        p = np.maximum(p, mix * lo.token_probs[:, :N_TECH].max(axis=0))
    return p


def doc_probs(lines: Sequence[LineOutput]) -> tuple[np.ndarray, np.ndarray]:
    """Genre (3) and frame (14) probabilities of a document: line outputs averaged, weighted by length."""
    w = np.array([lo.n_tokens for lo in lines], np.float32)
    if not len(lines) or w.sum() == 0:
        return np.full(3, 1 / 3, np.float32), np.zeros(14, np.float32)
    u = np.stack([lo.unit_probs for lo in lines])
    m = (u * w[:, None]).sum(0) / w.sum()
    return m[N_TECH : N_TECH + 3], m[N_TECH + 3 :]


def genre_label(probs: np.ndarray, weights: Sequence[float]) -> str:
    return GENRES[int(np.argmax(probs * np.asarray(weights)))]
