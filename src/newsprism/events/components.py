"""The events layer as a pipeline component."""

from __future__ import annotations

from typing import ClassVar

from newsprism.events.extract import extract_events
from newsprism.model import Document
from newsprism.pipeline.state import DocState, need


class EventsComponent:
    """Fills ``doc.events`` from the spaCy parse in the run state, canonical entities and resolved dates."""

    name: ClassVar[str] = "events"
    assigns: ClassVar[tuple[str, ...]] = ("events",)
    requires: ClassVar[tuple[str, ...]] = ("state.spacy", "entities", "dates")

    def __call__(self, doc: Document, state: DocState) -> Document:
        doc.events = extract_events(doc, need(state.spacy, "spacy"))
        return doc
