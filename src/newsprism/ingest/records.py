"""JSON and JSONL records: {id, url, outlet, title, published, text, comments: [{author, text, posted}]}."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from newsprism.errors import IngestError
from newsprism.ingest.layout import compose_text, parse_text_article
from newsprism.limits import DEFAULT_LIMITS, Limits
from newsprism.model import Document

_FIELDS = {"id", "url", "outlet", "title", "published", "text", "comments", "author", "place"}


def record_to_document(rec: Any, source: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    if not isinstance(rec, dict):
        raise IngestError(f"record is a JSON {type(rec).__name__}, expected an object", input=source)
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise IngestError("record has no 'text' field with article text", input=source)
    raw_comments = rec.get("comments") or []
    if not isinstance(raw_comments, list):
        raise IngestError("'comments' must be a list of {author, text, posted}", input=source)
    comments = []
    dropped = 0
    for c in raw_comments[: limits.max_comments]:
        if isinstance(c, dict) and isinstance(c.get("text"), str) and c["text"].strip():
            comments.append({"author": str(c.get("author") or "anonymous"), "text": c["text"],
                             "posted": c.get("posted")})
        else:
            dropped += 1
    paragraphs = [p for p in text.split("\n") if p.strip()]
    title = rec.get("title")
    if title and paragraphs and paragraphs[0].strip() == str(title).strip():
        paragraphs = paragraphs[1:]
    if not paragraphs:
        raise IngestError("record text has no body beyond its title", input=source)
    stored = compose_text(str(title) if title else None, paragraphs, comments)
    doc = parse_text_article(stored, source, doc_id=str(rec["id"]) if rec.get("id") is not None else None,
                             limits=limits, titled=bool(title))
    for c, raw in zip(doc.comments, comments, strict=False):
        c.posted = str(raw["posted"]) if raw.get("posted") is not None else None
    # Typed as str on the model: a number or object here would break the JSON round trip (store, web app).
    doc.url, doc.outlet = (str(rec[k]) if rec.get(k) is not None else None for k in ("url", "outlet"))
    doc.author = str(rec["author"]) if rec.get("author") else doc.author
    if rec.get("published"):
        doc.published = str(rec["published"])[:10] if len(str(rec["published"])) >= 10 else str(rec["published"])
    if rec.get("place"):
        doc.place = str(rec["place"])
    if dropped:
        doc.note("ingest", "dropped", f"{dropped} comment(s) without text dropped")
    if len(raw_comments) > limits.max_comments:
        doc.note("ingest", "capped", f"comments capped at {limits.max_comments} (max_comments)")
    unknown = set(rec) - _FIELDS
    if unknown:
        doc.note("ingest", "ignored", f"unknown record fields ignored: {sorted(unknown)}")
    return doc


def _loads(text: str) -> Any:
    """json.loads, with lone surrogates ("\\udd00" escapes) turned into U+FFFD: they cannot be stored as UTF-8."""
    data = json.loads(text)
    return json.loads(json.dumps(data, ensure_ascii=False).encode("utf-16", "surrogatepass").decode("utf-16", "replace"))


def parse_json(text: str, source: str, limits: Limits = DEFAULT_LIMITS) -> list[Document]:
    try:
        data = _loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError(f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}", input=source) from None
    if isinstance(data, list):
        return [record_to_document(r, f"{source}[{i}]", limits) for i, r in enumerate(data)]
    return [record_to_document(data, source, limits)]


def iter_jsonl(text: str, source: str, limits: Limits = DEFAULT_LIMITS) -> Iterator[Document | IngestError]:
    """One Document per line; a bad line yields an IngestError naming the line and the others go on."""
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        name = f"{source}:{lineno}"
        try:
            rec = _loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(f"invalid JSON: {exc.msg} at column {exc.colno}", input=name)
            continue
        try:
            yield record_to_document(rec, name, limits)
        except IngestError as exc:
            yield exc
