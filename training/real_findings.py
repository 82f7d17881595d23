"""Capture the findings behind every flag `compare` makes on real stories, for the real-coverage confidence model.

    OMP_NUM_THREADS=2 python training/real_findings.py planted --half build \
        --plants training/runs/r7/plants_build.json --out training/runs/r7/find_planted_build.jsonl
    OMP_NUM_THREADS=2 python training/real_findings.py audit --draw dev --out training/runs/r7/find_audit_dev.jsonl

``planted`` runs ``benchmarks/bench_planted.py`` (the same draw: ``--plants`` keeps it) and writes one line per
compare: the unchanged triplet (``plant`` null) or one plant (its index, kind, the changed sentence's and the other
outlet's spans). ``audit`` runs ``benchmarks/audit_story.py``'s compare on one labelled dev draw and writes one
line per story; ``perturb`` writes the perturbation build half's findings (``bench_perturb.py --dump``). Each line lists every flag (kind, slot, sides as document/start/end, the final confidence) with
the findings it was made from (family, kind, slot, features, the family model's confidence). No article text is
written. The lines are what ``training/fit_real_confidence.py`` reads; they live under ``training/runs`` only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "training"))

CAPTURED: list[dict[str, Any]] = []
# the real dev draws of benchmarks/audit_story.py's DRAWS table that captures may read ("dev" is its BASIL dev set)
REAL_DEV_DRAWS = ("heldout", "fresh", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r10f", "r11", "r11f", "r12", "r12f",
                  "ecbdev", "r14", "r14f", "r15", "r16", "r17", "r18")
# the dev wire sets `wire` may capture and `fit_story.py --wire` may fit on (round 25: wire..wire15; wire15 was round
# 24's held-out set; round 28: wire16..wire18 are dev too); the round's held-out set (wire19 in round 28) is never
# captured here
WIRE_DEV_SETS = ("wire", *(f"wire{i}" for i in range(2, 20)))


def install() -> None:
    """Record every flag `newsprism.story.flags._flag` makes, with the findings behind it and their real-coverage
    features (:mod:`real_features`, added here: `compare` itself does not compute them)."""
    from real_features import add_features

    from newsprism.story import flags
    from newsprism.story.confidence import family, one_person_title

    original = flags._flag

    def recording(kind: Any, chosen: list[Any], sources: Any, docs: Any) -> list[Any]:
        out = original(kind, chosen, sources, docs)
        add_features(chosen, sources)
        for d in out:
            CAPTURED.append({
                "kind": d.kind, "slot": d.slot, "confidence": d.confidence,
                "sides": [[s.document, s.start, s.end] for s in d.sides],
                "findings": [{"family": family(f), "kind": f.kind, "slot": f.slot, "confidence": f.confidence,
                              "features": {k: round(float(v), 5) for k, v in f.features.items()},
                              # whether the title is one person's standing fact (the sentence cap does not apply;
                              # read from the two values, which are not written): lets a capture be re-rated offline
                              "one_person_title": one_person_title(f),
                              "a": [docs[f.a.source].id, f.a.start, f.a.end],
                              "b": [docs[f.b.source].id, f.b.start, f.b.end]} for f in chosen]})
        return out

    flags._flag = recording  # type: ignore[assignment]


def planted(args: argparse.Namespace) -> None:
    import bench_planted

    import newsprism.api as api

    install()
    if not args.plants.exists():  # draw once (bench_planted saves the draw there)
        records, plants = bench_planted.make_plants(args.half, args.per_kind, args.seed)
        args.plants.parent.mkdir(parents=True, exist_ok=True)
        args.plants.write_text(json.dumps({"records": records, "plants": [
            (t, k, f.__dict__, c, d) for t, k, f, c, d in plants]}), encoding="utf-8")
    saved = json.loads(args.plants.read_text("utf-8"))
    plants = saved["plants"]
    triplets = sorted({p[0] for p in plants})
    original = api.build_story
    lines: list[dict[str, Any]] = []

    def wrapped(docs: Any, states: Any = None) -> Any:
        CAPTURED.clear()
        story = original(docs, states)
        call = len(lines)
        row: dict[str, Any] = {"call": call, "plant": None}
        if call < len(triplets):
            row["triplet"] = triplets[call]
        else:
            t, kind, fact, changed, detail = plants[call - len(triplets)]
            b_doc, a_doc = docs[fact["b_doc"]], docs[fact["a_doc"]]
            bt, at = b_doc.text.find(changed), a_doc.text.find(fact["a_sent"])
            row.update({"triplet": t, "plant": call - len(triplets), "plant_kind": kind, "fact": fact["kind"],
                        "b": [b_doc.id, bt, bt + len(changed)], "a": [a_doc.id, at, at + len(fact["a_sent"])]})
        final = {(x.kind, x.slot, tuple((s.document, s.start, s.end) for s in x.sides)): x.confidence
                 for x in story.discrepancies}
        for c in CAPTURED:
            c["final"] = final.get((c["kind"], c["slot"], tuple(tuple(s) for s in c["sides"])))
        row["flags"] = [c for c in CAPTURED if c["kind"] != "consensus"]
        lines.append(row)
        return story

    api.build_story = wrapped  # type: ignore[assignment]
    res = bench_planted.run(args.half, args.per_kind, args.seed, None, args.plants)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    print(json.dumps(res, indent=1))


def audit(args: argparse.Namespace) -> None:
    import audit_story
    install()
    # the dev draws only, each read from audit_story's one table of draws (r10, r10f: dev from round 11; r11, r11f
    # from round 12; r12, r12f from round 14); the held-out draws of the current round are never captured
    draws = {"dev": audit_story.select,
             **{name: audit_story.DRAWS[name][0] for name in REAL_DEV_DRAWS}}
    if args.draw == "seeds":  # the two shared seeds as `newsprism compare ../shared/seeds` runs them (measurement only)
        from audit_seeds import SEEDS

        CAPTURED.clear()
        audit_story.compare_json([str(SEEDS)])
        row = {"draw": "seeds", "story": "seeds", "flags": [c for c in CAPTURED if c["kind"] != "consensus"]}
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(row) + "\n", encoding="utf-8")
        return
    stories = draws[args.draw]()
    ids = list(stories)
    original = audit_story.compare_json
    lines: list[dict[str, Any]] = []

    def wrapped(inputs: list[str]) -> Any:
        CAPTURED.clear()
        out = original(inputs)
        lines.append({"draw": args.draw, "story": ids[len(lines)], "flags": [c for c in CAPTURED
                                                                           if c["kind"] != "consensus"]})
        return out

    audit_story.compare_json = wrapped  # type: ignore[assignment]
    results, timing = audit_story.run_compare(stories)
    for row in lines:  # the confidence the CLI output gives each flag
        final = {(x["kind"], x["slot"], tuple((s["document"], s["start"], s["end"]) for s in x["sides"])):
                 x["confidence"] for x in audit_story.flags(results[row["story"]])}
        for c in row["flags"]:
            c["final"] = final.get((c["kind"], c["slot"], tuple(tuple(s) for s in c["sides"])))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    if args.save:
        args.save.write_text(json.dumps({"results": results, "timing": timing}), encoding="utf-8")


def wire(args: argparse.Namespace) -> None:
    """One line per story of a wire set (``benchmarks/<set>/``, dev sets only): every flag with its findings,
    and the story's plants (id, kind, expect, sides as document/start/end; no text)."""
    import bench_wire

    from newsprism.api import analyze_documents, ingest, load_pipeline

    install()
    folder = bench_wire.set_dir(args.set)
    plants = bench_wire.load_plants(folder / "plants.json")
    pipe = load_pipeline()
    lines: list[dict[str, Any]] = []
    for story in sorted({p["story"] for p in plants}):
        docs, errors = ingest([folder / story])
        if errors:
            raise SystemExit(f"{story}: {errors}")
        CAPTURED.clear()
        result = analyze_documents(docs, pipeline=pipe, story=True)
        assert result.story is not None
        final = {(x.kind, x.slot, tuple((s.document, s.start, s.end) for s in x.sides)): x.confidence
                 for x in result.story.discrepancies}
        flags = [c for c in CAPTURED if c["kind"] != "consensus"]
        for c in flags:
            c["final"] = final.get((c["kind"], c["slot"], tuple(tuple(s) for s in c["sides"])))
        lines.append({"draw": args.set, "story": story, "flags": flags,
                      "plants": [{"id": p["id"], "kind": p["kind"], "expect": p["expect"],
                                  "sides": [[s["document"], s["start"], s["end"]] for s in p["sides"]]}
                                 for p in plants if p["story"] == story]})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")


def perturb_half(args: argparse.Namespace) -> None:
    import bench_perturb

    install()
    res = bench_perturb.run("build", args.per_kind, args.seed, args.out)
    print(json.dumps(res, indent=1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="what", required=True)
    p = sub.add_parser("planted")
    p.add_argument("--half", choices=("build", "report"), default="build")
    p.add_argument("--plants", type=Path, required=True)
    p.add_argument("--per-kind", type=int, default=28)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--out", type=Path, required=True)
    a = sub.add_parser("audit")
    a.add_argument("--draw", choices=("dev", *REAL_DEV_DRAWS, "seeds"),
                   required=True)
    a.add_argument("--out", type=Path, required=True)
    a.add_argument("--save", type=Path, help="also save the compare outputs (audit_story --results reads them)")
    q = sub.add_parser("perturb", help="the perturbation build half's findings (bench_perturb --dump)")
    q.add_argument("--per-kind", type=int, default=25)
    q.add_argument("--seed", type=int, default=2026)
    q.add_argument("--out", type=Path, required=True)
    w = sub.add_parser("wire", help="a dev wire set's findings, with its plants")
    w.add_argument("--set", choices=WIRE_DEV_SETS, required=True)
    w.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    {"planted": planted, "audit": audit, "perturb": perturb_half, "wire": wire}[args.what](args)


if __name__ == "__main__":
    main()
