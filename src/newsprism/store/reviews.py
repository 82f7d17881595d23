"""Verdicts a person gives on a story's flags (``confirmed`` or ``rejected``, with a note).

A verdict is keyed by the flag's stable id and remembered with a fingerprint of the evidence it was given on
(each side's document, offsets and words). A re-comparison that finds the same flag on the same words keeps
the verdict; a flag whose evidence changed is unreviewed again, and the old verdict stays in the table.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from newsprism.errors import StoreError
from newsprism.store.schema import Database

VERDICTS = ("confirmed", "rejected")


def evidence_fingerprint(sides: Iterable[tuple[str, int, int, str]]) -> str:
    """sha256 over each side's (document id, start, end, text), in order."""
    payload = json.dumps([list(s) for s in sides], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class Reviews(Database):
    def save_review(self, story_id: str, flag_id: str, verdict: str, note: str, evidence: str) -> dict[str, Any]:
        """Store (or replace) the verdict on one flag; returns the stored row."""
        if verdict not in VERDICTS:
            raise StoreError(f"verdict must be one of {', '.join(VERDICTS)}, not {verdict!r}", input=flag_id)
        with self.transaction(f"review flag {flag_id}") as w:
            if w.execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone() is None:
                raise StoreError("no such story", input=story_id)
            w.execute("INSERT INTO reviews (story_id, flag_id, verdict, note, evidence) VALUES (?, ?, ?, ?, ?) "
                      "ON CONFLICT(story_id, flag_id) DO UPDATE SET verdict = excluded.verdict, "
                      "note = excluded.note, evidence = excluded.evidence, "
                      "at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
                      (story_id, flag_id, verdict, note, evidence))
            row = w.execute("SELECT flag_id, verdict, note, evidence, at FROM reviews "
                            "WHERE story_id = ? AND flag_id = ?", (story_id, flag_id)).fetchone()
        return dict(row)

    def delete_review(self, story_id: str, flag_id: str) -> bool:
        with self.transaction(f"clear the review of {flag_id}") as w:
            cur = w.execute("DELETE FROM reviews WHERE story_id = ? AND flag_id = ?", (story_id, flag_id))
        return cur.rowcount > 0

    def reviews(self, story_id: str) -> dict[str, dict[str, Any]]:
        """Every verdict given in a story, by flag id (including those on flags no longer found)."""
        rows = self._read().execute("SELECT flag_id, verdict, note, evidence, at FROM reviews WHERE story_id = ? "
                                    "ORDER BY at", (story_id,)).fetchall()
        return {r["flag_id"]: dict(r) for r in rows}
