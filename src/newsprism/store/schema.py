"""The store's file: connections, numbered migrations and the one write transaction.

One writer connection (guarded by a lock) and one read-only connection per thread; WAL mode lets reads run
while a batch writes. Migrations are numbered SQL files in ``migrations/``; ``PRAGMA user_version`` holds the
last one applied, and each runs in one transaction.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from newsprism.errors import SchemaError, StoreError
from newsprism.model import SCHEMA_ID, Document
from newsprism.model.upgrade import load_document

_MIGRATION = re.compile(r"^(\d{3})_[\w-]+\.sql$")
TABLES = frozenset({"documents", "stories", "story_documents", "entities", "events", "standing_facts", "claims",
                    "techniques", "comments", "discrepancies", "discrepancy_sides", "reviews"})


def migrations() -> list[tuple[int, str, str]]:
    """(number, file name, SQL) for every numbered migration shipped in ``store/migrations``."""
    folder = resources.files("newsprism.store").joinpath("migrations")
    out = []
    for entry in folder.iterdir():
        m = _MIGRATION.match(entry.name)
        if m:
            out.append((int(m.group(1)), entry.name, entry.read_text("utf-8")))
    return sorted(out)


def connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=30.0, check_same_thread=False, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


def hash_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def split_sql(sql: str) -> list[str]:
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


class Database:
    """Connections and migrations; the other store modules add reads and writes on top of it."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        try:
            self._w = connect(self.path)
            if self.path != ":memory:":
                self._w.execute("PRAGMA journal_mode = WAL")
            # NORMAL in WAL mode survives a killed process (not a power cut) and is much faster than FULL.
            self._w.execute("PRAGMA synchronous = NORMAL")
            # A bigger page cache keeps index inserts (FTS, LSH bands) off the disk as the store grows.
            self._w.execute("PRAGMA cache_size = -65536")
            self._migrate()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store: {exc}", input=self.path) from exc

    def _migrate(self) -> None:
        with self._lock:
            current = self._w.execute("PRAGMA user_version").fetchone()[0]
            for number, name, sql in migrations():
                if number <= current:
                    continue
                try:
                    self._w.execute("BEGIN IMMEDIATE")
                    # executescript would commit on its own; run statements one by one inside our transaction.
                    for stmt in split_sql(sql):
                        self._w.execute(stmt)
                    self._w.execute(f"PRAGMA user_version = {number}")
                    self._w.execute("COMMIT")
                except sqlite3.Error as exc:
                    self._w.execute("ROLLBACK")
                    raise StoreError(f"migration {name} failed: {exc}", input=self.path) from exc

    @contextmanager
    def transaction(self, what: str) -> Iterator[sqlite3.Connection]:
        """The writer inside ``BEGIN IMMEDIATE`` .. ``COMMIT``, under the write lock; rolled back on any error
        (an SQLite error becomes a StoreError naming ``what`` failed)."""
        with self._lock:
            try:
                self._w.execute("BEGIN IMMEDIATE")
                yield self._w
                self._w.execute("COMMIT")
            except BaseException as exc:
                self._w.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise StoreError(f"cannot {what}: {exc}", input=self.path) from exc
                raise

    @property
    def schema_version(self) -> int:
        return int(self._read().execute("PRAGMA user_version").fetchone()[0])

    def _read(self) -> sqlite3.Connection:
        if self.path == ":memory:":
            return self._w  # an in-memory database exists only on its one connection
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self.path)
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

    def _parse_document(self, doc_id: str, raw: str, version: str) -> Document:
        """A stored Document from its JSON: /2 as it is, an earlier contract version upgraded."""
        if version == SCHEMA_ID:
            return Document.model_validate_json(raw)
        try:
            return load_document(json.loads(raw), version, f"document {doc_id}")
        except SchemaError as exc:
            raise StoreError(f"stored {exc}", input=self.path) from exc

    def count(self, table: str = "documents") -> int:
        if table not in TABLES:
            raise StoreError(f"unknown table {table!r}", input=self.path)
        return int(self._read().execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def integrity_check(self) -> str:
        return str(self._read().execute("PRAGMA integrity_check").fetchone()[0])
