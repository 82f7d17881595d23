"""A rate's period may follow the counted thing's own "of" complement (round 56, issue 11, `rate_period_of_words`):
"1,500 units of plasma a day" and "10,500 units of plasma a week" are one rate told per two periods, never two
figures of one quantity (invented sentences and outlets; no model needed)."""

from __future__ import annotations

import pytest

from newsprism.claims import amounts
from newsprism.claims.amounts import comparable, find_amounts


def one(text: str):
    found = find_amounts(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "per"), [
    ("The clinics of Varnby use about 1,500 units of plasma a day.", "day"),
    ("Across Tessary, wards get through 10,500 units of plasma a week.", "week"),
    ("The co-operative ships 40 tonnes of dried figs every month.", "month"),
])
def test_period_after_the_counted_things_of_complement_is_read(text, per):
    assert one(text).extra.get("per") == per


@pytest.mark.parametrize("text", [
    "The 300 of them left a year ago.",  # a point in time, not a rate
    "Talks lasted 12 days of hard bargaining.",
    "The mill sent 500 units of the flour a day later.",  # a determiner: another phrase, and "a day later" a point
])
def test_no_period_read_past_another_phrase(text):
    assert all(a.extra.get("per") is None for a in find_amounts(text))


def test_one_rate_per_day_and_per_week_is_not_compared():
    a = one("The clinics of Varnby use about 1,500 units of plasma a day.")
    b = one("Across Tessary, wards get through 10,500 units of plasma a week.")
    assert not comparable(a, b)


def test_switched_off_the_period_is_not_read(monkeypatch):
    table = dict(amounts.data())
    table["rate_period_of_words"] = 0
    monkeypatch.setattr(amounts, "data", lambda: table)
    amounts._period_patterns.cache_clear()
    try:
        assert one("The clinics of Varnby use about 1,500 units of plasma a day.").extra.get("per") is None
    finally:
        monkeypatch.undo()
        amounts._period_patterns.cache_clear()
