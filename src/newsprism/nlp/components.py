"""The NLP core as pipeline components: sentences, canonical entities and actors, resolved dates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from newsprism.model import DateMention, Document, Sentence
from newsprism.nlp.canonical import build_actors, extract_entities
from newsprism.nlp.date_resolution import by_tense, clause_tense, resolve
from newsprism.nlp.spacy_pipe import get_nlp, parse_many
from newsprism.pipeline.state import DocState, need


class SentencesComponent:
    """Parses title, headings and body paragraphs with spaCy (batched), keeps the parse in the run state and
    records sentence spans."""

    name: ClassVar[str] = "sentences"
    assigns: ClassVar[tuple[str, ...]] = ("sentences", "state.spacy")
    requires: ClassVar[tuple[str, ...]] = ("paragraphs",)

    def __init__(self, model: str | None = None, batch_size: int = 64) -> None:
        self.model = model
        self.batch_size = batch_size

    def pipe(self, docs: Sequence[Document], states: Sequence[DocState]) -> list[Document]:
        nlp = get_nlp(self.model) if self.model else get_nlp()
        parsed = parse_many(list(docs), nlp, self.batch_size)
        # Assigned only after the whole batch parsed: a failure is retried per document, not half-applied.
        for doc, state, pieces in zip(docs, states, parsed, strict=True):
            state.spacy = pieces
            doc.sentences = [
                Sentence(start=offset + s.start_char, end=offset + s.end_char, paragraph=pi)
                for pi, offset, sdoc in pieces for s in sdoc.sents
            ]
        return list(docs)

    def __call__(self, doc: Document, state: DocState) -> Document:
        return self.pipe([doc], [state])[0]


class EntitiesComponent:
    name: ClassVar[str] = "entities"
    assigns: ClassVar[tuple[str, ...]] = ("entities", "actors")
    requires: ClassVar[tuple[str, ...]] = ("state.spacy",)

    def __call__(self, doc: Document, state: DocState) -> Document:
        doc.entities = extract_entities(doc, need(state.spacy, "spacy"))
        doc.actors = build_actors(doc.entities)
        return doc


def _tense_at(pieces, start: int, end: int) -> str | None:
    """The tense of the verb that the date phrase at [start, end) of the document's text modifies."""
    for piece in pieces:
        if piece.offset <= start and end <= piece.offset + len(piece.doc.text):
            span = piece.doc.char_span(start - piece.offset, end - piece.offset, alignment_mode="expand")
            return clause_tense(span.root) if span is not None and len(span) else None
    return None


class DatesComponent:
    """Date mentions resolved against the document's date (``published``), via dateparser. In English they
    come from the parser's DATE entities; in a language the parser does not cover, dateparser finds them in
    the text itself (``nlp.multilingual_dates``), so this layer runs in any language. A month without a year
    is placed by the tense of the verb it dates (``date_resolution.by_tense``)."""

    name: ClassVar[str] = "dates"
    assigns: ClassVar[tuple[str, ...]] = ("dates",)
    requires: ClassVar[tuple[str, ...]] = ("entities", "state.spacy")
    languages: ClassVar[tuple[str, ...] | None] = None

    def __call__(self, doc: Document, state: DocState) -> Document:
        base = doc.published[:10] if doc.published and len(doc.published) >= 10 else None
        if not doc.language_supported:
            from newsprism.nlp.multilingual_dates import find_dates

            doc.dates = find_dates(doc.text, doc.body.start, doc.body.end, doc.language or "en", base) \
                if doc.language else []
            return doc
        out = []
        pieces = state.spacy or []
        for e in doc.entities:
            if e.label != "DATE":
                continue
            iso, gran = resolve(e.text, base)
            if iso and gran in ("month", "day"):
                iso = by_tense(iso, e.text, base, _tense_at(pieces, e.start, e.end))
            out.append(DateMention(text=e.text, start=e.start, end=e.end, iso=iso, granularity=gran))
        doc.dates = out
        return doc
