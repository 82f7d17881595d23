"""Articles about different events are not compared with each other."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

VISIT_A = """Varkel Arrives in Port Vell
Port Vell, Maravia – Kestorian President Tomas Varkel arrived in Port Vell on March 3, 2026, for talks with Chancellor Ines Dorrow. The two governments signed 12 accords.
"""
VISIT_B = """Dorrow Hosts Varkel
Port Vell, Maravia – Chancellor Ines Dorrow hosted Kestorian President Tomas Varkel in Port Vell on March 3, 2026. The two governments signed 14 accords.
"""
FOOTBALL = """Drava Wins the Cup
Drava, Kestoria – Drava Football Club beat Harbour Rovers 3-1 in the cup final on May 20, 2026, with two late goals from striker Lio Mendt before 30,000 fans.
"""


def test_story_grouping_keeps_unrelated_article_apart(make_doc):
    from newsprism.api import analyze_documents

    docs = [make_doc(VISIT_A, "a.txt"), make_doc(VISIT_B, "b.txt"), make_doc(FOOTBALL, "c.txt")]
    for d, i in zip(docs, "abc", strict=True):
        d.id = i
    story = analyze_documents(docs).story
    assert sorted(map(sorted, story.clusters)) == [["a", "b"], ["c"]]
    assert all(s.document != "c" for d in story.discrepancies for s in d.sides)
    conflict = [d for d in story.discrepancies if d.kind == "conflict"]
    assert any(sorted(s.value for s in d.sides) == ["12", "14"] for d in conflict)
