"""Every status finding of the wire sets that sets a decision told as taken against the act told done (round 38).

    OMP_NUM_THREADS=1 NEWSPRISM_THREADS=1 PYTHONPATH=src .venv/bin/python benchmarks/decided_plans.py \
        [--set wire28 ...] [--out /tmp/x.jsonl]

Each story runs as ``bench_wire.py`` runs it (:func:`where_dates_lost.analyze_patched`), with ``compare._statuses``
wrapped so that every status finding is seen before ``flags.to_flags`` drops those that
``compare.decided_against_deed`` marks (feature ``decided``): one line for each such finding, shown or not, with its
confidence (set on the finding by the confidence model before the drop) and whether it lies on a plant's two spans.
With ``decision_verbs`` switched off in the checkout the same findings are simply not marked, so run it on the
candidate: the lines are what the rule removes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_wire import SETS, load_plants, set_dir  # noqa: E402
from where_dates_lost import _inside, analyze_patched  # noqa: E402


def run(sets: list[str]) -> list[dict[str, Any]]:
    import newsprism.story.compare as c
    from newsprism.api import load_pipeline

    pipe = load_pipeline()
    original: Callable[..., Any] = c._statuses
    rows: list[dict[str, Any]] = []
    for wire_set in sets:
        plants = load_plants(set_dir(wire_set) / "plants.json")
        stories = sorted(p.name for p in set_dir(wire_set).iterdir() if p.is_dir())
        for story in stories:
            seen: list[tuple[str, str, Any]] = []

            def patches(ids: dict[str, str], seen: list[tuple[str, str, Any]] = seen) -> dict[str, Callable[..., Any]]:
                def wrapped(sa: Any, sb: Any, sims: Any, cfg: dict[str, Any]) -> Any:
                    out = original(sa, sb, sims, cfg)
                    for f in out:
                        if f.kind == "status" and float(f.features.get("decided", 0.0)) >= 1.0:
                            seen.append((ids.get(sa.text, sa.name), ids.get(sb.text, sb.name), f))
                    return out
                return {"_statuses": wrapped}

            analyze_patched(c, wire_set, story, pipe, patches)
            for da, db, f in seen:
                sides = [{"document": d, "start": s.start, "end": s.end, "text": s.text, "value": s.status}
                         for d, s in ((da, f.a), (db, f.b))]
                on = [p["id"] for p in plants if p["story"] == story and all(
                    any(ps["document"] == s["document"] and _inside(s["start"], s["end"], ps) for ps in p["sides"])
                    for s in sides)]
                rows.append({"set": wire_set, "story": story, "confidence": round(float(f.confidence or 0.0), 3),
                             "plants": on, "sides": sides})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", dest="sets", action="append", choices=SETS, help="a wire set (default: every one)")
    ap.add_argument("--out", type=Path, help="write one JSON line a finding here")
    args = ap.parse_args()
    rows = run(args.sets or list(SETS))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    for r in rows:
        a, b = r["sides"]
        print(f"{r['set']:6} {r['story']:32} {r['confidence']:.3f} plants={r['plants']} "
              f"[{a['value']}] {a['text']!r} / [{b['value']}] {b['text']!r}")
    print(f"{len(rows)} findings marked decided")


if __name__ == "__main__":
    main()
