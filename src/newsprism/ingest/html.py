"""HTML pages: the article through trafilatura, reader comments from the page's comment markup."""

from __future__ import annotations

import re

import lxml.html
import trafilatura
from lxml import etree

from newsprism.errors import IngestError
from newsprism.ingest.layout import compose_text, parse_text_article
from newsprism.limits import DEFAULT_LIMITS, Limits
from newsprism.model import Document

# Class/id fragments that mark a comment, its author and its body in common CMS and comment-plugin markup.
_COMMENT = re.compile(r"(^|[\s_-])(comment|reply)([\s_-]|$)", re.IGNORECASE)
_AUTHOR = re.compile(r"author|user|name|fn|nick", re.IGNORECASE)
_BODY = re.compile(r"body|content|text|message", re.IGNORECASE)


def _classes(el) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


def extract_comments(tree) -> list[dict]:
    """Comments as {author, text, posted}; innermost comment containers only, so nested replies are not
    counted twice."""
    found = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "form", "textarea"):
            continue
        if not _COMMENT.search(_classes(el)):
            continue
        author_el = next((d for d in el.iter() if d is not el and isinstance(d.tag, str)
                          and _AUTHOR.search(_classes(d))), None)
        body_el = next((d for d in el.iter() if d is not el and isinstance(d.tag, str)
                        and _BODY.search(_classes(d))), None)
        if author_el is None or body_el is None:
            continue
        posted_el = next((d for d in el.iter() if isinstance(d.tag, str) and d.tag == "time"), None)
        found.append((el, {
            "author": " ".join(author_el.text_content().split()),
            "text": " ".join(body_el.text_content().split()),
            "posted": posted_el.get("datetime") if posted_el is not None else None,
        }))
    # Keep only innermost containers (a wrapper "comments" div also matches).
    inner = [c for el, c in found if not any(o is not el and el in o.iterancestors() for o, _ in found)
             and c["text"]]
    seen = set()
    out = []
    for c in inner:
        key = (c["author"], c["text"])
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def parse_html(html: str, source: str, *, url: str | None = None, limits: Limits = DEFAULT_LIMITS) -> Document:
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise IngestError(f"unparseable HTML: {exc}", input=source) from exc
    comments = extract_comments(tree)
    # Comments are removed before extraction so they cannot leak into the body.
    for el in list(tree.iter()):
        if isinstance(el.tag, str) and _COMMENT.search(_classes(el)) and el.getparent() is not None:
            el.getparent().remove(el)
    cleaned = lxml.html.tostring(tree, encoding="unicode")
    # No "extensive" date search: it falls back on a footer's copyright year ("© 2025" became 2025-01-01).
    # Only the page's own date metadata and dated markup count; otherwise the date stays empty.
    result = trafilatura.bare_extraction(cleaned, url=url, with_metadata=True, include_comments=False,
                                         include_tables=False, favor_precision=True,
                                         date_extraction_params={"extensive_search": False,
                                                                 "original_date": True})
    body = (getattr(result, "text", None) or "") if result is not None else ""
    if len(body.split()) < 10:
        raise IngestError("no article text found in the HTML page", input=source)
    title = getattr(result, "title", None)
    paragraphs = [p for p in body.split("\n") if p.strip()]
    if title and paragraphs and paragraphs[0].strip() == title.strip():
        paragraphs = paragraphs[1:]
    text = compose_text(title, paragraphs, comments)
    doc = parse_text_article(text, source, limits=limits, titled=bool(title))
    for c, raw in zip(doc.comments, comments, strict=False):
        c.posted = raw.get("posted")
    doc.url = url or getattr(result, "url", None)
    doc.outlet = getattr(result, "sitename", None) or doc.outlet
    doc.author = getattr(result, "author", None) or doc.author
    doc.published = getattr(result, "date", None) or doc.published
    return doc
