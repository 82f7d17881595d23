"""kill -9 during `newsprism batch` and during serve writes, at random points (3 runs each here; 20 in
benchmarks/bench_reliability.py): the store stays sound and loses nothing that was reported done."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from fuzz.crash import batch_kill_run, serve_kill_run, store_problems  # noqa: E402


@pytest.mark.slow
@pytest.mark.parametrize("seed", [11, 12, 13])
def test_batch_killed_at_a_random_point_then_restarted(tmp_path, seed):
    result = batch_kill_run(tmp_path, seed, n=30)
    assert result["killed"], "the batch finished before the kill point"
    assert result["problems"] == [], result


@pytest.mark.slow
@pytest.mark.parametrize("seed", [21, 22, 23])
def test_serve_killed_during_writes_then_restarted(tmp_path, seed):
    result = serve_kill_run(tmp_path, seed, n=12)
    assert result["reported_before_kill"] >= 1
    assert result["problems"] == [], result


def test_store_check_catches_a_lost_document_and_a_torn_write(tmp_path):
    # The checker must be able to fail: a document reported done but absent, and one missing its comments.
    import sqlite3

    from fuzz.crash import article
    from newsprism.ingest import parse_text_article
    from newsprism.store import Store

    db = tmp_path / "s.sqlite"
    store = Store(db)
    doc_id = store.save_document(parse_text_article(article(1, 0), "a.txt"))
    store.close()
    assert store_problems(db, {doc_id}) == []
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM comments WHERE doc_id = ?", (doc_id,))
    conn.commit()
    conn.close()
    problems = store_problems(db, {doc_id, "never-stored"})
    assert any("comments in JSON" in p for p in problems) and any("lost 1" in p for p in problems)
