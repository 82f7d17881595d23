"""P(same happening) for two sentences of two sources: the learned test behind every date, order, status and
count comparison.

A small logistic model (``data/same_happening.npz``, trained by ``training/train_same_happening.py`` on ECB+
train topics, whose two sub-topics per topic give real hard negatives: the same verb and often the same names,
another happening) over what the story has for two stored sentences: whether the predicates share a lemma, the
shared encoder's sentence cosine, the names each sentence gives (shared, Jaccard, disjoint) and the dates each
gives (shared, disjoint). Two heads: ``general`` and ``no_date`` (for date flags, whose dates differ by
construction, so that a date cannot argue against its own comparison).
"""

from __future__ import annotations

import math
from collections.abc import Set
from functools import cache
from importlib import resources

import numpy as np

from newsprism.errors import ModelError
from newsprism.events.coref import REPORTING

MODEL_FILE = "data/same_happening.npz"
FEATURES = ("same_lemma", "cos", "cos_sq", "cos_same_lemma", "name_jaccard", "name_share", "name_clash",
            "no_names", "reporting_pair", "date_share", "date_clash")
HEADS: dict[str, list[int]] = {
    "general": list(range(len(FEATURES))),
    "no_date": [k for k, f in enumerate(FEATURES) if not f.startswith("date_")],
}


def pair_features(lemma_a: str | None, lemma_b: str | None, cos: float, names_a: Set[str], names_b: Set[str],
                  dates_a: Set[str], dates_b: Set[str]) -> list[float]:
    """The model inputs, in ``FEATURES`` order (training and run time both call this)."""
    same = 1.0 if lemma_a and lemma_a == lemma_b else 0.0
    shared = len(names_a & names_b)
    union = len(names_a | names_b)
    both_dates = bool(dates_a) and bool(dates_b)
    return [same, cos, cos * cos, cos * same, shared / union if union else 0.0, 1.0 if shared else 0.0,
            1.0 if names_a and names_b and not shared else 0.0, 0.0 if names_a and names_b else 1.0,
            1.0 if lemma_a in REPORTING and lemma_b in REPORTING else 0.0,
            1.0 if both_dates and dates_a & dates_b else 0.0,
            1.0 if both_dates and not dates_a & dates_b else 0.0]


@cache
def _heads() -> dict[str, tuple[np.ndarray, np.ndarray, np.ndarray, float]]:
    src = resources.files("newsprism.story").joinpath(MODEL_FILE)
    try:
        with resources.as_file(src) as path, np.load(path, allow_pickle=False) as z:
            return {h: (z[f"{h}_mean"], z[f"{h}_scale"], z[f"{h}_weight"], float(z[f"{h}_bias"])) for h in HEADS}
    except (OSError, KeyError, ValueError) as exc:
        raise ModelError(f"cannot load the same-happening model {src}: {exc}") from exc


def p_same(lemma_a: str | None, lemma_b: str | None, cos: float, names_a: Set[str], names_b: Set[str],
           dates_a: Set[str] = frozenset(), dates_b: Set[str] = frozenset(), head: str = "general") -> float:
    """Calibrated probability that the two sentences' predicates name one happening."""
    mean, scale, w, b = _heads()[head]
    x = np.asarray(pair_features(lemma_a, lemma_b, cos, names_a, names_b, dates_a, dates_b),
                   dtype=np.float32)[HEADS[head]]
    z = float(((x - mean) / scale) @ w + b)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
