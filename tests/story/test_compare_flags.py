"""Typed comparison of two invented sources: what must be flagged is, what is compatible is not, and every
flag reads as plain words that name the sources."""

from __future__ import annotations

import re

import pytest
from hand_sources import analyzed_reports

pytestmark = pytest.mark.slow

LEDGER = """Port Strike Spreads
About 4,000 dock workers joined the strike in Port Vell on Monday, the union said.
Deputy Transport Minister Ilse Varga will open the new grain terminal next week.
The council approved a two-year contract with the port operator Halden Marine.
Mr. Tomas Oren, the harbour director, said at least 40 ships were delayed.
"""
COURIER = """Strike at Port Vell
Fewer than 500 dock workers joined the strike in Port Vell on Monday, the port authority said.
Transport Minister Ilse Varga opened the new grain terminal on Tuesday.
The contract with the port operator Halden Marine would run for five years, the council said.
Mr Tomas Oren, the harbour director, said 45 ships were delayed.
"""
MACHINE = re.compile(r"\b\w+_\w+\b|\bverb:|number of \w+ \(|\bvague \d|coerce:")


@pytest.fixture(scope="module")
def result():
    return analyzed_reports(("ledger", "Harbor Ledger", "Port Strike Spreads", LEDGER),
                            ("courier", "Valley Courier", "Strike at Port Vell", COURIER))


def _flags(result, kind: str, slot: str | None = None):
    return [d for d in result.story.discrepancies if d.kind == kind and (slot is None or d.slot == slot)
            and {s.document for s in d.sides} == {"ledger", "courier"}]


def test_compare_bounds_that_cannot_meet_conflict(result):
    (flag,) = [d for d in _flags(result, "conflict", "count") if "workers" in d.statement]
    assert "Harbor Ledger" in flag.statement and "Valley Courier" in flag.statement
    assert {s.quantity.bound for s in flag.sides} == {"approx", "lt"}


def test_compare_rank_plan_and_duration(result):
    assert any("Deputy" in d.statement for d in _flags(result, "conflict", "role"))
    assert _flags(result, "status")
    assert _flags(result, "conflict", "duration")


def test_compare_compatible_figures_and_honorifics_are_not_flagged(result):
    for d in result.story.discrepancies:
        if d.kind in ("conflict", "precision"):
            assert not any("ships" in s.text for s in d.sides), d.statement
            assert not any("Oren" in s.text for s in d.sides), d.statement


def test_compare_flags_are_plain_ranked_and_point_at_text(result):
    from newsprism.model import sort_flags

    by_id = {d.id: d for d in result.documents}
    flags = result.story.discrepancies
    assert flags == sort_flags(flags)
    for d in flags:
        assert 0.0 <= d.confidence <= 1.0 and d.statement and d.topic
        for text in (d.topic, d.statement, d.explanation):
            assert not MACHINE.search(text), text
        for s in d.sides:
            assert by_id[s.document].text[s.start : s.end] == s.text


def test_compare_markdown_puts_less_certain_flags_behind_show_more(result):
    from newsprism.report.flags import confident_at
    from newsprism.story.markdown import story_markdown

    md = story_markdown(result)
    low = [d for d in result.story.discrepancies if d.confidence < confident_at()]
    head = md.split("<details>", 1)[0]
    for d in low:
        assert d.statement in md and d.statement not in head
    for d in result.story.discrepancies:
        if d.confidence >= confident_at():
            assert d.statement in head
