"""Train the toxicity model on the Fox News comments (1,528, labelled hateful or not) and measure it.

The model (``newsprism.comments.toxicity``): a logistic head over the shared encoder's embedding + lexical
features, averaged with a logistic model over hashed word/character n-grams. The run-time decision
(``newsprism.comments.civility``) is ``average >= threshold`` OR an explicit-abuse finding (aimed insult, slur,
dehumanizing language, threat).

Measured as the run-time decision is made, with nested cross-validation: outer stratified 10-fold (seed 13);
inside each outer training part, a 5-fold out-of-fold run picks the head weight and the threshold that
maximize F1 of the whole decision; the outer fold is then predicted with them. The shipped weight and
threshold are picked the same way on all the data (10-fold out-of-fold), then both parts are fit on all of it.

    PYTHONPATH=src python training/comments/train_toxicity.py            # measure + write the model
    PYTHONPATH=src python training/comments/train_toxicity.py --no-eval  # only write the model
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_recall_fscore_support
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
from data import ROOT, embed_cached, load_fox  # noqa: E402

from newsprism.comments import toxicity  # noqa: E402
from newsprism.comments.abuse import find_abuse  # noqa: E402
from newsprism.comments.heads import save_head  # noqa: E402

MODELS = ROOT / "src/newsprism/comments/models"
SEED = 13
C_HEAD = 0.02  # inverse regularization of the head (from the previous head's grid 0.02 / 0.05 / 0.2)
C_NGRAM = 1.0  # of the n-gram model (grid 1 / 4 / 10 gave the same F1 within 0.2)
WEIGHTS = (0.2, 0.3, 0.4, 0.5, 0.6)  # head share of the average
THRESHOLDS = np.round(np.arange(0.20, 0.81, 0.01), 2)


class Model:
    def __init__(self, x: np.ndarray, grams, y: np.ndarray) -> None:
        self.mean, self.scale = x.mean(axis=0), x.std(axis=0) + 1e-6
        self.head = LogisticRegression(C=C_HEAD, max_iter=3000, class_weight="balanced").fit(
            (x - self.mean) / self.scale, y)
        self.ngram = LogisticRegression(C=C_NGRAM, max_iter=3000, class_weight="balanced").fit(grams, y)

    def parts(self, x: np.ndarray, grams) -> tuple[np.ndarray, np.ndarray]:
        return (self.head.predict_proba((x - self.mean) / self.scale)[:, 1], self.ngram.predict_proba(grams)[:, 1])


def pick(y: np.ndarray, p_head: np.ndarray, p_ngram: np.ndarray, rule: np.ndarray) -> tuple[float, float, float]:
    """(head weight, threshold, F1) maximizing F1 of ``average >= threshold or rule``."""
    best = (WEIGHTS[0], 0.5, -1.0)
    for w in WEIGHTS:
        p = w * p_head + (1 - w) * p_ngram
        for t in THRESHOLDS:
            f = f1_score(y, (p >= t) | rule)
            if f > best[2]:
                best = (w, float(t), float(f))
    return best


def oof_parts(x, grams, y, idx, folds: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    ph, pg = np.zeros(len(idx)), np.zeros(len(idx))
    for tr, te in StratifiedKFold(folds, shuffle=True, random_state=seed).split(idx, y[idx]):
        m = Model(x[idx[tr]], grams[idx[tr]], y[idx[tr]])
        ph[te], pg[te] = m.parts(x[idx[te]], grams[idx[te]])
    return ph, pg


def nested_cv(x, grams, y, rule) -> dict:
    pred = np.zeros(len(y), dtype=bool)
    model_only = np.zeros(len(y), dtype=bool)
    chosen = []
    for tr, te in StratifiedKFold(10, shuffle=True, random_state=SEED).split(x, y):
        ph, pg = oof_parts(x, grams, y, tr, 5, SEED + 1)
        w, t, _ = pick(y[tr], ph, pg, rule[tr])
        chosen.append((w, t))
        eh, eg = Model(x[tr], grams[tr], y[tr]).parts(x[te], grams[te])
        p = w * eh + (1 - w) * eg
        model_only[te] = p >= t
        pred[te] = model_only[te] | rule[te]
    out = {"chosen_weight_threshold_per_fold": chosen}
    for name, pr in (("runtime_decision", pred), ("model_alone", model_only), ("rule_alone", rule)):
        p, r, f, _ = precision_recall_fscore_support(y, pr, average="binary", zero_division=0)
        out[name] = {"precision": round(100 * p, 1), "recall": round(100 * r, 1), "f1": round(100 * f, 1)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-eval", action="store_true")
    args = ap.parse_args()
    t0 = time.time()
    texts, y, _ = load_fox()
    x = toxicity.features(texts, embed_cached(texts))
    grams = toxicity.vectorizer().transform(texts).tocsr()
    rule = np.array([bool(find_abuse(t)) for t in texts])
    print(f"features {x.shape} in {time.time() - t0:.0f}s", flush=True)
    if not args.no_eval:
        print(json.dumps({"fox_nested_10fold": nested_cv(x, grams, y, rule)}), flush=True)
    ph, pg = oof_parts(x, grams, y, np.arange(len(y)), 10, SEED)
    w, t, f = pick(y, ph, pg, rule)
    print(json.dumps({"shipped": {"head_weight": w, "threshold": t, "oof_f1_used_to_pick": round(100 * f, 1)}}))
    m = Model(x, grams, y)
    # Binary LR as a two-class softmax: logits (0, w.x + b).
    coef = np.stack([np.zeros(x.shape[1]), m.head.coef_[0]], axis=1)
    save_head(MODELS / "toxicity.npz", mean=m.mean, scale=m.scale, layers=[(coef, np.array([0.0, m.head.intercept_[0]]))],
              labels=["ok", "toxic"], threshold=t)
    np.savez_compressed(MODELS / "toxicity_ngram.npz", w=m.ngram.coef_[0].astype(np.float16),
                        b=np.array(m.ngram.intercept_[0], dtype=np.float32),
                        head_weight=np.array(w, dtype=np.float32), threshold=np.array(t, dtype=np.float32))
    for name in ("toxicity.npz", "toxicity_ngram.npz"):
        print(f"wrote {name} ({(MODELS / name).stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
