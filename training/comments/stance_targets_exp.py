"""Round-7 experiment (issue 15): do more targets raise stance toward a target never seen in training?

The any-target head was trained on 4 SemEval-2016 targets + VAST + our story set when it is measured leave one
target out. This adds stance-toward-a-claim data with many targets (``training/comments/data.py``):

* Emergent ``train`` (``../shared/data/nli/emergent``; 2,071 article headlines toward 240 rumour claims; its
  ``test`` claims are not used): for -> favor, against -> against, observing -> neutral;
* FNC-1 (``../shared/data/agreement/fnc1``, the 60% of its test bodies we hold; 4,161 related pairs, 826
  headlines): the body cut to the 2 sentences nearest the headline; agree -> favor, disagree -> against,
  discuss -> neutral (``fnc_unrel``: plus one unrelated body per headline as neutral).

Each route runs on exactly the shipped head's folds and training sets (``train_stance.evaluate_any_target``:
LOTO over the 5 SemEval targets with the other 4 + VAST + stories at weight 10; in-target 5-fold; VAST 5-fold
with zero-shot topics kept unseen) with the extra rows added to every training fold at weight ``W_EXTRA`` per row
(fixed before measuring, as VAST's rows), less, in a LOTO fold, every extra row whose claim or text is about
the left-out target (``train_stance.LOTO_KEYWORDS``), then the shipped calibration and mixture-weight choice
(``train_stance.calibrate_any_target``). ``baseline`` is the shipped recipe in the same run; ``bootstrap``:
paired bootstraps of each route against it (LOTO: tweets resampled within each held-out target; VAST: comments
resampled; in-target: tweets resampled).

    PYTHONPATH=src python training/comments/stance_targets_exp.py cache        # featurize the extra sets
    PYTHONPATH=src python training/comments/stance_targets_exp.py baseline emergent fnc both
    PYTHONPATH=src python training/comments/stance_targets_exp.py bootstrap
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_stance as ts  # noqa: E402
from data import ROOT, StanceSet, load_emergent, load_fnc1, vast_zero_shot  # noqa: E402

RUNS = ROOT / "training/runs/targets"
W_EXTRA = 1.0  # per extra row, as a VAST row (fixed before measuring)
SEED = 13
W_LOW = 0.25  # the one smaller dose tried (fixed before measuring, after the routes at W_EXTRA)
ROUTES = {"emergent": (("emergent",), W_EXTRA), "fnc": (("fnc",), W_EXTRA), "both": (("emergent", "fnc"), W_EXTRA),
          "both_low": (("emergent", "fnc"), W_LOW), "fnc_unrel": (("emergent", "fnc_unrel"), W_EXTRA),
          "both_compact": (("emergent", "fnc"), W_EXTRA)}
# Routes whose extra rows train only some of the head's models (the rest as shipped).
ROUTE_PARTS = {"both_compact": ("compact",)}


def _load(name: str) -> StanceSet:
    return {"emergent": load_emergent, "fnc": load_fnc1,
            "fnc_unrel": lambda: load_fnc1(unrelated_per_headline=1, seed=SEED)}[name]()


def extra_set(name: str, w: float = W_EXTRA, parts: tuple[str, ...] | None = None) -> ts.Extra:
    """One extra set's features (cached under training/runs/targets) as rows for evaluate_any_target."""
    RUNS.mkdir(parents=True, exist_ok=True)
    ds = _load(name)
    f = RUNS / f"x_{name}.npy"
    if f.exists():
        x = np.load(f)
    else:
        x = ts.featurize(ds)
        np.save(f, x)
    about = [f"{t.lower()}\n{x_.lower()}" for t, x_ in zip(ds.targets, ds.texts, strict=True)]
    return ts.Extra(name=name, x=x, y=ds.labels, w=w, about=about, parts=parts)


def run_route(s: ts.Sets, route: str) -> dict:
    extra = () if route == "baseline" else tuple(extra_set(n, ROUTES[route][1], ROUTE_PARTS.get(route))
                                                    for n in ROUTES[route][0])
    _, oof = ts.evaluate_any_target(s, ts.W_STORY, extra=extra)
    cal = ts.calibrate_any_target(s, oof)
    t, m = cal["temperatures"], cal["mix"]
    np.savez(RUNS / f"oof_{route}.npz", **{run: m * ts.softmax(oof["pair"][run] / t["pair"])
                                          + (1 - m) * ts.softmax(oof["compact"][run] / t["compact"])
                                          for run in oof["pair"]})
    f = cal["figures"]
    tg = np.array(s.sem.targets)
    dropped = {tgt: {e.name: int(sum(re.search(ts.LOTO_KEYWORDS[tgt], a) is not None for a in e.about))
                     for e in extra} for tgt in sorted(set(tg))}
    return {"route": route, "extra_rows": {e.name: int(len(e.y)) for e in extra},
            "extra_labels": {e.name: np.bincount(e.y, minlength=3).tolist() for e in extra},
            "loto_dropped_rows": dropped if extra else {}, "mix": m, "loto": f["semeval_loto_mean"],
            "loto_per_target": f["semeval_loto"], "in_target_head": f["semeval_in_target_5fold"],
            "vast": f["vast_macro_f1_5fold"], "vast_zero_shot": f["vast_zero_shot_macro_f1"],
            "vast_seen": f["vast_seen_topics_macro_f1"], "by_mix": cal["figures_by_mix"],
            "temperatures": t, "abstain_below": cal["abstain_below"],
            "loto_with_abstention": cal["semeval_loto_with_abstention"],
            "vast_with_abstention": cal["vast_with_abstention"]}


def _boot(metric, y: np.ndarray, pa: np.ndarray, pb: np.ndarray, strata: list[np.ndarray], n: int) -> dict:
    rng = np.random.default_rng(SEED)
    diffs = []
    for _ in range(n):
        d = []
        for rows in strata:
            r = rng.choice(rows, size=len(rows))
            d.append(metric(y[r], pb[r].argmax(1)) - metric(y[r], pa[r].argmax(1)))
        diffs.append(100 * float(np.mean(d)))
    lo, hi = np.percentile(diffs, [2.5, 97.5])
    return {"diff": round(float(np.mean(diffs)), 2), "ci95": [round(float(lo), 2), round(float(hi), 2)],
            "share_above_0": round(float(np.mean(np.array(diffs) > 0)), 3)}


def bootstrap(s: ts.Sets, a: str, b: str, n: int = 2000) -> dict:
    """Paired bootstraps (route b minus route a) from the saved out-of-fold probabilities: LOTO mean F_avg
    (tweets resampled within each held-out target), in-target F_avg, VAST macro-F1 and its zero-shot part
    (comments resampled)."""
    pa, pb = np.load(RUNS / f"oof_{a}.npz"), np.load(RUNS / f"oof_{b}.npz")
    ys, yv, tg = s.sem.labels, s.vast.labels, np.array(s.sem.targets)
    zs = vast_zero_shot(s.vast)
    return {"loto": _boot(ts.f_avg, ys, pa["semeval_loto"], pb["semeval_loto"],
                          [np.flatnonzero(tg == t) for t in sorted(set(tg))], n),
            "in_target": _boot(ts.f_avg, ys, pa["semeval_in_target"], pb["semeval_in_target"],
                               [np.arange(len(ys))], n),
            "vast": _boot(ts.macro, yv, pa["vast"], pb["vast"], [np.arange(len(yv))], n),
            "vast_zero_shot": _boot(ts.macro, yv[zs], pa["vast"][zs], pb["vast"][zs], [np.arange(int(zs.sum()))], n)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("routes", nargs="+", help="cache, baseline, emergent, fnc, both, fnc_unrel, bootstrap")
    args = ap.parse_args()
    t0 = time.time()
    if args.routes == ["cache"]:
        for name in ("emergent", "fnc", "fnc_unrel"):
            e = extra_set(name)
            print(json.dumps({"cached": name, "rows": len(e.y), "labels": np.bincount(e.y, minlength=3).tolist(),
                              "s": round(time.time() - t0)}), flush=True)
        return
    s = ts.Sets()
    if args.routes == ["bootstrap"]:
        for route in ROUTES:
            if (RUNS / f"oof_{route}.npz").exists():
                print(json.dumps({"bootstrap": f"{route} - baseline", **bootstrap(s, "baseline", route)}), flush=True)
        return
    for route in args.routes:
        print(json.dumps({**run_route(s, route), "s": round(time.time() - t0)}), flush=True)


if __name__ == "__main__":
    main()
