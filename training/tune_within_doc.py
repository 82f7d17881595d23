"""The within-document merge threshold of the events layer, learned on ECB+ train topics (within-document gold).

    python training/tune_within_doc.py --features training/runs/ecb_train.npz \
        --triggers src/newsprism/events/data/event_triggers.npz --report training/runs/within_doc_cv.json

``analyze`` groups one document's trigger mentions into events by average linkage over the coreference pair
model's probabilities (``newsprism.events.coref``), clustering the document alone. The story-wide threshold
(``event_coref.npz``) was chosen for clustering whole stories. Here each document is clustered alone, as
``analyze`` does, and scored against its own gold clusters (ECB+ within-document coreference: a gold cluster
restricted to one document), by CoNLL F1 (MUC, B3, CEAF-e; ``../shared/tools/coref_score.py``) and by the
pairwise precision and recall of its merges. 5 folds grouped by topic: the pair model is refitted on the other
folds (the run-time features and model form of ``train_event_coref.py``) and the held-out fold's documents are
clustered at every threshold of a grid. The threshold with the best mean CoNLL F1 is the one written (as
``within_doc_threshold`` in ``src/newsprism/events/data/event_confidence.json`` by hand, with this report).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from newsprism.events.coref import pair_matrix  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ecbplus import gold_mentions, load_scorer  # noqa: E402
from train_event_coref import best_overlap, load_candidates, threshold_cuts  # noqa: E402

GRID = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--features", type=Path, required=True)
    ap.add_argument("--triggers", type=Path, required=True)
    ap.add_argument("--report", type=Path)
    ap.add_argument("--shipped", action="store_true",
                    help="score the shipped pair model (fitted on all train topics) instead of refitting per fold")
    a = ap.parse_args()
    meta, kept, inputs = load_candidates(a.features, a.triggers)

    docs: dict[str, list[int]] = defaultdict(list)
    for i in kept:
        docs[meta[i]["doc"]].append(i)
    topic_of = {d: re.match(r"\d+", meta[idx[0]]["story"]).group(0) for d, idx in docs.items()}
    # training pairs: every two gold-covered mentions of one document (the within-document task)
    cache = {}
    for d, idx in docs.items():
        iu, ju, F = pair_matrix(inputs(idx))
        g = np.array([hash(meta[i]["gold"]) if meta[i]["gold"] else 0 for i in idx])
        has = np.array([bool(meta[i]["gold"]) for i in idx])
        both = has[iu] & has[ju]
        cache[d] = (idx, iu, ju, F, both & (g[iu] == g[ju]), both)
    gold = gold_mentions(a.data, "train")
    sc = load_scorer()
    names = sorted(docs)
    folds = list(GroupKFold(n_splits=5).split(names, groups=[topic_of[d] for d in names]))
    table: dict[float, list[float]] = {t: [] for t in GRID}
    pairs: dict[float, list[list[int]]] = {t: [] for t in GRID}
    for tr, te in folds:
        F = np.concatenate([cache[names[i]][3][cache[names[i]][5]] for i in tr])
        y = np.concatenate([cache[names[i]][4][cache[names[i]][5]] for i in tr])
        mean, scale = F.mean(0), F.std(0)
        scale[scale < 1e-6] = 1.0
        clf = LogisticRegression(max_iter=1000).fit((F - mean) / scale, y)
        if a.shipped:
            from newsprism.events.coref import get_coref_model

            cm = get_coref_model()
            mean, scale = cm.mean, cm.scale
            clf.coef_, clf.intercept_ = cm.weight[None, :].astype(np.float64), np.array([cm.bias])
        held = [names[i] for i in te]
        resp_ev: dict[float, dict[int, str]] = {t: {} for t in GRID}
        tp = {t: [0, 0, 0] for t in GRID}  # true merges, predicted merges, gold merges (gold-covered pairs)
        for d in held:
            idx, iu, ju, F_, lab, both = cache[d]
            if len(idx) < 2:
                for t in GRID:
                    resp_ev[t].update({i: f"{d}:0" for i in idx})
                continue
            p = clf.predict_proba((F_ - mean) / scale)[:, 1]
            for t, lab_t in threshold_cuts(p, GRID).items():
                for i, c in zip(idx, lab_t, strict=True):
                    resp_ev[t][i] = f"{d}:{c}"
                same = lab_t[iu] == lab_t[ju]
                tp[t][0] += int((same & lab).sum())
                tp[t][1] += int((same & both).sum())
                tp[t][2] += int(lab.sum())
        held_docs = set(held)
        key, match = {}, {}
        for gm in gold:
            if gm.doc not in held_docs:
                continue
            key[gm.line] = f"{gm.doc}:{gm.cluster}"
            match[gm.line] = best_overlap(gm, docs.get(gm.doc, []), meta)
        for t in GRID:
            resp = {ln: resp_ev[t][b] if b is not None else f"alone:{ln}" for ln, b in match.items()}
            table[t].append(100 * sc.conll(key, resp)[0])
            pairs[t].append(tp[t])
        print("fold", {t: round(v[-1], 2) for t, v in table.items()}, flush=True)
    report = {"within_doc_conll_by_threshold": {str(t): round(float(np.mean(v)), 2) for t, v in table.items()},
              "merge_precision_recall_by_threshold": {
                  str(t): [round(sum(x[0] for x in v) / max(1, sum(x[1] for x in v)), 3),
                           round(sum(x[0] for x in v) / max(1, sum(x[2] for x in v)), 3)] for t, v in pairs.items()},
              "threshold": max(GRID, key=lambda t: float(np.mean(table[t])))}
    print(json.dumps(report, indent=1), flush=True)
    if a.report:
        a.report.write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
