"""Fit a real-coverage confidence for story flags (round 7: measured, not shipped; see benchmarks/story.md).

    python training/fit_real_confidence.py --planted training/runs/r7/find_planted_build.jsonl \
        --plants training/runs/r7/plants_build.json --audits training/runs/r7/find_audit_{dev,heldout,fresh,r4,r5,r6}.jsonl \
        --perturb training/runs/r7/perturb_build.jsonl --prior audit --write training/runs/r7/real_confidence.json \
        --report training/runs/r7/fit_real.json

(the findings files come from ``training/real_findings.py``; ``training/build_real_confidence.sh`` runs the
whole rebuild.) Labelled set, one row per finding behind a conflict, precision or status flag:

- right: in the bench_planted *build* half, the finding between the changed sentence and the other outlet's
  sentence of the fact, of the kind and slot the plant expects (``perturb.EXPECT``);
- wrong: every other flag's findings on the unchanged build-half triplets, and new flags on the changed sentence
  of a plant that are not the expected one (real-coverage flags: the dev audits label about 1 in 18 of them
  right, so they are taken as wrong unless a dev audit label says otherwise);
- the dev audits' labels (BASIL draws whose triplet is in the build half, and the r6 ECB+ stories): a flag
  labelled right gives right findings, wrong gives wrong ones; a labelled flag of a build-half triplet takes
  the place of the same flag from the bench_planted run.

BASIL triplets of the bench_planted *report* half are left out entirely (their plants and their audit labels),
so the report half measures a model that never saw those stories. One standardized logistic regression over
all families (family one-hots, the family model's logit, the paraphrase features, the real-coverage features of
``newsprism.story.real``); grouped 5-fold CV by story, then Platt calibration on the out-of-fold scores.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from real_features import FEATURES, inputs  # noqa: E402

LABELS = {"dev": "story_basil.jsonl", "heldout": "story_basil_heldout.jsonl", "fresh": "story_basil_fresh.jsonl",
          "r4": "story_basil_r4.jsonl", "r5": "story_basil_r5.jsonl", "r6": "story_r6.jsonl",
          "r7": "story_r7.jsonl"}  # r7 is the held-out draw of round 7: scored (eval_real_confidence.py), never fitted
FLAG_KINDS = ("conflict", "precision", "status")
PERTURB_SHARE = 0.5  # the paraphrase pairs' total weight against the real-story rows
C = 0.3  # L2 strength (inverse), chosen by grouped CV log loss among 0.03, 0.1, 0.3, 1, 3


def _triplet(story: str) -> str:
    return story.split(":", 1)[1] if story.startswith("basil:") else story


def _key(story: str, flag: dict[str, Any]) -> tuple:
    return (_triplet(story), flag["kind"], flag["slot"], tuple(sorted(tuple(s) for s in flag["sides"])))


@cache
def audit_labels(labels_dir: Path, draw: str) -> dict[tuple, str]:
    """Flag key -> label of one audit draw's label file (read once per draw)."""
    rows = (json.loads(y) for y in (labels_dir / LABELS[draw]).read_text("utf-8").splitlines() if y.strip())
    return {_key(x["story"], x): x["label"] for x in rows}


def _overlap(side: list[Any], span: list[Any]) -> bool:
    return bool(side[0] == span[0] and span[1] >= 0 and side[1] < span[2] and span[1] < side[2])


def planted_rows(path: Path, plants: Path | None) -> tuple[dict[tuple, list[dict[str, Any]]], list[dict[str, Any]], Counter[str]]:
    """(flag key -> findings of the unchanged triplets' flags, right planted findings, counts)."""
    import perturb

    base: dict[tuple, list[dict[str, Any]]] = {}
    pos: list[dict[str, Any]] = []
    seen: Counter[str] = Counter()
    lines = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
    before = {r["triplet"]: {_key(r["triplet"], f) for f in r["flags"]} for r in lines if r["plant"] is None}
    # the sentence pairs the plants change, in the unchanged texts (text before the changed sentence is the same,
    # so the original sentence starts where the changed one does): a flag of the unchanged triplet between them
    # touches a plant and is left out (its pair is what a plant made right or left alone)
    sizes = {i: len(p[2]["b_sent"]) for i, p in enumerate(json.loads(plants.read_text("utf-8"))["plants"])} \
        if plants is not None else {}
    touched: dict[str, list[tuple[list[Any], list[Any]]]] = {}
    for r in lines:
        if r["plant"] is not None and r["plant"] in sizes:
            b = [r["b"][0], r["b"][1], r["b"][1] + sizes[r["plant"]]]
            touched.setdefault(r["triplet"], []).append((r["a"], b))
    for r in lines:
        t = r["triplet"]
        if r["plant"] is None:
            for f in r["flags"]:
                if any(any(_overlap(x, a) for x in f["sides"]) and any(_overlap(x, b) for x in f["sides"])
                       for a, b in touched.get(t, [])):
                    seen["base_flags_touching_a_plant"] += 1
                    continue
                base[_key(t, f)] = [dict(x, story=t, label=0, source="base", fkey=_key(t, f), fi=i)
                                    for i, x in enumerate(f["findings"])]
            continue
        kinds, slots = perturb.EXPECT.get(r["plant_kind"], (set(), set()))
        got = False
        for f in r["flags"]:
            on_change = any(_overlap(s, r["b"]) for s in f["sides"])
            expected = f["kind"] in kinds and f["slot"] in slots and on_change
            for x in f["findings"]:
                pair = (_overlap(x["a"], r["b"]) and _overlap(x["b"], r["a"])) or \
                       (_overlap(x["b"], r["b"]) and _overlap(x["a"], r["a"]))
                if expected and pair:
                    pos.append(dict(x, story=t, label=1, source="planted", plant=r["plant"]))
                    got = True
            if on_change and not expected and _key(t, f) not in before.get(t, set()):
                seen["new_wrong_flags"] += 1
                for x in f["findings"]:
                    pos.append(dict(x, story=t, label=0, source="planted_other", plant=r["plant"]))
        seen["plants_with_right_finding" if got else "plants_without"] += 1
    return base, pos, seen


def audit_rows(paths: list[Path], labels_dir: Path) -> dict[tuple, list[dict[str, Any]]]:
    """Flag key -> labelled findings of the dev audits' flags (unlabelled flags are wrong, as above)."""
    out: dict[tuple, list[dict[str, Any]]] = {}
    for path in paths:
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line)
            if row["draw"] == "r7":
                raise SystemExit("r7 is the held-out draw: score it with eval_real_confidence.py, never fit on it")
            lab = audit_labels(labels_dir, row["draw"])
            for f in row["flags"]:
                k = _key(row["story"], f)
                label = lab.get(k)
                out[k] = [dict(x, story=_triplet(row["story"]), label=int(label == "right"),
                               source="audit" if label else "audit_unlabelled", fkey=k, fi=i)
                          for i, x in enumerate(f["findings"])]
    return out


def perturb_rows(path: Path) -> list[dict[str, Any]]:
    """Findings of the perturbation build half (``bench_perturb.py --half build --dump``): the paraphrase pairs,
    labelled by that script (the planted change flagged as such is right; any other flag is wrong)."""
    from newsprism.story.compare import Finding, Side
    from newsprism.story.confidence import family

    side = Side(source=0, sentence=0, start=0, end=0, text="", value="")
    out = []
    for line in path.read_text("utf-8").splitlines():
        r = json.loads(line)
        if r["kind"] not in FLAG_KINDS:
            continue
        fam = family(Finding(kind=r["kind"], slot=r["slot"], a=side, b=side, detail=r["detail"]))
        out.append({"family": fam, "kind": r["kind"], "slot": r["slot"], "features": r["features"],
                    "story": f"perturb:{r['pair']}", "label": int(r["label"]), "source": "perturb"})
    return out


def design(rows: list[dict[str, Any]]) -> np.ndarray:
    return np.array([[inputs(r["family"], r["kind"], r["features"])[k] for k in FEATURES] for r in rows])


def _scale(x: np.ndarray) -> np.ndarray:
    sd = x.std(0)
    return np.where(sd > 1e-6, sd, 1.0)  # a feature constant in the fit stays unscaled


def _fit(x: np.ndarray, y: np.ndarray, c: float, w: np.ndarray) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=5000).fit(x, y, sample_weight=w)


def cross_val(x: np.ndarray, y: np.ndarray, groups: np.ndarray, c: float, w: np.ndarray) -> np.ndarray:
    from sklearn.model_selection import GroupKFold

    oof = np.zeros(len(y))
    for tr, te in GroupKFold(n_splits=5).split(x, y, groups):
        mu, sd = x[tr].mean(0), _scale(x[tr])
        oof[te] = _fit((x[tr] - mu) / sd, y[tr], c, w[tr]).decision_function((x[te] - mu) / sd)
    return oof


def weights(rows: list[dict[str, Any]]) -> np.ndarray:
    """Real-story rows weigh 1; the paraphrase rows together weigh PERTURB_SHARE of the real rows."""
    n_real = sum(r["source"] != "perturb" for r in rows)
    n_pert = len(rows) - n_real
    k = PERTURB_SHARE * n_real / n_pert if n_pert else 0.0
    return np.array([k if r["source"] == "perturb" else 1.0 for r in rows])


def _logloss(z: np.ndarray, y: np.ndarray) -> float:
    p = 1 / (1 + np.exp(-z))
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def audit_check(paths: list[Path], labels_dir: Path, oof_p: dict[tuple, float], lr: Any, mu: np.ndarray,
                sd: np.ndarray, a: float, b: float) -> dict[str, Any]:
    """Labelled flags of each dev audit shown (>= 0.5) before and after: a flag's new confidence is the highest of
    its findings', out of fold where the finding was fitted (its story in a held-out fold), else the full model's
    (report-half BASIL stories: never fitted)."""
    out: dict[str, Any] = {}
    for path in paths:
        c: Counter[str] = Counter()
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line)
            lab = audit_labels(labels_dir, row["draw"])
            for f in row["flags"]:
                k = _key(row["story"], f)
                if k not in lab or f["kind"] not in FLAG_KINDS:
                    continue
                ps = []
                for i, x in enumerate(f["findings"]):
                    if (k, i) in oof_p:
                        ps.append(oof_p[(k, i)])
                    else:
                        z = lr.decision_function((design([x]) - mu) / sd)[0]
                        ps.append(float(1 / (1 + math.exp(-(a * z + b)))))
                new = max(ps)
                part = "fitted" if any((k, i) in oof_p for i in range(len(f["findings"]))) else "unfitted"
                before = (f["final"] if f["final"] is not None else f["confidence"]) >= 0.5
                c[f"before_{'shown' if before else 'less'}_{lab[k]}"] += 1
                c[f"after_{'shown' if new >= 0.5 else 'less'}_{lab[k]}"] += 1
                c[f"after_shown_{part}_{lab[k]}"] += int(new >= 0.5)
        out[path.stem] = dict(sorted(c.items()))
    return out


def main() -> None:
    import bench_planted
    from sklearn.metrics import roc_auc_score

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--planted", type=Path, required=True)
    ap.add_argument("--plants", type=Path, help="the bench_planted draw the findings were made on (--plants there)")
    ap.add_argument("--audits", type=Path, nargs="*", default=[])
    ap.add_argument("--perturb", type=Path, help="the perturbation build half's findings (bench_perturb --dump)")
    ap.add_argument("--labels-dir", type=Path, default=ROOT / "benchmarks" / "audits")
    ap.add_argument("--prior", choices=("audit", "none"), default="audit",
                    help="calibrate to the share of right flags among the labelled audit rows (real coverage), or "
                         "to the fitted mix of planted and real flags as it is ('none')")
    ap.add_argument("--write", type=Path)
    ap.add_argument("--report", type=Path)
    args = ap.parse_args()
    base, planted, counts = planted_rows(args.planted, args.plants)
    audits = audit_rows(args.audits, args.labels_dir)
    merged = dict(base)
    merged.update(audits)  # a labelled flag of the same triplet takes the place of the unlabelled one
    rows = [x for fs in merged.values() for x in fs] + planted
    rows = [r for r in rows if r["kind"] in FLAG_KINDS
            and (r["story"].startswith("ecb:") or bench_planted.half_of(r["story"]) == "build")]
    if args.perturb:
        rows += perturb_rows(args.perturb)
    w = weights(rows)
    x, y = design(rows), np.array([r["label"] for r in rows], dtype=float)
    groups = np.array([r["story"] for r in rows])
    report: dict[str, Any] = {"rows": len(rows), "right": int(y.sum()), "plants": dict(counts),
                              "by_source": dict(Counter(f"{r['source']}:{r['label']}" for r in rows)),
                              "by_family": dict(Counter(f"{r['family']}:{r['label']}" for r in rows)),
                              "stories": len(set(groups))}
    old = np.array([inputs(r["family"], r["kind"], r["features"])["family_logit"] for r in rows])
    real = np.array([r["source"] != "perturb" for r in rows])
    report["cv_auc_family_model_real"] = round(float(roc_auc_score(y[real], old[real])), 4)
    by_c = {}
    for c in (0.03, 0.1, 0.3, 1.0, 3.0):
        oof = cross_val(x, y, groups, c, w)
        by_c[c] = {"auc_real": round(float(roc_auc_score(y[real], oof[real])), 4),
                   "logloss_real": round(_logloss(oof[real], y[real]), 4)}
    report["cv_by_C"] = {str(k): v for k, v in by_c.items()}
    oof = cross_val(x, y, groups, C, w)
    # Platt calibration on the out-of-fold scores (the LR's own scale is already close; this corrects it)
    from sklearn.linear_model import LogisticRegression

    # The planted changes make right flags far more common here than on real coverage, where the dev audits
    # label few compare flags right; the calibration weighs the right rows so that they make up the share of
    # right flags among the labelled audit rows in the fit (prior shift), so that 0.5 means "more likely right
    # than wrong" on real coverage, not on this enriched mix.
    lab = np.array([r["source"] == "audit" for r in rows])
    prior = float(y[lab].sum() + 1) / float(lab.sum() + 2)
    wp = w.copy()
    pos_w, neg_w = float(w[y == 1].sum()), float(w[y == 0].sum())
    if args.prior == "audit":
        wp[y == 1] *= prior / (1 - prior) * neg_w / pos_w
    report["prior"] = args.prior
    report["audit_share_right"] = round(prior, 4)
    platt = LogisticRegression(C=1e6).fit(oof.reshape(-1, 1), y, sample_weight=wp)
    a, b = float(platt.coef_[0][0]), float(platt.intercept_[0])
    p = 1 / (1 + np.exp(-(a * oof + b)))
    report["cv_auc_real"] = round(float(roc_auc_score(y[real], oof[real])), 4)
    report["cv_shown_real"] = {"right_at_0.5": int(((p >= 0.5) & (y == 1) & real).sum()),
                               "wrong_at_0.5": int(((p >= 0.5) & (y == 0) & real).sum()),
                               "right_total": int(y[real].sum()), "wrong_total": int((1 - y[real]).sum())}
    bins = [0.0, 0.2, 0.4, 0.5, 0.6, 0.8, 1.01]
    pr, yr = p[real], y[real]
    report["cv_reliability_real"] = {f"{lo:.1f}-{hi:.1f}": [int(((pr >= lo) & (pr < hi)).sum()),
                                round(float(yr[(pr >= lo) & (pr < hi)].mean()), 3) if ((pr >= lo) & (pr < hi)).any()
                                else None] for lo, hi in zip(bins, bins[1:], strict=False)}
    for src in sorted({r["source"] for r in rows}):
        for lab in (0, 1):
            m = np.array([r["source"] == src and r["label"] == lab for r in rows])
            if m.any():
                report[f"cv_shown_{src}_{lab}"] = f"{int((p[m] >= 0.5).sum())}/{int(m.sum())}"
    mu, sd = x.mean(0), _scale(x)
    lr = _fit((x - mu) / sd, y, C, w)
    oof_p = {(r["fkey"], r["fi"]): float(q) for r, q in zip(rows, p, strict=True) if "fkey" in r}
    report["audits"] = audit_check(args.audits, args.labels_dir, oof_p, lr, mu, sd, a, b)
    coef = {k: round(float(v), 5) for k, v in zip(FEATURES, lr.coef_[0], strict=True)}
    model = {"_about": "Second-stage confidence of conflict, precision and status flags on real coverage "
                       "(newsprism.story.real_confidence): one standardized logistic regression over all families, "
                       "fitted by training/fit_real_confidence.py on planted changes in the bench_planted build "
                       "half (right) and the other real flags of those triplets and the dev audits (wrong unless "
                       "labelled right), then Platt-scaled on grouped out-of-fold scores.",
             "intercept": round(float(lr.intercept_[0]), 5), "weights": coef,
             "mean": {k: round(float(v), 5) for k, v in zip(FEATURES, mu, strict=True)},
             "scale": {k: round(float(v), 5) for k, v in zip(FEATURES, sd, strict=True)},
             "platt": {"a": round(a, 5), "b": round(b, 5)}, "C": C,
             "cv": {"auc_real": report["cv_auc_real"], "family_model_auc_real": report["cv_auc_family_model_real"],
                    "rows": len(rows), "right": int(y.sum()), "stories": len(set(groups))}}
    report["weights"] = coef
    if args.write:
        args.write.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    text = json.dumps(report, indent=1)
    if args.report:
        args.report.write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
