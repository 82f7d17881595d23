"""The events layer as a pipeline component."""

from __future__ import annotations

from typing import ClassVar

from newsprism.events.extract import extract_events
from newsprism.model import Document
from newsprism.nlp.spacy_pipe import spacy_docs


class EventsComponent:
    """Fills ``doc.events`` from the cached spaCy parse, canonical entities and resolved dates."""

    name: ClassVar[str] = "events"
    assigns: ClassVar[tuple[str, ...]] = ("events",)
    requires: ClassVar[tuple[str, ...]] = ("spacy", "entities", "dates")

    def __call__(self, doc: Document) -> Document:
        doc.events = extract_events(doc, spacy_docs(doc))
        return doc
