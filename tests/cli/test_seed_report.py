"""Issue 2's acceptance checks on the shared seed report (read at run time; never copied into the repo)."""

from __future__ import annotations

import re

import pytest

from newsprism.api import analyze


def _seed(seeds_dir, prefix):
    files = sorted(seeds_dir.glob(f"{prefix}_*.txt"))
    if not files:
        pytest.skip("seed file missing")
    return files[0]


def _expected_thread(raw: str):
    """An independent oracle: after the 'N Comments' line, lines alternate author / comment."""
    lines = [ln.strip() for ln in raw.splitlines() if ln.strip()]
    idx = max(i for i, ln in enumerate(lines) if re.fullmatch(r"\d+ Comments", ln))
    rest = lines[idx + 1 :]
    return int(lines[idx].split()[0]), rest[0::2], rest[1::2]


@pytest.mark.slow
def test_seed_report_parts(seeds_dir):
    path = _seed(seeds_dir, "000")
    raw = path.read_text("utf-8")
    declared, authors, texts = _expected_thread(raw)
    doc = analyze([path]).documents[0]
    assert declared == 11
    assert len(doc.comments) == 11
    assert [c.author for c in doc.comments] == authors
    assert [c.text for c in doc.comments] == texts
    for t in texts:
        assert t not in doc.body.text
    assert doc.title == raw.splitlines()[0].strip()
    assert doc.place == "Naypyidaw, Myanmar"
    assert doc.published == "2025-11-28"
    people = {a.canonical: a for a in doc.actors if a.label == "PERSON"}
    assert {"Alexander Lukashenko", "Min Aung Hlaing", "Nyo Saw"} <= set(people)
    assert people["Alexander Lukashenko"].roles[0] == "President of Belarus"
    assert not any(a in people for a in ("Lukashenko", "President Lukashenko"))
