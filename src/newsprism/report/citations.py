"""Exports of a story's flags as citations, each with its quotes, sources and character offsets: Markdown,
CSV and schema.org ClaimReview JSON-LD.

**The ClaimReview rule.** A ``ClaimReview`` (an item with a ``reviewRating``) is written only for a flag a
person *confirmed*. Flags nobody reviewed may be listed, when at or above the confidence threshold, only as
plain ``Claim`` items marked machine-generated and unreviewed, with no rating. Rejected flags, and unreviewed
flags below the threshold, are never exported as either. The CLI (``newsprism compare --format jsonld``,
verdicts read from ``--db``) and the web app (``/api/stories/{id}/export?format=claimreview``) both use
:func:`claimreview`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any, Literal

from newsprism.model import Analysis
from newsprism.report.flags import FlagView, flag_views, settings

Include = Literal["confirmed", "reviewed", "all"]
NS = "https://newsprism.invalid/ns#"


def select(flags: Sequence[FlagView], include: Include) -> list[FlagView]:
    """``confirmed``: only flags a person confirmed; ``reviewed``: confirmed and rejected; ``all``: every flag."""
    if include == "confirmed":
        return [f for f in flags if f.verdict == "confirmed"]
    if include == "reviewed":
        return [f for f in flags if f.verdict]
    return list(flags)


def _state(f: FlagView) -> str:
    return f.verdict or "unreviewed"


def markdown(analysis: Analysis, title: str | None = None, include: Include = "confirmed") -> str:
    flags = select(flag_views(analysis), include)
    what = {"confirmed": "confirmed flags", "reviewed": "reviewed flags", "all": "every flag"}[include]
    lines = [f"# {title or 'Story'}: {what}", ""]
    if not flags:
        lines += [f"No {what} yet.", ""]
    for f in flags:
        conf = f" · confidence {f.confidence:.2f}" if f.confidence is not None else ""
        lines += [f"## {f.statement}", "", f"*{f.label}{conf} · {_state(f)}*"
                  + (f" · reviewed {f.reviewed_at[:10]}" if f.reviewed_at else ""), ""]
        if f.note:
            lines += [f"Reviewer's note: {f.note}", ""]
        for s in f.sides:
            where = ", ".join(x for x in (s.title and f"“{s.title}”", s.published, s.url) if x)
            lines.append(f"> {s.text}")
            lines.append(f">\n> — {s.source}" + (f" ({where})" if where else "")
                         + (f", characters {s.start}–{s.end}" if s.start is not None else ""))
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


CSV_COLUMNS = ["flag_id", "kind", "statement", "confidence", "review", "note", "reviewed_at", "source",
               "document_id", "start", "end", "quote", "value", "title", "published", "url"]


def csv_text(analysis: Analysis, include: Include = "confirmed") -> str:
    """One row per side of each flag (a flag with three sources gives three rows)."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for f in select(flag_views(analysis), include):
        for s in f.sides:
            w.writerow([f.id, f.label, f.statement, "" if f.confidence is None else f"{f.confidence:.3f}",
                        _state(f), f.note, f.reviewed_at or "", s.source, s.document,
                        "" if s.start is None else s.start, "" if s.end is None else s.end, s.text, s.value,
                        s.title or "", s.published or "", s.url or ""])
    return out.getvalue()


def _appearances(f: FlagView) -> list[dict[str, Any]]:
    return [{"@type": "NewsArticle", "url": s.url, "headline": s.title, "datePublished": s.published,
             "publisher": {"@type": "Organization", "name": s.source},
             "newsprism:quote": s.text, "newsprism:document": s.document, "newsprism:start": s.start,
             "newsprism:end": s.end, "newsprism:value": s.value or None} for s in f.sides]


def claimreview(analysis: Analysis, *, unreviewed: bool = True) -> dict[str, Any]:
    """A JSON-LD ``@graph``: a ``ClaimReview`` per confirmed flag; with ``unreviewed``, also a plain ``Claim``
    per unreviewed flag at or above the confidence threshold, marked machine-generated, with no rating."""
    ratings = settings()["claimreview_ratings"]
    graph: list[dict[str, Any]] = []
    for f in flag_views(analysis):
        base = {"@id": f"#flag-{f.id}", "newsprism:flag": f.id, "newsprism:kind": f.label,
                "newsprism:confidence": f.confidence}
        if f.verdict == "confirmed":
            graph.append({
                "@type": "ClaimReview", **base, "claimReviewed": f.statement,
                "datePublished": (f.reviewed_at or "")[:10] or None,
                "reviewBody": f.note or f.explanation or f.statement,
                "reviewRating": {"@type": "Rating", "alternateName": ratings.get(f.kind, f.label),
                                 "ratingExplanation": f.statement},
                "itemReviewed": {"@type": "Claim", "text": f.statement, "appearance": _appearances(f)},
                "newsprism:reviewState": "confirmed", "newsprism:machineGenerated": False,
            })
        elif f.verdict is None and unreviewed and f.confident:
            graph.append({
                "@type": "Claim", **base, "text": f.statement, "appearance": _appearances(f),
                "newsprism:reviewState": "unreviewed", "newsprism:machineGenerated": True,
                "description": "Machine-generated and not reviewed by a person: not a fact-check.",
            })
    return {"@context": {"@vocab": "https://schema.org/", "newsprism": NS}, "@graph": graph}


def claimreview_json(analysis: Analysis, *, unreviewed: bool = True) -> str:
    return json.dumps(claimreview(analysis, unreviewed=unreviewed), indent=2, ensure_ascii=False)
