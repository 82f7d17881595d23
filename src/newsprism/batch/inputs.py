"""Streaming inputs for batch runs: JSONL files are read line by line (no whole-file size cap, bounded
memory); every other input goes through :func:`newsprism.ingest.load` as in ``newsprism analyze``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsprism.errors import IngestError
from newsprism.ingest import Skipped, expand, load, record_to_document
from newsprism.ingest.charset import decode_bytes
from newsprism.limits import DEFAULT_LIMITS, Limits
from newsprism.model import Document

JSONL = (".jsonl", ".ndjson")


def _is_jsonl(source: str) -> bool:
    p = Path(source)
    return p.suffix.lower() in JSONL and p.is_file()


def _jsonl_records(source: str, limits: Limits) -> Iterator[Document | IngestError]:
    try:
        fh = open(source, "rb")  # noqa: SIM115 - closed below; a generator cannot use `with` around yields cleanly
    except OSError as exc:
        yield IngestError(f"{exc.__class__.__name__}: {exc}", input=source)
        return
    with fh:
        for lineno, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            name = f"{source}:{lineno}"
            if len(raw) > limits.max_bytes:
                yield IngestError(f"record is {len(raw)} bytes, over max_bytes={limits.max_bytes}", input=name)
                continue
            try:
                rec = json.loads(decode_bytes(raw, name))
                yield record_to_document(rec, name, limits)
            except json.JSONDecodeError as exc:
                yield IngestError(f"invalid JSON: {exc.msg} at column {exc.colno}", input=name)
            except IngestError as exc:
                yield exc


def stream_inputs(inputs: Iterable[str | Path], *, limits: Limits = DEFAULT_LIMITS, allow_private: bool = True,
                  skipped: list[Skipped] | None = None) -> Iterator[Document | IngestError]:
    """Every Document or IngestError of the inputs, in order, one at a time; files a folder holds that are
    not read go to ``skipped``."""
    for source in expand(inputs, skipped):
        if _is_jsonl(source):
            yield from _jsonl_records(source, limits)
        else:
            yield from load(source, limits=limits, allow_private=allow_private)


def count_inputs(inputs: Iterable[str | Path]) -> int | None:
    """How many items a run will see (JSONL lines counted, other files as one), for the progress bar's ETA."""
    n = 0
    for source in expand(inputs):
        if _is_jsonl(source):
            with open(source, "rb") as fh:
                n += sum(1 for line in fh if line.strip())
        else:
            n += 1
    return n
