"""Time of the events layer itself: the events component over N documents, then story-wide coreference.

    .venv/bin/python benchmarks/bench_events_speed.py --docs 20

Documents: the first N ECB+ dev documents with at least 1,500 characters (news articles of ordinary length),
or any folder given with --dir. The pipeline runs sentences, entities, dates and events; models are loaded
and warmed on one document first, so the figures are the per-run cost, not start-up.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))


def main() -> None:
    from ecbplus import subtopic_dirs

    from newsprism.events.coref import cluster
    from newsprism.events.export import nlp_pipeline
    from newsprism.ingest import iter_inputs
    from newsprism.model import Document

    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--dir", type=Path)
    ap.add_argument("--docs", type=int, default=20)
    a = ap.parse_args()
    dirs = [a.dir] if a.dir else subtopic_dirs(a.data, "dev")
    docs: list[Document] = []
    for d in dirs:
        docs += [x for x in iter_inputs([d]) if isinstance(x, Document) and len(x.text) >= 1500]
    docs = docs[: a.docs + 1]
    pipe = nlp_pipeline()
    pipe.pipe([docs[0]])  # warm: spaCy, encoder, event models
    for k in pipe.timings:
        pipe.timings[k] = 0.0
    run = docs[1:]
    t0 = time.perf_counter()
    out, states = pipe.pipe_with_state(run)
    total = time.perf_counter() - t0
    t1 = time.perf_counter()
    ids = cluster(out, states)
    coref = time.perf_counter() - t1
    print(json.dumps({"documents": len(run), "characters": sum(len(d.text) for d in run),
                      "events": sum(len(d.events) for d in out), "story_ids": len(set(ids.values())),
                      "seconds": {k: round(v, 2) for k, v in pipe.timings.items()},
                      "events_layer_s": round(pipe.timings.get("events", 0.0), 2),
                      "story_coref_s": round(coref, 2), "pipeline_total_s": round(total, 2),
                      "machine": f"{platform.machine()}, {os.cpu_count()} cores",
                      "load": os.getloadavg()[0]}, indent=1))


if __name__ == "__main__":
    main()
