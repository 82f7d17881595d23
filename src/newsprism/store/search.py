"""Finding things in the store: full-text search (FTS5) over titles and bodies, and near-duplicate lookup
through the MinHash LSH bands."""

from __future__ import annotations

import html
import re
import sqlite3
from typing import Any

import numpy as np

from newsprism.common.near_duplicates import Settings, band_keys, settings, similarity
from newsprism.errors import StoreError
from newsprism.store.schema import Database

_HL_START, _HL_END = "\ue000", "\ue001"  # snippet markers that cannot occur in stored text


class Search(Database):
    def search(self, q: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over titles and bodies. Each word of ``q`` is matched literally (all must occur);
        rows carry ``snippet`` (plain text) and ``snippet_html`` (escaped, hits in ``<mark>``)."""
        words = re.findall(r"\w+", q, flags=re.UNICODE)
        if not words:
            return []
        match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        try:
            rows = self._read().execute(
                f"SELECT d.id, d.title, d.source, d.outlet, d.published, "
                f"snippet(documents_fts, 1, '{_HL_START}', '{_HL_END}', '…', 16) AS snip, "
                f"bm25(documents_fts) AS rank FROM documents_fts JOIN documents d ON d.pk = documents_fts.rowid "
                f"WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?", (match, limit)).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"search failed: {exc}", input=q) from exc
        out = []
        for r in rows:
            snip = r["snip"] or ""
            escaped = html.escape(snip).replace(_HL_START, "<mark>").replace(_HL_END, "</mark>")
            out.append({"id": r["id"], "title": r["title"], "source": r["source"], "outlet": r["outlet"],
                        "published": r["published"],
                        "snippet": snip.replace(_HL_START, "").replace(_HL_END, ""), "snippet_html": escaped,
                        "rank": r["rank"]})
        return out

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
