"""Every write: documents with their layer rows, compared stories, and the workspace edits a person makes
(stories made by hand, sources added, removed or corrected). Each write is one transaction on the one
writer connection, so a killed process never leaves half of one."""

from __future__ import annotations

import hashlib
import secrets

import numpy as np

from newsprism.common.near_duplicates import band_keys
from newsprism.errors import StoreError
from newsprism.model import SCHEMA_ID, Analysis, Document, Story
from newsprism.store.clustering import STORY_THRESHOLD, Clustering
from newsprism.store.rows import LAYER_TABLES, discrepancy_rows, document_row, insert, layer_rows
from newsprism.store.schema import hash_text

EDITABLE = ("outlet", "published", "title", "url")  # document fields a person may correct
STATES = ("pending", "analyzed", "failed")
_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


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


class Writer(Clustering):
    def save_document(self, doc: Document, *, embedding: np.ndarray | None = None,
                      minhash: np.ndarray | None = None, duplicate_of: str | None = None,
                      analyzed: bool = True, cluster: bool = False,
                      threshold: float = STORY_THRESHOLD, state: str = "analyzed") -> str:
        """Insert or replace a document (keyed by content hash) with its layer rows; returns its id.

        A different document that already holds ``doc.id`` keeps it; this one gets ``<id>-<hash[:8]>``.
        With ``cluster`` (and an embedding) the document also joins its nearest story, and a near-duplicate
        (``duplicate_of``) joins its original's story, in the same transaction: a killed run never leaves
        a saved document outside its story. ``state`` is 'pending' for a document stored before its analysis.
        """
        if state not in STATES:
            raise StoreError(f"unknown document state {state!r}", input=self.path)
        chash = doc.content_hash or hash_text(doc.text)
        commit_cache = None
        with self.transaction(f"save document {doc.id}"):
            doc_id = self._save_document_tx(doc, chash, embedding, minhash, duplicate_of, analyzed, state)
            if cluster and duplicate_of is not None:
                self._link_duplicate_tx(doc_id, duplicate_of)
            elif cluster and embedding is not None:
                _, _, commit_cache = self._assign_story_tx(doc_id, embedding, threshold)
        if commit_cache is not None:
            commit_cache()
        return doc_id

    def _save_document_tx(self, doc: Document, chash: str, embedding: np.ndarray | None,
                          minhash: np.ndarray | None, duplicate_of: str | None, analyzed: bool,
                          state: str = "analyzed") -> str:
        w = self._w
        row = w.execute("SELECT id FROM documents WHERE content_hash = ?", (chash,)).fetchone()
        if row is not None:
            doc_id = row["id"]
        else:
            doc_id = doc.id
            if w.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone():
                doc_id = f"{doc.id}-{chash[:8]}"
        if doc_id != doc.id or doc.content_hash != chash:
            doc = doc.model_copy(update={"id": doc_id, "content_hash": chash})
        values = document_row(doc, analyzed=analyzed, duplicate_of=duplicate_of)
        values.update(state=state, state_reason=None)
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
        return str(doc_id)

    def save_analysis(self, analysis: Analysis) -> str | None:
        """Save every document, and the story when there are two or more; returns the story id or None."""
        ids = {d.id: self.save_document(d) for d in analysis.documents}
        if len(analysis.documents) < 2:
            return None
        story = remap_story_ids(analysis.story, ids)
        if not story.documents:
            story.documents = [ids.get(d.id, d.id) for d in analysis.documents]
        if not story.id:
            story.id = analysis_story_id(analysis.documents)
        self.save_story(story)
        return story.id

    def save_story(self, story: Story, *, members: list[str] | None = None) -> str | None:
        """Insert or replace a compared story, its member links and its discrepancy rows.

        With ``members`` (the documents the comparison was made from) nothing is saved when the story's
        members changed meanwhile (a source added or removed while it was compared): None is returned, and
        the comparison that the change queued saves instead."""
        if not story.id:
            raise StoreError("a story needs an id to be saved", input=self.path)
        with self.transaction(f"save story {story.id}") as w:
            if members is not None:
                now = [r[0] for r in w.execute("SELECT doc_id FROM story_documents WHERE story_id = ?",
                                               (story.id,))]
                if sorted(now) != sorted(members):
                    return None
            title = None
            if story.documents:
                r = w.execute("SELECT title FROM documents WHERE id = ?", (story.documents[0],)).fetchone()
                title = r["title"] if r else None
            w.execute(
                "INSERT INTO stories (id, title, n_documents, json, stale, schema) VALUES (?, ?, ?, ?, 0, ?) "
                "ON CONFLICT(id) DO UPDATE SET json = excluded.json, stale = 0, schema = excluded.schema, "
                f"title = coalesce(stories.title, excluded.title), updated_at = {_NOW}",
                (story.id, title, len(story.documents), story.model_dump_json(), SCHEMA_ID))
            for doc_id in story.documents:
                w.execute("INSERT OR IGNORE INTO story_documents (story_id, doc_id) VALUES (?, ?)",
                          (story.id, doc_id))
            self._recount(story.id)
            w.execute("DELETE FROM discrepancy_sides WHERE story_id = ?", (story.id,))
            w.execute("DELETE FROM discrepancies WHERE story_id = ?", (story.id,))
            stored = {r[0] for r in w.execute("SELECT id FROM documents WHERE id IN (SELECT doc_id FROM "
                                              "story_documents WHERE story_id = ?)", (story.id,))}
            for table, r in discrepancy_rows(story.id, story):
                if table == "discrepancy_sides" and r["doc_id"] not in stored:
                    r["doc_id"] = None  # a side naming no stored member: kept, without the link
                insert(w, table, r)
        return story.id

    # -- the workspace: stories and sources edited by hand ---------------------------------------------------
    def _recount(self, story_id: str) -> None:
        self._w.execute("UPDATE stories SET n_documents = (SELECT count(*) FROM story_documents "
                        "WHERE story_id = ?) WHERE id = ?", (story_id, story_id))

    def create_story(self, title: str) -> str:
        """A new, empty story (a workspace) with the title a person gave; returns its id."""
        story_id = "s-" + secrets.token_hex(8)
        with self.transaction("create a story") as w:
            w.execute(f"INSERT INTO stories (id, title, n_documents, stale, created_at) VALUES (?, ?, 0, 0, {_NOW})",
                      (story_id, title.strip() or None))
        return story_id

    def rename_story(self, story_id: str, title: str) -> bool:
        with self.transaction(f"rename story {story_id}") as w:
            cur = w.execute(f"UPDATE stories SET title = ?, updated_at = {_NOW} WHERE id = ?",
                            (title.strip() or None, story_id))
        return cur.rowcount > 0

    def delete_story(self, story_id: str) -> bool:
        """Delete a story with its comparison and reviews; its documents stay in the store."""
        with self.transaction(f"delete story {story_id}") as w:
            cur = w.execute("DELETE FROM stories WHERE id = ?", (story_id,))
        self.forget_centroids()
        return cur.rowcount > 0

    def add_to_story(self, story_id: str, doc_id: str) -> bool:
        """Make a stored document a member of a story (marked stale: it needs a new comparison)."""
        with self.transaction(f"add {doc_id} to story {story_id}") as w:
            if w.execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone() is None:
                return False
            w.execute("INSERT OR IGNORE INTO story_documents (story_id, doc_id, similarity) VALUES (?, ?, NULL)",
                      (story_id, doc_id))
            self._recount(story_id)
            w.execute(f"UPDATE stories SET stale = 1, updated_at = {_NOW} WHERE id = ?", (story_id,))
        return True

    def remove_from_story(self, story_id: str, doc_id: str) -> bool:
        """Take a document out of a story (it stays in the store); the story needs a new comparison."""
        with self.transaction(f"remove {doc_id} from story {story_id}") as w:
            cur = w.execute("DELETE FROM story_documents WHERE story_id = ? AND doc_id = ?", (story_id, doc_id))
            if cur.rowcount:
                self._recount(story_id)
                w.execute(f"UPDATE stories SET stale = 1, updated_at = {_NOW} WHERE id = ?", (story_id,))
        self.forget_centroids()
        return cur.rowcount > 0

    def delete_document(self, doc_id: str) -> list[str]:
        """Delete a document and everything under it; returns the stories it was in (now stale)."""
        with self.transaction(f"delete document {doc_id}") as w:
            stories = [r[0] for r in w.execute("SELECT story_id FROM story_documents WHERE doc_id = ?", (doc_id,))]
            w.execute("UPDATE documents SET duplicate_of = NULL WHERE duplicate_of = ?", (doc_id,))
            w.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            for s in stories:
                self._recount(s)
                w.execute(f"UPDATE stories SET stale = 1, updated_at = {_NOW} WHERE id = ?", (s,))
        self.forget_centroids()
        return stories

    def update_document(self, doc_id: str, **fields: str | None) -> Document | None:
        """Correct a document's outlet, published date, title or URL (in its row and its JSON); the stories it
        is in are marked stale. Returns the updated Document, or None when there is no such document."""
        bad = set(fields) - set(EDITABLE)
        if bad:
            raise StoreError(f"not editable: {sorted(bad)}; editable: {', '.join(EDITABLE)}", input=doc_id)
        with self.transaction(f"update document {doc_id}") as w:
            r = w.execute("SELECT json, schema FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if r is None:
                return None
            doc = self._parse_document(doc_id, r["json"], r["schema"]).model_copy(update=fields)
            sets = ", ".join(f'"{k}" = ?' for k in fields)
            w.execute(f"UPDATE documents SET {sets}{', ' if sets else ''}json = ?, schema = ? WHERE id = ?",
                      (*fields.values(), doc.model_dump_json(), SCHEMA_ID, doc_id))
            w.execute(f"UPDATE stories SET stale = 1, updated_at = {_NOW} WHERE id IN "
                      "(SELECT story_id FROM story_documents WHERE doc_id = ?)", (doc_id,))
        return doc

    def set_document_state(self, doc_id: str, state: str, reason: str | None = None) -> None:
        if state not in STATES:
            raise StoreError(f"unknown document state {state!r}", input=doc_id)
        with self.transaction(f"set the state of {doc_id}") as w:
            w.execute("UPDATE documents SET state = ?, state_reason = ? WHERE id = ?", (state, reason, doc_id))


def analysis_story_id(docs: list[Document]) -> str:
    """The id ``save_analysis`` gives the story of these documents: the same texts always make the same story
    (so ``compare --db`` finds the verdicts given to a story saved from the same files)."""
    hashes = sorted(d.content_hash or hash_text(d.text) for d in docs)
    return "s-" + hashlib.sha256("\n".join(hashes).encode()).hexdigest()[:16]
