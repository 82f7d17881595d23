"""The invariants every newsprism output must hold, whatever the input. Shared by the property tests in
``tests/reliability/`` and the long fuzz campaign in ``fuzz/``.

``check_document(doc)`` walks every typed field of a Document (it does not need to know the layers by name,
so spans added later by events, claims, techniques or comments are covered as soon as they exist) and
returns a list of violations; an empty list means the document is sound.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from newsprism.model import Document

# Spans of these Document fields are analysis of the article and must lie inside ``doc.body``, never in the
# comment section (comment layers write into ``doc.comments`` / ``doc.thread`` instead).
BODY_FIELDS = ("paragraphs", "sentences", "entities", "dates", "events", "claims", "techniques",
               "paragraph_techniques")


def _walk(obj: Any, path: str) -> Iterator[tuple[str, BaseModel]]:
    if isinstance(obj, BaseModel):
        yield path, obj
        for name in type(obj).model_fields:
            yield from _walk(getattr(obj, name), f"{path}.{name}")
    elif isinstance(obj, (list, tuple)):
        for i, item in enumerate(obj):
            yield from _walk(item, f"{path}[{i}]")
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from _walk(v, f"{path}[{k!r}]")


def _span_problems(text: str, path: str, m: BaseModel) -> Iterator[str]:
    start, end = getattr(m, "start", None), getattr(m, "end", None)
    if not isinstance(start, int) or not isinstance(end, int):
        return
    if not 0 <= start <= end <= len(text):
        yield f"{path}: span [{start}:{end}] outside the text (len {len(text)})"
        return
    own = getattr(m, "text", None)
    if isinstance(own, str) and own and text[start:end] != own:
        yield f"{path}: text[{start}:{end}]={text[start:end][:60]!r} != span text {own[:60]!r}"
    a0, a1 = getattr(m, "author_start", None), getattr(m, "author_end", None)
    if isinstance(a0, int) and isinstance(a1, int):
        if not 0 <= a0 <= a1 <= len(text):
            yield f"{path}: author span [{a0}:{a1}] outside the text"
        elif text[a0:a1] != getattr(m, "author", ""):
            yield f"{path}: text[{a0}:{a1}]={text[a0:a1][:60]!r} != author {m.author[:60]!r}"


def check_document(doc: Document) -> list[str]:
    """Every violated invariant of one Document, as readable lines."""
    problems: list[str] = []
    text = doc.text
    for path, m in _walk(doc, "doc"):
        if path == "doc":
            continue
        problems.extend(_span_problems(text, path, m))
    body = doc.body
    for field in BODY_FIELDS:
        for i, item in enumerate(getattr(doc, field, []) or []):
            for path, m in _walk(item, f"doc.{field}[{i}]"):
                s, e = getattr(m, "start", None), getattr(m, "end", None)
                if isinstance(s, int) and isinstance(e, int) and not (body.start <= s and e <= body.end):
                    problems.append(f"{path}: [{s}:{e}] lies outside the body [{body.start}:{body.end}]")
    sec = doc.comments_section
    if sec is not None:
        if sec.start < body.end:
            problems.append(f"comment section starts at {sec.start}, inside the body ending at {body.end}")
        for i, c in enumerate(doc.comments):
            if not (sec.start <= c.start and c.end <= sec.end):
                problems.append(f"doc.comments[{i}]: [{c.start}:{c.end}] outside the comment section")
    elif doc.comments:
        problems.append(f"{len(doc.comments)} comments but no comment section")
    for i, s in enumerate(doc.sentences):
        if not 0 <= s.paragraph < len(doc.paragraphs):
            problems.append(f"doc.sentences[{i}]: paragraph index {s.paragraph} out of range")
            continue
        p = doc.paragraphs[s.paragraph]
        if not (p.start <= s.start and s.end <= p.end):
            problems.append(f"doc.sentences[{i}]: [{s.start}:{s.end}] outside its paragraph [{p.start}:{p.end}]")
    # The document must survive a JSON round trip unchanged (what the store and the web app rely on).
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # pydantic warns (not raises) when a field holds the wrong type
        try:
            again = Document.model_validate_json(doc.to_json(indent=None))
        except (ValueError, UserWarning) as exc:
            problems.append(f"JSON round trip fails: {str(exc)[:300]}")
            return problems
    if again.model_dump() != doc.model_dump():
        problems.append("document changed in a JSON round trip")
    return problems


def assert_sound(doc: Document) -> None:
    problems = check_document(doc)
    assert not problems, "\n".join(problems[:20])
