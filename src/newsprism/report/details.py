"""What each source says, layer by layer: its actors, its events, the roles and careers it gives (standing facts:
no events) and its claims, each event, role and claim with a
link to its words in the source text (an anchor only: the text is not underlined for these). Events are listed
most confident first; those under the events' bar (``newsprism.events.shown.shown_at``, from the stated cost of a
wrong event shown against a right one behind "show more") sit behind the same "show more" control the flags use
(``less_certain_events``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsprism.events.shown import shown_by_default
from newsprism.events.standing import how_held
from newsprism.model import Document, Event
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
    events: list[Item] = field(default_factory=list)  # confident events, most confident first
    less_certain_events: list[Item] = field(default_factory=list)  # under the events' bar: behind "show more"
    claims: list[Item] = field(default_factory=list)
    roles: list[Item] = field(default_factory=list)  # jobs, offices, roles and origins held: no events (round 21)
    more_events: int = 0
    more_claims: int = 0

    @property
    def empty(self) -> bool:
        return not (self.actors or self.events or self.less_certain_events or self.claims or self.roles)


def ranked_events(doc: Document) -> tuple[list[Event], list[Event]]:
    """The document's events, most confident first, split into those shown first (confidence at or above the
    events' bar, ``newsprism.events.shown``, or none given) and the less certain ones shown behind "show more"."""
    ranked = sorted(doc.events, key=lambda e: -(e.confidence if e.confidence is not None else 1.0))
    shown = [e for e in ranked if shown_by_default(e.confidence)]
    return shown, [e for e in ranked if not shown_by_default(e.confidence)]


def event_detail(e: Event) -> str:
    """What an event line says besides its type and participants: date, place, a status other than occurred,
    who reports it."""
    return " · ".join(p for p in (e.date, e.place, e.status if e.status != "occurred" else "",
                                  f"according to {e.attributed_to}" if e.attributed_to else "") if p)


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
    shown, less = ranked_events(doc)
    for k, e in enumerate([*shown, *less]):
        if k >= MAX_ITEMS:
            out.more_events = len(doc.events) - MAX_ITEMS
            break
        href = ""
        if _in_text(doc, e.evidence.start, e.evidence.end):
            anchor = f"evt-{idx}-{k}"
            evidence.append(Evidence(e.evidence.start, e.evidence.end, anchor, underline=False))
            href = "#" + anchor
        item = Item(text=event_label(e.trigger, e.actor, e.target), detail=event_detail(e), href=href)
        (out.events if k < len(shown) else out.less_certain_events).append(item)
    for k, f in enumerate(doc.standing_facts[:MAX_ITEMS]):
        href = ""
        if _in_text(doc, f.evidence.start, f.evidence.end):
            anchor = f"role-{idx}-{k}"
            evidence.append(Evidence(f.evidence.start, f.evidence.end, anchor, underline=False))
            href = "#" + anchor
        detail = " · ".join(p for p in (f.holder, how_held(f), f.time) if p)
        out.roles.append(Item(text=f.evidence.text, detail=detail, href=href))
    for k, c in enumerate(doc.claims):
        if len(out.claims) >= MAX_ITEMS:
            out.more_claims = len(doc.claims) - MAX_ITEMS
            break
        parts: list[str] = [c.kind]
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
