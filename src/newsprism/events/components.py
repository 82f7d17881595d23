"""The events layer as a pipeline component."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from newsprism.events.build import doc_mentions, story_clusters
from newsprism.events.group import group_events, to_events
from newsprism.events.standing import standing_facts
from newsprism.model import Document
from newsprism.pipeline.state import DocState, need

# Mentions become one Event of a document when the coreference model's average pair probability is at least
# this: stricter than the story-wide threshold tuned for ECB+ CoNLL (0.3), because a wrong merge inside one
# document makes a wrong event (two visits by two people as one), while a missed merge only repeats one.
WITHIN_DOC_THRESHOLD = 0.5


class EventsComponent:
    """Fills ``doc.events``: trigger mentions found by the trigger head on the shared encoder pass, grouped into
    one event per happening by the coreference model, kept when they have a named or definite participant,
    each with a learned status. Fills ``doc.standing_facts`` from the same parsed sentences: the jobs, offices, roles
    and origins told as held, which are standing states, never events (``newsprism.events.standing``). Leaves every
    mention in ``state.event_mentions`` for story-wide coreference."""

    name: ClassVar[str] = "events"
    assigns: ClassVar[tuple[str, ...]] = ("events", "standing_facts", "state.event_mentions")
    requires: ClassVar[tuple[str, ...]] = ("state.encoded", "state.spacy", "entities", "dates")

    def __call__(self, doc: Document, state: DocState) -> Document:
        found = doc_mentions(doc, need(state.spacy, "spacy"), need(state.encoded, "encoded"))
        state.event_mentions = found
        labels = story_clusters([found], threshold=WITHIN_DOC_THRESHOLD)[0]
        for m, c in zip(found.mentions, labels, strict=True):
            m.cluster = c
        doc.events = to_events(doc, found.units, group_events(doc, found.units, found.mentions, labels))
        doc.standing_facts = standing_facts(doc, found.units)
        return doc

    def pipe(self, docs: Sequence[Document], states: Sequence[DocState]) -> list[Document]:
        return [self(d, s) for d, s in zip(docs, states, strict=True)]
