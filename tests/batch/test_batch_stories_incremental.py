"""Story clustering is incremental over the store: a later run's article joins the story already there."""

from __future__ import annotations

import json
import sqlite3

import pytest

from newsprism.batch import run_batch
from newsprism.store import Store


@pytest.mark.slow
def test_batch_new_article_joins_existing_story(tmp_path, examples_dir):
    light = tmp_path / "light.json"  # no analysis components: only the story embedding (encoder) runs
    light.write_text(json.dumps({"components": []}))
    files = sorted(str(p) for p in examples_dir.iterdir() if p.suffix in (".txt", ".json"))
    db = tmp_path / "s.sqlite"
    first = run_batch(files[:2], db=db, pipeline=light, compare=True)
    assert first.analyzed == 2 and first.stories_compared == 1
    with Store(db) as s:
        (story,) = [x for x in s.list_stories() if x["n_documents"] == 2]
        assert s.stale_stories() == []
    second = run_batch(files, db=db, pipeline=light, compare=False)
    assert (second.analyzed, second.skipped) == (1, 2)
    with Store(db) as s:
        assert len(s.story_document_ids(story["id"])) == 3
        assert s.stale_stories() == [story["id"]]  # its comparison is now out of date
        got = s.get_story(story["id"])
        assert [d["source"] for d in got["documents"]] == files
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM documents WHERE embedding IS NULL").fetchone()[0] == 0
