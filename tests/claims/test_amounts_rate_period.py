"""The period of a rate is part of its quantity (round 18): "2,100 crowns a month" and "25,200 crowns a year" are one
wage told per two periods, never two figures of one quantity (invented sentences; no model needed)."""

from __future__ import annotations

import pytest

from newsprism.claims.amounts import comparable, find_amounts, rate_period


def one(text: str):
    found = find_amounts(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "per"), [
    ("A starting nurse earns 2,100 crowns a month in Orsen.", "month"),
    ("The toll bridge brings in 4.5 million crowns per year.", "year"),
    ("Dock porters are paid $14 an hour.", "hour"),
    ("The mill ships 300 tonnes every week.", "week"),
    ("Around 9,000 passengers a day use the ferry.", "day"),
    ("Her annual salary of 61,000 crowns was cut.", "year"),
    ("A monthly grant of $300 goes to each student.", "month"),
    ("The fund pays out 2 billion crowns annually.", "year"),
    ("A porter earns 25,200 crowns a year before tax.", "year"),
])
def test_amount_rate_period_is_read(text, per):
    assert one(text).extra.get("per") == per


@pytest.mark.parametrize("text", [
    "Forty workers lost their jobs a year ago.",  # a point in time, not a rate
    "Two ferries sank a week after the storm.",
    "The port hired 40 porters in a year.",  # a span of time the figure was reached in
    "The weekly paper said 300 people came.",  # the adjective is another noun's
    "The mill ships 300 tonnes of flour.",
])
def test_amount_without_a_rate_period(text):
    assert all(a.extra.get("per") is None for a in find_amounts(text))


def test_amount_rate_period_before_and_after_the_figure():
    text = "An annual pension of 9,600 crowns is paid."
    a = one(text)
    assert rate_period(text, a.start, a.end) == "year"


def test_amounts_per_different_periods_are_not_comparable():
    month, year = one("She is paid 2,100 crowns a month."), one("She is paid 25,200 crowns a year.")
    assert not comparable(month, year)
    # the same period, or a period on one side only, compares as before
    assert comparable(year, one("She is paid 30,000 crowns a year."))
    assert comparable(month, one("She is paid 2,400 crowns."))
