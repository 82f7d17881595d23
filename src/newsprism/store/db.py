"""The one SQLite store used by the CLI, batch runs and the web app.

One writer connection (guarded by a lock) and one read connection per thread; WAL mode lets reads run
while a batch writes. Every document is written in its own transaction, keyed by ``content_hash``, so
saving twice is a no-op and a killed run loses at most the documents in flight.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import sqlite3
import threading
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from newsprism.common.near_duplicates import Settings, band_keys, settings, similarity
from newsprism.errors import SchemaError, StoreError
from newsprism.model import SCHEMA_ID, Analysis, Document, Story
from newsprism.model.upgrade import load_document, load_story
from newsprism.store.rows import LAYER_TABLES, discrepancy_rows, document_row, insert, layer_rows

_MIGRATION = re.compile(r"^(\d{3})_[\w-]+\.sql$")
_HL_START, _HL_END = "\ue000", "\ue001"  # snippet markers that cannot occur in stored text
STORY_THRESHOLD = 0.67  # cosine of title+lead embeddings to a story centroid to join it (BASIL pairwise F1, see benchmarks/scale.md)


def migrations() -> list[tuple[int, str, str]]:
    """(number, file name, SQL) for every numbered migration shipped in ``store/migrations``."""
    folder = resources.files("newsprism.store").joinpath("migrations")
    out = []
    for entry in folder.iterdir():
        m = _MIGRATION.match(entry.name)
        if m:
            out.append((int(m.group(1)), entry.name, entry.read_text("utf-8")))
    return sorted(out)


def _connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=30.0, check_same_thread=False, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


def hash_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def remap_story_ids(story: Story, ids: dict[str, str]) -> Story:
    """A deep copy of ``story`` with every document id renamed by ``ids`` (the ids the store gave).

    Document ids appear in the member list, the clusters, the duplicate links, the sides of every
    discrepancy / consensus / unique item, the timeline's sources and the per-source profiles; a stored
    story must name the stored documents everywhere, or links from a side to its text break.
    """
    out = story.model_copy(deep=True)
    if not ids or all(k == v for k, v in ids.items()):
        return out

    def m(x: str) -> str:
        return ids.get(x, x)

    out.documents = [m(i) for i in out.documents]
    out.clusters = [[m(i) for i in c] for c in out.clusters]
    for dup in out.duplicates:
        dup.document, dup.duplicate_of = m(dup.document), m(dup.duplicate_of)
    for item in out.discrepancies:
        for side in item.sides:
            side.document = m(side.document)
        item.refresh_id()  # the id hashes the sides' document ids
    for entry in out.timeline:
        for side in entry.sources:
            side.document = m(side.document)
    for p in out.profiles:
        p.document = m(p.document)
        for h in p.headline_stance_of_others:
            h.document = m(h.document)
    return out


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        try:
            self._w = _connect(self.path)
            if self.path != ":memory:":
                self._w.execute("PRAGMA journal_mode = WAL")
            # NORMAL in WAL mode survives a killed process (not a power cut) and is much faster than FULL.
            self._w.execute("PRAGMA synchronous = NORMAL")
            # A bigger page cache keeps index inserts (FTS, LSH bands) off the disk as the store grows.
            self._w.execute("PRAGMA cache_size = -65536")
            self._migrate()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store: {exc}", input=self.path) from exc
        self._centroids: tuple[list[str], np.ndarray, list[int]] | None = None

    # -- set-up ---------------------------------------------------------------------------------------
    def _migrate(self) -> None:
        with self._lock:
            current = self._w.execute("PRAGMA user_version").fetchone()[0]
            for number, name, sql in migrations():
                if number <= current:
                    continue
                try:
                    self._w.execute("BEGIN IMMEDIATE")
                    # executescript would commit on its own; run statements one by one inside our transaction.
                    for stmt in _split_sql(sql):
                        self._w.execute(stmt)
                    self._w.execute(f"PRAGMA user_version = {number}")
                    self._w.execute("COMMIT")
                except sqlite3.Error as exc:
                    self._w.execute("ROLLBACK")
                    raise StoreError(f"migration {name} failed: {exc}", input=self.path) from exc

    @property
    def schema_version(self) -> int:
        return int(self._read().execute("PRAGMA user_version").fetchone()[0])

    def _read(self) -> sqlite3.Connection:
        if self.path == ":memory:":
            return self._w  # an in-memory database exists only on its one connection
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = _connect(self.path)
            conn.execute("PRAGMA query_only = ON")
            self._local.conn = conn
            with self._lock:
                self._readers.append(conn)
        return conn

    def close(self) -> None:
        with self._lock:
            for conn in self._readers:
                conn.close()
            self._readers.clear()
            self._w.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writes ---------------------------------------------------------------------------------------
    def save_document(self, doc: Document, *, embedding: np.ndarray | None = None,
                      minhash: np.ndarray | None = None, duplicate_of: str | None = None,
                      analyzed: bool = True, cluster: bool = False,
                      threshold: float = STORY_THRESHOLD) -> str:
        """Insert or replace a document (keyed by content hash) with its layer rows; returns its id.

        A different document that already holds ``doc.id`` keeps it; this one gets ``<id>-<hash[:8]>``.
        With ``cluster`` (and an embedding) the document also joins its nearest story, and a near-duplicate
        (``duplicate_of``) joins its original's story, in the same transaction: a killed run never leaves
        a saved document outside its story.
        """
        chash = doc.content_hash or hash_text(doc.text)
        with self._lock:
            commit_cache = None
            try:
                self._w.execute("BEGIN IMMEDIATE")
                doc_id = self._save_document_tx(doc, chash, embedding, minhash, duplicate_of, analyzed)
                if cluster and duplicate_of is not None:
                    self._link_duplicate_tx(doc_id, duplicate_of)
                elif cluster and embedding is not None:
                    _, _, commit_cache = self._assign_story_tx(doc_id, embedding, threshold)
                self._w.execute("COMMIT")
            except BaseException as exc:
                self._w.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise StoreError(f"cannot save document {doc.id}: {exc}", input=self.path) from exc
                raise
            if commit_cache is not None:
                commit_cache()
        return doc_id

    def _save_document_tx(self, doc: Document, chash: str, embedding: np.ndarray | None,
                          minhash: np.ndarray | None, duplicate_of: str | None, analyzed: bool) -> str:
        w = self._w
        row = w.execute("SELECT id FROM documents WHERE content_hash = ?", (chash,)).fetchone()
        if row is not None:
            doc_id = str(row["id"])
        else:
            doc_id = doc.id
            if w.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone():
                doc_id = f"{doc.id}-{chash[:8]}"
        if doc_id != doc.id or doc.content_hash != chash:
            doc = doc.model_copy(update={"id": doc_id, "content_hash": chash})
        values = document_row(doc, analyzed=analyzed, duplicate_of=duplicate_of)
        if row is None:
            insert(w, "documents", values)
        else:
            sets = ", ".join(f'"{k}" = ?' for k in values if k != "id")
            w.execute(f"UPDATE documents SET {sets} WHERE id = ?",
                      (*[v for k, v in values.items() if k != "id"], doc_id))
            for table in LAYER_TABLES:
                w.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
        for table, r in layer_rows(doc):
            insert(w, table, r)
        if embedding is not None:
            w.execute("UPDATE documents SET embedding = ? WHERE id = ?",
                      (np.asarray(embedding, dtype=np.float32).tobytes(), doc_id))
        if minhash is not None:
            if row is not None:
                w.execute("DELETE FROM minhash_bands WHERE doc_id = ?", (doc_id,))
            w.execute("INSERT OR REPLACE INTO minhashes (doc_id, signature) VALUES (?, ?)",
                      (doc_id, np.asarray(minhash, dtype=np.uint64).tobytes()))
            w.executemany("INSERT INTO minhash_bands (band, key, doc_id) VALUES (?, ?, ?)",
                          [(i, k, doc_id) for i, k in enumerate(band_keys(minhash))])
        return doc_id

    def save_analysis(self, analysis: Analysis) -> str | None:
        """Save every document, and the story when there are two or more; returns the story id or None."""
        ids = {d.id: self.save_document(d) for d in analysis.documents}
        if len(analysis.documents) < 2:
            return None
        story = remap_story_ids(analysis.story, ids)
        if not story.documents:
            story.documents = [ids.get(d.id, d.id) for d in analysis.documents]
        if not story.id:
            hashes = sorted(d.content_hash or hash_text(d.text) for d in analysis.documents)
            story.id = "s-" + hashlib.sha256("\n".join(hashes).encode()).hexdigest()[:16]
        self.save_story(story)
        return story.id

    def save_story(self, story: Story) -> str:
        """Insert or replace a compared story, its member links and its discrepancy rows."""
        if not story.id:
            raise StoreError("a story needs an id to be saved", input=self.path)
        with self._lock:
            w = self._w
            try:
                w.execute("BEGIN IMMEDIATE")
                title = None
                if story.documents:
                    r = w.execute("SELECT title FROM documents WHERE id = ?", (story.documents[0],)).fetchone()
                    title = r["title"] if r else None
                w.execute(
                    "INSERT INTO stories (id, title, n_documents, json, stale, schema) VALUES (?, ?, ?, ?, 0, ?) "
                    "ON CONFLICT(id) DO UPDATE SET json = excluded.json, stale = 0, schema = excluded.schema, "
                    "title = coalesce(stories.title, excluded.title), "
                    "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
                    (story.id, title, len(story.documents), story.model_dump_json(), SCHEMA_ID))
                for doc_id in story.documents:
                    w.execute("INSERT OR IGNORE INTO story_documents (story_id, doc_id) VALUES (?, ?)",
                              (story.id, doc_id))
                w.execute("UPDATE stories SET n_documents = (SELECT count(*) FROM story_documents "
                          "WHERE story_id = ?) WHERE id = ?", (story.id, story.id))
                w.execute("DELETE FROM discrepancies WHERE story_id = ?", (story.id,))
                for r in discrepancy_rows(story.id, story):
                    insert(w, "discrepancies", r)
                w.execute("COMMIT")
            except sqlite3.Error as exc:
                w.execute("ROLLBACK")
                raise StoreError(f"cannot save story {story.id}: {exc}", input=self.path) from exc
        return story.id

    # -- incremental story clustering --------------------------------------------------------------------
    def _load_centroids(self) -> tuple[list[str], np.ndarray, list[int]]:
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

    def assign_story(self, doc_id: str, embedding: np.ndarray,
                     threshold: float = STORY_THRESHOLD) -> tuple[str, float]:
        """Put a stored document into the nearest story (cosine to its centroid >= threshold) or a new one.

        Returns (story id, similarity; 1.0 for a new story). The joined story is marked stale so that the
        next comparison pass rebuilds it.
        """
        with self._lock:
            try:
                self._w.execute("BEGIN IMMEDIATE")
                story_id, sim, commit_cache = self._assign_story_tx(doc_id, embedding, threshold)
                self._w.execute("COMMIT")
            except sqlite3.Error as exc:
                self._w.execute("ROLLBACK")
                raise StoreError(f"cannot assign {doc_id} to a story: {exc}", input=self.path) from exc
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
            return existing["story_id"], 1.0, None
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

    # -- near-duplicates -----------------------------------------------------------------------------
    def find_near_duplicate(self, sig: np.ndarray, s: Settings | None = None) -> tuple[str, float] | None:
        """The most similar stored, analyzed document whose MinHash passes the threshold (the ``documents``
        near-duplicate setting unless ``s`` is given), or None."""
        s = s or settings("documents")
        conn = self._read()
        keys = band_keys(sig, s)
        cands: set[str] = set()
        for i, k in enumerate(keys):
            cands.update(r[0] for r in conn.execute(
                "SELECT doc_id FROM minhash_bands WHERE band = ? AND key = ?", (i, k)))
        best: tuple[str, float] | None = None
        for doc_id in sorted(cands):
            r = conn.execute("SELECT m.signature FROM minhashes m JOIN documents d ON d.id = m.doc_id "
                             "WHERE m.doc_id = ? AND d.analyzed = 1", (doc_id,)).fetchone()
            if r is None:
                continue
            sim = similarity(sig, np.frombuffer(r[0], dtype=np.uint64))
            if sim >= s.threshold and (best is None or sim > best[1]):
                best = (doc_id, sim)
        return best

    # -- reads ----------------------------------------------------------------------------------------
    def has_document(self, content_hash: str) -> bool:
        r = self._read().execute("SELECT 1 FROM documents WHERE content_hash = ?", (content_hash,)).fetchone()
        return r is not None

    def content_hashes(self) -> set[str]:
        return {r[0] for r in self._read().execute("SELECT content_hash FROM documents")}

    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        """The stored Document as /2 JSON data (a row of an earlier contract version is upgraded)."""
        r = self._read().execute("SELECT json, schema FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if r is None:
            return None
        if r["schema"] == SCHEMA_ID:
            data: dict[str, Any] = json.loads(r["json"])
            return data
        return self._upgraded(doc_id, r["json"], r["schema"]).model_dump(mode="json")

    def load_document(self, doc_id: str) -> Document | None:
        r = self._read().execute("SELECT json, schema FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if r is None:
            return None
        if r["schema"] == SCHEMA_ID:
            return Document.model_validate_json(r["json"])
        return self._upgraded(doc_id, r["json"], r["schema"])

    def _upgraded(self, doc_id: str, raw: str, version: str) -> Document:
        try:
            return load_document(json.loads(raw), version, f"document {doc_id}")
        except SchemaError as exc:
            raise StoreError(f"stored {exc}", input=self.path) from exc

    def get_embedding(self, doc_id: str) -> np.ndarray | None:
        r = self._read().execute("SELECT embedding FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return np.frombuffer(r[0], dtype=np.float32) if r and r[0] is not None else None

    def story_document_ids(self, story_id: str) -> list[str]:
        rows = self._read().execute("SELECT doc_id FROM story_documents WHERE story_id = ? ORDER BY rowid",
                                    (story_id,)).fetchall()
        return [r[0] for r in rows]

    def get_story(self, story_id: str) -> dict[str, Any] | None:
        conn = self._read()
        r = conn.execute("SELECT id, json, schema FROM stories WHERE id = ?", (story_id,)).fetchone()
        if r is None:
            return None
        ids = self.story_document_ids(story_id)
        docs = [d for d in (self.get_document(i) for i in ids) if d is not None]
        if not r["json"]:
            story: dict[str, Any] = Story(id=story_id).model_dump(mode="json")
        elif r["schema"] == SCHEMA_ID:
            story = json.loads(r["json"])
        else:
            try:
                story = load_story(json.loads(r["json"]), r["schema"], f"story {story_id}",
                                   {str(d["id"]): d for d in docs}).model_dump(mode="json")
            except SchemaError as exc:
                raise StoreError(f"stored {exc}", input=self.path) from exc
        story["id"] = story_id
        story["documents"] = docs
        return story

    def story_of(self, doc_id: str) -> str | None:
        r = self._read().execute("SELECT story_id FROM story_documents WHERE doc_id = ? ORDER BY rowid LIMIT 1",
                                 (doc_id,)).fetchone()
        return r[0] if r else None

    def list_stories(self, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        rows = self._read().execute(
            "SELECT s.id, s.title, s.n_documents, s.updated_at, s.stale, "
            "(SELECT count(*) FROM discrepancies x WHERE x.story_id = s.id AND x.kind = 'conflict') "
            "AS n_conflicts FROM stories s ORDER BY s.updated_at DESC, s.rowid DESC LIMIT ? OFFSET ?",
            (limit, offset)).fetchall()
        return [dict(r) for r in rows]

    def list_documents(self, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        rows = self._read().execute(
            "SELECT id, title, source, outlet, url, published, genre, words, analyzed, duplicate_of, saved_at, "
            "content_hash FROM documents ORDER BY pk DESC LIMIT ? OFFSET ?", (limit, offset)).fetchall()
        return [dict(r) for r in rows]

    def count(self, table: str = "documents") -> int:
        if table not in {"documents", "stories", "story_documents", "entities", "events", "claims",
                         "techniques", "comments", "discrepancies"}:
            raise StoreError(f"unknown table {table!r}", input=self.path)
        return int(self._read().execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def search(self, q: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over titles and bodies. Each word of ``q`` is matched literally (all must occur);
        rows carry ``snippet`` (plain text) and ``snippet_html`` (escaped, hits in ``<mark>``)."""
        words = re.findall(r"\w+", q, flags=re.UNICODE)
        if not words:
            return []
        match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        try:
            rows = self._read().execute(
                f"SELECT d.id, d.title, d.source, d.published, "
                f"snippet(documents_fts, 1, '{_HL_START}', '{_HL_END}', '…', 16) AS snip, "
                f"bm25(documents_fts) AS rank FROM documents_fts JOIN documents d ON d.pk = documents_fts.rowid "
                f"WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?", (match, limit)).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"search failed: {exc}", input=q) from exc
        out = []
        for r in rows:
            snip = r["snip"] or ""
            escaped = html.escape(snip).replace(_HL_START, "<mark>").replace(_HL_END, "</mark>")
            out.append({"id": r["id"], "title": r["title"], "source": r["source"], "published": r["published"],
                        "snippet": snip.replace(_HL_START, "").replace(_HL_END, ""), "snippet_html": escaped,
                        "rank": r["rank"]})
        return out

    def integrity_check(self) -> str:
        return str(self._read().execute("PRAGMA integrity_check").fetchone()[0])


def _split_sql(sql: str) -> list[str]:
    """Statements of a migration file; ``sqlite3.complete_statement`` keeps trigger bodies whole."""
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        if line.strip().startswith("--") and not buf.strip():
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
