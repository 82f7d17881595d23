"""A hand-built Document from a title and paragraphs (no model, no layout parser), shared by the tests that need
exact paragraph offsets, and an Event on a phrase of a document's text, shared by the report tests that set
events' confidences by hand (pytest puts this folder on sys.path through the root conftest)."""
from __future__ import annotations

import re

from newsprism.model import Document, Event
from newsprism.model.document import Paragraph, Sentence, Span


def doc_from_parts(parts: list[str], doc_id: str, sentences: bool = False) -> Document:
    """``parts[0]`` is the title, the rest body paragraphs, joined by blank lines. ``sentences`` adds a crude
    sentence layer (split at . ? !) for components that read one when present."""
    text = "\n\n".join(parts)
    paras, pos = [], 0
    for i, p in enumerate(parts):
        paras.append(Paragraph(start=pos, end=pos + len(p), kind="title" if i == 0 else "body"))
        pos += len(p) + 2
    doc = Document(id=doc_id, source=doc_id, text=text, body=Span(start=paras[1].start, end=len(text)),
                   paragraphs=paras, title=parts[0])
    if sentences:
        for i, p in enumerate(paras):
            for m in re.finditer(r"[^.?!]+[.?!]+", text[p.start : p.end]):
                doc.sentences.append(Sentence(start=p.start + m.start(), end=p.start + m.end(), paragraph=i))
    return doc


def event_on(doc: Document, phrase: str, etype: str, actor: str, confidence: float | None) -> Event:
    """An Event whose evidence is the first occurrence of ``phrase`` in ``doc`` and whose trigger is its first word."""
    s = doc.text.index(phrase)
    return Event(id="e0", type=etype, actor=actor, trigger=phrase.split()[0], trigger_start=s,
                 trigger_end=s + len(phrase.split()[0]), confidence=confidence,
                 evidence=Span(start=s, end=s + len(phrase), text=phrase))
