"""A count told "by the end" of a period is that period's total, not a running total (round 51b, issue 11).

``count_running_total_period_end``: "by" whose object is headed by a word naming the end of a period ("By the end of
the season only 610 seasonal cutters had reached the estate") tells how many there were in all, so the count is
compared as told and conflicts with another report's "880 seasonal cutters arrived". A "by" a point inside the
period ("By midday 610 cutters had reached the estate") keeps its running-total reading (``compare.running_total``).

Invented sentences, fictional names and places."""

from __future__ import annotations

import pytest
from hand_sources import parsed_slots, source, vectors

from newsprism.story.compare import Source, compare_pair, running_total, settings

pytestmark = pytest.mark.slow  # every sentence is read from the spaCy parse

ARRIVED = "Under the Velmora plan, 880 seasonal cutters arrived at the Dask estate on temporary visas."
AT_END = "By the end of the season only 610 seasonal cutters had reached the Dask estate, the planters' guild said."
AT_CLOSE = "By the end of the week 610 seasonal cutters had reached the Dask estate."
INSIDE = "By midday 610 seasonal cutters had reached the Dask estate, the planters' guild said."


def _conflicts(a: str, b: str) -> list[tuple[str, str, str]]:
    va, vb = vectors(0.8)
    found = compare_pair(source(0, parsed_slots(a), va), source(1, parsed_slots(b), vb))
    return [(f.kind, f.a.text, f.b.text) for f in found if f.slot == "count" and f.kind == "conflict"]


def _running(text: str) -> list[bool]:
    va, _ = vectors(1.0)
    src: Source = source(0, parsed_slots(text), va)
    return [running_total(src, 0, a) for a in src.sentences[0].amounts if a.dim == "count"]


@pytest.fixture
def off(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    def turn() -> None:
        monkeypatch.setitem(settings(), "count_running_total_period_end", False)
    return turn


def test_switch_is_on() -> None:
    assert settings()["count_running_total_period_end"] and "end" in settings()["period_end_nouns"]


@pytest.mark.parametrize("text", [AT_END, AT_CLOSE])
def test_period_end_is_no_running_total(text: str) -> None:
    assert _running(text) == [False]


@pytest.mark.parametrize("text", [AT_END, AT_CLOSE])
def test_period_end_is_read_as_running_total_with_switch_off(text: str, off) -> None:  # type: ignore[no-untyped-def]
    off()
    assert _running(text) == [True]


def test_period_end_total_conflicts_with_arrivals() -> None:
    assert _conflicts(ARRIVED, AT_END)


def test_period_end_total_held_with_switch_off(off) -> None:  # type: ignore[no-untyped-def]
    off()
    assert not _conflicts(ARRIVED, AT_END)


def test_point_inside_period_keeps_running_total() -> None:
    assert _running(INSIDE) == [True]
    assert not _conflicts(ARRIVED, INSIDE)
