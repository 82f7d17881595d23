"""A readable Markdown view of a story comparison: what agrees, what conflicts, what each source omits."""

from __future__ import annotations

from newsprism.model import Analysis

TITLES = {"conflict": "Conflicts", "precision": "Vague against precise", "status": "Planned against done",
          "consensus": "Agreed by several sources", "unique": "Reported by one source only"}


def _name(result: Analysis, doc_id: str) -> str:
    for d in result.documents:
        if d.id == doc_id:
            return d.outlet or d.title or d.id
    return doc_id


def story_markdown(result: Analysis) -> str:
    story = result.story
    lines = [f"# Story comparison ({len(story.documents)} sources)", ""]
    for d in result.documents:
        lines.append(f"- **{d.outlet or d.id}**: {d.title or ''} ({d.published or 'undated'})")
    if story.duplicates:
        lines += ["", "Near-duplicate copies left out of the comparison:"]
        lines += [f"- {x.document} copies {x.duplicate_of} (similarity {x.similarity})" for x in story.duplicates]
    for kind, title in TITLES.items():
        items = [x for x in story.discrepancies if x.kind == kind]
        if not items:
            continue
        lines += ["", f"## {title} ({len(items)})", ""]
        for x in items:
            lines.append(f"- **{x.topic}**: {x.explanation}")
            for s in x.sides:
                value = f" [{s.value}]" if s.value else ""
                lines.append(f"  - {_name(result, s.document)}{value}: \"{s.text}\" (chars {s.start}-{s.end})")
    if story.timeline:
        lines += ["", "## Timeline", ""]
        for t in story.timeline:
            who = " / ".join(_name(result, s.document) for s in t.sources)
            lines.append(f"- {t.date}: {t.type} ({t.status}) {t.actor or ''} -> {t.target or ''} [{who}]")
    if story.profiles:
        lines += ["", "## What each source includes and omits", ""]
        for p in story.profiles:
            lines.append(f"- **{p.outlet or p.document}**: {p.agrees_on} shared points, {p.disputed} "
                         f"disputed, {len(p.unique)} only here; omits {len(p.omits)}: " + "; ".join(p.omits[:8]))
    return "\n".join(lines) + "\n"
