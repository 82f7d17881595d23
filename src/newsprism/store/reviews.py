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
from newsprism.model import Discrepancy, Review, Story
from newsprism.model.story import discrepancy_id
from newsprism.store.schema import Database

VERDICTS = ("confirmed", "rejected")


def evidence_fingerprint(sides: Iterable[tuple[str, int, int, str]]) -> str:
    """sha256 over each side's (document id, start, end, text), in order."""
    payload = json.dumps([list(s) for s in sides], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def fingerprint(flag: Discrepancy) -> str:
    """The fingerprint of a flag's evidence: what a verdict was given on."""
    return evidence_fingerprint((s.document, s.start, s.end, s.text) for s in flag.sides)


def apply_reviews(story: Story, reviews: dict[str, dict[str, Any]]) -> int:
    """Set ``review`` on every flag of ``story`` that has a verdict given on the same evidence; returns how many.
    A verdict whose evidence changed (the same flag id on other words) is not applied."""
    n = 0
    for d in story.discrepancies:
        r = reviews.get(d.id)
        if r is not None and r["evidence"] == fingerprint(d):
            d.review = Review(verdict=r["verdict"], note=r["note"], at=r["at"])
            n += 1
        else:
            d.review = None
    return n


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

    def review_flag(self, story_id: str, flag: Discrepancy, verdict: str | None, note: str = "") -> Review | None:
        """Give (or, with ``verdict`` None, clear) a verdict on one flag of a story."""
        if verdict is None:
            self.delete_review(story_id, flag.id)
            return None
        row = self.save_review(story_id, flag.id, verdict, note, fingerprint(flag))
        return Review(verdict=row["verdict"], note=row["note"], at=row["at"])

    def apply_stored_reviews(self, story: Story, stored_ids: dict[str, str]) -> int:
        """Set ``review`` on the flags of a story compared outside the store (``newsprism compare --db``) from
        the verdicts given on the same flags in any stored story. ``stored_ids`` maps the run's document ids
        to the store's (documents are matched by their text); a flag counts as the same when its kind, slot,
        sides and evidence words are. The latest verdict wins. Returns how many flags got one."""
        keyed = []
        for d in story.discrepancies:
            sides = [s.model_copy(update={"document": stored_ids.get(s.document, s.document)}) for s in d.sides]
            keyed.append((d, discrepancy_id(d.kind, d.slot, sides),
                          evidence_fingerprint((s.document, s.start, s.end, s.text) for s in sides)))
        ids = sorted({k for _, k, _ in keyed})
        rows: dict[tuple[str, str], dict[str, Any]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ", ".join("?" for _ in chunk)
            for r in self._read().execute(f"SELECT flag_id, verdict, note, evidence, at FROM reviews WHERE flag_id "
                                          f"IN ({marks}) ORDER BY at", chunk):
                rows[(r["flag_id"], r["evidence"])] = dict(r)
        n = 0
        for d, key, fp in keyed:
            r = rows.get((key, fp))
            d.review = Review(verdict=r["verdict"], note=r["note"], at=r["at"]) if r else None
            n += r is not None
        return n

    def reviews(self, story_id: str) -> dict[str, dict[str, Any]]:
        """Every verdict given in a story, by flag id (including those on flags no longer found)."""
        rows = self._read().execute("SELECT flag_id, verdict, note, evidence, at FROM reviews WHERE story_id = ? "
                                    "ORDER BY at", (story_id,)).fetchall()
        return {r["flag_id"]: dict(r) for r in rows}
