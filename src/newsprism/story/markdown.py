"""A readable Markdown view of a story comparison: what agrees, what conflicts, what each source omits."""

from __future__ import annotations

from newsprism.model import Analysis
from newsprism.report.flags import flags_markdown
from newsprism.report.labels import event_label, source_label


def _name(result: Analysis, doc_id: str) -> str:
    for i, d in enumerate(result.documents):
        if d.id == doc_id:
            return source_label(d, i)
    return doc_id


def story_markdown(result: Analysis) -> str:
    story = result.story
    lines = [f"# Story comparison ({len(story.documents)} sources)", ""]
    for i, d in enumerate(result.documents):
        lines.append(f"- **{source_label(d, i)}**: {d.title or ''} ({d.published or 'undated'})")
    if story.duplicates:
        lines += ["", "Near-duplicate copies left out of the comparison:"]
        lines += [f"- {x.document} copies {x.duplicate_of} (similarity {x.similarity})" for x in story.duplicates]
    flags = flags_markdown(result)
    if flags:
        lines += ["", "## Flags", "", *flags]
    if story.timeline:
        lines += ["", "## Timeline", ""]
        for t in story.timeline:
            who = " / ".join(_name(result, s.document) for s in t.sources)
            lines.append(f"- {t.date}: {event_label(t.trigger, t.actor, t.target)} ({t.status}) [{who}]")
    if story.profiles:
        lines += ["", "## What each source includes and omits", ""]
        for p in story.profiles:
            lines.append(f"- **{_name(result, p.document)}**: {p.agrees_on} shared points, {p.disputed} "
                         f"disputed, {len(p.unique)} only here; omits {len(p.omits)}: " + "; ".join(p.omits[:8]))
    return "\n".join(lines) + "\n"
