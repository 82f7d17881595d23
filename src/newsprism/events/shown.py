"""Which events a reader sees first: the one bar of the events shown by default.

Every stated event stays in the JSON with its ``Event.confidence`` (the calibrated probability that a careful reader
accepts it), and the story layer reads every event whatever its confidence. The reports (HTML, Markdown, the web
app, the story timeline) show first the events at or above ``shown_at()`` and put the others behind "show more"; the
audit scripts' "shown" measure uses the same bar.

The bar is not read off the data: it follows from a stated cost (``wrong_shown_cost`` in
``data/event_confidence.json``, with its reason). If a wrong event shown costs the reader ``c`` times what a right
event behind "show more" costs, then for a calibrated probability ``p`` showing costs ``(1 - p) * c`` and hiding
costs ``p``, so an event is worth showing when ``p >= c / (1 + c)``: 0.5 for ``c = 1`` (the value shipped), 2/3
for ``c = 2`` (measured in round 20 and not shipped: too few right events stayed shown; benchmarks/events.md).
"""

from __future__ import annotations

from newsprism.common.data_files import load_json

__all__ = ["shown_at", "shown_by_default", "wrong_shown_cost"]


def wrong_shown_cost() -> float:
    """What a wrong event shown first costs the reader, in units of a right event put behind "show more"."""
    return float(load_json("newsprism.events", "data/event_confidence.json")["wrong_shown_cost"])


def shown_at() -> float:
    """The confidence at or above which an event is shown first: ``c / (1 + c)`` for ``c = wrong_shown_cost()``."""
    cost = wrong_shown_cost()
    return cost / (1.0 + cost)


def shown_by_default(confidence: float | None) -> bool:
    """Whether an event with this confidence is shown first (an event without a confidence is: nothing ranks it)."""
    return confidence is None or confidence >= shown_at()
