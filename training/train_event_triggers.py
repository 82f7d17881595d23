"""Train the event-trigger head on ECB+ train topics and write src/newsprism/events/data/event_triggers.npz.

    python training/ecb_features.py --split train --out training/runs/ecb_train.npz
    python training/train_event_triggers.py --features training/runs/ecb_train.npz \
        --write src/newsprism/events/data/event_triggers.npz --report training/runs/triggers_cv.json

Examples: every candidate token (content verb, noun, adjective, named event) in the annotated ("selected")
sentences of ECB+ train documents; positive when a gold event mention covers it. ECB+ annotates the events of
those sentences nearly exhaustively (88% of verbs there are events), so the rest are fair negatives.
Model: standardised logistic regression over the encoder state + POS/tag/dependency one-hots. Per word class
threshold: the lowest probability that keeps precision >= the target on out-of-fold predictions (folds by topic).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from newsprism.events.mentions import POS_FEATS  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ecbplus import subtopic_dirs  # noqa: E402


def selected_spans(root: Path) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    for d in subtopic_dirs(root, "train"):
        g = json.loads((d.parent / "gold.json").read_text())
        for doc, info in g["documents"].items():
            out[doc] = [(s["start"], s["end"]) for s in info["sentences"] if s["selected"]]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--features", type=Path, required=True)
    ap.add_argument("--c", type=float, default=0.05)
    ap.add_argument("--precision", type=float, default=0.6, help="per-class precision target for the threshold")
    ap.add_argument("--write", type=Path)
    ap.add_argument("--report", type=Path)
    a = ap.parse_args()
    z = np.load(a.features, allow_pickle=False)
    meta = json.loads(a.features.with_suffix(".json").read_text())
    sel = selected_spans(a.data)
    keep = np.array([any(s <= m["start"] < e for s, e in sel.get(m["doc"], [])) for m in meta])
    X = np.concatenate([z["states"].astype(np.float32), z["feats"]], axis=1)[keep]
    y = np.array([m["gold"] is not None for m in meta])[keep].astype(int)
    pos = np.array([m["pos"] for m in meta])[keep]
    groups = np.array([m["story"].rstrip("plus").rstrip("ecb") for m in meta])[keep]
    print(f"{len(y)} candidates in selected sentences, {y.mean():.3f} events", flush=True)

    def fit(Xa: np.ndarray, ya: np.ndarray):
        mean, scale = Xa.mean(0), Xa.std(0)
        scale[scale < 1e-6] = 1.0
        clf = LogisticRegression(C=a.c, max_iter=500, class_weight="balanced").fit((Xa - mean) / scale, ya)
        return mean, scale, clf

    oof = np.zeros(len(y))
    for tr, te in GroupKFold(n_splits=5).split(X, y, groups):
        mean, scale, clf = fit(X[tr], y[tr])
        oof[te] = clf.predict_proba((X[te] - mean) / scale)[:, 1]
    report: dict = {"candidates": int(len(y)), "events": int(y.sum()), "per_pos": {}}
    thresholds = []
    for p in POS_FEATS:
        m = pos == p
        best = 0.5
        if m.sum() and y[m].sum():
            for t in np.linspace(0.05, 0.95, 91):
                hit = oof[m] >= t
                prec = y[m][hit].mean() if hit.any() else 0.0
                if prec >= a.precision:
                    best = float(t)
                    break
            hit = oof[m] >= best
            report["per_pos"][p] = {"n": int(m.sum()), "events": int(y[m].sum()), "threshold": round(best, 2),
                                    "precision": round(float(y[m][hit].mean()) if hit.any() else 0.0, 3),
                                    "recall": round(float(hit[y[m] == 1].mean()), 3)}
        thresholds.append(best)
    hit = np.array([oof[i] >= thresholds[POS_FEATS.index(pos[i])] if pos[i] in POS_FEATS else False
                    for i in range(len(y))])
    report["oof"] = {"precision": round(float(y[hit].mean()), 3), "recall": round(float(hit[y == 1].mean()), 3)}
    print(json.dumps(report, indent=1), flush=True)
    if a.write:
        mean, scale, clf = fit(X, y)
        np.savez_compressed(a.write, mean=mean.astype(np.float32), scale=scale.astype(np.float32),
                            weight=clf.coef_[0].astype(np.float32), bias=np.float32(clf.intercept_[0]),
                            threshold=np.array(thresholds, dtype=np.float32))
        report["bytes"] = a.write.stat().st_size
    if a.report:
        a.report.write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
