"""A readable Markdown summary of an Analysis (``newsprism analyze --format md`` and ``make demo``)."""

from __future__ import annotations

from collections import Counter

from newsprism.events.shown import shown_at
from newsprism.model import Analysis, Document, Event
from newsprism.report.details import ranked_events
from newsprism.report.flags import flags_markdown
from newsprism.report.labels import event_label, language_note, source_label

MAX_EVENTS = 8  # per list (shown first, less certain) and source


def _event_line(e: Event) -> str:
    conf = f" ({e.confidence:.2f})" if e.confidence is not None else ""
    return (f"- {event_label(e.trigger, e.actor, e.target)} [{e.status}]{conf} {e.date or ''} — "
            f"“{e.evidence.text[:90]}”")


def _doc_section(d: Document, index: int) -> list[str]:
    out = [f"## {d.title or source_label(d, index)}", ""]
    if not d.language_supported:
        out += [f"> {language_note(d)}", ""]
    meta = [("source", source_label(d, index)), ("published", d.published), ("place", d.place),
            ("language", d.language), ("genre", d.genre.label if d.genre else None)]
    out.append(" · ".join(f"**{k}**: {v}" for k, v in meta if v))
    out.append("")
    people = [a for a in d.actors if a.label == "PERSON"][:6]
    if people:
        out.append("**People:** " + "; ".join(
            f"{a.canonical}" + (f" ({a.roles[0]})" if a.roles else "") for a in people))
    places = [a.canonical for a in d.actors if a.label == "GPE"][:8]
    if places:
        out.append("**Places:** " + ", ".join(places))
    if d.frames:
        out.append("**Frames:** " + ", ".join(f"{f.label} ({f.score:.2f})" for f in d.frames[:4]))
    if d.events:
        # most confident first; those under the events' bar (newsprism.events.shown) behind "show more"
        shown, less = ranked_events(d)
        out.append("")
        out.append("**Events** (most certain first):" if shown else "**Events:** none is confident enough to "
                                                                  "show first.")
        out += [_event_line(e) for e in shown[:MAX_EVENTS]]
        if len(shown) > MAX_EVENTS:
            out.append(f"- … and {len(shown) - MAX_EVENTS} more")
        if less:
            out += ["", f"<details><summary>Show {len(less)} less certain event(s) (confidence below "
                        f"{shown_at():.2g})</summary>", ""]
            out += [_event_line(e) for e in less[:MAX_EVENTS]]
            if len(less) > MAX_EVENTS:
                out.append(f"- … and {len(less) - MAX_EVENTS} more")
            out += ["", "</details>"]
    if d.claims:
        out.append("")
        out.append(f"**Claims:** {len(d.claims)} check-worthy; e.g. “{d.claims[0].text[:100]}”")
    author = [t for t in d.techniques if t.voice == "author"]
    if d.techniques:
        top = Counter(t.technique for t in author).most_common(4)
        out.append("")
        out.append(f"**Techniques:** {len(author)} in the author's voice, "
                   f"{len(d.techniques) - len(author)} in quoted/attributed words"
                   + (": " + ", ".join(f"{k} ×{v}" for k, v in top) if top else ""))
    if d.comments:
        stances = Counter(c.stance for c in d.comments if c.stance)
        toxic = sum(1 for c in d.comments if c.toxic)
        dupes = sum(1 for c in d.comments if c.duplicate_of is not None)
        line = f"**Comments:** {len(d.comments)}"
        if stances:
            line += " — " + ", ".join(f"{k} {v}" for k, v in sorted(stances.items()))
        if toxic:
            line += f"; {toxic} toxic"
        if dupes:
            line += f"; {dupes} near-duplicate"
        out.append("")
        out.append(line)
    if d.notes:
        out.append("")
        out.append("**Notes:** " + "; ".join(f"{n.component}: {n.message}" for n in d.notes))
    out.append("")
    return out


def render_markdown(result: Analysis) -> str:
    lines = ["# newsprism analysis", ""]
    lines.append(f"{len(result.documents)} document(s), {len(result.errors)} failed input(s).")
    lines.append("")
    for i, d in enumerate(result.documents):
        lines.extend(_doc_section(d, i))
    flags = flags_markdown(result)
    if flags:
        lines += ["## Across sources", "", *flags, ""]
    for e in result.errors:
        lines.append(f"- error: {e.input}: {e.reason}")
    return "\n".join(lines).rstrip() + "\n"
