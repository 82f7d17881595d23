"""Train the event-coreference pair model on ECB+ train topics; write src/newsprism/events/data/event_coref.npz.

    python training/train_event_coref.py --features training/runs/ecb_train.npz \
        --triggers src/newsprism/events/data/event_triggers.npz \
        --write src/newsprism/events/data/event_coref.npz --report training/runs/coref_cv.json

Pairs: all pairs of trigger mentions within one sub-topic (one story) whose mentions a gold event mention
covers; positive when both gold mentions are in one gold cluster. Features: ``newsprism.events.coref.pair_matrix``
(the run-time code). Model: standardised logistic regression. The average-linkage threshold is chosen by
5-fold CV over topics: for each held-out fold, every trigger the head keeps is clustered and the gold mentions
are scored as the maintainers do (CoNLL F1, unmatched gold mentions alone).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from newsprism.events.coref import PAIR_FEATURES, PairInput, pair_matrix, unit_vectors  # noqa: E402
from newsprism.events.mentions import POS_FEATS, TriggerModel  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ecbplus import gold_mentions, load_scorer  # noqa: E402

GRID = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6]


def load_candidates(features: Path,
                    triggers: Path) -> tuple[list[dict], list[int], Callable[[list[int]], list[PairInput]]]:
    """The cached ECB+ mention candidates (``features``: states, sentence embeddings, trigger features, and their
    ``.json`` metadata): the metadata, the indices the trigger model keeps, and a function giving the
    ``PairInput``s of some of them, as the run-time coreference step builds them."""
    z = np.load(features, allow_pickle=False)
    meta = json.loads(features.with_suffix(".json").read_text())
    states = z["states"].astype(np.float32)
    embs = z["embs"].astype(np.float32)
    tm = TriggerModel.load(triggers)
    prob = tm.proba(np.concatenate([states, z["feats"]], axis=1))
    kept = [i for i, m in enumerate(meta) if m["pos"] in POS_FEATS and prob[i] >= tm.threshold[m["pos"]]]

    def inputs(idx: list[int]) -> list[PairInput]:
        return [PairInput(meta[i]["doc"], meta[i]["lemma"], meta[i]["text"], meta[i]["pos"], meta[i]["sentence"],
                          states[i], embs[i], {k: set(v) for k, v in meta[i]["args"].items()}, float(prob[i]))
                for i in idx]

    return meta, kept, inputs


def threshold_cuts(p: np.ndarray, grid: Sequence[float]) -> dict[float, np.ndarray]:
    """One story's mention clusters from its pair probabilities ``p`` (condensed, as ``pair_matrix`` orders the
    pairs): one average-linkage tree, cut at every merge threshold of ``grid``."""
    from scipy.cluster.hierarchy import fcluster, linkage

    tree = linkage((1.0 - p).astype(np.float64), method="average")
    return {t: fcluster(tree, t=1.0 - t, criterion="distance") for t in grid}


def best_overlap(gm, candidates: Sequence[int], meta: list[dict]) -> int | None:
    """The candidate mention of ``gm``'s document that overlaps the gold mention most (None: no overlap)."""
    best, size = None, 0
    for i in candidates:
        ov = min(gm.end, meta[i]["end"]) - max(gm.start, meta[i]["start"])
        if ov > size:
            best, size = i, ov
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--features", type=Path, required=True)
    ap.add_argument("--triggers", type=Path, required=True)
    ap.add_argument("--c", type=float, default=1.0)
    ap.add_argument("--bilinear", action="store_true", help="also learn weighted dot products of encoder vectors")
    ap.add_argument("--hidden", type=int, default=0, help="a tiny MLP with this many hidden units (0: logistic)")
    ap.add_argument("--write", type=Path)
    ap.add_argument("--report", type=Path)
    a = ap.parse_args()
    meta, kept, inputs = load_candidates(a.features, a.triggers)
    stories: dict[str, list[int]] = defaultdict(list)
    for i in kept:
        stories[meta[i]["story"]].append(i)

    names = sorted(stories)
    topic = {s: re.match(r"\d+", s).group(0) for s in names}
    cache: dict[str, tuple] = {}
    bil: dict[str, tuple] = {}
    for s in names:
        idx = stories[s]
        iu, ju, F = pair_matrix(inputs(idx))
        codes: dict[str, int] = {}
        g = np.array([codes.setdefault(meta[i]["gold"], len(codes)) if meta[i]["gold"] else -1 for i in idx])
        both = (g[iu] >= 0) & (g[ju] >= 0)
        lab = both & (g[iu] == g[ju])
        if a.bilinear:
            S, E = unit_vectors(inputs(idx))
            prod = np.concatenate([S[iu[both]] * S[ju[both]], E[iu[both]] * E[ju[both]]], axis=1)
            bil[s] = (S, E, prod.astype(np.float16))
        cache[s] = (idx, iu, ju, F.astype(np.float16), lab, both)
        print(s, len(idx), int(lab.sum()), flush=True)

    def fit(train: list[str]):
        F = np.concatenate([cache[s][3][cache[s][5]] for s in train]).astype(np.float32)
        if a.bilinear:
            F = np.concatenate([F, np.concatenate([bil[s][2] for s in train]).astype(np.float32)], axis=1)
        y = np.concatenate([cache[s][4][cache[s][5]] for s in train])
        mean, scale = F.mean(0), F.std(0)
        scale[scale < 1e-6] = 1.0
        if a.hidden:
            from sklearn.neural_network import MLPClassifier

            mlp = MLPClassifier(hidden_layer_sizes=(a.hidden,), alpha=1e-3, max_iter=200, early_stopping=True,
                                random_state=0).fit((F - mean) / scale, y)
            return mean, scale, mlp, 0.0, None, None
        clf = LogisticRegression(C=a.c, max_iter=1000).fit((F - mean) / scale, y)
        return fold(mean, scale, clf)

    def fold(mean, scale, clf):
        """(mean, scale, weight, bias, state_weight, sent_weight) with the product block folded into vectors."""
        k = len(PAIR_FEATURES)
        w = clf.coef_[0]
        b = float(clf.intercept_[0])
        if not a.bilinear:
            return mean, scale, w, b, None, None
        wp = w[k:] / scale[k:]
        b -= float((w[k:] * mean[k:] / scale[k:]).sum())
        return mean[:k], scale[:k], w[:k], b, wp[:384].astype(np.float32), wp[384:].astype(np.float32)

    def pair_p(s: str, model) -> np.ndarray:
        mean, scale, w, b, sw, ew = model
        idx, iu, ju, F, _lab, _both = cache[s]
        if a.hidden:
            return w.predict_proba((F.astype(np.float32) - mean) / scale)[:, 1]
        z = ((F.astype(np.float32) - mean) / scale) @ w + b
        if sw is not None:
            S, E = bil[s][0], bil[s][1]
            z = z + ((S * sw) @ S.T)[iu, ju] + ((E * ew) @ E.T)[iu, ju]
        return 1.0 / (1.0 + np.exp(-z))

    gold = gold_mentions(a.data, "train")
    sc = load_scorer()

    def conll_grid(stories_: list[str], model) -> dict[float, float]:
        """CoNLL F1 of the held-out stories at every threshold of GRID (one linkage per story)."""
        resp_ev: dict[float, dict[int, str]] = {t: {} for t in GRID}
        for s in stories_:
            idx, iu, ju, F, _lab, _both = cache[s]
            if len(idx) < 2:
                for t in GRID:
                    resp_ev[t].update({i: f"{s}:0" for i in idx})
                continue
            p = pair_p(s, model)
            for t, labels in threshold_cuts(p, GRID).items():
                for i, c in zip(idx, labels, strict=True):
                    resp_ev[t][i] = f"{s}:{c}"
        by_doc: dict[str, list[int]] = defaultdict(list)
        for s in stories_:
            for i in cache[s][0]:
                by_doc[meta[i]["doc"]].append(i)
        key, match = {}, {}
        held = {topic[s] for s in stories_}
        for gm in gold:
            if gm.topic not in held:
                continue
            key[gm.line] = gm.cluster
            match[gm.line] = best_overlap(gm, by_doc.get(gm.doc, []), meta)
        out = {}
        for t in GRID:
            resp = {ln: resp_ev[t][b] if b is not None else f"alone:{ln}" for ln, b in match.items()}
            out[t] = 100 * sc.conll(key, resp)[0]
        return out

    groups = np.array([topic[s] for s in names])
    folds = list(GroupKFold(n_splits=5).split(names, groups=groups))
    table = {t: [] for t in GRID}
    for tr, te in folds:
        model = fit([names[i] for i in tr])
        for t, v in conll_grid([names[i] for i in te], model).items():
            table[t].append(v)
        print("fold", {t: round(v[-1], 2) for t, v in table.items()}, flush=True)
    cv = {str(t): round(float(np.mean(v)), 2) for t, v in table.items()}
    best_t = max(GRID, key=lambda t: np.mean(table[t]))
    report = {"cv_conll_by_threshold": cv, "threshold": best_t, "features": list(PAIR_FEATURES),
              "bilinear": a.bilinear, "hidden": a.hidden}
    print(json.dumps(report), flush=True)
    if a.write:
        mean, scale, w, b, sw, ew = fit(names)
        extra = {"state_weight": sw, "sent_weight": ew} if sw is not None else {}
        if a.hidden:  # the MLP's two layers; the run time reads them in place of the linear weight
            extra = {"hidden_weight": w.coefs_[0].astype(np.float32), "hidden_bias": w.intercepts_[0].astype(np.float32),
                     "out_weight": w.coefs_[1][:, 0].astype(np.float32)}
            w, b = np.zeros(len(PAIR_FEATURES)), float(w.intercepts_[1][0])
        np.savez_compressed(a.write, mean=mean.astype(np.float32), scale=scale.astype(np.float32),
                            weight=w.astype(np.float32), bias=np.float32(b), threshold=np.float32(best_t), **extra)
        if not a.hidden:
            report["weights"] = dict(zip(PAIR_FEATURES, [round(float(x), 3) for x in w], strict=True))
        report["bytes"] = a.write.stat().st_size
    if a.report:
        a.report.write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
