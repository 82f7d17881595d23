"""Ingestion + NLP core throughput over the PTC 2020 articles (real news), with peak memory.

    .venv/bin/python benchmarks/bench_ingest.py [--limit N]

Reads ../shared/data/ptc2020/{train,dev}-articles. Prints articles/s, words/s and peak RSS for (a) ingestion
alone and (b) ingestion + the NLP core components (sentences, canonical entities, dates).
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
from datetime import date
from pathlib import Path

from newsprism.ingest import iter_inputs
from newsprism.model import Document
from newsprism.pipeline import Pipeline, PipelineConfig

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ptc2020"
CORE = ["newsprism.sentences.v1", "newsprism.entities.v1", "newsprism.dates.v1"]


def articles(limit: int | None) -> list[Path]:
    files = sorted(DATA.glob("train-articles/*.txt")) + sorted(DATA.glob("dev-articles/*.txt"))
    return files[:limit] if limit else files


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    files = articles(args.limit)
    if not files:
        print(f"no PTC articles under {DATA}; skipping", file=sys.stderr)
        return 0
    t0 = time.perf_counter()
    docs = [d for d in iter_inputs(files) if isinstance(d, Document)]
    t_ingest = time.perf_counter() - t0
    words = sum(len(d.body.text.split()) for d in docs)
    cfg = PipelineConfig(components=[{"factory": f} for f in CORE])
    pipe = Pipeline.from_config(cfg)
    pipe.pipe(docs[:2])  # load the models outside the timed region (the run state is not kept)
    t1 = time.perf_counter()
    pipe.pipe(docs)
    t_nlp = time.perf_counter() - t1
    total = t_ingest + t_nlp
    result = {
        "date": date.today().isoformat(), "machine": f"{platform.machine()}, {resource.getpagesize()}B pages, "
        f"{__import__('os').cpu_count()} CPUs", "articles": len(docs), "failed": len(files) - len(docs),
        "words": words, "ingest_articles_per_s": round(len(docs) / t_ingest, 1),
        "ingest_plus_nlp_articles_per_s": round(len(docs) / total, 2),
        "ingest_plus_nlp_words_per_s": round(words / total), "stage_seconds": {
            "ingest": round(t_ingest, 2), **{k: round(v, 2) for k, v in pipe.timings.items()}},
        "peak_rss_mb": round(peak_rss_mb()),
    }
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
