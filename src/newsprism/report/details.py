"""What each source says, layer by layer: its actors, its events and its claims, each event and claim with a
link to its words in the source text (an anchor only: the text is not underlined for these)."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsprism.model import Document
from newsprism.report.highlight import Evidence
from newsprism.report.labels import event_label

MAX_ITEMS = 40  # per list and source; the rest is counted, not shown
ACTOR_GROUPS = (("PERSON", "People"), ("ORG", "Organizations"), ("NORP", "Groups"), ("GPE", "Places"),
                ("LOC", "Places"), ("FAC", "Places"))


@dataclass
class Item:
    text: str
    detail: str = ""
    href: str = ""


@dataclass
class SourceDetails:
    actors: list[tuple[str, list[Item]]] = field(default_factory=list)
    events: list[Item] = field(default_factory=list)
    claims: list[Item] = field(default_factory=list)
    more_events: int = 0
    more_claims: int = 0

    @property
    def empty(self) -> bool:
        return not (self.actors or self.events or self.claims)


def _in_text(doc: Document, start: int, end: int) -> bool:
    return 0 <= start < end <= len(doc.text)


def source_details(doc: Document, idx: int, evidence: list[Evidence]) -> SourceDetails:
    out = SourceDetails()
    groups: dict[str, list[Item]] = {}
    for a in sorted(doc.actors, key=lambda a: (-a.mentions, a.canonical)):
        title = next((t for label, t in ACTOR_GROUPS if label == a.label), None)
        if title is None:
            continue
        items = groups.setdefault(title, [])
        if len(items) < MAX_ITEMS:
            detail = "; ".join(a.roles[:2])
            if a.mentions > 1:
                detail = f"{detail} · {a.mentions} mentions" if detail else f"{a.mentions} mentions"
            items.append(Item(text=a.canonical, detail=detail))
    out.actors = [(t, groups[t]) for t in dict.fromkeys(t for _, t in ACTOR_GROUPS) if groups.get(t)]
    for k, e in enumerate(doc.events):
        if len(out.events) >= MAX_ITEMS:
            out.more_events = len(doc.events) - MAX_ITEMS
            break
        parts = [p for p in (e.date, e.place, e.status if e.status != "occurred" else "",
                             f"according to {e.attributed_to}" if e.attributed_to else "") if p]
        href = ""
        if _in_text(doc, e.evidence.start, e.evidence.end):
            anchor = f"evt-{idx}-{k}"
            evidence.append(Evidence(e.evidence.start, e.evidence.end, anchor, underline=False))
            href = "#" + anchor
        out.events.append(Item(text=event_label(e.trigger, e.actor, e.target), detail=" · ".join(parts), href=href))
    for k, c in enumerate(doc.claims):
        if len(out.claims) >= MAX_ITEMS:
            out.more_claims = len(doc.claims) - MAX_ITEMS
            break
        parts = [c.kind]
        if c.quantity is not None:
            parts.append(c.quantity.text)
        if c.hedged:
            parts.append("hedged" + (f" ({', '.join(c.hedges[:3])})" if c.hedges else ""))
        href = ""
        if _in_text(doc, c.start, c.end):
            anchor = f"cl-{idx}-{k}"
            evidence.append(Evidence(c.start, c.end, anchor, underline=False))
            href = "#" + anchor
        out.claims.append(Item(text=c.text, detail=" · ".join(parts), href=href))
    return out
