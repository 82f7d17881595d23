"""A store written under ``newsprism.analysis/1`` (schema version 2) migrates, and its /1 JSON is upgraded when
read, or refused with an error naming the row. The JSONL sink reads /1 lines back the same way."""

from __future__ import annotations

import json
import sqlite3

import pytest

from newsprism.batch.sinks import JsonlSink
from newsprism.errors import SchemaError, StoreError
from newsprism.model import SCHEMA_ID, Document
from newsprism.schema import validate
from newsprism.store import Store, migrations


def _v2_store(path, analysis_v1) -> None:
    """A store as the /1 code left it: migrations 001-002 applied, /1 JSON in the rows."""
    conn = sqlite3.connect(path)
    for number, _, sql in migrations():
        if number <= 2:
            conn.executescript(sql)
    conn.execute("PRAGMA user_version = 2")
    docs = analysis_v1["documents"]
    for d in docs:
        conn.execute("INSERT INTO documents (id, content_hash, source, title, body, analysed, json) "
                     "VALUES (?, ?, ?, ?, ?, 1, ?)", (d["id"], d["content_hash"], d["source"], d["title"],
                                                       d["body"]["text"], json.dumps(d)))
    story = analysis_v1["story"]
    conn.execute("INSERT INTO stories (id, title, n_documents, json, stale) VALUES (?, ?, 2, ?, 0)",
                 (story["id"], docs[0]["title"], json.dumps(story)))
    conn.executemany("INSERT INTO story_documents (story_id, doc_id) VALUES (?, ?)",
                     [(story["id"], d["id"]) for d in docs])
    conn.execute("INSERT INTO documents (id, content_hash, source, body, analysed, json) "
                 "VALUES ('broken', 'h-broken', 'b.txt', '', 1, '{\"id\": \"broken\"}')")
    conn.commit()
    conn.close()


def test_v1_rows_are_upgraded_when_read(tmp_path, analysis_v1):
    path = tmp_path / "old.sqlite"
    _v2_store(path, analysis_v1)
    with Store(path) as store:
        assert store.schema_version == max(n for n, _, _ in migrations())
        wire_id = analysis_v1["documents"][0]["id"]
        doc = store.load_document(wire_id)
        assert isinstance(doc, Document) and doc.thread is not None and doc.events[0].id == "e1"
        assert store.get_document(wire_id) == doc.model_dump(mode="json")
        story = store.get_story(analysis_v1["story"]["id"])
        assert story is not None
        validate({"schema": SCHEMA_ID, "documents": story.pop("documents"), "story": story, "errors": []})
        assert len(story["discrepancies"]) == len(analysis_v1["story"]["discrepancies"])
        # the analyzed flag kept its values through the column rename
        assert store.list_documents()[0]["analyzed"] == 1
        # saving again writes /2 JSON
        store.save_document(doc)
        row = store._read().execute("SELECT schema FROM documents WHERE id = ?", (wire_id,)).fetchone()
        assert row[0] == SCHEMA_ID


def test_an_unreadable_v1_row_is_refused_naming_it(tmp_path, analysis_v1):
    path = tmp_path / "old.sqlite"
    _v2_store(path, analysis_v1)
    with Store(path) as store, pytest.raises(StoreError, match="document broken") as info:
        store.load_document("broken")
    assert isinstance(info.value.__cause__, SchemaError)


def test_jsonl_sink_reads_v1_lines_back(tmp_path, analysis_v1):
    path = tmp_path / "out.jsonl"
    doc = analysis_v1["documents"][0]
    path.write_text(json.dumps({"schema": "newsprism.analysis/1", "document": doc}) + "\n")
    sink = JsonlSink(path)
    try:
        assert sink.has(doc["content_hash"]) and len(sink.lsh) == 1
    finally:
        sink.close()
    path.write_text(json.dumps({"schema": "newsprism.analysis/7", "document": doc}) + "\n")
    with pytest.raises(SchemaError, match="unknown schema 'newsprism.analysis/7'") as info:
        JsonlSink(path)
    assert info.value.input == f"{path}:1"
