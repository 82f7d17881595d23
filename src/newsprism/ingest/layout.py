"""Recognise the parts of a plain-text article and build a Document with offsets into its text.

Layout (as copied from news sites): a title line; meta lines ("Published", "- 3 min read", "By Jane Roe");
paragraphs one per line, the first possibly opening with a dateline ("City, Country – "); short sub-heading
lines; and optionally a trailing comment section: an "N Comments" line, then the thread as a site shows it
(author, comment and interface lines; read by :mod:`newsprism.ingest.threads`). The patterns live in ``ingest/data/layout.json`` so they can be extended without code changes.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache

from newsprism.common.data_files import load_json
from newsprism.errors import IngestError
from newsprism.ingest.language import detect as detect_language
from newsprism.ingest.meta import layout_data, outlet_from_line, parse_byline, published_from_line
from newsprism.ingest.publication_date import find_explicit_date
from newsprism.ingest.threads import parse_thread
from newsprism.limits import DEFAULT_LIMITS, Limits
from newsprism.model import Comment, Document, Note, Paragraph, Span


@dataclass
class Line:
    start: int
    end: int
    text: str  # stripped


_SENTENCE_CLOSE = ".!?\"'”’)"  # what the last character of a sentence can be


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    raw = load_json("newsprism.ingest", "data/layout.json")
    return {k: re.compile(v, re.IGNORECASE if k != "dateline" else 0) for k, v in raw["patterns"].items()}


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with offsets of their stripped content."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def _is_heading(line: Line, nxt: Line | None) -> bool:
    words = line.text.split()
    if not words or len(words) > 14 or len(line.text) > 110:
        return False
    if line.text[-1] in ".!?\"”'’,;:)":
        return False
    # A heading introduces a longer paragraph.
    return nxt is not None and len(nxt.text) > len(line.text)


def _find_comments(lines: list[Line]) -> int | None:
    """Index of the last "N Comments" line that has lines after it and article text before it. A comment
    section follows an article, so a line that matches before any sentence is a headline ("5 Thoughts on
    ..." above its article), not a comment section."""
    pat = _patterns()["comments_header"]
    first_text = next((i for i, x in enumerate(lines) if _ends_a_sentence(x.text) or _is_prose(x.text)), len(lines))
    for i in range(len(lines) - 2, first_text, -1):
        if pat.match(lines[i].text):
            return i
    return None


def _ends_a_sentence(line: str) -> bool:
    return line.rstrip()[-1:] in _SENTENCE_CLOSE


def parse_text_article(text: str, source: str, *, doc_id: str | None = None,
                       limits: Limits = DEFAULT_LIMITS, titled: bool | None = None) -> Document:
    """A Document from plain-text layout. ``titled`` says whether the first line is the title (structured
    inputs know); None decides from the text (see ``_has_title``)."""
    notes: list[Note] = []
    if len(text) > limits.max_chars:
        notes.append(Note(component="ingest", kind="truncated",
                          message=f"text truncated from {len(text)} to {limits.max_chars} characters (max_chars)"))
        text = text[: limits.max_chars]
    lines = split_lines(text)
    if not lines:
        raise IngestError("no text lines found", input=source)
    pats = _patterns()

    comment_idx = _find_comments(lines)
    article_lines = lines if comment_idx is None else lines[:comment_idx]
    comments: list[Comment] = []
    section = None
    if comment_idx is not None:
        header = lines[comment_idx]
        m = re.search(r"(\d[\d,]*)", header.text)
        declared = int(m.group(1).replace(",", "")) if m else None
        parsed = parse_thread(text, header.end, len(text), declared, limits.max_comments)
        notes.extend(Note(component="ingest", kind=kind, message=message) for kind, message in parsed.notes)
        found = parsed.comments
        if len(found) > limits.max_comments:
            notes.append(Note(component="ingest", kind="capped",
                              message=f"comments capped at {limits.max_comments} (max_comments)"))
            found = found[: limits.max_comments]
        comments = [Comment(author=c.author, author_start=c.author_start, author_end=c.author_end, text="",
                            start=c.start, end=c.end, posted=c.posted, parent=c.parent, depth=c.depth)
                    for c in found]
        section = Span(start=header.start, end=max([header.end] + [c.end for c in comments]))
        section.text = text[section.start : section.end]
    if not article_lines:
        raise IngestError("no article text before the comment section", input=source)

    article_lines = _join_wrapped(text, article_lines)
    titled = _has_title(article_lines) if titled is None else (titled and len(article_lines) > 1)
    paragraphs: list[Paragraph] = []
    if titled:
        paragraphs.append(Paragraph(start=article_lines[0].start, end=article_lines[0].end, kind="title"))
    author = outlet = byline_outlet = published = None
    rest = article_lines[1:] if titled else article_lines
    for k, line in enumerate(rest):
        nxt = rest[k + 1] if k + 1 < len(rest) else None
        if pats["meta"].match(line.text) and not _prose_by_line(line.text, pats["byline"]):
            kind = "meta"
            m = pats["byline"].match(line.text)
            if m:
                by = parse_byline(m.group(1))
                author = author or by.author
                byline_outlet = byline_outlet or by.outlet
            outlet = outlet or outlet_from_line(line.text, pats["source_line"])
            published = published or published_from_line(line.text, pats["published_line"])
        elif titled and _is_heading(line, nxt):
            kind = "heading"
        else:
            kind = "body"
        paragraphs.append(Paragraph(start=line.start, end=line.end, kind=kind))
    # A "Source:" line names the outlet outright; a staff byline ("By Press Office Staff") may name a desk of it
    outlet = outlet or byline_outlet
    if not any(p.kind == "body" for p in paragraphs):
        # A one-paragraph note: treat every non-title line as body rather than lose it.
        for p in paragraphs[1:]:
            p.kind = "body"
    if not any(p.kind == "body" for p in paragraphs):
        raise IngestError("no article body found (only a title line)", input=source)

    body = Span(start=article_lines[0].start, end=article_lines[-1].end)
    body.text = text[body.start : body.end]
    for c in comments:
        c.text = text[c.start : c.end]

    first_body = next(p for p in paragraphs if p.kind == "body")
    dateline = None
    place = None
    # Pattern.match anchors at the paragraph start (no "^" in the pattern: "^" ignores pos).
    m = pats["dateline"].match(text, first_body.start, first_body.end)
    if m:
        place = m.group("place").strip()
        dateline = Span(start=m.start("place"), end=m.end("place"), text=text[m.start("place") : m.end("place")])
        # A date in the dateline itself, else the first full date of a dateline-led (wire-style) lead. Without
        # a dateline, a date in the lead is an event's date, not the document's: it is never taken as such.
        published = published or (find_explicit_date(m.group("date")) if m.group("date") else None) \
            or find_explicit_date(text[first_body.start : first_body.end])
        if m.group("agency"):
            outlet = outlet or " ".join(m.group("agency").split())
    title = text[paragraphs[0].start : paragraphs[0].end] if titled else None
    lang = detect_language(text[body.start : body.end])
    if not lang.supported:
        notes.append(Note(component="ingest", kind="unsupported", message=(
            f"the text is in {lang.name}, which the analysis models do not cover (they read English): "
            "the English-only layers are skipped")))
    return Document(
        id=doc_id or content_id(text), source=source, title=title, author=author, published=published,
        outlet=outlet, place=place, language=lang.code, language_supported=lang.supported,
        dateline=dateline, text=text, body=body, comments_section=section,
        paragraphs=paragraphs, comments=comments, notes=notes, content_hash=content_hash(text),
    )


PROSE_MIN_CHARS = 200  # longer than a headline
PROSE_MIN_WORDS = 10
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s+[\"'“‘(]?[A-Z]")


def _prose_by_line(line: str, byline: re.Pattern[str]) -> bool:
    """Whether a line that opens with "By" is running prose, not a byline: "By the regulator's count, the bank is
    the fifth to close this year." or "By nightfall 40 people had been rescued, the police said." open a body
    paragraph; a byline ("By Jane Roe | Harbour Times", "By the Press Office") is a name, never a sentence of
    prose (:func:`_is_prose`). Switch: layout.json ``byline.prose_is_body`` (round 50, issue 11)."""
    return bool(layout_data()["byline"].get("prose_is_body", False)) and bool(byline.match(line)) and _is_prose(line)


def _is_prose(line: str) -> bool:
    """A line of running text: longer than any headline (however it ends), or ending like a sentence and
    holding two or more sentences, or a long sentence ending in a full stop."""
    line = line.strip()
    if len(line) >= PROSE_MIN_CHARS:  # longer than any headline, however it ends (a copy cut short)
        return True
    if line[-1:] not in _SENTENCE_CLOSE:
        return False
    # headlines rarely end with a full stop; a sentence of ten words or more that does is prose
    return (bool(_SENTENCE_END.search(line))
            or (line.endswith(".") and len(line.split()) >= PROSE_MIN_WORDS))


_END = ".!?:;\"”'’)…"


def _join_wrapped(text: str, lines: list[Line]) -> list[Line]:
    """Hard-wrapped paragraphs (a line that does not end a sentence, then a line that starts in lower case)
    become one paragraph, so a brief copied from an e-mail or a PDF is not read as a title plus fragments."""
    out: list[Line] = []
    cfg = layout_data()["untitled"]
    lo, hi = int(cfg["min_wrapped_chars"]), int(cfg["max_wrapped_chars"])
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and lo <= len(prev.text.rsplit("\n", 1)[-1].strip()) <= hi \
                and prev.text[-1] not in _END and line.text[:1].islower():
            out[-1] = Line(prev.start, line.end, text[prev.start : line.end])
        else:
            out.append(line)
    return out


def _has_title(lines: list[Line]) -> bool:
    """Whether the first line is a headline (see ``untitled`` in ``ingest/data/layout.json``). A text of one
    line is an article without a title when that line reads as prose (``_is_prose``); otherwise it is a lone
    headline, which is refused rather than taken for an article."""
    first = lines[0].text
    if "\n" in first:  # a wrapped paragraph, joined above
        return False
    if len(lines) < 2:
        return not _is_prose(first)
    limit = int(layout_data()["untitled"]["max_title_words"])
    return not (first.endswith(".") and len(first.split()) > limit)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def content_id(text: str) -> str:
    return content_hash(text)[:16]


def compose_text(title: str | None, paragraphs: list[str], comments: list[dict] | None = None,
                 meta: list[str] | None = None) -> str:
    """Lay structured parts (HTML, JSON records) out in the plain-text layout, so that every input kind
    shares one stored-text convention and one parser."""
    parts: list[str] = []
    if title:
        parts.append(_one_line(title))
    parts.extend(_one_line(m) for m in (meta or []) if m.strip())
    parts.extend(_one_line(p) for p in paragraphs if p.strip())
    if comments:
        parts.append(f"{len(comments)} Comments")
        for c in comments:
            parts.append(_one_line(c.get("author") or "anonymous"))
            parts.append(_one_line(c.get("text") or ""))
    return "\n".join(parts) + "\n"


def _one_line(s: str) -> str:
    return " ".join(s.split())
