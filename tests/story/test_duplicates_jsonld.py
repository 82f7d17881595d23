"""Syndicated copies are collapsed (MinHash) (no model needed). ClaimReview export: tests/report/test_citations.py."""

from __future__ import annotations

from newsprism.story import find_duplicates

BODY = ("Port Vell, Maravia – The harbour council approved a tidal barrier on March 3, 2026, after a long "
        "session in which councillors debated costs, delays and the fate of the old fish market for hours.")


def test_duplicates_syndicated_copy_detected(make_doc):
    a = make_doc("Council Approves Barrier\n" + BODY + "\n", "a.txt")
    b = make_doc("Barrier Approved by Council\n" + BODY + " Reporting by the wire desk.\n", "b.txt")
    c = make_doc("Unrelated\nThe football club of Drava signed a new goalkeeper for the spring season today.\n",
                 "c.txt")
    a.id, b.id, c.id = "a", "b", "c"
    dups = find_duplicates([a, b, c])
    assert [(x.document, x.duplicate_of) for x in dups] == [("b", "a")]
    assert dups[0].similarity > 0.7
