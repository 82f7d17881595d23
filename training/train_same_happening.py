"""Train the story's same-happening pair model on ECB+ train topics; write src/newsprism/story/data/same_happening.npz.

    python training/ecb_features.py --split train --out training/runs/ecb_train.npz   # ~30 min, the events cache
    python training/ecb_features.py --split dev --out training/runs/ecb_dev.npz       # only for --dev
    python training/train_same_happening.py --features training/runs/ecb_train.npz \
        --dev training/runs/ecb_dev.npz \
        --write src/newsprism/story/data/same_happening.npz --report training/runs/story/same_happening.json

ECB+ was built so that each topic holds two similar but different happenings (the ECB and the ECB+ sub-topic:
two earthquakes, two arrests of one actor). Pairs: every two gold event mentions of one topic in two different
documents (the story compares sources, never a document with itself); positive when both are in one gold
cluster. Pairs across the two sub-topics are the hard negatives: the same verb, often the same names, another
happening. Features: only what the story comparison has for two sentences of two stored documents (no parse, no
token states): the predicates' lemmas, the shared encoder's sentence embeddings, the names in each sentence and
the dates in each sentence (``newsprism.story.happening.pair_features``, the run-time code). Two standardised
logistic regressions: ``general`` (dates of the sentences included) and ``no_date`` (for date flags, whose two
dates differ by construction). Figures are 5-fold cross-validated, grouped by topic; the write refits on all.
``--dev`` also scores the refit model on the ECB+ dev topics (never fitted on). Every figure is given for all pairs,
for pairs of one predicate lemma and for pairs of two (``other_lemma``: one happening told with two verbs).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, roc_auc_score
from sklearn.model_selection import GroupKFold
from threadpoolctl import threadpool_limits

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from newsprism.story.happening import FEATURES, HEADS, pair_features  # noqa: E402


def build(features: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(features, labels, topic per pair, same-lemma flag per pair) over cross-document gold pairs."""
    z = np.load(features, allow_pickle=False)
    meta = json.loads(features.with_suffix(".json").read_text())
    embs = z["embs"].astype(np.float32)
    embs /= np.maximum(np.linalg.norm(embs, axis=1, keepdims=True), 1e-9)
    by_topic: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(meta):
        if m["gold"]:
            by_topic[re.match(r"\d+", m["story"]).group(0)].append(i)  # type: ignore[union-attr]
    X, y, g, lem = [], [], [], []
    for t, idx in sorted(by_topic.items()):
        iu, ju = np.triu_indices(len(idx), k=1)
        docs = np.array([meta[i]["doc"] for i in idx])
        keep = docs[iu] != docs[ju]
        iu, ju = iu[keep], ju[keep]
        E = embs[idx]
        cos = np.einsum("ij,ij->i", E[iu], E[ju])
        names = [frozenset(meta[i]["args"].get("sentence", [])) for i in idx]
        dates = [frozenset(meta[i]["args"].get("date", [])) for i in idx]
        lemmas = [meta[i]["lemma"] for i in idx]
        for a, b, c in zip(iu, ju, cos, strict=True):
            X.append(pair_features(lemmas[a], lemmas[b], float(c), names[a], names[b], dates[a], dates[b]))
            y.append(meta[idx[a]]["gold"] == meta[idx[b]]["gold"])
            g.append(t)
            lem.append(lemmas[a] == lemmas[b])
    return np.array(X, dtype=np.float32), np.array(y), np.array(g), np.array(lem)


def fit(X: np.ndarray, y: np.ndarray, c: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    mean, scale = X.mean(0), X.std(0)
    scale[scale < 1e-6] = 1.0
    clf = LogisticRegression(C=c, max_iter=2000).fit((X - mean) / scale, y)
    return mean, scale, clf.coef_[0], float(clf.intercept_[0])


def proba(m: tuple[np.ndarray, np.ndarray, np.ndarray, float], X: np.ndarray) -> np.ndarray:
    mean, scale, w, b = m
    return 1.0 / (1.0 + np.exp(-(((X - mean) / scale) @ w + b)))


def reliability(p: np.ndarray, y: np.ndarray) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for lo in np.arange(0.0, 1.0, 0.1):
        sel = (p >= lo) & (p < lo + 0.1 if lo < 0.9 else p <= 1.0)
        if sel.any():
            out.append({"bin": f"{lo:.1f}-{lo + 0.1:.1f}", "n": int(sel.sum()), "mean_p": round(float(p[sel].mean()), 3),
                        "same": round(float(y[sel].mean()), 3)})
    return out


def scores(p: np.ndarray, y: np.ndarray, lem: np.ndarray) -> dict[str, object]:
    """AUC, Brier, base rate, precision / recall at the thresholds and reliability: all pairs, one lemma, two."""
    res: dict[str, object] = {}
    for name, sel in (("all", np.ones(len(y), dtype=bool)), ("same_lemma", lem), ("other_lemma", ~lem)):
        q, t = p[sel], y[sel]
        prec = {}
        for thr in (0.3, 0.4, 0.5, 0.6, 0.7):
            k = q >= thr
            prec[str(thr)] = {"precision": round(float(t[k].mean()), 3) if k.any() else None,
                              "recall": round(float(k[t].mean()), 3), "pairs": int(k.sum())}
        res[name] = {"pairs": int(sel.sum()), "auc": round(float(roc_auc_score(t, q)), 4),
                     "brier": round(float(brier_score_loss(t, q)), 4), "base_rate": round(float(t.mean()), 3),
                     "at_threshold": prec, "reliability": reliability(q, t)}
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--features", type=Path, required=True, help="the ECB+ train cache of training/ecb_features.py")
    ap.add_argument("--c", type=float, default=1.0)
    ap.add_argument("--dev", type=Path, help="the ECB+ dev cache: score the refit model on it")
    ap.add_argument("--drop", nargs="*", default=[], help="leave these FEATURES out (the before of an added one)")
    ap.add_argument("--write", type=Path)
    ap.add_argument("--report", type=Path)
    a = ap.parse_args()
    if a.drop and a.write:
        ap.error("--drop is for measuring only: the run time reads every feature of HEADS")
    X, y, g, lem = build(a.features)
    print("pairs", len(y), "positive", int(y.sum()), "same lemma", int(lem.sum()), flush=True)
    report: dict[str, object] = {"pairs": int(len(y)), "positive": int(y.sum()), "same_lemma_pairs": int(lem.sum()),
                                 "topics": int(len(set(g.tolist()))), "features": list(FEATURES), "dropped": a.drop,
                                 "heads": {}}
    if a.dev:
        Xd, yd, _gd, lemd = build(a.dev)
    folds = list(GroupKFold(n_splits=5).split(X, y, groups=g))
    written: dict[str, np.ndarray] = {}
    for head, all_cols in HEADS.items():
        cols = [k for k in all_cols if FEATURES[k] not in a.drop]
        Xh = X[:, cols]
        oof = np.zeros(len(y))
        for tr, te in folds:
            oof[te] = proba(fit(Xh[tr], y[tr], a.c), Xh[te])
        res = scores(oof, y, lem)
        report["heads"][head] = res  # type: ignore[index]
        print(head, "cv", *(f"{k} auc {res[k]['auc']} p@0.5 {res[k]['at_threshold']['0.5']}"  # type: ignore[index]
                             for k in res), flush=True)
        mean, scale, w, b = fit(Xh, y, a.c)
        if a.dev:
            dres = scores(proba((mean, scale, w, b), Xd[:, cols]), yd, lemd)
            res["dev"] = dres
            print(head, "dev", *(f"{k} auc {dres[k]['auc']} p@0.5 {dres[k]['at_threshold']['0.5']}"  # type: ignore[index]
                                 for k in dres), flush=True)
        written.update({f"{head}_mean": mean, f"{head}_scale": scale, f"{head}_weight": w,
                        f"{head}_bias": np.asarray(b, dtype=np.float32)})
        report["heads"][head]["weights"] = {FEATURES[k]: round(float(v), 3) for k, v in zip(cols, w, strict=True)}  # type: ignore[index]
    if a.write:
        arrays: dict[str, Any] = {k: np.asarray(v, dtype=np.float32) for k, v in written.items()}
        np.savez_compressed(a.write, **arrays)
        report["bytes"] = a.write.stat().st_size
    if a.report:
        a.report.parent.mkdir(parents=True, exist_ok=True)
        a.report.write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    # One BLAS thread: the solver's sums then run in one order whatever OMP_NUM_THREADS says (two threads moved the
    # weights by up to 1e-4), so the write is the same bytes on every machine setting (np.savez_compressed gives its
    # members zip's fixed 1980 time, no clock: the bytes follow the arrays, and `cmp` checks the shipped file).
    with threadpool_limits(limits=1):
        main()
