"""Events: who did what to whom, when and where, typed with our own CAMEO/PLOVER-compatible dictionary."""

from newsprism.events.components import EventsComponent
from newsprism.events.extract import classify_sentence, extract_events

__all__ = ["EventsComponent", "classify_sentence", "extract_events"]
