"""How a source is named wherever people read it (report columns, Markdown, the web app, exports).

The outlet first (from HTML metadata, a JSON field, a ``Source:`` line or byline, or the user); then the
host of its URL; then the file it came from (the last resort); then its title; never a content hash.
"""

from __future__ import annotations

from pathlib import PurePath
from urllib.parse import urlsplit

from newsprism.model import Document

# Source names the app and the API give to inputs without one: not worth showing.
_GENERIC = ("pasted", "upload", "<text>", "text", "form")


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _file_name(source: str | None) -> str | None:
    if not source or source.startswith(("http://", "https://", "<")):
        return None
    name = PurePath(source.replace("\\", "/")).name
    stem = name.rsplit("[", 1)[0].rsplit(":", 1)[0]  # records: "feed.jsonl:3", "list.json[2]"
    if not stem or stem.lower().split("-")[0].split(".")[0] in _GENERIC:
        return None
    return name


def event_label(trigger: str | None, actor: str | None, target: str | None) -> str:
    """How an event is named wherever people read it: the source's own word for it, quoted, then who did it to
    whom ("“sentenced”: Fred LaRue", "“met”: the mayor → the union"). The event type (a dictionary key such as
    ``coerce`` or ``other``) is for machines and stays in the JSON."""
    who = " → ".join(x for x in (actor, target if target != actor else None) if x)
    word = " ".join(trigger.split()) if trigger else ""
    if word and who:
        return f"“{word}”: {who}"
    return f"“{word}”" if word else (who or "an event")


def source_label(doc: Document, index: int | None = None) -> str:
    """A short human name for ``doc`` (``index`` numbers it when nothing better is known)."""
    for cand in (doc.outlet, _host(doc.url) or _host(doc.source), _file_name(doc.source), doc.title):
        if cand and cand.strip():
            return " ".join(cand.split())[:60]
    return f"Source {index + 1}" if index is not None else "Unnamed source"


def language_note(doc: Document) -> str:
    """The sentence every output shows for a document in a language the models do not cover."""
    from newsprism.ingest.language import language_name

    name = language_name(doc.language)
    return (f"This source is in {name}, which newsprism's models do not cover (they read English). Only the "
            "language-independent layers ran (layout, dates, comments' structure); entities, events, claims, "
            "techniques, genre, frames and comment stance were skipped, so this source has none of them.")
