"""Events: who did what to whom, when and where; planned, done or denied; one event per happening, with
story-wide ids across documents (``newsprism.events.coref.cluster``)."""

from newsprism.events.components import EventsComponent
from newsprism.events.extract import classify_sentence

__all__ = ["EventsComponent", "classify_sentence"]
