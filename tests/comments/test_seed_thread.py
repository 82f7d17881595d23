"""The first seed document's thread (read at run time, never copied): stances must be spread the way a
careful reader sees that thread (both sides clearly present), and nothing should be called toxic."""

import pytest

pytestmark = pytest.mark.slow


def test_seed_thread_has_both_sides(seeds_dir):
    from newsprism.api import load_pipeline
    from newsprism.ingest import load

    files = sorted(seeds_dir.glob("000_*.txt"))
    if not files:
        pytest.skip("seed 000 missing")
    doc = load_pipeline()(next(iter(load(str(files[0])))))
    assert len(doc.comments) == 11
    dist = doc.thread.stance_distribution
    assert dist.favor >= 3 and dist.against >= 4 and dist.neutral >= 1
    assert doc.thread.civility.toxic_count == 0
