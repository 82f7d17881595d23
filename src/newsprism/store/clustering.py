"""Incremental story clustering: a stored document joins the story whose centroid (mean title + lead
embedding) is nearest, when the cosine passes ``STORY_THRESHOLD``, or starts a new story; a near-duplicate
joins its original's story."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from newsprism.store.schema import Database

STORY_THRESHOLD = 0.67  # cosine of title+lead embeddings to a story centroid to join it (BASIL pairwise F1, see benchmarks/scale.md)
Centroids = tuple[list[str], np.ndarray, list[int]]


class Clustering(Database):
    _centroids: Centroids | None = None

    def _load_centroids(self) -> Centroids:
        if self._centroids is None:
            # The centroid is the mean over the embedded members only (duplicates have NULL similarity).
            rows = self._w.execute(
                "SELECT s.id, s.centroid, (SELECT count(*) FROM story_documents m WHERE m.story_id = s.id "
                "AND m.similarity IS NOT NULL) AS n_documents FROM stories s "
                "WHERE s.centroid IS NOT NULL ORDER BY s.rowid").fetchall()
            ids = [r["id"] for r in rows]
            mat = (np.stack([np.frombuffer(r["centroid"], dtype=np.float32) for r in rows])
                   if rows else np.zeros((0, 384), dtype=np.float32))
            self._centroids = (ids, mat.copy(), [r["n_documents"] for r in rows])
        return self._centroids

    def forget_centroids(self) -> None:
        """Drop the in-memory centroids (after a story was deleted or its members changed by hand)."""
        self._centroids = None

    def assign_story(self, doc_id: str, embedding: np.ndarray,
                     threshold: float = STORY_THRESHOLD) -> tuple[str, float]:
        """Put a stored document into the nearest story (cosine to its centroid >= threshold) or a new one.

        Returns (story id, similarity; 1.0 for a new story). The joined story is marked stale so that the
        next comparison pass rebuilds it.
        """
        with self.transaction(f"assign {doc_id} to a story"):
            story_id, sim, commit_cache = self._assign_story_tx(doc_id, embedding, threshold)
        if commit_cache is not None:
            commit_cache()
        return story_id, sim

    def _assign_story_tx(self, doc_id: str, embedding: np.ndarray,
                         threshold: float) -> tuple[str, float, Callable[[], None] | None]:
        """Inside a transaction: the story join itself, plus a callback that updates the in-memory
        centroids once the transaction has committed (so a rollback never leaves them ahead of the file)."""
        emb = np.asarray(embedding, dtype=np.float32)
        w = self._w
        existing = w.execute("SELECT story_id FROM story_documents WHERE doc_id = ? ORDER BY rowid LIMIT 1",
                             (doc_id,)).fetchone()
        if existing is not None:
            return str(existing["story_id"]), 1.0, None
        ids, mat, counts = self._load_centroids()
        best, sim = -1, -1.0
        if len(ids):
            sims = mat @ emb
            best = int(np.argmax(sims))
            sim = float(sims[best])
        if best >= 0 and sim >= threshold:
            story_id = ids[best]
            c = mat[best] * counts[best] + emb
            c /= max(float(np.linalg.norm(c)), 1e-9)
            w.execute("UPDATE stories SET centroid = ?, n_documents = n_documents + 1, stale = 1, "
                      "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
                      (c.astype(np.float32).tobytes(), story_id))
        else:
            story_id, sim, c, best = f"s-{doc_id}", 1.0, emb, -1
            title = w.execute("SELECT title FROM documents WHERE id = ?", (doc_id,)).fetchone()
            w.execute("INSERT INTO stories (id, title, n_documents, centroid, stale) VALUES (?, ?, 1, ?, 0)",
                      (story_id, title["title"] if title else None, emb.tobytes()))
        w.execute("INSERT INTO story_documents (story_id, doc_id, similarity) VALUES (?, ?, ?)",
                  (story_id, doc_id, sim))

        def commit_cache() -> None:
            nonlocal ids, mat, counts
            if best >= 0:
                mat[best] = c
                counts[best] += 1
            else:
                self._centroids = (ids + [story_id], np.vstack([mat, emb[None, :]]), counts + [1])

        return story_id, sim, commit_cache

    def link_duplicate(self, doc_id: str, original_id: str) -> str | None:
        """A near-duplicate joins its original's story; returns that story id (None if it has none)."""
        with self._lock:
            return self._link_duplicate_tx(doc_id, original_id)

    def _link_duplicate_tx(self, doc_id: str, original_id: str) -> str | None:
        r = self._w.execute("SELECT story_id FROM story_documents WHERE doc_id = ? ORDER BY rowid LIMIT 1",
                            (original_id,)).fetchone()
        if r is None:
            return None
        self._w.execute("INSERT OR IGNORE INTO story_documents (story_id, doc_id, similarity) "
                        "VALUES (?, ?, NULL)", (r["story_id"], doc_id))
        self._w.execute("UPDATE stories SET n_documents = (SELECT count(*) FROM story_documents "
                        "WHERE story_id = ?) WHERE id = ?", (r["story_id"], r["story_id"]))
        return str(r["story_id"])

    def stale_stories(self, min_documents: int = 2) -> list[str]:
        rows = self._read().execute("SELECT id FROM stories WHERE stale = 1 AND n_documents >= ? ORDER BY rowid",
                                    (min_documents,)).fetchall()
        return [r["id"] for r in rows]


__all__ = ["STORY_THRESHOLD", "Clustering"]
