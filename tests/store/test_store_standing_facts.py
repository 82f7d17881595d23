"""Round 21: standing facts (jobs, offices, roles and origins held) are a flat table of the store, so that a
researcher can query them with sqlite3 (migration 006). Real SQLite files; invented text."""

from __future__ import annotations

import json
import sqlite3

import pytest

from newsprism.model import Span, StandingFact
from newsprism.store import Store, migrations
from newsprism.store.schema import split_sql

TEXT = ("Kell clinic reopens\n\nMara Pell, who served as mayor of Kell from 2009 to 2014, opened the clinic. "
        "Her brother worked for the Orvan police in the 1990s.\n")


def _span(text: str, words: str) -> Span:
    i = text.index(words)
    return Span(start=i, end=i + len(words), text=words)


@pytest.fixture
def doc(make_doc):
    d = make_doc(TEXT, "kell.txt")
    t = d.text
    d.standing_facts = [
        StandingFact(holder="Mara Pell", kind="role", role="mayor of Kell", time="from 2009 to 2014",
                     status="former", verb=_span(t, "served"),
                     evidence=_span(t, "who served as mayor of Kell from 2009 to 2014")),
        StandingFact(holder="Her brother", kind="employment", organisation="the Orvan police", named=True,
                     time="the 1990s", status="former", verb=_span(t, "worked"),
                     evidence=_span(t, "worked for the Orvan police in the 1990s")),
    ]
    return d


def _rows(path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute('SELECT doc_id, idx, holder, kind, role, organisation, named, time, status, verb, '
                            'verb_start, verb_end, start, "end", evidence FROM standing_facts '
                            'ORDER BY doc_id, idx').fetchall()
    finally:
        conn.close()


def test_standing_facts_are_rows_a_sqlite3_user_can_query(tmp_path, doc):
    path = tmp_path / "np.sqlite"
    with Store(path) as s:
        doc_id = s.save_document(doc)
        assert s.count("standing_facts") == 2
    rows = _rows(path)
    assert [r[2:10] for r in rows] == [
        ("Mara Pell", "role", "mayor of Kell", None, 0, "from 2009 to 2014", "former", "served"),
        ("Her brother", "employment", None, "the Orvan police", 1, "the 1990s", "former", "worked")]
    for r in rows:  # every offset indexes the stored text
        assert r[0] == doc_id
        assert doc.text[r[10] : r[11]] == r[9] and doc.text[r[12] : r[13]] == r[14]


def test_saving_again_replaces_the_rows_and_deleting_cascades(tmp_path, doc):
    path = tmp_path / "np.sqlite"
    with Store(path) as s:
        doc_id = s.save_document(doc)
        s.save_document(doc.model_copy(update={"standing_facts": doc.standing_facts[:1]}))
        assert s.count("standing_facts") == 1
        s.delete_document(doc_id)
        assert s.count("standing_facts") == 0


def test_a_schema_5_store_migrates_and_copies_the_facts_out_of_stored_json(tmp_path, doc):
    path = tmp_path / "v5.sqlite"
    conn = sqlite3.connect(path)
    for number, _, sql in migrations():
        if number > 5:
            break
        for stmt in split_sql(sql):
            conn.execute(stmt)
    conn.execute("PRAGMA user_version = 5")
    conn.execute("INSERT INTO documents (id, content_hash, title, body, json, schema) VALUES (?, 'h1', 'T', 'b', ?, "
                 "'newsprism.analysis/2')", (doc.id, doc.model_dump_json()))
    old = json.loads(doc.model_dump_json())
    del old["standing_facts"]  # a document saved before round 21: no such field
    conn.execute("INSERT INTO documents (id, content_hash, title, body, json) VALUES ('old', 'h2', 'T', 'b', ?)",
                 (json.dumps(old),))
    conn.execute("INSERT INTO documents (id, content_hash, title, body, json) VALUES ('bad', 'h3', 'T', 'b', 'x')")
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert s.schema_version == migrations()[-1][0] >= 6
        assert s.count("standing_facts") == 2
        assert s.load_document(doc.id).standing_facts == doc.standing_facts
    rows = _rows(path)
    assert [(r[0], r[1], r[2], r[7]) for r in rows] == [(doc.id, 0, "Mara Pell", "from 2009 to 2014"),
                                                        (doc.id, 1, "Her brother", "the 1990s")]
    assert [r[6] for r in rows] == [0, 1]  # JSON false / true become 0 / 1, as the writer stores them
