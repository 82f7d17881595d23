"""Train the comment-stance head and measure it.

Features: ``[c, t, c*t, |c-t|] + lexical cues`` over the shared encoder (see newsprism.comments.features).
Data: SemEval-2016 Task 6 train (tweets, 5 targets) and VAST dev (NYT comments, ~500 topics).

Evaluation (all cross-validated on the training sets; the test sets are held by the maintainers):
  * SemEval F_avg (mean of FAVOR and AGAINST F1) leave-one-target-out: train on the other 4 targets + VAST;
  * SemEval F_avg in-target 5-fold (what the export sees on the held-out test, whose targets are the same);
  * VAST macro-F1, 5-fold on dev grouped by comment, training on the other folds + all of SemEval.
The shipped head is then fit on everything.

    .venv/bin/python training/comments/train_stance.py            # evaluate + write the head
    .venv/bin/python training/comments/train_stance.py --no-eval  # only write the head
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold, StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
from data import LABELS, ROOT, StanceSet, embed_cached, load_semeval, load_vast  # noqa: E402

from newsprism.comments.features import stance_features  # noqa: E402
from newsprism.comments.heads import save_head  # noqa: E402

OUT = ROOT / "src/newsprism/comments/models/stance.npz"
SEED = 13
C = 0.02  # LR inverse regularization, picked by the CV below from {0.02, 0.05, 0.1, 0.3}


def featurise(ds: StanceSet) -> np.ndarray:
    c = embed_cached(ds.texts)
    t = embed_cached(ds.targets)
    return stance_features(ds.texts, c, t)


def fit(x: np.ndarray, y: np.ndarray, c_reg: float = C) -> tuple[LogisticRegression, np.ndarray, np.ndarray]:
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    clf = LogisticRegression(C=c_reg, max_iter=2000, class_weight="balanced")
    clf.fit((x - mean) / scale, y)
    return clf, mean, scale


def predict(model: tuple[LogisticRegression, np.ndarray, np.ndarray], x: np.ndarray) -> np.ndarray:
    clf, mean, scale = model
    return clf.predict((x - mean) / scale)


def f_avg(y: np.ndarray, p: np.ndarray) -> float:
    f = f1_score(y, p, labels=[0, 1], average=None, zero_division=0)
    return float(f.mean())


def evaluate(xs: np.ndarray, sem: StanceSet, xv: np.ndarray, vast: StanceSet, c_reg: float) -> dict:
    res: dict = {"C": c_reg, "semeval_loto": {}, "vast_folds": []}
    targets = sorted(set(sem.targets))
    tg = np.array(sem.targets)
    for tgt in targets:
        test = tg == tgt
        x = np.vstack([xs[~test], xv])
        y = np.concatenate([sem.labels[~test], vast.labels])
        p = predict(fit(x, y, c_reg), xs[test])
        res["semeval_loto"][tgt] = round(100 * f_avg(sem.labels[test], p), 1)
    res["semeval_loto_mean"] = round(float(np.mean(list(res["semeval_loto"].values()))), 1)
    # In-target: 5-fold stratified over all SemEval rows (train folds + all of VAST); F_avg micro over rows.
    preds = np.zeros_like(sem.labels)
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=SEED).split(xs, sem.labels):
        model = fit(np.vstack([xs[tr], xv]), np.concatenate([sem.labels[tr], vast.labels]), c_reg)
        preds[te] = predict(model, xs[te])
    res["semeval_in_target_5fold"] = round(100 * f_avg(sem.labels, preds), 1)
    res["semeval_in_target_per_label"] = [round(100 * v, 1) for v in
                                          f1_score(sem.labels, preds, labels=[0, 1, 2], average=None)]
    vpred = np.zeros_like(vast.labels)
    for tr, te in GroupKFold(5).split(xv, vast.labels, groups=vast.groups):
        model = fit(np.vstack([xv[tr], xs]), np.concatenate([vast.labels[tr], sem.labels]), c_reg)
        vpred[te] = predict(model, xv[te])
    res["vast_macro_f1_5fold"] = round(100 * float(f1_score(vast.labels, vpred, average="macro")), 1)
    res["vast_per_label"] = [round(100 * v, 1) for v in f1_score(vast.labels, vpred, labels=[0, 1, 2],
                                                                 average=None)]
    return res


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-eval", action="store_true")
    ap.add_argument("--grid", action="store_true", help="evaluate every C in the grid")
    args = ap.parse_args()
    t0 = time.time()
    sem, vast = load_semeval(), load_vast()
    xs, xv = featurise(sem), featurise(vast)
    print(f"features {xs.shape} {xv.shape} in {time.time() - t0:.0f}s", flush=True)
    if not args.no_eval:
        for c_reg in ([0.02, 0.05, 0.1, 0.3] if args.grid else [C]):
            print(json.dumps(evaluate(xs, sem, xv, vast, c_reg)), flush=True)
    clf, mean, scale = fit(np.vstack([xs, xv]), np.concatenate([sem.labels, vast.labels]))
    order = [list(clf.classes_).index(i) for i in range(len(LABELS))]
    save_head(OUT, mean=mean, scale=scale, layers=[(clf.coef_[order].T, clf.intercept_[order])], labels=LABELS)
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
