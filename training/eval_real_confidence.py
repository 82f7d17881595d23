"""Score a real-coverage confidence model (``fit_real_confidence.py --write``) on captured findings, offline.

    python training/eval_real_confidence.py MODEL.json --planted training/runs/r7/find_planted_report.jsonl \
        --plants training/runs/r7/plants_report.json --audits training/runs/r7/find_audit_*.jsonl

Re-rates every captured conflict, precision and status flag (``real_findings.py``) with the model (a flag's
confidence is the highest of its findings', as ``newsprism.story.flags`` makes it) and recomputes what
``bench_planted.py`` and ``audit_story.py`` count, next to the same counts with the captured confidences
(main's): per planted kind the share of plants with the expected flag shown (>= 0.5) between the changed
sentence and the other outlet's sentence, the plants with a new shown flag that is not that one, and per audit
draw the labelled flags shown, right and wrong. Assumption: only confidences change (which findings exist and
how they group into flags does not depend on confidence, except which kind a mixed group reports).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "training"))

from fit_real_confidence import FLAG_KINDS, _key, _overlap, audit_labels  # noqa: E402
from real_features import apply  # noqa: E402

SHOWN = 0.5


def rated(flag: dict[str, Any], model: dict[str, Any] | None) -> float:
    if model is None:
        return float(flag["final"] if flag.get("final") is not None else flag["confidence"])
    return max(apply(model, x["family"], x["kind"], x["features"]) for x in flag["findings"])


def _unshifted(flag: dict[str, Any], row: dict[str, Any], delta: int) -> tuple:
    """A plant's flag keyed as in the unchanged triplet: sides after the changed sentence moved back by the
    length the change added (``bench_planted`` keys flags by their sides' text for the same reason)."""
    doc, _, end = row["b"]
    sides = [[d, a - delta, b - delta] if d == doc and a >= end else [d, a, b] for d, a, b in flag["sides"]]
    return _key(row["triplet"], dict(flag, sides=sides))


def planted(path: Path, model: dict[str, Any] | None, plants: Path) -> dict[str, Any]:
    import perturb

    drawn = json.loads(plants.read_text("utf-8"))["plants"]
    lines = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
    before = {r["triplet"]: {_key(r["triplet"], f) for f in r["flags"]
                             if f["kind"] in FLAG_KINDS and rated(f, model) >= SHOWN}
              for r in lines if r["plant"] is None}
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    for r in lines:
        if r["plant"] is None:
            continue
        kinds, slots = perturb.EXPECT.get(r["plant_kind"], (set(), set()))
        delta = len(drawn[r["plant"]][3]) - len(drawn[r["plant"]][2]["b_sent"])
        found = False
        false = 0
        for f in r["flags"]:
            if f["kind"] not in FLAG_KINDS or rated(f, model) < SHOWN:
                continue
            right = f["kind"] in kinds and f["slot"] in slots and any(_overlap(s, r["b"]) for s in f["sides"])
            if right and any(_overlap(s, r["a"]) for s in f["sides"]):
                found = True
            elif not right and _unshifted(f, r, delta) not in before[r["triplet"]]:
                false += 1
        c = stats[r["plant_kind"]]
        c["n"] += 1
        c["found"] += int(found)
        c["false"] += int(false > 0)
    out: dict[str, Any] = {k: {"n": c["n"], "recall": round(c["found"] / c["n"], 3), "false": c["false"]}
                           for k, c in sorted(stats.items())}
    pl = [c for k, c in stats.items() if not k.startswith("compat")]
    out["all_planted"] = {"n": sum(c["n"] for c in pl), "found": sum(c["found"] for c in pl),
                          "recall": round(sum(c["found"] for c in pl) / max(1, sum(c["n"] for c in pl)), 3),
                          "plants_with_false_flag": sum(c["false"] for c in pl)}
    return out


def part(story: str) -> str:
    """Which part of the fit a story is: a BASIL triplet of the bench_planted build half (its labels fitted the
    model), of the report half (never fitted), or an ECB+ story (r6 fitted; r7 never)."""
    import bench_planted

    if story.startswith("ecb:"):
        return "ecb"
    return "basil_" + bench_planted.half_of(story.split(":", 1)[-1])


def base_shown(path: Path, model: dict[str, Any] | None) -> int:
    """Conflict, precision and status flags shown on the unchanged triplets of a bench_planted capture."""
    n = 0
    for x in path.read_text("utf-8").splitlines():
        r = json.loads(x)
        if r["plant"] is None:
            n += sum(f["kind"] in FLAG_KINDS and rated(f, model) >= SHOWN for f in r["flags"])
    return n


def audits(paths: list[Path], labels_dir: Path, model: dict[str, Any] | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for path in paths:
        c: Counter[str] = Counter()
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line)
            lab = audit_labels(labels_dir, row["draw"])
            for f in row["flags"]:
                if f["kind"] not in FLAG_KINDS:
                    continue
                shown = rated(f, model) >= SHOWN
                label = lab.get(_key(row["story"], f), "unlabelled")
                c[f"{'shown' if shown else 'less_certain'}_{label}"] += 1
                c[f"{part(row['story'])}:{'shown' if shown else 'less_certain'}_{label}"] += 1
        out[path.stem.replace("find_audit_", "")] = dict(sorted(c.items()))
    return out


def seeds(path: Path, labels: Path, model: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Per known discrepancy of the seeds (``audits/seeds.jsonl``, section ``known``; measurement only, nothing is
    fitted on them): ``shown`` when a conflict, precision or status flag overlaps it in both documents at >= 0.5,
    ``more`` when such a flag is below, else ``missing`` (as ``audit_seeds.py`` counts it)."""
    row = json.loads(path.read_text("utf-8").splitlines()[0])
    known = [r for r in (json.loads(x) for x in labels.read_text("utf-8").splitlines() if x.strip())
             if r["section"] == "known"]
    out = []
    for k in known:
        docs = {d for d, _, _ in k["sides"]}
        best = "missing"
        for f in row["flags"]:
            if f["kind"] not in FLAG_KINDS:
                continue
            hit = {d for d, a, b in f["sides"] if any(d == kd and a < ke and b > ka for kd, ka, ke in k["sides"])}
            if hit >= docs:
                best = "shown" if rated(f, model) >= SHOWN else (best if best == "shown" else "more")
        out.append({"known": k["name"], "found": best})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("model", type=Path, nargs="+")
    ap.add_argument("--planted", type=Path)
    ap.add_argument("--plants", type=Path, help="the bench_planted draw of --planted (its --plants file)")
    ap.add_argument("--audits", type=Path, nargs="*", default=[])
    ap.add_argument("--labels-dir", type=Path, default=ROOT / "benchmarks" / "audits")
    ap.add_argument("--seeds", type=Path, help="a `real_findings.py audit --draw seeds` capture")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    res: dict[str, Any] = {}
    for name, model in [("main (captured confidences)", None)] + [
            (str(p), json.loads(p.read_text("utf-8"))) for p in args.model]:
        res[name] = {"planted": planted(args.planted, model, args.plants) if args.planted else None,
                     "shown_on_unchanged_triplets": base_shown(args.planted, model) if args.planted else None,
                     "audits": audits(args.audits, args.labels_dir, model),
                     "seeds_known": seeds(args.seeds, args.labels_dir / "seeds.jsonl", model) if args.seeds else None}
    text = json.dumps(res, indent=1)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
