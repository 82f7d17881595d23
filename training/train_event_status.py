"""Train the event-status model on the factuality train splits and write src/newsprism/events/data/event_status.npz.

    OMP_NUM_THREADS=2 python training/train_event_status.py --data ../shared/data --cache training/runs \
        --cv --write src/newsprism/events/data/event_status.npz --report training/runs/status_cv.json

Data: MEANTIME, UW and UDS-IH2 **train** splits (dev splits are for measuring through ``export events``, see
benchmarks/bench_event_status.py; test splits are held back). Labels map happened -> occurred, negated -> denied,
uncertain -> hypothetical. Features: ``newsprism.events.status.features`` (encoder token states over the trigger +
rule features from the parse). Model: standardised multinomial logistic regression with balanced class weights;
UDS-IH2 (web text, not news, whose "uncertain" covers every unlikely event) joins with a lower sample weight.
Per-status log offsets ("prior") are tuned on out-of-fold probabilities for macro-F1.
CV: 5 folds grouped by document; scores on the news rows (MEANTIME + UW) of the held-out fold, with the
offsets tuned on the other folds' out-of-fold rows.
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
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
from factuality import FACT_LABELS, featurize, load_rows  # noqa: E402

K = len(FACT_LABELS)


def fit(X: np.ndarray, y: np.ndarray, w: np.ndarray, c: float) -> tuple[np.ndarray, np.ndarray, LogisticRegression]:
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale < 1e-6] = 1.0
    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=600)
    clf.fit((X - mean) / scale, y, sample_weight=w)
    return mean, scale, clf


def logits(model: tuple[np.ndarray, np.ndarray, LogisticRegression], X: np.ndarray) -> np.ndarray:
    mean, scale, clf = model
    return clf.decision_function((X - mean) / scale)


def tune_prior(z: np.ndarray, y: np.ndarray, rounds: int = 3) -> np.ndarray:
    prior = np.zeros(K)
    grid = np.linspace(-3, 3, 25)
    for _ in range(rounds):
        for k in range(K):
            best = (-1.0, 0.0)
            for g in grid:
                p = prior.copy()
                p[k] = g
                f = f1_score(y, (z + p).argmax(1), average="macro", labels=list(range(K)), zero_division=0)
                if f > best[0] + 1e-9:
                    best = (f, g)
            prior[k] = best[1]
    return prior


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--cache", type=Path, default=Path("training/runs"))
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--c", type=float, default=0.05)
    ap.add_argument("--uds-weight", type=float, default=0.3)
    ap.add_argument("--grid", action="store_true", help="CV over C and the UDS weight")
    ap.add_argument("--write", type=Path)
    ap.add_argument("--report", type=Path)
    ap.add_argument("--jobs", type=int, default=2, help="folds fitted in parallel (each one thread)")
    a = ap.parse_args()
    t0 = time.time()
    rows = load_rows(a.data, "train")
    X = featurize(rows, a.cache)
    y = np.array([r.label for r in rows])
    src = np.array([r.source for r in rows])
    groups = np.array([r.group for r in rows])
    news = src != "uds_ih2"
    print(f"{len(rows)} rows, {X.shape[1]} features, featurized in {time.time() - t0:.0f}s", flush=True)
    report: dict = {"rows": len(rows), "per_source": {s: int((src == s).sum()) for s in set(src)}}

    def weights(uds: float) -> np.ndarray:
        return np.where(src == "uds_ih2", uds, 1.0)

    folds = list(GroupKFold(n_splits=5).split(X, y, groups))
    oof: dict[tuple[float, float], np.ndarray] = {}

    def out_of_fold(c: float, uds: float) -> np.ndarray:
        """Out-of-fold logits, the folds fitted side by side (``--jobs``); computed once per setting."""
        if (c, uds) not in oof:
            from joblib import Parallel, delayed

            w = weights(uds)
            parts = Parallel(n_jobs=a.jobs)(delayed(lambda tr, te: logits(fit(X[tr], y[tr], w[tr], c), X[te]))(tr, te)
                                            for tr, te in folds)
            z = np.zeros((len(y), K))
            for (_tr, te), zt in zip(folds, parts, strict=True):
                z[te] = zt
            oof[(c, uds)] = z
        return oof[(c, uds)]

    def cv(c: float, uds: float) -> dict:
        z = out_of_fold(c, uds)
        pred = np.zeros(len(y), dtype=int)
        for k, (_tr, te) in enumerate(folds):
            other = np.concatenate([f[1] for j, f in enumerate(folds) if j != k])
            other = other[news[other]]
            prior = tune_prior(z[other], y[other])
            pred[te] = (z[te] + prior).argmax(1)
        out = {"C": c, "uds_weight": uds}
        for name, m in (("news", news), ("meantime", src == "meantime"), ("uw", src == "uw"),
                        ("uds_ih2", src == "uds_ih2")):
            out[f"macro_f1_{name}"] = round(float(f1_score(y[m], pred[m], average="macro", labels=list(range(K)),
                                                           zero_division=0)), 4)
        out["per_label_f1_news"] = dict(zip(FACT_LABELS, [round(float(v), 3) for v in f1_score(
            y[news], pred[news], average=None, labels=list(range(K)), zero_division=0)], strict=True))
        out["raw_argmax_macro_f1_news"] = round(float(f1_score(y[news], z[news].argmax(1), average="macro",
                                                               zero_division=0)), 4)
        print(json.dumps(out), flush=True)
        return out

    if a.grid:
        report["grid"] = [cv(c, u) for c in (0.01, 0.05, 0.2) for u in (0.0, 0.3, 1.0)]
        best = max(report["grid"], key=lambda r: r["macro_f1_news"])
        a.c, a.uds_weight = best["C"], best["uds_weight"]
    if a.cv:
        report["cv"] = cv(a.c, a.uds_weight)
    if a.write:
        model = fit(X, y, weights(a.uds_weight), a.c)
        z = out_of_fold(a.c, a.uds_weight)
        prior = tune_prior(z[news], y[news])
        mean, scale, clf = model
        a.write.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(a.write, mean=mean.astype(np.float32), scale=scale.astype(np.float32),
                            weight=clf.coef_.T.astype(np.float32), bias=clf.intercept_.astype(np.float32),
                            prior=prior.astype(np.float32))
        report["shipped"] = {"C": a.c, "uds_weight": a.uds_weight, "prior": [round(float(p), 3) for p in prior],
                             "bytes": a.write.stat().st_size}
        print("wrote", a.write, a.write.stat().st_size, "bytes; prior", prior, flush=True)
    report["seconds"] = round(time.time() - t0)
    if a.report:
        a.report.parent.mkdir(parents=True, exist_ok=True)
        a.report.write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
