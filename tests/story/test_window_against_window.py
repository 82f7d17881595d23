"""A window things are counted or ranked in ("five arrests in the past five weeks", "the first Cabinet official in
40 years", "the worst flooding in 50 years") is a figure of its own (round 29, issue 11): two reports that give the
same count or rank in two different windows disagree, while a window is never set against a length of time ("giving
riders two months to buy passes" against "the third rise in four years"), nor against a window of another count.
Invented sentences; amounts read from the text, sentence vectors placed by hand (no models)."""

from __future__ import annotations

import hand_sources as hand
import pytest

from newsprism.claims.amounts import comparable, find_amounts, relation
from newsprism.story.compare import compare_pair


def _pair(a_text: str, b_text: str, cos: float = 0.9):
    va, vb = hand.vectors(cos)
    a = hand.source(0, hand.sentence(a_text, amounts=find_amounts(a_text)), va)
    b = hand.source(1, hand.sentence(b_text, amounts=find_amounts(b_text)), vb)
    return [f for f in compare_pair(a, b) if f.slot == "duration"]


def _window(text: str):
    (w,) = [a for a in find_amounts(text) if a.extra.get("window")]
    return w


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Police have made five arrests in the past five weeks.", "5 arrest"),
        ("Police have made 5 arrests in the past ten weeks.", "5 arrest"),
        ("She is the first Cabinet official in 40 years to visit the island.", "first"),
        ("It is the third rise in four years, the council said.", "third"),
        ("Prices went up three times in two years.", "3 times"),
        ("The lake froze over twice in three years.", "twice"),
        ("It was the worst flooding in 50 years, officials said.", "worst"),
        ("The index closed at its highest level in six months.", "highest"),
    ],
)
def test_window_is_read_with_what_it_counts(text: str, key: str) -> None:
    assert _window(text).extra["window"] == key


@pytest.mark.parametrize(
    "text",
    [
        "The bridge was built in four years.",
        "The board said it would publish a first report within six weeks.",
        "The river climbed 3 metres in two hours.",
        "The most senior official in the ministry served for ten years.",
    ],
)
def test_length_is_no_window(text: str) -> None:
    assert not any(a.extra.get("window") for a in find_amounts(text))


def test_one_count_in_two_windows_conflicts() -> None:
    a = _window("Police have made five arrests in the past five weeks.")
    b = _window("Police have made five arrests in the past ten weeks.")
    assert comparable(a, b) and relation(a, b) == "conflict"
    found = _pair("Police have made five arrests in the past five weeks, the chief said.",
                  "Police have made five arrests in the past ten weeks, the chief said.")
    assert [f.kind for f in found] == ["conflict"]


def test_one_rank_in_two_windows_conflicts() -> None:
    found = _pair("She is the first Cabinet official in 40 years to visit the island.",
                  "She is the first Cabinet official in 45 years to visit the island.")
    assert [f.kind for f in found] == ["conflict"]


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        # a window is no length: round 27's false conflict stays gone
        ("The new fares apply from May 1, giving riders two months to buy passes.",
         "It is the third rise in four years, the transit authority said."),
        ("The bridge was built in four years, the ministry said.",
         "It is the first bridge in 40 years, the ministry said."),
        # two windows of two counts or ranks are two facts
        ("It was the second strike in three years at the plant.",
         "It was the third strike in five years at the plant."),
        ("Police have made five arrests in the past five weeks.",
         "Police have made eight arrests in the past ten weeks."),
    ],
)
def test_no_conflict_across_kinds(a_text: str, b_text: str) -> None:
    assert [f for f in _pair(a_text, b_text) if f.kind == "conflict"] == []


def test_look_back_span_is_a_window() -> None:
    (w,) = [a for a in find_amounts("In the past five weeks, there have been 21 suspected cases.") if a.dim == "duration"]
    assert w.extra["window"] == "past"
    found = _pair("In the past five weeks, there have been 21 suspected cases, including 17 deaths.",
                  "There have been 21 suspected cases, including 17 deaths in the past ten weeks.")
    assert [f.kind for f in found] == ["conflict"]


def test_look_back_span_is_no_length() -> None:
    found = _pair("In the past five weeks, there have been 21 suspected cases, the ministry said.",
                  "The outbreak has lasted ten weeks, with 21 suspected cases, the ministry said.")
    assert [f for f in found if f.kind == "conflict"] == []
