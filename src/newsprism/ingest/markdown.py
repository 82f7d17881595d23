"""Markdown files read as text: the markup is taken off and the article laid out in the plain-text layout,
so that offsets mean what they mean for every other input. A YAML-style front matter block
(``---`` lines around ``key: value`` pairs) may name the title, outlet, date, URL and author.

Only the markup a copied article carries is handled (headings, emphasis, links, images, quotes, rules, code
fences); anything else stays as written text.
"""

from __future__ import annotations

import re

from newsprism.ingest.layout import compose_text, parse_text_article
from newsprism.ingest.publication_date import find_explicit_date
from newsprism.limits import DEFAULT_LIMITS, Limits
from newsprism.model import Document

_FRONT = re.compile(r"\A---[ \t]*\n(?P<body>(?:.*\n)*?)---[ \t]*(?:\n|\Z)")
_PAIR = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<text>.*?)\s*#*\s*$")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?P<text>\S(?:.*?\S)?)\1")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")

# Front-matter keys and the Document field each one fills.
_KEYS = {"title": "title", "headline": "title", "outlet": "outlet", "source": "outlet", "publisher": "outlet",
         "site": "outlet", "date": "published", "published": "published", "url": "url", "link": "url",
         "author": "author", "by": "author"}


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    m = _FRONT.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m.group("body").splitlines():
        p = _PAIR.match(line)
        if p and p.group("key").lower() in _KEYS:
            value = p.group("value").strip().strip("\"'")
            if value:
                meta.setdefault(_KEYS[p.group("key").lower()], value)
    return meta, text[m.end():]


def _inline(line: str) -> str:
    line = _IMAGE.sub("", line)
    line = _LINK.sub(lambda m: m.group("text"), line)
    for _ in range(3):  # nested emphasis: ***bold italic***
        line = _EMPHASIS.sub(lambda m: m.group("text"), line)
    return line


def markdown_lines(text: str) -> tuple[str | None, list[str]]:
    """(the first heading, if the text opens with one; every other paragraph as one plain line)."""
    title: str | None = None
    paragraphs: list[str] = []
    buf: list[str] = []
    in_fence = False

    def flush() -> None:
        if buf:
            paragraphs.append(" ".join(buf))
            buf.clear()

    for raw in text.split("\n"):
        if _FENCE.match(raw):
            in_fence = not in_fence
            flush()
            continue
        if in_fence:
            continue
        if _RULE.match(raw) or not raw.strip():
            flush()
            continue
        if buf and _SETEXT.match(raw):  # "Title\n=====": the buffered line is a heading
            heading = _inline(" ".join(buf))
            buf.clear()
            if title is None and not paragraphs:
                title = heading
            else:
                paragraphs.append(heading)
            continue
        h = _HEADING.match(raw)
        if h:
            flush()
            heading = _inline(h.group("text"))
            if title is None and not paragraphs:
                title = heading
            elif heading:
                paragraphs.append(heading)
            continue
        line = _inline(_QUOTE.sub("", raw)).strip()
        if line:
            buf.append(line)
    flush()
    return title, [p for p in paragraphs if p.strip()]


def parse_markdown(text: str, source: str, *, doc_id: str | None = None,
                   limits: Limits = DEFAULT_LIMITS) -> Document:
    meta, rest = _front_matter(text)
    heading, paragraphs = markdown_lines(rest)
    title = meta.get("title") or heading
    if heading and title != heading:
        paragraphs.insert(0, heading)
    stored = compose_text(title, paragraphs)
    # A title from the file itself; else the plain-text rules decide whether the first line is one.
    doc = parse_text_article(stored, source, doc_id=doc_id, limits=limits, titled=True if title else None)
    doc.outlet = meta.get("outlet") or doc.outlet
    doc.author = meta.get("author") or doc.author
    doc.url = meta.get("url") or doc.url
    if meta.get("published"):
        doc.published = find_explicit_date(meta["published"]) or doc.published
    return doc
