"""A length of time after "in" / "within" that follows an ordinal, a word of frequency or a counted plural is the
window things are counted in, not the length of any happening (round 27, issue 11): it is not read as a length of
time; since round 29 it is kept as a window (``extra["window"]``), compared only with a window of the same.
A length after "in" with no such word before it ("built in four years") and a period granted for something
("giving riders two months to buy passes") stay durations. Invented sentences."""

from __future__ import annotations

import pytest

from newsprism.claims.amounts import find_amounts


def _durations(text: str) -> list[str]:
    return [a.text for a in find_amounts(text) if a.dim == "duration" and not a.extra.get("window")]


@pytest.mark.parametrize(
    "text",
    [
        "It is the third rise in four years, the council said.",
        "The union has called 12 strikes in five years.",
        "Prices went up three times in two years.",
        "It was the second such attack within six months.",
        "The river burst its banks for the first time in the past 20 years.",
        "The team lost for the 4th time in ten days.",
        "The lake froze over twice in three winters and once in two years.",
    ],
)
def test_counting_window_is_no_duration(text: str) -> None:
    assert _durations(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The bridge was built in four years.", "four years"),
        ("In 2019 his trial was held in three weeks.", "three weeks"),
        ("The new fares apply from May 1, giving riders two months to buy passes.", "two months"),
        ("Rescuers pulled 40 survivors from the rubble over three days.", "over three days"),
        ("The ferry was out of service for six weeks.", "six weeks"),
    ],
)
def test_length_of_a_happening_stays(text: str, span: str) -> None:
    assert _durations(text) == [span]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # an ordinal with no definite determiner orders no series: "within a month" is a deadline
        ("The board said it would publish a first report within six weeks.", "six weeks"),
        # a unit of measure is no counted thing: the two hours are the length of the rise
        ("The river climbed 3 metres in two hours.", "two hours"),
        ("The town had 40 centimetres of snow in 12 hours.", "12 hours"),
    ],
)
def test_deadline_and_measure_stay(text: str, span: str) -> None:
    assert _durations(text) == [span]
