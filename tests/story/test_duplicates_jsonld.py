"""Syndicated copies are collapsed (MinHash); claims export as ClaimReview JSON-LD (no model needed)."""

from __future__ import annotations

from newsprism.claims import claims_jsonld
from newsprism.model import Claim, Discrepancy, Quantity, Side, Span, Story
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


def test_jsonld_claimreview_items(make_doc):
    doc = make_doc("Council Approves Barrier\n" + BODY + "\n", "a.txt")
    doc.id, doc.outlet = "a", "Harbour Wire"
    i = doc.text.index("approved a tidal barrier")
    ev = Span(start=i, end=i + 24, text=doc.text[i : i + 24])
    doc.claims = [Claim(text=doc.body_text, start=doc.body.start, end=doc.body.end, kind="count",
                        quantity=Quantity(text="a", value=1), evidence=ev)]
    story = Story(discrepancies=[Discrepancy(kind="unique", slot="event", topic="barrier",
                                             statement="Only Harbour Wire reports the barrier.", confidence=0.5,
                                             sides=[Side(document="a", text=ev.text, start=ev.start, end=ev.end)])])
    out = claims_jsonld([doc], story)
    item = out["@graph"][0]
    assert out["@context"]["@vocab"] == "https://schema.org/"
    assert item["@type"] == "ClaimReview" and item["itemReviewed"]["@type"] == "Claim"
    assert item["itemReviewed"]["text"] == "approved a tidal barrier"
    assert item["reviewRating"]["alternateName"] == "Reported by one source only"
    assert item["newsprism:comparison"] == ["unique"]
