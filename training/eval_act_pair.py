"""Round 60: figures of the act pair cross-encoder on ECB+ dev pairs (never trained on), and its dev threshold.

    OMP_NUM_THREADS=1 NEWSPRISM_THREADS=1 PYTHONPATH=src .venv/bin/python training/eval_act_pair.py \
        --pairs training/runs/xenc60/dev.jsonl --model training/runs/xenc60/act_pair-int8.onnx \
        [--compare training/runs/xenc60/act_pair-fp32.onnx] --out training/runs/xenc60/dev_eval.json

Scores every pair through the run-time wrapper (``act_pair_model.ActPairModel``: both orders, logits
averaged, one onnxruntime thread). Prints AUC over all pairs, pairs of two trigger lemmas (``cross``), and their
within-document / cross-document parts; precision and recall of cross-lemma pairs at the lowest threshold (grid of
0.01) where cross-lemma precision reaches 0.9 and 0.8, and at 0.5; with ``--compare``, the AUC of a second file
(fp32) on the same pairs and the largest probability difference; and CPU ms per pair order as shipped (one pair a batch) and at batch 16.
The dev pairs are sampled (positives: all cross-lemma + as many same-lemma; negatives twice the positives, half
hard), so precision there is at that mix, not at a story's own rate of one act among its pairs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
import act_pair_model as apm  # noqa: E402


def load(path: Path) -> tuple[list[apm.ActPair], list[dict]]:
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    pairs = [apm.ActPair(apm.Clause(r["a"]["text"], r["a"]["start"], r["a"]["end"]),
                         apm.Clause(r["b"]["text"], r["b"]["start"], r["b"]["end"])) for r in rows]
    return pairs, rows


def at(y: np.ndarray, p: np.ndarray, t: float) -> dict[str, float]:
    f = p >= t
    return {"t": round(t, 2), "flagged": int(f.sum()), "precision": round(float(y[f].mean()), 3) if f.any() else 0.0,
            "recall": round(float(y[f].sum() / max(1, y.sum())), 3)}


def threshold(y: np.ndarray, p: np.ndarray, target: float) -> dict[str, float] | None:
    for t in np.arange(0.01, 1.0, 0.01):
        r = at(y, p, float(t))
        if r["flagged"] >= 10 and r["precision"] >= target:
            return r
    return None


def figures(y: np.ndarray, p: np.ndarray, cross: np.ndarray, same_doc: np.ndarray) -> dict:
    def auc(m: np.ndarray) -> float | None:
        return round(float(roc_auc_score(y[m], p[m])), 4) if len(set(y[m].tolist())) == 2 else None

    out: dict = {"pairs": int(len(y)), "positive": int(y.sum()), "cross_pairs": int(cross.sum()),
                 "cross_positive": int(y[cross].sum()),
                 "auc_all": auc(np.ones(len(y), bool)), "auc_cross": auc(cross), "auc_same_lemma": auc(~cross),
                 "auc_cross_within_doc": auc(cross & same_doc), "auc_cross_across_docs": auc(cross & ~same_doc),
                 "auc_within_doc": auc(same_doc)}
    for target in (0.9, 0.8):
        r = threshold(y[cross], p[cross], target)
        out[f"cross_at_precision_{target}"] = r
        if r:
            out[f"all_at_precision_{target}_threshold"] = at(y, p, r["t"])
            out[f"cross_within_doc_at_{target}_threshold"] = at(y[cross & same_doc], p[cross & same_doc], r["t"])
    out["cross_at_0.5"] = at(y[cross], p[cross], 0.5)
    return out


def batch16(model: apm.ActPairModel, pairs: list[apm.ActPair]) -> dict[str, float]:
    """CPU ms per pair order when rows run 16 a batch (length-sorted), for the speed figure only."""
    model._load()
    texts = sorted((t for p in pairs for t in ((apm.format_side(p.a), apm.format_side(p.b)),
                                               (apm.format_side(p.b), apm.format_side(p.a)))),
                   key=lambda t: len(t[0]) + len(t[1]))
    t0 = time.process_time()
    for k in range(0, len(texts), 16):
        ids, mask, types = apm.encode(model._tok, texts[k:k + 16])
        model._session.run(["logit"], {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})
    return {"cpu": round(1000 * (time.process_time() - t0) / max(1, len(texts)), 2), "rows": len(texts)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pairs", type=Path, required=True)
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--compare", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--scores", type=Path, help="write the probabilities (npz)")
    args = ap.parse_args()
    pairs, rows = load(args.pairs)
    y = np.array([r["label"] for r in rows], dtype=int)
    cross = ~np.array([r["same_lemma"] for r in rows])
    same_doc = np.array([r["same_doc"] for r in rows])
    model = apm.ActPairModel(args.model)
    t0 = time.process_time()
    w0 = time.time()
    p = model.probability(pairs)
    cpu, wall = time.process_time() - t0, time.time() - w0
    res = {"model": str(args.model), "dev": figures(y, p, cross, same_doc),
           "ms_per_pair_order": {"cpu": round(1000 * cpu / (2 * len(pairs)), 2),
                                 "wall": round(1000 * wall / (2 * len(pairs)), 2),
                                 "batch": "one pair (its two orders)", "threads": 1},
           "ms_per_pair_order_batch16": batch16(model, pairs[:256])}
    if args.compare:
        q = apm.ActPairModel(args.compare).probability(pairs)
        res["compare"] = {"model": str(args.compare), "auc_all": round(float(roc_auc_score(y, q)), 4),
                          "auc_cross": round(float(roc_auc_score(y[cross], q[cross])), 4),
                          "max_abs_prob_diff": round(float(np.abs(p - q).max()), 4),
                          "mean_abs_prob_diff": round(float(np.abs(p - q).mean()), 4)}
    if args.scores:
        np.savez_compressed(args.scores, p=p, y=y, cross=cross, same_doc=same_doc)
    text = json.dumps(res, indent=1)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")


if __name__ == "__main__":
    main()
