"""Round 60: the act pair cross-encoder against round 58's within-document pair models on the SAME pairs.

    OMP_NUM_THREADS=1 NEWSPRISM_THREADS=1 PYTHONPATH=src .venv/bin/python training/ecb_features.py \
        --split dev --out training/runs/xenc60/ecb_dev.npz                       # the events cache of ECB+ dev
    OMP_NUM_THREADS=1 NEWSPRISM_THREADS=1 PYTHONPATH=src .venv/bin/python benchmarks/act_pair_within_doc.py \
        --train-cache /tmp/evc58/ecb_train.npz --dev-cache training/runs/xenc60/ecb_dev.npz \
        --model training/runs/xenc60/act_pair-int8.onnx

Pairs as ``within_doc_pair_screen.py`` step 1 builds them (round 58, evc58), but on the ECB+ **dev** topics (never
trained on by any of the three): every two candidate triggers the trigger head keeps in one document, both covering
a gold event mention, positive when the two gold mentions share a chain; "two lemmas" by the candidates' lemmas.
Scored by: the shipped ECB+ event pair model (``events.coref``), evc58's within-document logistic model (refitted
here on the train cache's pairs as round 58 did), and the cross-encoder, which reads the two GOLD mentions'
sentences with the gold triggers marked (``training/act_pair_model.py``). Printed as round 58's table: AUC, AUC of
two-lemma pairs, and two-lemma pairs / precision / recall at 0.5, 0.7, 0.8 (and at the cross-encoder's dev
thresholds given with ``--thresholds``). Part B (``--pairs``, ``--scores``): the story's shipped same-happening
model against the cross-encoder on the sampled dev pairs (``story_model``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT / "benchmarks"))
import act_pair_model as apm  # noqa: E402
import within_doc_pair_screen as wd  # noqa: E402
from ecbplus import gold_mentions  # noqa: E402

from newsprism.story.happening import p_same  # noqa: E402

DATA = ROOT.parent / "shared" / "data"


def pairs_of(cache: Path) -> dict[str, np.ndarray]:
    """``within_doc_pair_screen.ecb_pairs`` without the state products, with each side's gold mention line kept."""
    return wd.ecb_pairs(cache, products=False, lines=True)


def clauses(split: str) -> dict[str, apm.Clause]:
    """Each gold mention line of ``split`` as its sentence with the gold trigger's offsets."""
    out = {}
    texts: dict[str, str] = {}
    gj: dict[str, dict] = {}
    for g in gold_mentions(DATA, split):
        kind = "ecbplus" if g.doc.endswith("ecbplus") else "ecb"
        if g.topic not in gj:
            gj[g.topic] = json.loads((DATA / "ecbplus" / g.topic / "gold.json").read_text())
        if g.doc not in texts:
            texts[g.doc] = (DATA / "ecbplus" / g.topic / f"{g.topic}{kind}" / f"{g.doc}.txt").read_text()
        for s in gj[g.topic]["documents"][g.doc]["sentences"]:
            if s["start"] <= g.start < s["end"]:
                out[g.line] = apm.Clause(texts[g.doc][s["start"]:s["end"]], g.start - s["start"],
                                         g.end - s["start"])
    return out


def report(name: str, y: np.ndarray, p: np.ndarray, cross: np.ndarray, ts: list[float]) -> None:
    out = f"{name:14s} AUC {roc_auc_score(y, p):.3f}, two lemmas {roc_auc_score(y[cross], p[cross]):.3f}"
    for t in ts:
        f = cross & (p >= t)
        prec = float(y[f].mean()) if f.any() else 0.0
        out += f" | @{t:g}: {int(f.sum())}, {prec:.2f}, {y[f].sum() / max(int(y[cross].sum()), 1):.2f}"
    print(out, flush=True)


def story_model(cache: Path, pairs: Path, scores: Path) -> None:
    """Part B: the sampled dev pairs of ``act_pair_data.py`` (``--pairs``, scored by ``eval_act_pair.py
    --scores``), each gold mention given the dev cache candidate that covers it (its lemma, sentence embedding,
    names and dates): the story's shipped same-happening model (``happening.p_same``, head ``general``) against the
    cross-encoder on the pairs where both sides have a candidate. Two lemmas by the data's lemmas."""
    meta = json.loads(cache.with_suffix(".json").read_text())
    embs = np.load(cache, allow_pickle=False)["embs"].astype(np.float32)
    embs /= np.maximum(np.linalg.norm(embs, axis=1, keepdims=True), 1e-9)
    by_line = {m["gold_line"]: i for i, m in enumerate(meta) if m.get("gold_line") is not None}
    rows = [json.loads(x) for x in pairs.read_text(encoding="utf-8").splitlines() if x.strip()]
    z = np.load(scores)
    xenc, y = z["p"], z["y"]
    keep, ps, share = [], [], []
    for n, r in enumerate(rows):
        i, j = by_line.get(r["a_id"]), by_line.get(r["b_id"])
        if i is None or j is None:
            continue
        a, b = meta[i], meta[j]
        ps.append(p_same(a["lemma"], b["lemma"], float(embs[i] @ embs[j]), set(a["args"].get("sentence", [])),
                         set(b["args"].get("sentence", [])), set(a["args"].get("date", [])),
                         set(b["args"].get("date", []))))
        keep.append(n)
        roles = ("agent", "patient", "patient_id")
        share.append(bool({x for r in roles for x in a["args"].get(r, [])}
                          & {x for r in roles for x in b["args"].get(r, [])}))
    k = np.array(keep)
    cross = ~np.array([rows[n]["same_lemma"] for n in keep])
    across = ~np.array([rows[n]["same_doc"] for n in keep])
    print(f"Part B: sampled dev pairs {len(rows)}, both sides covered by a candidate {len(k)} "
          f"(two lemmas {int(cross.sum())}, of them across documents {int((cross & across).sum())})")
    ts = [0.5, 0.7, 0.8]
    report("story p_same", y[k], np.array(ps), cross, ts)
    report("cross-encoder", y[k], xenc[k], cross, ts)
    print("across documents only:")
    report("story p_same", y[k][across], np.array(ps)[across], cross[across], ts)
    report("cross-encoder", y[k][across], xenc[k][across], cross[across], ts)
    sh = np.array(share)
    print(f"pairs whose two candidates share an agent or patient (as the one-act tests ask a shared participant): "
          f"{int(sh.sum())}, two lemmas {int((sh & cross).sum())}, of them one act {int(y[k][sh & cross].sum())}")
    report("story p_same", y[k][sh], np.array(ps)[sh], cross[sh], [*ts, 0.9])
    report("cross-encoder", y[k][sh], xenc[k][sh], cross[sh], [*ts, 0.9])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train-cache", type=Path, required=True)
    ap.add_argument("--dev-cache", type=Path, required=True)
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--thresholds", type=float, nargs="*", default=[])
    ap.add_argument("--pairs", type=Path, help="part B: the sampled dev pairs (act_pair_data.py)")
    ap.add_argument("--scores", type=Path, help="part B: their cross-encoder scores (eval_act_pair.py --scores)")
    ap.add_argument("--only-b", action="store_true", help="part B only")
    args = ap.parse_args()
    if args.pairs and args.scores:
        story_model(args.dev_cache, args.pairs, args.scores)
    if args.only_b:
        return
    train = pairs_of(args.train_cache)
    evc58 = wd.Standard(train["X"], train["y"].astype(int), LogisticRegression(C=1.0, max_iter=2000))
    dev = pairs_of(args.dev_cache)
    y, X = dev["y"].astype(int), dev["X"]
    cross = X[:, 0] == 0  # same_lemma is the first pair feature
    cl = clauses("dev")
    pairs = [apm.ActPair(cl[a], cl[b]) for a, b in zip(dev["line_a"], dev["line_b"], strict=True)]
    xenc = apm.ActPairModel(args.model).probability(pairs)
    same_gold = np.array([a == b for a, b in zip(dev["line_a"], dev["line_b"], strict=True)])
    print(f"ECB+ dev within-document pairs {len(y)}, coreferent {int(y.sum())}; of two lemmas {int(cross.sum())}, "
          f"coreferent {int(y[cross].sum())}; pairs whose two candidates cover one gold mention {int(same_gold.sum())}"
          " (kept, as round 58 kept them)")
    print("columns: two lemmas @t: pairs, precision, recall")
    ts = [0.5, 0.7, 0.8, *args.thresholds]
    report("shipped", y, dev["shipped"], cross, ts)
    report("evc58 logit", y, evc58.proba(X), cross, ts)
    report("cross-encoder", y, xenc, cross, ts)
    m = ~same_gold
    print("without pairs of one gold mention:")
    report("shipped", y[m], dev["shipped"][m], cross[m], ts)
    report("evc58 logit", y[m], evc58.proba(X)[m], cross[m], ts)
    report("cross-encoder", y[m], xenc[m], cross[m], ts)


if __name__ == "__main__":
    main()
