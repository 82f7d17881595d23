"""The Dask engine (LocalCluster, 2 workers) and the local process pool give exactly the local result."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newsprism.batch import run_batch

TOPICS = ["harbour", "budget", "railway", "orchard", "library", "bridge"]


def _corpus(tmp_path: Path, examples_dir: Path) -> list[str]:
    src = tmp_path / "extra.jsonl"
    rows = []
    for i, t in enumerate(TOPICS):
        rows.append({"id": f"x{i}", "title": f"Council in Norrby votes on the {t} plan",
                     "text": f"NORRBY - The council of Norrby voted on Tuesday to change the {t} plan after "
                             f"residents protested. Mayor Ilse Varga said the {t} would open in spring. "
                             f"\n\nThe vote passed {i + 6} to {i}. Opponents promised to appeal."})
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return [str(examples_dir), str(src)]


def _snapshot(db: Path) -> dict:
    conn = sqlite3.connect(db)
    docs = dict(conn.execute("SELECT content_hash, json FROM documents"))
    embs = dict(conn.execute("SELECT content_hash, embedding FROM documents"))
    members = sorted(conn.execute("SELECT s.story_id, d.content_hash FROM story_documents s "
                                  "JOIN documents d ON d.id = s.doc_id"))
    # the comparison of each story, built on the workers for the pool and Dask engines
    stories = sorted(conn.execute("SELECT id, json, stale FROM stories"))
    conn.close()
    return {"docs": docs, "embs": embs, "members": members, "stories": stories}


@pytest.mark.slow
def test_batch_dask_and_pool_match_local(tmp_path, examples_dir):
    inputs = _corpus(tmp_path, examples_dir)
    kw = {"compare": True, "partition_size": 3}
    local = run_batch(inputs, db=tmp_path / "local.sqlite", **kw)
    assert local.analyzed == 9 and local.exit_code == 0 and local.stories_compared >= 1
    dask = run_batch(inputs, db=tmp_path / "dask.sqlite", engine="dask", workers=2, **kw)
    assert dask.analyzed == 9 and dask.exit_code == 0
    pool = run_batch(inputs, db=tmp_path / "pool.sqlite", workers=2, **kw)
    want = _snapshot(tmp_path / "local.sqlite")
    assert _snapshot(tmp_path / "dask.sqlite") == want
    assert _snapshot(tmp_path / "pool.sqlite") == want
    assert pool.analyzed == 9
    assert dask.stories_compared == pool.stories_compared == local.stories_compared
    compared = [json.loads(j) for _, j, stale in want["stories"] if not stale and j]
    assert compared and all(x["discrepancies"] or x["consensus"] or x["unique"] for x in compared)
    # the three example articles cover one event: they share a story, and no council article joins it
    conn = sqlite3.connect(tmp_path / "local.sqlite")
    rows = conn.execute("SELECT s.story_id, d.source FROM story_documents s JOIN documents d ON d.id = s.doc_id")
    story_of = {Path(src).name: sid for sid, src in rows}
    example = {story_of[n] for n in story_of if n.startswith("0")}
    assert len(example) == 1 and sum(1 for s in story_of.values() if s in example) == 3
