"""A target-aware n-gram stance model for the targets it was trained on (the five SemEval-2016 targets).

Word 1-3 grams and character 2-5 grams, each both as-is and conjoined with the target, hashed into a fixed
space (no vocabulary to ship) and scored by a linear layer. :mod:`newsprism.comments.stance` averages it with
the encoder head when a row's target is one of ``known_targets``; other targets use the head alone.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import numpy as np

from newsprism.common.data_files import load_npz
from newsprism.errors import ModelError

N_FEATURES = 2**18
_TOKEN = re.compile(r"(?u)\b\w\w+\b|[!?]")


def target_key(target: str) -> str:
    return re.sub(r"\s+", " ", target.strip().lower())


def _grams(text: str) -> list[str]:
    low = text.lower()
    words = _TOKEN.findall(low)
    out = [" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)]
    padded = " " + re.sub(r"\s+", " ", low) + " "
    out += ["c:" + padded[i : i + n] for n in (2, 3, 4, 5) for i in range(len(padded) - n + 1)]
    return out


def analyzer(row: str) -> list[str]:
    """``row`` is ``target + "\\x00" + text``."""
    target, _, text = row.partition("\x00")
    grams = _grams(text)
    return grams + [f"{target}|{g}" for g in grams]


def vectorizer() -> Any:
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(analyzer=analyzer, n_features=N_FEATURES, alternate_sign=False, norm="l2",
                             binary=True)


def rows(texts: list[str], targets: list[str]) -> list[str]:
    return [f"{target_key(t)}\x00{x}" for x, t in zip(texts, targets, strict=True)]


@cache
def load() -> dict[str, Any]:
    try:
        arrays = load_npz("newsprism.comments", "models/stance_ngram.npz")
        return {**arrays, "known": {str(t) for t in arrays["targets"]}}
    except (ModelError, KeyError) as exc:
        raise ModelError(f"cannot load the n-gram stance model: {exc}") from exc


def known_targets() -> set[str]:
    return load()["known"]


def ngram_probs(texts: list[str], targets: list[str]) -> np.ndarray:
    """(n, 3) probabilities in the order favor, against, neutral."""
    m = load()
    x = vectorizer().transform(rows(texts, targets))
    logits = np.asarray(x @ m["W"].astype(np.float32)) + m["b"]
    logits -= logits.max(axis=1, keepdims=True)
    e = np.exp(logits)
    return e / e.sum(axis=1, keepdims=True)
