"""The work one worker process does on one partition of documents.

Plain functions of picklable arguments, so the same code runs in-process, in a local process pool and on
Dask workers. Models load once per process: the pipeline is cached by :func:`newsprism.load_pipeline` and
the encoder by :func:`newsprism.encoder.get_encoder`.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import numpy as np

from newsprism.model import Document

log = logging.getLogger(__name__)

LEAD_CHARS = 600  # title + the first body paragraphs up to this many characters go into the story embedding


@dataclass(frozen=True)
class PipelineSpec:
    """What a worker needs to build its pipeline: picklable, no model objects."""

    config: str | None = None
    disable: tuple[str, ...] = ()
    embed: bool = True  # story-clustering embedding of title + lead
    threads: int = 0  # onnxruntime intra-op threads per worker (0: library default)


@dataclass
class ItemResult:
    """One document out of a worker: its analyzed JSON and story embedding, or why it failed."""

    index: int  # position in the partition
    doc_json: str | None = None
    embedding: bytes | None = None
    error: str | None = None


def lead_text(doc: Document) -> str:
    """Title plus the opening of the body: what the story embedding looks at."""
    parts = [doc.title or ""]
    size = 0
    for p in doc.body_paragraphs():
        chunk = doc.text[p.start : p.end]
        if doc.title and chunk.strip() == doc.title.strip():
            continue
        parts.append(chunk)
        size += len(chunk)
        if size >= LEAD_CHARS:
            break
    return "\n".join(x for x in parts if x)[: LEAD_CHARS + 200]


def _setup(spec: PipelineSpec) -> None:
    if spec.threads and "NEWSPRISM_THREADS" not in os.environ:
        os.environ["NEWSPRISM_THREADS"] = str(spec.threads)


def analyze_partition(docs_json: list[str], spec: PipelineSpec) -> list[ItemResult]:
    """Run the pipeline over a partition (batched across its documents) and embed title + lead.

    A failure of the whole batch falls back to one document at a time, so one bad document costs only
    itself; its error is returned, never raised.
    """
    from newsprism.api import load_pipeline

    _setup(spec)
    pipe = load_pipeline(spec.config, disable=spec.disable)
    docs = [Document.model_validate_json(s) for s in docs_json]
    try:
        done = pipe.pipe(docs)
        results = [ItemResult(index=i) for i in range(len(done))]
    except Exception:  # noqa: BLE001 - retried one by one below, each failure reported
        log.exception("partition failed; retrying its documents one by one")
        done, results = [], []
        for i, s in enumerate(docs_json):
            try:
                done.append(pipe.pipe([Document.model_validate_json(s)])[0])
                results.append(ItemResult(index=i))
            except Exception as exc:  # noqa: BLE001
                results.append(ItemResult(index=i, error=f"{exc.__class__.__name__}: {exc}"))
    ok = [(r, d) for r, d in zip((r for r in results if r.error is None), done, strict=True)]
    if spec.embed and ok:
        from newsprism.encoder import get_encoder

        vecs = get_encoder().embed([lead_text(d) for _, d in ok])
        for (r, _), v in zip(ok, vecs, strict=True):
            r.embedding = np.asarray(v, dtype=np.float32).tobytes()
    for r, d in ok:  # the run state (parsed spaCy docs, model outputs) stayed in the pipeline run
        r.doc_json = d.model_dump_json()
    return results


def compare_story(docs_json: list[str], spec: PipelineSpec) -> list[ItemResult]:
    """Build the cross-source comparison of one story's documents (a story's compare pass, on a worker).

    Returns one ItemResult whose ``doc_json`` is the Story JSON, or whose ``error`` says why it failed."""
    from newsprism.api import build_story

    _setup(spec)
    try:
        story = build_story([Document.model_validate_json(s) for s in docs_json])
    except Exception as exc:  # noqa: BLE001 - one story's comparison failing must not lose the batch
        log.exception("comparing a story failed")
        return [ItemResult(index=0, error=f"{exc.__class__.__name__}: {exc}")]
    return [ItemResult(index=0, doc_json=story.model_dump_json())]


def warm_up(spec: PipelineSpec) -> str:
    """Load the models of this worker process now (Dask workers call it once before work arrives)."""
    from newsprism.api import load_pipeline

    _setup(spec)
    pipe = load_pipeline(spec.config, disable=spec.disable)
    if spec.embed:
        from newsprism.encoder import get_encoder

        get_encoder()
    return ",".join(pipe.names)
