"""Stories as workspaces in the store: made by hand, sources added, corrected, removed and deleted, verdicts
kept; and a store file of schema 2 migrates in place."""

from __future__ import annotations

import sqlite3

import pytest

from newsprism.errors import StoreError
from newsprism.model import Story
from newsprism.store import Store, migrations
from newsprism.store.reviews import evidence_fingerprint
from newsprism.store.schema import split_sql

A = "Harbour strike ends\n\nDock workers in Portville ended their strike on Monday after talks.\n"
B = "Strike over at the harbour\n\nDock workers ended a week-long strike in Portville after talks about pay.\n"
C = "Ferry fares rise\n\nThe ferry company raised fares by ten percent on Tuesday.\n"


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "np.sqlite")
    yield s
    s.close()


def test_story_made_by_hand_gains_and_loses_sources(store, make_doc):
    sid = store.create_story("  Harbour strike  ")
    assert store.story_row(sid)["title"] == "Harbour strike" and store.story_row(sid)["created_at"]
    ids = [store.save_document(make_doc(t, f"{i}.txt"), state="pending") for i, t in enumerate((A, B, C))]
    for doc_id in ids:
        assert store.add_to_story(sid, doc_id)
    assert store.story_document_ids(sid) == ids and store.story_row(sid)["n_documents"] == 3
    assert store.document_state(ids[0]) == ("pending", None)
    assert not store.has_document(make_doc(A, "0.txt").content_hash)  # pending: a batch run would redo it
    assert store.remove_from_story(sid, ids[2])
    assert store.story_document_ids(sid) == ids[:2] and store.story_row(sid)["stale"] == 1
    assert store.get_document(ids[2]) is not None  # removed from the story, still in the store
    assert not store.add_to_story("s-nope", ids[0])


def test_a_stale_comparison_is_not_saved_over_new_members(store, make_doc):
    sid = store.create_story("t")
    a, b, c = (store.save_document(make_doc(t, f"{i}.txt")) for i, t in enumerate((A, B, C)))
    for d in (a, b):
        store.add_to_story(sid, d)
    store.add_to_story(sid, c)  # a source added while the comparison of (a, b) ran
    assert store.save_story(Story(id=sid, documents=[a, b]), members=[a, b]) is None
    assert store.save_story(Story(id=sid, documents=[a, b, c]), members=[a, b, c]) == sid
    assert store.story_row(sid)["stale"] == 0 and store.story_row(sid)["title"] == "t"


def test_correcting_a_document_updates_row_json_search_and_marks_its_story(store, make_doc):
    sid = store.create_story("t")
    doc_id = store.save_document(make_doc(A, "a.txt"))
    store.add_to_story(sid, doc_id)
    store.save_story(Story(id=sid, documents=[doc_id]))
    doc = store.update_document(doc_id, outlet="Harbour Wire", published="2026-03-02", title="Strike is over")
    assert doc is not None and doc.outlet == "Harbour Wire"
    assert store.get_document(doc_id)["outlet"] == "Harbour Wire"
    assert store.list_documents()[0]["published"] == "2026-03-02"
    assert store.search("over")[0]["title"] == "Strike is over"
    assert store.story_row(sid)["stale"] == 1
    with pytest.raises(StoreError):
        store.update_document(doc_id, text="anything")
    assert store.update_document("nope", outlet="x") is None


def test_deleting_a_document_or_a_story(store, make_doc):
    sid = store.create_story("t")
    a, b = (store.save_document(make_doc(t, f"{i}.txt")) for i, t in enumerate((A, B)))
    store.add_to_story(sid, a)
    store.add_to_story(sid, b)
    assert store.delete_document(b) == [sid]
    assert store.get_document(b) is None and store.story_document_ids(sid) == [a]
    assert store.count("entities") == 0
    store.save_review(sid, "f1", "confirmed", "checked", "x")
    assert store.delete_story(sid) and not store.has_story(sid)
    assert store.count("reviews") == 0 and store.get_document(a) is not None


def test_reviews_are_kept_per_flag_with_their_evidence(store):
    sid = store.create_story("t")
    fp = evidence_fingerprint([("a", 0, 5, "forty"), ("b", 9, 14, "sixty")])
    assert fp != evidence_fingerprint([("a", 0, 5, "forty"), ("b", 9, 14, "fifty")])
    store.save_review(sid, "f1", "confirmed", "two sources checked", fp)
    store.save_review(sid, "f2", "rejected", "", fp)
    store.save_review(sid, "f1", "rejected", "changed my mind", fp)
    got = store.reviews(sid)
    assert {k: v["verdict"] for k, v in got.items()} == {"f1": "rejected", "f2": "rejected"}
    assert got["f1"]["note"] == "changed my mind" and got["f1"]["evidence"] == fp
    with pytest.raises(StoreError):
        store.save_review(sid, "f3", "maybe", "", fp)
    with pytest.raises(StoreError):
        store.save_review("s-nope", "f3", "confirmed", "", fp)
    assert store.delete_review(sid, "f2") and set(store.reviews(sid)) == {"f1"}


def test_a_schema_3_store_migrates_in_place(tmp_path, make_doc):
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    for number, _, sql in migrations():
        if number > 3:
            break
        for stmt in split_sql(sql):
            conn.execute(stmt)
    conn.execute("PRAGMA user_version = 3")
    conn.execute("INSERT INTO documents (id, content_hash, title, body, json) VALUES ('d1', 'h1', 'T', 'b', '{}')")
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert s.schema_version == migrations()[-1][0]
        assert s.document_state("d1") == ("analyzed", None)
        assert s.has_document("h1")


def test_sides_of_stories_saved_before_migration_5_move_to_their_own_table(tmp_path):
    import json

    path = tmp_path / "v4.sqlite"
    conn = sqlite3.connect(path)
    for number, _, sql in migrations():
        if number > 4:
            break
        for stmt in split_sql(sql):
            conn.execute(stmt)
    conn.execute("PRAGMA user_version = 4")
    conn.execute("INSERT INTO documents (id, content_hash, title, body, json) VALUES ('a', 'h', 'T', 'b', '{}')")
    conn.execute("INSERT INTO stories (id, title) VALUES ('s', 'T')")
    sides = [{"document": "a", "start": 3, "end": 5, "text": "40", "value": "40"},
             {"document": "gone", "start": 0, "end": 2, "text": "65", "value": "65"}]
    conn.execute("INSERT INTO discrepancies (story_id, idx, id, kind, slot, topic, statement, explanation, "
                 "confidence, sides) VALUES ('s', 0, 'f1', 'conflict', 'count', 't', 'S', 'e', 0.9, ?)",
                 (json.dumps(sides),))
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert s.schema_version >= 5
        assert s.count("discrepancy_sides") == 2
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT x.id, y.side, y.doc_id, y.value FROM discrepancies x JOIN discrepancy_sides y "
                        "ON y.story_id = x.story_id AND y.idx = x.idx ORDER BY y.side").fetchall()
    assert rows == [("f1", 0, "a", "40"), ("f1", 1, None, "65")]  # a side naming no stored document: no link
    assert "sides" not in {r[1] for r in conn.execute("PRAGMA table_info(discrepancies)")}
    conn.close()


def test_the_example_queries_in_schema_md_run(tmp_path):
    import re
    from pathlib import Path

    from newsprism.report.demo import demo_analysis

    path = tmp_path / "q.sqlite"
    with Store(path) as s:
        sid = s.save_analysis(demo_analysis())
        story, _ = s.load_story(sid)
        s.review_flag(sid, story.discrepancies[0], "confirmed", "")
    doc = (Path(__file__).resolve().parents[2] / "src/newsprism/store/SCHEMA.md").read_text("utf-8")
    sql = doc.split("```sql", 1)[1].split("```", 1)[0]
    queries = [q.strip() for q in re.split(r";\s*\n", sql) if q.strip() and not q.strip().startswith("--")
               or "SELECT" in q]
    conn = sqlite3.connect(path)
    ran = 0
    for q in queries:
        body = "\n".join(line for line in q.splitlines() if not line.strip().startswith("--")).strip().rstrip(";")
        if body:
            conn.execute(body.replace("'harbour strike'", "'ferry'")).fetchall()
            ran += 1
    conn.close()
    assert ran >= 8
