"""Vague quantifiers become ranges; precise numbers stay values (no model needed)."""

from __future__ import annotations

import pytest

from newsprism.claims import parse_quantity


@pytest.mark.parametrize(("text", "low", "high"), [
    ("several", 3, 7), ("multiple", 2, None), ("dozens", 24, 99), ("a few", 2, 4), ("a handful", 2, 5),
])
def test_quantity_vague_words_are_ranges(text, low, high):
    q = parse_quantity(text)
    assert q is not None and q.vague
    assert (q.low, q.high) == (low, high)
    assert q.value is None


@pytest.mark.parametrize(("text", "value"), [("18", 18), ("twelve", 12), ("1,200", 1200), ("a dozen", 12),
                                             ("four", 4), ("2.5 million", 2_500_000)])
def test_quantity_precise_values(text, value):
    q = parse_quantity(text)
    assert q is not None and not q.vague and q.bound == "exact"
    assert q.value == value and q.low <= value <= q.high
    # a round figure allows the rounding of its last digit (capped at 5%), a small count none
    assert q.high - q.low <= 0.1 * value


def test_quantity_bounds_and_non_numbers():
    q = parse_quantity("more than 40")
    assert q.vague and q.low == 40 and q.high is None
    assert parse_quantity("about 100").low == pytest.approx(85)
    assert parse_quantity("a") is None
    assert parse_quantity("the") is None
