"""Train the toxicity head on the Fox News comments (1,528, labeled hateful or not) and measure it.

Features: the comment embedding from the shared encoder + alt-profanity-check probability + civility-lexicon
cues (newsprism.comments.features.toxicity_features). Logistic regression. Measured with stratified 10-fold CV
(seed 13); the decision threshold is the one that maximizes out-of-fold F1, and it ships in the head file.

    .venv/bin/python training/comments/train_toxicity.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_recall_fscore_support
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
from data import ROOT, embed_cached, load_fox  # noqa: E402

from newsprism.comments.features import toxicity_features  # noqa: E402
from newsprism.comments.heads import save_head  # noqa: E402

OUT = ROOT / "src/newsprism/comments/models/toxicity.npz"
SEED = 13
C = 0.05


def fit(x: np.ndarray, y: np.ndarray) -> tuple[LogisticRegression, np.ndarray, np.ndarray]:
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    clf = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit((x - mean) / scale, y)
    return clf, mean, scale


def best_threshold(y: np.ndarray, p: np.ndarray) -> tuple[float, float]:
    grid = np.arange(0.2, 0.81, 0.02)
    f1s = [f1_score(y, p >= t) for t in grid]
    k = int(np.argmax(f1s))
    return float(grid[k]), float(f1s[k])


def cross_validate(x: np.ndarray, y: np.ndarray, folds: int = 10) -> dict:
    oof = np.zeros(len(y))
    for tr, te in StratifiedKFold(folds, shuffle=True, random_state=SEED).split(x, y):
        clf, mean, scale = fit(x[tr], y[tr])
        oof[te] = clf.predict_proba((x[te] - mean) / scale)[:, 1]
    thr, f1 = best_threshold(y, oof)
    p, r, f, _ = precision_recall_fscore_support(y, oof >= thr, average="binary")
    f05 = f1_score(y, oof >= 0.5)
    return {"threshold": round(thr, 2), "f1": round(100 * f1, 1), "precision": round(100 * p, 1),
            "recall": round(100 * r, 1), "f1_at_0.5": round(100 * f05, 1)}


def main() -> None:
    texts, y, _ = load_fox()
    c = embed_cached(texts)
    x = toxicity_features(texts, c)
    prof = x[:, 384]
    thr_p, f1_p = best_threshold(y, prof)
    print(json.dumps({"profanity_check_only": {"threshold": round(thr_p, 2), "f1": round(100 * f1_p, 1)}}))
    res = cross_validate(x, y)
    print(json.dumps({"head_10fold": res}))
    clf, mean, scale = fit(x, y)
    # Binary LR as a two-class softmax: logits (0, w.x + b).
    w = np.stack([np.zeros(x.shape[1]), clf.coef_[0]], axis=1)
    b = np.array([0.0, clf.intercept_[0]])
    save_head(OUT, mean=mean, scale=scale, layers=[(w, b)],
              labels=["ok", "toxic"], threshold=res["threshold"])
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
