"""Typed amounts from text alone: bounds, scales, dimensions, and how two amounts relate (no model needed)."""

from __future__ import annotations

import math

import pytest

from newsprism.claims.amounts import find_amounts, fmt_value, relation


def one(text: str):
    found = find_amounts(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "bound", "low", "high"), [
    ("about 4,000 workers", "approx", 3400, 4600),
    ("fewer than 500 dockers", "lt", 0, 500),
    ("more than 40 people", "gt", 40, math.inf),
    ("at least 12 ships", "ge", 12, math.inf),
    ("up to 30 trucks", "le", 0, 30),
    ("nearly 90 votes", "below", 76.5, 90),
    ("between 300 and 600 infections", "range", 300, 600),
    ("40 or more guests", "ge", 40, math.inf),
])
def test_amount_bounds_are_intervals(text, bound, low, high):
    a = one(text)
    assert a.bound == bound and a.dim == "count"
    assert a.low == pytest.approx(low) and a.high == pytest.approx(high)


def test_amount_money_scale_and_currency():
    a = one("The fund holds $1.7 billion in reserves.")
    assert a.dim == "money" and a.unit == "USD" and a.value == pytest.approx(1.7e9)
    b = one("It cost 1.7 billion dollars.")
    assert b.dim == "money" and relation(a, b) == "same"
    c = one("A grant of €5m was paid.")
    assert c.unit == "EUR" and c.value == pytest.approx(5e6)


def test_amount_ages_are_not_days_or_counts():
    ages = [a for a in find_amounts("Mira Tolst, 45, and a 61-year-old farmer met on March 3.") if a.dim == "age"]
    assert len(ages) == 2
    assert not any(a.dim == "count" and a.value == 3 for a in find_amounts("They met on March 3 in Drava."))


def test_amount_durations_convert_to_days():
    a = one("They signed a two-year deal.")
    b = one("The deal would run for 24 months.")
    assert a.dim == b.dim == "duration" and relation(a, b) in ("same", "compatible")
    c = one("The deal would run for five years.")
    assert relation(a, c) == "conflict"
    assert find_amounts("It happened three years ago.") == []


def test_amount_percentages_and_points():
    a = one("The mayor won 55% of the vote.")
    b = one("The mayor won 55 percent of the vote.")
    assert a.dim == b.dim == "percent" and relation(a, b) == "same"
    assert one("Support rose 3 percentage points.").dim == "points"


@pytest.mark.parametrize("text", ["Article 5 applies.", "Two F-16 jets flew.", "COVID-19 spread.",
                                  "The score was 3-2.", "He spoke at 3 p.m.", "In 2019 it changed."])
def test_amount_names_times_scores_years_are_not_amounts(text):
    assert all(a.value != 5 and a.value != 16 and a.value != 19 and a.value != 2019 and a.value != 3
               for a in find_amounts(text) if a.dim == "count")


def test_amount_relations():
    about = one("about 4,000 workers")
    assert relation(about, one("fewer than 500 workers")) == "conflict"
    assert relation(one("at least 40 people"), one("45 people")) == "compatible"
    assert relation(one("40 people"), one("forty people")) == "same"
    assert relation(one("40 people"), one("65 people")) == "conflict"
    assert relation(one("several accords"), one("12 accords")) == "vaguer"
    # two different limits stated for one figure disagree even though the intervals meet
    assert relation(one("up to 20 years"), one("up to 25 years")) == "conflict"
    # a round figure allows rounding of its last digit
    assert relation(one("4,000 troops"), one("4,100 troops")) == "compatible"


def test_amount_values_as_text():
    assert fmt_value(one("more than $1.7 billion")) == "more than 1700000000 USD"
    assert fmt_value(one("several")) == "3 to 7"
    assert fmt_value(one("about 40")) == "about 40"


def test_a_scale_word_on_the_next_line_is_not_part_of_the_figure():
    # found by the hostile-input property test: "12" at a line end and "k…" on the next line raised a KeyError
    from newsprism.claims.amounts import find_amounts

    (a,) = [x for x in find_amounts("The crowd was 12\nk then left.") if x.start == 14]
    assert a.value == 12 and a.text == "12"
    (b,) = find_amounts("They raised 3 - million for the pier.")
    assert b.value == 3_000_000
