"""Flatten a Document's layers into rows of the per-layer tables (for SQL and Datasette users)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from newsprism.model import SCHEMA_ID, Document, Story

LAYER_TABLES = ("comments", "entities", "events", "standing_facts", "claims", "techniques")


def _b(v: bool | None) -> int | None:
    return None if v is None else int(v)


def document_row(doc: Document, *, analyzed: bool, duplicate_of: str | None) -> dict[str, Any]:
    body = doc.text[doc.body.start : doc.body.end]
    return {
        "id": doc.id, "content_hash": doc.content_hash, "source": doc.source, "outlet": doc.outlet,
        "url": doc.url, "title": doc.title, "author": doc.author, "published": doc.published,
        "place": doc.place, "language": doc.language, "genre": doc.genre.label if doc.genre else None,
        "words": len(body.split()),
        "body": body, "analyzed": int(analyzed), "duplicate_of": duplicate_of,
        "json": doc.model_dump_json(), "schema": SCHEMA_ID,
    }


def layer_rows(doc: Document) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table, row) for every comment, entity, event, standing fact, claim and technique span of the document."""
    d = doc.id
    for i, c in enumerate(doc.comments):
        yield "comments", {"doc_id": d, "idx": i, "author": c.author, "text": c.text, "start": c.start,
                           "end": c.end, "posted": c.posted, "stance": c.stance, "stance_score": c.stance_score,
                           "sentiment": c.sentiment, "toxicity": c.toxicity, "toxic": _b(c.toxic),
                           "language": c.language, "duplicate_of": c.duplicate_of, "cluster": c.cluster}
    for i, e in enumerate(doc.entities):
        yield "entities", {"doc_id": d, "idx": i, "text": e.text, "label": e.label, "canonical": e.canonical,
                           "start": e.start, "end": e.end, "role": e.role}
    for i, ev in enumerate(doc.events):
        yield "events", {"doc_id": d, "idx": i, "type": ev.type, "cameo_root": ev.cameo_root,
                         "trigger": ev.trigger, "actor": ev.actor, "target": ev.target, "date": ev.date,
                         "place": ev.place, "status": ev.status, "attributed_to": ev.attributed_to,
                         "start": ev.evidence.start, "end": ev.evidence.end, "evidence": ev.evidence.text}
    for i, sf in enumerate(doc.standing_facts):
        yield "standing_facts", {"doc_id": d, "idx": i, "holder": sf.holder, "kind": sf.kind, "role": sf.role,
                                 "organisation": sf.organisation, "named": int(sf.named), "time": sf.time,
                                 "status": sf.status, "verb": sf.verb.text, "verb_start": sf.verb.start,
                                 "verb_end": sf.verb.end, "start": sf.evidence.start, "end": sf.evidence.end,
                                 "evidence": sf.evidence.text}
    for i, cl in enumerate(doc.claims):
        yield "claims", {"doc_id": d, "idx": i, "text": cl.text, "start": cl.start, "end": cl.end,
                         "kind": cl.kind, "subject": cl.subject, "predicate": cl.predicate, "object": cl.object,
                         "time": cl.time, "place": cl.place, "hedged": int(cl.hedged),
                         "quantity": cl.quantity.model_dump_json() if cl.quantity else None}
    for i, t in enumerate(doc.techniques):
        yield "techniques", {"doc_id": d, "idx": i, "technique": t.technique, "start": t.start, "end": t.end,
                             "text": t.text, "score": t.score, "voice": t.voice, "explanation": t.explanation}


def discrepancy_rows(story_id: str, story: Story) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table, row) for every flag of the story (``discrepancies``) and every side of it
    (``discrepancy_sides``, joined on ``story_id`` and ``idx``)."""
    for i, x in enumerate(story.discrepancies):
        yield "discrepancies", {"story_id": story_id, "idx": i, "id": x.id, "kind": x.kind, "slot": x.slot,
                                "topic": x.topic, "statement": x.statement, "explanation": x.explanation,
                                "confidence": x.confidence}
        for k, s in enumerate(x.sides):
            yield "discrepancy_sides", {
                "story_id": story_id, "idx": i, "side": k, "doc_id": s.document, "outlet": s.outlet,
                "start": s.start, "end": s.end, "text": s.text, "value": s.value, "status": s.status,
                "attributed_to": s.attributed_to,
                "quantity": s.quantity.model_dump_json() if s.quantity else None}


def insert(conn: sqlite3.Connection, table: str, row: dict[str, Any], *, verb: str = "INSERT") -> None:
    cols = ", ".join(f'"{k}"' for k in row)
    marks = ", ".join("?" for _ in row)
    conn.execute(f"{verb} INTO {table} ({cols}) VALUES ({marks})", tuple(row.values()))
