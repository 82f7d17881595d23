"""Shared helper of the events tests (not a test module)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_confidence_floor() -> Iterator[None]:
    """Every event the rules keep, without the confidence floor (``min_event_confidence``): the tests of the
    rules read events a floor would hide; the floor has its own test."""
    from newsprism.events.group import confidence_config

    cfg = confidence_config()
    floor = cfg["min_event_confidence"]
    cfg["min_event_confidence"] = None
    try:
        yield
    finally:
        cfg["min_event_confidence"] = floor
