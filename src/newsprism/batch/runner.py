"""``run_batch``: stream inputs, skip what is done, link near-duplicates, analyze the rest on an engine,
write each result in its own transaction, then compare the stories that changed.

The main process reads inputs and writes results; workers only analyze. Everything the writer decides
(skips, duplicate links, story joins) happens in input order, so runs are reproducible across engines.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from newsprism.api import component_failures
from newsprism.batch.engines import DaskEngine, Engine, LocalEngine, worker_threads
from newsprism.batch.inputs import count_inputs, stream_inputs
from newsprism.batch.progress import BatchProgress
from newsprism.batch.sinks import JsonlSink, Sink, StoreSink
from newsprism.batch.worker import PipelineSpec, compare_story
from newsprism.common.near_duplicates import MemoryLSH, document_text, signature
from newsprism.errors import IngestError, NewsprismError
from newsprism.ingest import Skipped
from newsprism.limits import DEFAULT_LIMITS, Limits
from newsprism.model import Document, InputFailure

log = logging.getLogger(__name__)

PARTITION_SIZE = 16  # documents per task: large enough to batch encoder calls, small enough to bound memory
MAX_STORY_COMPARE = 30  # a story is compared over at most this many of its analyzed documents


@dataclass
class BatchReport:
    analyzed: int = 0
    skipped: int = 0  # already in the store / output (resume)
    duplicates: int = 0  # near-duplicates linked, not analyzed
    failed: list[InputFailure] = field(default_factory=list)
    partial: list[InputFailure] = field(default_factory=list)  # saved, but a component failed on them
    stories_compared: int = 0
    seconds: float = 0.0
    analysis_seconds: float = 0.0  # reading, analyzing and writing, without the story comparison pass
    words: int = 0
    not_read: list[Skipped] = field(default_factory=list)  # files a folder held that are not articles, and why

    @property
    def nothing_found(self) -> bool:
        """No input held anything to analyze (not even work already done)."""
        return not (self.analyzed or self.skipped or self.duplicates or self.failed or self.partial)

    @property
    def exit_code(self) -> int:
        return 2 if (self.failed or self.partial or self.nothing_found) else 0

    @property
    def rate(self) -> float:
        return self.analyzed / self.analysis_seconds if self.analysis_seconds else 0.0

    def summary(self) -> str:
        return (f"analyzed {self.analyzed}, skipped {self.skipped} already done, linked {self.duplicates} "
                f"near-duplicates, failed {len(self.failed)}, partial {len(self.partial)}, "
                f"compared {self.stories_compared} stories; {self.seconds:.1f}s in all, "
                f"{self.rate:.2f} articles/s analyzed")


@dataclass
class _Partition:
    docs: list[Document]
    sigs: list[np.ndarray | None]
    dups: list[tuple[Document, str, float]] = field(default_factory=list)  # (doc, original hash, sim)


def _hash(doc: Document) -> str:
    if not doc.content_hash:
        doc.content_hash = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    return doc.content_hash


def run_batch(inputs: Sequence[str | Path], *, db: str | Path | None = None, out: str | Path | None = None,
              workers: int = 1, engine: str = "local", scheduler: str | None = None, quiet: bool = True,
              pipeline: str | Path | None = None, disable: tuple[str, ...] | list[str] = (),
              dedupe: bool = True, stories: bool = True, compare: bool = True, embed: bool = True,
              partition_size: int = PARTITION_SIZE, limits: Limits = DEFAULT_LIMITS,
              story_threshold: float | None = None, dask_client: object = None) -> BatchReport:
    """Analyze every input into ``db`` (SQLite store) or ``out`` (JSONL). Never raises for a bad input:
    failures are collected in the report, whose ``exit_code`` is 2 when any input failed.

    ``stories`` clusters documents into stories incrementally (store only); ``compare`` then rebuilds the
    cross-source comparison of every story that changed."""
    if (db is None) == (out is None):
        raise NewsprismError("give exactly one of db (SQLite store) or out (JSONL file)")
    cluster = stories and embed and db is not None
    sink: Sink = (StoreSink(db, cluster=cluster, threshold=story_threshold) if db is not None
                  else JsonlSink(out))  # type: ignore[arg-type]
    # The title+lead embedding only serves story clustering: skip it when nothing clusters (JSONL, --no-stories).
    spec = PipelineSpec(config=str(pipeline) if pipeline else None, disable=tuple(sorted(disable)), embed=cluster,
                        threads=worker_threads(workers))
    report = BatchReport()
    t0 = time.perf_counter()
    progress = BatchProgress(total=count_inputs(inputs), quiet=quiet)
    eng: Engine | None = None
    try:
        eng = (DaskEngine(spec, workers=workers, scheduler=scheduler, client=dask_client) if engine == "dask"
               else LocalEngine(spec, workers=workers))
        with progress:
            parts = _partitions(inputs, sink, report, progress, dedupe=dedupe, size=partition_size,
                                limits=limits)
            for part, results in eng.map((p, [d.model_dump_json() for d in p.docs]) for p in parts):
                _write(part, results, sink, report, progress)
            report.analysis_seconds = time.perf_counter() - t0
            if isinstance(sink, StoreSink) and cluster and compare:
                report.stories_compared = compare_stale_stories(sink, progress, eng)
    finally:
        if eng is not None:
            eng.close()
        sink.close()
    report.seconds = time.perf_counter() - t0
    return report


def _partitions(inputs: Sequence[str | Path], sink: Sink, report: BatchReport, progress: BatchProgress, *,
                dedupe: bool, size: int, limits: Limits) -> Iterator[_Partition]:
    """Read inputs in order; drop what is done, note near-duplicates, and cut the rest into partitions."""
    pending = MemoryLSH()  # documents read but not yet written: duplicates among them are caught too
    seen: set[str] = set()
    part = _Partition([], [])
    for item in stream_inputs(inputs, limits=limits, skipped=report.not_read):
        if isinstance(item, IngestError):
            report.failed.append(InputFailure(input=item.input or "?", reason=item.reason,
                                            kind=type(item).__name__))
            progress.advance(failed=1)
            continue
        h = _hash(item)
        if h in seen or sink.has(h):
            report.skipped += 1
            progress.advance(skipped=1)
            continue
        seen.add(h)
        sig = signature(document_text(item)) if dedupe else None
        if sig is not None:
            hit = sink.find_duplicate(sig) or pending.query(sig)
            if hit is not None:
                part.dups.append((item, hit[0], hit[1]))
                continue
            pending.add(item.id, sig)
        part.docs.append(item)
        part.sigs.append(sig)
        if len(part.docs) >= size:
            yield part
            part = _Partition([], [])
            if len(pending) > 50_000:  # written documents are found by the sink; keep this bounded
                pending = MemoryLSH()
    if part.docs or part.dups:
        yield part


def _write(part: _Partition, results: list, sink: Sink, report: BatchReport, progress: BatchProgress) -> None:
    ids: dict[str, str] = {}  # id at ingestion -> id in the sink
    failed: set[str] = set()
    for doc, sig, res in zip(part.docs, part.sigs, results, strict=True):
        if res.error is not None or res.doc_json is None:
            report.failed.append(InputFailure(input=doc.source, reason=res.error or "no result", kind="AnalysisError"))
            failed.add(doc.id)
            progress.advance(failed=1)
            continue
        done = Document.model_validate_json(res.doc_json)
        emb = np.frombuffer(res.embedding, dtype=np.float32) if res.embedding else None
        ids[doc.id] = sink.save(done, emb, sig)
        report.analyzed += 1
        report.words += len(done.body_text.split())
        report.partial += component_failures([done])
        progress.advance(analyzed=1)
    for doc, original, sim in part.dups:
        if original in failed:
            report.failed.append(InputFailure(input=doc.source, reason=f"near-duplicate of {original}, which failed",
                                            kind="AnalysisError"))
            progress.advance(failed=1)
            continue
        try:
            sink.save_duplicate(doc, ids.get(original, original), sim)
        except NewsprismError as exc:
            report.failed.append(InputFailure(input=doc.source, reason=exc.reason, kind=type(exc).__name__))
            progress.advance(failed=1)
            continue
        report.duplicates += 1
        progress.advance(duplicates=1)
    sink.flush()


def compare_stale_stories(sink: StoreSink, progress: BatchProgress, engine: Engine | None = None) -> int:
    """Rebuild the cross-source comparison of every story whose members changed (two or more analyzed).

    Each story is compared on the engine's workers (in this process without one); results are saved in
    the order the stories were marked stale, so every engine writes the same store."""
    from newsprism.model import Story

    store = sink.store
    todo = store.stale_stories()
    progress.phase("comparing stories", len(todo))

    def jobs() -> Iterator[tuple[tuple[str, list[str]], list[str]]]:
        for sid in todo:
            ids = store.story_document_ids(sid)
            docs = [d for d in (store.load_document(i) for i in ids) if d is not None]
            docs = [d for d in docs if not d.has_note("duplicate")]
            docs = docs[-MAX_STORY_COMPARE:]
            yield (sid, ids), ([d.model_dump_json() for d in docs] if len(docs) >= 2 else [])

    n = 0
    results = (engine.map(jobs(), task=_compare_or_skip) if engine is not None
               else (((meta, _compare_or_skip(docs, None)) for meta, docs in jobs())))
    for (sid, ids), res in results:
        if res and res[0].error is not None:
            log.error("comparing story %s failed: %s", sid, res[0].error)
            progress.note(f"story {sid}: comparison failed: {res[0].error}")
        elif res and res[0].doc_json is not None:
            story = Story.model_validate_json(res[0].doc_json)
            story.id = sid
            story.documents = ids
            store.save_story(story)
            n += 1
        progress.advance_phase()
    return n


def _compare_or_skip(docs_json: list[str], spec: PipelineSpec | None) -> list:
    """A story with fewer than two analyzed documents has nothing to compare."""
    return compare_story(docs_json, spec or PipelineSpec()) if len(docs_json) >= 2 else []
