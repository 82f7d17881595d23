"""ECB+ event coreference through ``newsprism export events`` (CoNLL F1 over the gold mentions).

    .venv/bin/python benchmarks/bench_events_ecbplus.py --split dev --out out/bench/ecb_dev.jsonl

One story per sub-topic folder (``<topic>/<topic>ecb``, ``<topic>/<topic>ecbplus``) of the split's topics; the
export is scored as the maintainers do: each gold mention of the evaluation subset takes the event id of the
exported trigger that overlaps it most, a gold mention that no trigger overlaps is a cluster of its own, and
``../shared/tools/coref_score.py`` gives MUC, B3, CEAF-e and their mean. Train topics are for development;
dev is measured, never tuned on; the test topics are held back by the maintainers.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))
from ecbplus import gold_mentions, response_from_export, score, subtopic_dirs  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--split", default="dev", choices=("train", "dev"))
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "bench" / "ecb_dev.jsonl")
    ap.add_argument("--reuse", action="store_true", help="score an existing export file")
    a = ap.parse_args()
    dirs = subtopic_dirs(a.data, a.split)
    t0 = time.time()
    if not a.reuse:
        a.out.parent.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
        subprocess.run([sys.executable, "-m", "newsprism", "export", "events", *map(str, dirs), "-o", str(a.out)],
                       check=True, env=env)
    took = time.time() - t0
    lines = [json.loads(x) for x in a.out.read_text(encoding="utf-8").splitlines()]
    gold = gold_mentions(a.data, a.split)
    resp, found = response_from_export(gold, lines)
    res = score(gold, resp)
    docs = sum(1 for r in lines if r["type"] == "document")
    res.update({"split": a.split, "stories": len(dirs), "documents": docs,
                "event_mentions": sum(1 for r in lines if r["type"] == "event"),
                "gold_mentions": len(gold), "gold_found": found, "seconds": round(took, 1),
                "machine": f"{platform.machine()}, {os.cpu_count()} cores"})
    print(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
