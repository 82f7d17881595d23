"""Where batch results go: the SQLite store, or a JSONL file. Both know what is already done (resume)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Protocol

import numpy as np

from newsprism.common.near_duplicates import MemoryLSH, document_text, signature
from newsprism.errors import StoreError
from newsprism.model import SCHEMA_ID, Document
from newsprism.model.upgrade import SCHEMA_V1, load_document
from newsprism.store import Store
from newsprism.store.db import STORY_THRESHOLD


class Sink(Protocol):
    def has(self, content_hash: str) -> bool: ...

    def find_duplicate(self, sig: np.ndarray) -> tuple[str, float] | None: ...

    def save(self, doc: Document, embedding: np.ndarray | None, sig: np.ndarray | None) -> str: ...

    def save_duplicate(self, doc: Document, original_id: str, similarity: float) -> str: ...

    def flush(self) -> None: ...

    def close(self) -> None: ...


def note_duplicate(doc: Document, original_id: str, similarity: float) -> None:
    doc.note("batch", "duplicate",
             f"near-duplicate of {original_id} (estimated Jaccard {similarity:.2f}); not analyzed again")


class StoreSink:
    """Each document is its own transaction in the store (with its story join); ``has`` reads the store."""

    def __init__(self, path: str | Path, *, cluster: bool = True, threshold: float | None = None) -> None:
        self.store = Store(path)
        self.cluster = cluster
        self.threshold = threshold

    def has(self, content_hash: str) -> bool:
        return self.store.has_document(content_hash)

    def find_duplicate(self, sig: np.ndarray) -> tuple[str, float] | None:
        return self.store.find_near_duplicate(sig)

    def save(self, doc: Document, embedding: np.ndarray | None, sig: np.ndarray | None) -> str:
        return self.store.save_document(doc, embedding=embedding, minhash=sig,
                                        cluster=self.cluster and embedding is not None,
                                        threshold=STORY_THRESHOLD if self.threshold is None else self.threshold)

    def save_duplicate(self, doc: Document, original_id: str, similarity: float) -> str:
        if self.store.get_document(original_id) is None:
            raise StoreError(f"near-duplicate of {original_id}, which is not in the store (it failed)",
                             input=doc.source)
        note_duplicate(doc, original_id, similarity)
        return self.store.save_document(doc, duplicate_of=original_id, analyzed=False, cluster=self.cluster)

    def flush(self) -> None:  # every save already committed
        return None

    def close(self) -> None:
        self.store.close()


class JsonlSink:
    """Appends ``{"schema", "document"}`` lines (``duplicate_of`` added for near-duplicates), flushed and
    fsynced per partition. On open it reads the file back: finished content hashes are skipped and their
    MinHash signatures rebuilt, and a torn last line from a killed run is cut off.

    Memory note: the in-memory LSH costs about 1.2 KB per document; use ``--db`` for millions of articles.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.hashes: set[str] = set()
        self.lsh = MemoryLSH()
        self._ids: dict[str, str] = {}  # content hash -> document id
        self._read_back()
        self._fh = self.path.open("a", encoding="utf-8")

    def _read_back(self) -> None:
        if not self.path.exists():
            return
        good = 0
        with self.path.open("rb") as fh:
            for lineno, raw in enumerate(fh, start=1):
                if not raw.endswith(b"\n"):
                    break  # torn write from a killed run
                try:
                    rec = json.loads(raw)
                except json.JSONDecodeError:
                    break
                good += len(raw)
                doc = rec.get("document") or {}
                h = doc.get("content_hash")
                if not h:
                    continue
                self.hashes.add(h)
                if rec.get("duplicate_of") is None:
                    # An earlier version's line is upgraded (or refused with a SchemaError naming the line).
                    loaded = load_document(doc, str(rec.get("schema") or SCHEMA_V1), f"{self.path}:{lineno}")
                    self.lsh.add(loaded.id, signature(document_text(loaded)))
        if good != self.path.stat().st_size:
            with self.path.open("r+b") as fh:
                fh.truncate(good)

    def has(self, content_hash: str) -> bool:
        return content_hash in self.hashes

    def find_duplicate(self, sig: np.ndarray) -> tuple[str, float] | None:
        return self.lsh.query(sig)

    def _write(self, rec: dict) -> None:
        self._fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    def save(self, doc: Document, embedding: np.ndarray | None, sig: np.ndarray | None) -> str:
        self._write({"schema": SCHEMA_ID, "document": doc.model_dump(mode="json")})
        self.hashes.add(doc.content_hash)
        if sig is not None:
            self.lsh.add(doc.id, sig)
        return doc.id

    def save_duplicate(self, doc: Document, original_id: str, similarity: float) -> str:
        note_duplicate(doc, original_id, similarity)
        self._write({"schema": SCHEMA_ID, "document": doc.model_dump(mode="json"), "duplicate_of": original_id,
                     "similarity": round(similarity, 4)})
        self.hashes.add(doc.content_hash)
        return doc.id

    def flush(self) -> None:
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def close(self) -> None:
        self.flush()
        self._fh.close()
