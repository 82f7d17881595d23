"""Claims as schema.org ClaimReview-compatible JSON-LD.

newsprism does not rate claims true or false; each item is a ``ClaimReview`` whose ``reviewRating`` says how
the other sources treat the claim (corroborated, contradicted, less precise, different status, single source)
when a story comparison is available, and "Unreviewed" otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsprism.model import Document, Story

RATING = {"consensus": "Corroborated by other sources", "conflict": "Contradicted by another source",
          "precision": "Stated with different precision by another source",
          "status": "Reported with a different status by another source", "unique": "Reported by one source only"}


def _verdicts(story: Story | None) -> dict[tuple[str, int, int], list[str]]:
    out: dict[tuple[str, int, int], list[str]] = {}
    if story is None:
        return out
    for d in story.discrepancies:
        for side in d.sides:
            out.setdefault((side.document, side.start, side.end), []).append(d.kind)
    return out


def claims_jsonld(docs: Sequence[Document], story: Story | None = None) -> dict[str, Any]:
    """A JSON-LD ``@graph`` of ClaimReview items, one per claim of every document."""
    verdicts = _verdicts(story)
    graph: list[dict[str, Any]] = []
    for doc in docs:
        for i, c in enumerate(doc.claims):
            kinds = verdicts.get((doc.id, c.evidence.start, c.evidence.end), [])
            item: dict[str, Any] = {
                "@type": "ClaimReview",
                "@id": f"#{doc.id}/claim/{i}",
                "claimReviewed": c.text,
                "reviewBody": c.evidence.text,
                "itemReviewed": {
                    "@type": "Claim",
                    "text": c.evidence.text,
                    "appearance": {"@type": "NewsArticle", "url": doc.url or doc.source,
                                   "headline": doc.title, "datePublished": doc.published,
                                   "publisher": {"@type": "Organization", "name": doc.outlet}
                                   if doc.outlet else None},
                    "author": {"@type": "Organization", "name": doc.outlet} if doc.outlet else None,
                },
                "reviewRating": {"@type": "Rating", "alternateName": RATING[kinds[0]] if kinds else "Unreviewed"},
                "author": {"@type": "Organization", "name": "newsprism"},
                "newsprism:kind": c.kind,
                "newsprism:slots": {"subject": c.subject, "predicate": c.predicate, "object": c.object,
                                    "quantity": c.quantity.model_dump() if c.quantity else None,
                                    "time": c.time, "place": c.place, "hedges": c.hedges},
                "newsprism:evidence": {"document": doc.id, "start": c.evidence.start, "end": c.evidence.end},
                "newsprism:comparison": kinds,
            }
            graph.append(item)
    return {"@context": {"@vocab": "https://schema.org/", "newsprism": "https://newsprism.invalid/ns#"},
            "@graph": graph}
