"""Where `compare` spends its time on real coverage: 20 BASIL articles (the first 7 event triplets in sorted id
order, read at run time from ../shared/data, never copied), one warm-up call, then one timed `compare`.

Prints wall and CPU seconds (the process's, and the pipeline thread's alone), the pipeline's per-component
seconds, the story step, and (``--profile``) the top functions by cumulative time under cProfile. ``--out FILE``
keeps the compare JSON, so that two commits' outputs can be diffed (``--diff A B`` prints which fields differ,
timings aside).

    OMP_NUM_THREADS=2 NEWSPRISM_THREADS=2 .venv/bin/python benchmarks/profile_compare.py [--profile] [--out F]
    OMP_NUM_THREADS=2 NEWSPRISM_THREADS=2 .venv/bin/python benchmarks/profile_compare.py --stages 2

``--stages R``: the CPU seconds of each stage on its own (background passes in the foreground), median of R runs.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from basil import BASIL, to_record, triplet_ids  # noqa: E402


def basil_paths(n: int = 20) -> list[Path]:
    ids = triplet_ids()
    files = sorted(BASIL.glob("*/*.json"), key=lambda p: p.name)
    by_id: dict[str, list[Path]] = {}
    for f in files:
        by_id.setdefault(json.loads(f.read_text("utf-8"))["triplet-uuid"], []).append(f)
    out: list[Path] = []
    for t in ids:
        out += by_id.get(t, [])
        if len(out) >= n:
            break
    return out[:n]


def write_records(paths: list[Path], folder: Path) -> list[str]:
    out = []
    for k, p in enumerate(paths):
        f = folder / f"{k:02d}.json"
        f.write_text(json.dumps(to_record(p)), encoding="utf-8")
        out.append(str(f))
    return out


def run(n: int, profile: bool, out: Path | None, top: int) -> dict:
    from newsprism.api import load_pipeline
    from newsprism.cli.compare import CompareFormat, compare

    with tempfile.TemporaryDirectory() as tmp:
        paths = write_records(basil_paths(n), Path(tmp))
        compare(paths[:3], fmt=CompareFormat.json, out=Path(tmp) / "warmup.json")  # loads every model once
        pipe = load_pipeline()
        pipe.timings = {k: 0.0 for k in pipe.timings}
        prof = cProfile.Profile() if profile else None
        t0, c0, m0 = time.time(), time.process_time(), time.thread_time()
        if prof:
            prof.enable()
        result, _ = compare(paths, fmt=CompareFormat.json, out=Path(tmp) / "story.json")
        if prof:
            prof.disable()
        wall, cpu, main_cpu = time.time() - t0, time.process_time() - c0, time.thread_time() - m0
        if out is not None:
            out.write_text((Path(tmp) / "story.json").read_text("utf-8"), encoding="utf-8")
    report = {"articles": len(result.documents), "words": sum(len(d.text.split()) for d in result.documents),
              "seconds": round(wall, 2), "cpu_seconds": round(cpu, 2),
              # the pipeline thread alone (the background worker runs the encoder pass and the technique model)
              "main_thread_cpu_seconds": round(main_cpu, 2),
              "component_seconds": {k: round(v, 2) for k, v in pipe.timings.items()},
              "pipeline_seconds": round(sum(pipe.timings.values()), 2),
              "discrepancies": len(result.story.discrepancies), "events": sum(len(d.events) for d in result.documents)}
    report["story_and_rest_seconds"] = round(wall - report["pipeline_seconds"], 2)
    if prof:
        s = io.StringIO()
        pstats.Stats(prof, stream=s).sort_stats("cumulative").print_stats(top)
        report["profile"] = s.getvalue()
    return report


def stages(n: int, repeats: int) -> dict[str, float]:
    """Process CPU seconds of each component and of the story step, with the background passes (encoder pass,
    technique model) run in the foreground so that each stage's CPU is its own; median of ``repeats`` runs after
    a warm-up run."""
    import statistics

    from newsprism.api import build_story, ingest
    from newsprism.common.blas import cap_blas_threads
    from newsprism.pipeline.config import load_config
    from newsprism.pipeline.factories import get_factory
    from newsprism.pipeline.protocol import pipe_component
    from newsprism.pipeline.state import DocState

    comps = []
    for cc in load_config(None).components:
        opts = dict(cc.options)
        if cc.factory in ("newsprism.encoder_pass.v1", "newsprism.technique_model.v1"):
            opts["background"] = False
        comps.append(get_factory(cc.factory)(**opts))
    seen: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_records(basil_paths(n), Path(tmp))
        for rep in range(repeats + 1):
            docs = ingest(paths)[0]
            states = [DocState() for _ in docs]
            cap_blas_threads()  # as Pipeline.pipe_with_state does
            for c in comps:
                c0 = time.process_time()
                docs = pipe_component(c, docs, states)
                if rep:
                    seen.setdefault(c.name, []).append(time.process_time() - c0)
            c0 = time.process_time()
            build_story(docs, states)
            if rep:
                seen.setdefault("story", []).append(time.process_time() - c0)
    out = {k: round(statistics.median(v), 2) for k, v in seen.items()}
    out["total"] = round(sum(out.values()), 2)
    return out


def _strip(x: object) -> object:
    """The compare JSON without what differs from run to run (timings, dates of the run, the temporary folder)."""
    if isinstance(x, dict):
        return {k: Path(v).name if k == "source" and isinstance(v, str) else _strip(v) for k, v in x.items()
                if k not in {"timings", "analyzed_at", "created", "seconds"}}
    if isinstance(x, list):
        return [_strip(v) for v in x]
    return x


def diff(a: Path, b: Path) -> list[str]:
    out: list[str] = []

    def walk(x: object, y: object, path: str) -> None:
        if type(x) is not type(y):
            out.append(f"{path}: {x!r} != {y!r}")
        elif isinstance(x, dict) and isinstance(y, dict):
            for k in sorted(set(x) | set(y)):
                walk(x.get(k), y.get(k), f"{path}.{k}")
        elif isinstance(x, list) and isinstance(y, list):
            if len(x) != len(y):
                out.append(f"{path}: {len(x)} items != {len(y)}")
            for k, (u, v) in enumerate(zip(x, y, strict=False)):
                walk(u, v, f"{path}[{k}]")
        elif x != y:
            out.append(f"{path}: {x!r} != {y!r}")

    walk(_strip(json.loads(a.read_text("utf-8"))), _strip(json.loads(b.read_text("utf-8"))), "")
    return out


def summary(a: Path, b: Path) -> dict:
    """How far two compare outputs agree: events (by trigger offsets and status) and flags (by id)."""
    x, y = (json.loads(p.read_text("utf-8")) for p in (a, b))
    ev = {"a": 0, "b": 0, "same_trigger": 0, "same_trigger_and_status": 0}
    for da, db in zip(x["documents"], y["documents"], strict=True):
        ea = {(e["trigger_start"], e["trigger_end"]): e["status"] for e in da["events"]}
        eb = {(e["trigger_start"], e["trigger_end"]): e["status"] for e in db["events"]}
        ev["a"] += len(ea)
        ev["b"] += len(eb)
        ev["same_trigger"] += len(ea.keys() & eb.keys())
        ev["same_trigger_and_status"] += sum(ea[k] == eb[k] for k in ea.keys() & eb.keys())
    fa = {d["id"]: d for d in x["story"]["discrepancies"]}
    fb = {d["id"]: d for d in y["story"]["discrepancies"]}
    shown = {k for k, d in fa.items() if d["confidence"] >= 0.5}, {k for k, d in fb.items() if d["confidence"] >= 0.5}
    sa = {(k, t["technique"], t["start"], t["end"]) for k, d in enumerate(x["documents"]) for t in d["techniques"]}
    sb = {(k, t["technique"], t["start"], t["end"]) for k, d in enumerate(y["documents"]) for t in d["techniques"]}
    pa = {(k, p["paragraph"], t) for k, d in enumerate(x["documents"]) for p in d["paragraph_techniques"]
          for t in p["techniques"]}
    pb = {(k, p["paragraph"], t) for k, d in enumerate(y["documents"]) for p in d["paragraph_techniques"]
          for t in p["techniques"]}
    return {"events": ev, "flags": {"a": len(fa), "b": len(fb), "same_id": len(fa.keys() & fb.keys()),
                                    "shown_a": len(shown[0]), "shown_b": len(shown[1]),
                                    "shown_same_id": len(shown[0] & shown[1])},
            "technique_spans": {"a": len(sa), "b": len(sb), "same": len(sa & sb)},
            "paragraph_techniques": {"a": len(pa), "b": len(pb), "same": len(pa & pb)}}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=20)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--top", type=int, default=45)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--diff", nargs=2, type=Path, metavar=("A", "B"))
    ap.add_argument("--stages", type=int, metavar="REPEATS", help="CPU seconds per stage, passes in the foreground")
    args = ap.parse_args()
    if args.stages:
        print(json.dumps(stages(args.n, args.stages), indent=1))
        return
    if args.diff:
        lines = diff(*args.diff)
        print("\n".join(lines[:200]) or "identical (timings aside)")
        print(f"{len(lines)} differences", file=sys.stderr)
        if lines:
            print(json.dumps(summary(*args.diff), indent=1))
        return
    rep = run(args.n, args.profile, args.out, args.top)
    prof = rep.pop("profile", None)
    print(json.dumps(rep, indent=1))
    if prof:
        print(prof)


if __name__ == "__main__":
    main()
