"""Acceptance on the shared seeds (read at run time, skipped when absent): the agreement count is flagged."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_seed_compare_agreement_count_discrepancy(seeds_dir, tmp_path):
    from newsprism.cli.compare import CompareFormat, compare

    files = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    if len(files) < 2:
        pytest.skip("fewer than two seed files")
    result, code = compare(files, fmt=CompareFormat.md, out=tmp_path / "story.md")
    assert code == 0
    by_id = {d.id: d for d in result.documents}
    found = None
    for d in result.story.discrepancies:
        if d.kind not in ("precision", "conflict"):
            continue
        texts = [s.text for s in d.sides]
        if any("18 agreements" in t for t in texts) and any("several bilateral documents" in t for t in texts):
            found = d
    assert found is not None, [(d.kind, d.topic) for d in result.story.discrepancies]
    assert {s.document for s in found.sides} == set(by_id)
    for s in found.sides:
        assert by_id[s.document].text[s.start : s.end] == s.text
    kinds = {d.kind for d in result.story.discrepancies}
    assert "status" in kinds  # one reports the visit as concluded, the other as planned
    assert "18 agreements" in (tmp_path / "story.md").read_text("utf-8")
