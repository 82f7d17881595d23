"""The one SQLite store used by the CLI, batch runs and the web app.

``Store`` is assembled from one module per concern: ``schema`` (connections, numbered migrations, the write
transaction), ``writer`` (documents, stories, workspace edits), ``reviews`` (verdicts on flags),
``clustering`` (incremental story assignment), ``search`` (full text and near-duplicates) and ``reader``.
One writer connection (guarded by a lock) and one read connection per thread; WAL mode lets reads run while a
batch writes. Every document is written in its own transaction, keyed by ``content_hash``, so saving twice is
a no-op and a killed run loses at most the documents in flight.
"""

from __future__ import annotations

from newsprism.store.clustering import STORY_THRESHOLD
from newsprism.store.reader import Reader
from newsprism.store.reviews import Reviews
from newsprism.store.schema import hash_text, migrations
from newsprism.store.search import Search
from newsprism.store.writer import Writer, analysis_story_id, remap_story_ids


class Store(Reviews, Reader, Search, Writer):
    """The store: ``Store(path)`` opens (and migrates) the file; ``close()`` or a ``with`` block ends it."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["STORY_THRESHOLD", "Store", "analysis_story_id", "hash_text", "migrations", "remap_story_ids"]
