"""The target-aware n-gram stance model for the five SemEval-2016 targets (used by ``newsprism export stance``
on those targets only, averaged with the encoder head). ``train_stance.py`` calls these helpers: it picks the
ensemble weight by the same 5-fold in-target CV as its own figure, then writes ``stance_ngram.npz``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from newsprism.comments.ngram import rows, target_key, vectorizer

C = 10.0
WEIGHTS = (0.0, 0.3, 0.5, 0.7, 1.0)  # share of the n-gram model in the ensemble


def fit(x, y) -> LogisticRegression:
    return LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(x, y)


def oof_probs(texts: list[str], targets: list[str], y: np.ndarray, seed: int) -> np.ndarray:
    """Out-of-fold n-gram probabilities on the 5 stratified folds of train_stance's in-target figure."""
    x = vectorizer().transform(rows(texts, targets))
    p = np.zeros((len(y), 3))
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=seed).split(x, y):
        p[te] = fit(x[tr], y[tr]).predict_proba(x[te])
    return p


def save(path: Path, texts: list[str], targets: list[str], y: np.ndarray, weight: float) -> None:
    clf = fit(vectorizer().transform(rows(texts, targets)), y)
    np.savez_compressed(path, W=clf.coef_.T.astype(np.float16), b=clf.intercept_.astype(np.float32),
                        targets=np.array(sorted({target_key(t) for t in targets})),
                        weight=np.array(weight, dtype=np.float32))
