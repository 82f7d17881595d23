"""Reads: documents, stories and their members, in the thread's own read-only connection."""

from __future__ import annotations

import json
from typing import Any

import numpy as np

from newsprism.errors import SchemaError, StoreError
from newsprism.model import SCHEMA_ID, Document, Story
from newsprism.model.upgrade import load_story
from newsprism.store.schema import Database


class Reader(Database):
    def has_document(self, content_hash: str) -> bool:
        """Whether a document with this text is stored and analyzed (a pending or failed one is not done)."""
        r = self._read().execute("SELECT 1 FROM documents WHERE content_hash = ? AND state = 'analyzed'",
                                 (content_hash,)).fetchone()
        return r is not None

    def content_hashes(self) -> set[str]:
        return {r[0] for r in self._read().execute("SELECT content_hash FROM documents WHERE state = 'analyzed'")}

    def ids_by_hash(self, hashes: list[str]) -> dict[str, str]:
        """The stored document id of each content hash the store holds."""
        out: dict[str, str] = {}
        for i in range(0, len(hashes), 500):
            chunk = hashes[i:i + 500]
            marks = ", ".join("?" for _ in chunk)
            out.update((r[0], r[1]) for r in self._read().execute(
                f"SELECT content_hash, id FROM documents WHERE content_hash IN ({marks})", chunk))
        return out

    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        """The stored Document as /2 JSON data (a row of an earlier contract version is upgraded)."""
        r = self._read().execute("SELECT json, schema FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if r is None:
            return None
        if r["schema"] == SCHEMA_ID:
            data: dict[str, Any] = json.loads(r["json"])
            return data
        return self._parse_document(doc_id, r["json"], r["schema"]).model_dump(mode="json")

    def load_document(self, doc_id: str) -> Document | None:
        r = self._read().execute("SELECT json, schema FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return self._parse_document(doc_id, r["json"], r["schema"]) if r else None

    def document_state(self, doc_id: str) -> tuple[str, str | None] | None:
        """(state, reason): 'pending' (stored, analysis running or queued), 'analyzed' or 'failed' (with why)."""
        r = self._read().execute("SELECT state, state_reason FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return (str(r["state"]), r["state_reason"]) if r else None

    def get_embedding(self, doc_id: str) -> np.ndarray | None:
        r = self._read().execute("SELECT embedding FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return np.frombuffer(r[0], dtype=np.float32) if r and r[0] is not None else None

    def story_document_ids(self, story_id: str) -> list[str]:
        rows = self._read().execute("SELECT doc_id FROM story_documents WHERE story_id = ? ORDER BY rowid",
                                    (story_id,)).fetchall()
        return [r[0] for r in rows]

    def has_story(self, story_id: str) -> bool:
        return self._read().execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone() is not None

    def story_row(self, story_id: str) -> dict[str, Any] | None:
        """The story's listing row (title, counts, stale flag, times), without its JSON."""
        r = self._read().execute(
            "SELECT id, title, n_documents, stale, updated_at, created_at FROM stories WHERE id = ?",
            (story_id,)).fetchone()
        return dict(r) if r else None

    def get_story(self, story_id: str) -> dict[str, Any] | None:
        """The stored Story as /2 JSON data with its documents (full Document JSON) under ``documents``."""
        loaded = self.load_story(story_id)
        if loaded is None:
            return None
        story, docs = loaded
        data: dict[str, Any] = story.model_dump(mode="json")
        data["id"] = story_id
        data["documents"] = [d.model_dump(mode="json") for d in docs]
        return data

    def load_story(self, story_id: str) -> tuple[Story, list[Document]] | None:
        """The stored comparison (an empty Story when it was never compared; a /1 one upgraded) and the member
        documents, in member order."""
        r = self._read().execute("SELECT json, schema FROM stories WHERE id = ?", (story_id,)).fetchone()
        if r is None:
            return None
        docs = [d for d in (self.load_document(i) for i in self.story_document_ids(story_id)) if d is not None]
        if not r["json"]:
            story = Story(id=story_id)
        elif r["schema"] == SCHEMA_ID:
            story = Story.model_validate_json(r["json"])
        else:
            try:
                story = load_story(json.loads(r["json"]), r["schema"], f"story {story_id}",
                                   {d.id: d.model_dump(mode="json") for d in docs})
            except SchemaError as exc:
                raise StoreError(f"stored {exc}", input=self.path) from exc
        story.id = story_id
        return story, docs

    def story_of(self, doc_id: str) -> str | None:
        r = self._read().execute("SELECT story_id FROM story_documents WHERE doc_id = ? ORDER BY rowid LIMIT 1",
                                 (doc_id,)).fetchone()
        return str(r[0]) if r else None

    def stories_of(self, doc_id: str) -> list[str]:
        rows = self._read().execute("SELECT story_id FROM story_documents WHERE doc_id = ? ORDER BY rowid",
                                    (doc_id,)).fetchall()
        return [str(r[0]) for r in rows]

    def list_stories(self, limit: int = 50, offset: int = 0, confident_at: float = 0.5) -> list[dict[str, Any]]:
        """Stories, most recently changed first, each with the number of its flags drawn red on its page
        (``n_disagreements``: conflicts and status differences at or above ``confident_at``) and of flags a
        person confirmed."""
        rows = self._read().execute(
            "SELECT s.id, s.title, s.n_documents, s.updated_at, s.stale, "
            "(SELECT count(*) FROM discrepancies x WHERE x.story_id = s.id AND x.kind IN ('conflict', 'status') "
            "AND (x.confidence IS NULL OR x.confidence >= ?)) AS n_disagreements, "
            "(SELECT count(*) FROM reviews r WHERE r.story_id = s.id AND r.verdict = 'confirmed') AS n_confirmed "
            "FROM stories s ORDER BY s.updated_at DESC, s.rowid DESC LIMIT ? OFFSET ?",
            (confident_at, limit, offset)).fetchall()
        return [dict(r) for r in rows]

    def list_documents(self, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        rows = self._read().execute(
            "SELECT id, title, source, outlet, url, published, genre, words, analyzed, duplicate_of, saved_at, "
            "content_hash, state, language FROM documents ORDER BY pk DESC LIMIT ? OFFSET ?",
            (limit, offset)).fetchall()
        return [dict(r) for r in rows]
