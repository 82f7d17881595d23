"""Fit the lexical weights of the cross-document coreference pair model (round 55, issue 11) on ECB+ train topics,
choose the features and the regularisation on ECB+ dev topics, and write ``event_coref_lexical.npz``:
``lex_weight``, one weight per :data:`newsprism.events.coref.LEX_PAIR_FEATURES` (the base model's file is not touched).

    python training/train_event_coref_lexical.py --train training/runs/ecb_train.npz --dev training/runs/ecb_dev.npz \
        --triggers src/newsprism/events/data/event_triggers.npz --base src/newsprism/events/data/event_coref.npz \
        --write src/newsprism/events/data/event_coref_lexical.npz --report training/runs/coref_lexical.json

(``--train`` / ``--dev``: ``training/ecb_features.py --split train`` / ``--split dev`` caches.) The base model
(``train_event_coref.py``) is frozen: its logit is the offset of a logistic regression over the lexical features
of every pair of two documents' gold-covered trigger mentions (ECB+'s pairs, as the base fit reads them), with an
L2 penalty ``1 / (2 C)``. Two mentions of one document have no lexical feature, so every within-document
probability stays the base model's. Chosen on the dev topics (never on the wire sets): among the feature subsets
and C whose cross-document pair AUC and average precision on dev are not below the base model's, the one with the
highest dev CoNLL F1 at the base model's average-linkage threshold (ties: the higher average precision, then fewer
features, then the smaller C); none such: all weights 0. The report gives every candidate's dev CoNLL, pair AUC and
average precision beside the base model's.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.metrics import average_precision_score, roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from newsprism.events.coref import LEX_PAIR_FEATURES, CorefModel, lexical_matrix, pair_matrix  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ecbplus import gold_mentions, load_scorer  # noqa: E402
from train_event_coref import best_overlap, load_candidates, threshold_cuts  # noqa: E402

C_GRID = (0.01, 0.1, 1.0, 10.0)


def story_pairs(features: Path, triggers: Path, base: CorefModel) -> tuple[list[dict], dict[str, tuple]]:
    """Per story (sub-topic): (mention indices, iu, ju, base logit, lexical features, gold label, gold-covered, two
    documents), as the run-time coreference step reads the story's kept trigger mentions."""
    meta, kept, inputs = load_candidates(features, triggers)
    stories: dict[str, list[int]] = defaultdict(list)
    for i in kept:
        stories[meta[i]["story"]].append(i)
    out: dict[str, tuple] = {}
    for s in sorted(stories):
        idx = stories[s]
        ms = inputs(idx)
        iu, ju, F = pair_matrix(ms)
        z0 = base.logit(F).astype(np.float64)
        L = lexical_matrix(ms, iu, ju, F).astype(np.float64)
        codes: dict[str, int] = {}
        g = np.array([codes.setdefault(meta[i]["gold"], len(codes)) if meta[i]["gold"] else -1 for i in idx])
        both = (g[iu] >= 0) & (g[ju] >= 0)
        docs = np.array([meta[i]["doc"] for i in idx])
        cross = docs[iu] != docs[ju] if len(iu) else np.zeros(0, dtype=bool)
        out[s] = (idx, iu, ju, z0, L, both & (g[iu] == g[ju]), both, cross)
    return meta, out


def fit_offset(z0: np.ndarray, X: np.ndarray, y: np.ndarray, c: float, steps: int = 50) -> np.ndarray:
    """The weights w minimising sum log-loss(sigmoid(z0 + X w), y) + |w|^2 / (2 c) (Newton's method)."""
    w = np.zeros(X.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(z0 + X @ w)))
        grad = X.T @ (p - y) + w / c
        hess = (X * (p * (1 - p))[:, None]).T @ X + np.eye(X.shape[1]) / c
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def conll(stories: dict[str, tuple], meta: list[dict], gold: list, w: np.ndarray, threshold: float) -> float:
    """CoNLL F1 of the stories' gold mentions with the lexical weights ``w``, clustered at ``threshold``."""
    sc = load_scorer()
    resp_ev: dict[int, str] = {}
    by_doc: dict[str, list[int]] = defaultdict(list)
    for s, (idx, _iu, _ju, z0, L, _lab, _both, _cross) in stories.items():
        for i in idx:
            by_doc[meta[i]["doc"]].append(i)
        if len(idx) < 2:
            resp_ev.update({i: f"{s}:0" for i in idx})
            continue
        p = 1.0 / (1.0 + np.exp(-(z0 + L @ w)))
        labels = threshold_cuts(p, [threshold])[threshold]
        resp_ev.update({i: f"{s}:{c}" for i, c in zip(idx, labels, strict=True)})
    key, resp = {}, {}
    for gm in gold:
        key[gm.line] = gm.cluster
        b = best_overlap(gm, by_doc.get(gm.doc, []), meta)
        resp[gm.line] = resp_ev[b] if b is not None else f"alone:{gm.line}"
    return 100 * sc.conll(key, resp)[0]


def pair_scores(stories: dict[str, tuple], w: np.ndarray) -> tuple[float, float]:
    """(AUC, average precision) over every gold-covered pair of two documents."""
    ys, ps = [], []
    for _idx, _iu, _ju, z0, L, lab, both, cross in stories.values():
        m = both & cross
        ys.append(lab[m])
        ps.append(1.0 / (1.0 + np.exp(-(z0[m] + L[m] @ w))))
    y, p = np.concatenate(ys), np.concatenate(ps)
    return float(roc_auc_score(y, p)), float(average_precision_score(y, p))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--train", type=Path, required=True)
    ap.add_argument("--dev", type=Path, required=True)
    ap.add_argument("--triggers", type=Path, required=True)
    ap.add_argument("--base", type=Path, required=True, help="the base pair model (train_event_coref.py's file)")
    ap.add_argument("--write", type=Path)
    ap.add_argument("--report", type=Path)
    a = ap.parse_args()
    base = CorefModel.load(a.base)
    if base.hidden_weight is not None or base.state_weight is not None:
        raise SystemExit("--base must be a plain logistic base model (no hidden or bilinear arrays)")
    meta_tr, train = story_pairs(a.train, a.triggers, base)
    meta_dev, dev = story_pairs(a.dev, a.triggers, base)
    gold_dev = gold_mentions(a.data, "dev")
    rows = [(z0[m], L[m], lab[m]) for _i, _u, _j, z0, L, lab, both, cross in train.values()
            for m in [both & cross]]
    z0 = np.concatenate([r[0] for r in rows])
    X = np.concatenate([r[1] for r in rows])
    y = np.concatenate([r[2] for r in rows]).astype(np.float64)
    k = len(LEX_PAIR_FEATURES)
    counts = {name: {"pairs": int((X[:, c] > 0).sum()), "positive": int(((X[:, c] > 0) & (y > 0)).sum())}
              for c, name in enumerate(LEX_PAIR_FEATURES)}
    print("train cross-document pairs", len(y), "positive", int(y.sum()), counts, flush=True)
    zero = np.zeros(k)
    auc0, ap0 = pair_scores(dev, zero)
    base_row = {"features": [], "c": None, "weights": [0.0] * k,
                "dev_conll": round(float(conll(dev, meta_dev, gold_dev, zero, base.threshold)), 3),
                "dev_auc": round(auc0, 4), "dev_ap": round(ap0, 4)}
    print("base", base_row, flush=True)
    cands = []
    for r in range(1, k + 1):
        for subset in itertools.combinations(range(k), r):
            for c in C_GRID:
                w = np.zeros(k)
                w[list(subset)] = fit_offset(z0, X[:, list(subset)], y, c)
                auc, ap_ = pair_scores(dev, w)
                row = {"features": [LEX_PAIR_FEATURES[i] for i in subset], "c": c,
                       "weights": [round(float(x), 4) for x in w],
                       "dev_conll": round(float(conll(dev, meta_dev, gold_dev, w, base.threshold)), 3),
                       "dev_auc": round(auc, 4), "dev_ap": round(ap_, 4)}
                print(row, flush=True)
                cands.append((row, w))
    fair = [(r, w) for r, w in cands if r["dev_auc"] >= base_row["dev_auc"] and r["dev_ap"] >= base_row["dev_ap"]]
    best_row, best_w = max(fair, key=lambda t: (t[0]["dev_conll"], t[0]["dev_ap"], -len(t[0]["features"]),
                                                -t[0]["c"])) if fair else (base_row, zero)
    report = {"train_pairs": len(y), "train_positive": int(y.sum()), "feature_counts": counts, "base": base_row,
              "candidates": [r for r, _ in cands], "chosen": best_row, "threshold": base.threshold}
    print("chosen", best_row, flush=True)
    if a.write:
        np.savez_compressed(a.write, lex_weight=best_w.astype(np.float32))
        report["bytes"] = a.write.stat().st_size
    if a.report:
        a.report.parent.mkdir(parents=True, exist_ok=True)
        a.report.write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
