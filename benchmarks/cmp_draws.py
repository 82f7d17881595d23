"""Compare two runs of `benchmarks/story_draws.sh` flag by flag: which conflict / precision / status flags are shown
(confidence at or above the report's cut) in one run and not the other, with their stored labels where the draw has
them. A flag is keyed as `audit_story.key` keys it (story, kind, slot, evidence offsets).

    python benchmarks/cmp_draws.py BASE_OUT CANDIDATE_OUT
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import audit_story  # noqa: E402


def shown(run: Path) -> dict[tuple, dict]:
    cut = audit_story.confident_at()
    found: dict[tuple, dict] = {}
    for path in sorted(run.glob("*.json")):
        if path.name.endswith("_fig.json"):
            continue
        results = json.loads(path.read_text("utf-8"))["results"]
        for story, result in results.items():
            for flag in audit_story.flags(result):
                if flag["kind"] in audit_story.SHOWN_KINDS and flag.get("confidence", 0.0) >= cut:
                    found[(path.stem, *audit_story.key(story, flag))] = flag
    return found


def labels() -> dict[tuple, str]:
    known: dict[tuple, str] = {}
    for path in sorted((Path(__file__).resolve().parent / "audits").glob("story_*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line)
            if {"story", "kind", "slot", "sides", "label"} <= row.keys():
                known[audit_story.label_key(row)] = row["label"]
    return known


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base", type=Path)
    ap.add_argument("candidate", type=Path)
    args = ap.parse_args()
    base, cand, known = shown(args.base), shown(args.candidate), labels()
    for name, keys, run in (("new", cand.keys() - base.keys(), cand), ("gone", base.keys() - cand.keys(), base)):
        print(f"{name}: {len(keys)}")
        for k in sorted(keys, key=str):
            flag = run[k]
            print(f"  [{k[0]}] {k[1]} {flag['kind']} {flag.get('slot')} {flag.get('confidence'):.3f} "
                  f"label={known.get(k[1:], 'unlabelled')} :: {flag.get('sentence') or flag.get('text') or ''}"[:400])
    print(f"shown flags: base {len(base)}, candidate {len(cand)}")


if __name__ == "__main__":
    main()
