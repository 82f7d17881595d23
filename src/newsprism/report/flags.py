"""Flags as people read them, everywhere they read them (HTML report, Markdown, web app, exports).

Every flag shows its plain-English ``statement`` and the evidence from each source; confident flags (at or
above ``confident_at`` in ``report/data/flags.json``) come first and the others sit behind a "show more"
control; kinds are shown by their labels, never by machine names. A person's verdict (``review``) travels
with the flag.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsprism.common.data_files import load_json
from newsprism.model import Analysis, Discrepancy, Document


def settings() -> dict[str, Any]:
    """``report/data/flags.json`` (read once, shared: do not modify it)."""
    data: dict[str, Any] = load_json("newsprism.report", "data/flags.json")
    return data


def confident_at() -> float:
    return float(settings()["confident_at"])


def kind_label(kind: str) -> str:
    return str(settings()["kind_labels"].get(kind, kind.replace("_", " ").capitalize()))


@dataclass
class SideView:
    document: str
    source: str  # the source's label (outlet, host, file, title)
    start: int | None
    end: int | None
    text: str
    value: str = ""
    url: str | None = None
    title: str | None = None
    published: str | None = None


@dataclass
class FlagView:
    id: str
    kind: str
    statement: str
    topic: str
    explanation: str
    confidence: float | None
    sides: list[SideView] = field(default_factory=list)
    verdict: str | None = None
    note: str = ""
    reviewed_at: str | None = None

    @property
    def label(self) -> str:
        return kind_label(self.kind)

    @property
    def confident(self) -> bool:
        """Shown first (at or above the threshold); an unscored flag counts as shown."""
        return self.confidence is None or self.confidence >= confident_at()

    @property
    def anchor(self) -> str:
        return "f-" + self.id


def _value(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def side_views(d: Discrepancy, docs: dict[str, Document], labels: dict[str, str]) -> list[SideView]:
    out = []
    for s in d.sides:
        doc = docs.get(s.document)
        text = s.text or (doc.text[s.start:s.end] if doc is not None else "")
        out.append(SideView(document=s.document, source=labels.get(s.document, s.outlet or s.document),
                            start=s.start, end=s.end, text=text, value=_value(s.value),
                            url=(doc.url if doc else None), title=(doc.title if doc else None),
                            published=(doc.published if doc else None)))
    return out


def flag_views(analysis: Analysis, labels: dict[str, str] | None = None) -> list[FlagView]:
    """Every flag of the story, each once: the confident ones first (by kind, then confidence), then the rest
    (by confidence). ``labels`` names sources (default: ``source_label``)."""
    from newsprism.report.labels import source_label

    docs = {d.id: d for d in analysis.documents}
    labels = labels or {d.id: source_label(d, i) for i, d in enumerate(analysis.documents)}
    order = {k: i for i, k in enumerate(settings()["kind_order"])}
    seen: set[str] = set()
    views = []
    for d in analysis.story.discrepancies:
        if d.id in seen:
            continue
        seen.add(d.id)
        review = d.review
        views.append(FlagView(id=d.id, kind=d.kind, statement=d.statement or d.topic, topic=d.topic,
                              explanation=d.explanation, confidence=d.confidence,
                              sides=side_views(d, docs, labels),
                              verdict=review.verdict if review else None, note=review.note if review else "",
                              reviewed_at=review.at if review else None))

    def key(f: FlagView) -> tuple[int, int, float]:
        return (0 if f.confident else 1, order.get(f.kind, 9) if f.confident else 0, -(f.confidence or 0.0))

    return sorted(views, key=key)


def _md_flag(f: FlagView) -> list[str]:
    conf = f" ({f.confidence:.2f})" if f.confidence is not None else ""
    out = [f"- **{f.label}**{conf}: {f.statement}"]
    for s in f.sides:
        where = f" (chars {s.start}–{s.end})" if s.start is not None else ""
        value = f" [{s.value}]" if s.value else ""
        out.append(f"  - {s.source}{value}: “{s.text}”{where}")
    if f.verdict:
        out.append(f"  - reviewed: **{f.verdict}**" + (f" — {f.note}" if f.note else ""))
    return out


def flags_markdown(analysis: Analysis) -> list[str]:
    """The story's flags as Markdown: the confident ones first, each with its statement and the evidence from
    every source; the less certain ones inside a ``<details>`` block (a "show more" control where Markdown is
    rendered as HTML, plain text elsewhere)."""
    views = flag_views(analysis)
    if not views:
        return []
    shown = [f for f in views if f.confident]
    more = [f for f in views if not f.confident]
    lines = [f"{len(shown)} flag(s), most certain first (confidence in brackets: the probability the flag is "
             "right)." if shown else "No flag is confident enough to show first.", ""]
    for f in shown:
        lines += _md_flag(f)
    if more:
        lines += ["", f"<details><summary>Show {len(more)} less certain flag(s) (confidence below "
                      f"{confident_at():.1f})</summary>", ""]
        for f in more:
            lines += _md_flag(f)
        lines += ["", "</details>"]
    return lines
