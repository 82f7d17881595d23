"""A length of time followed by "before" / "after" (round 26, issue 11): held by "for", "lasted", "took", "spent",
"waited" or "a period of", it stays a duration; with no such word, or with "for" after a word of scheduling, it is a
point in time. Invented sentences."""

from __future__ import annotations

import pytest

from newsprism.claims.amounts import find_amounts


def _durations(text: str) -> list[tuple[str, float]]:
    return [(a.text, a.value or 0.0) for a in find_amounts(text) if a.dim == "duration"]


@pytest.mark.parametrize(
    ("text", "span", "days"),
    [
        ("The meteor was visible for 12 seconds before it broke up over the lake.", "12 seconds", 12 / 86400),
        ("Travellers were stranded for 11 hours before the first buses arrived.", "11 hours", 11 / 24),
        ("The bull stayed at large for about 30 hours before it was caught.", "about 30 hours", 30 / 24),
        ("The coach was banned for three years after an inquiry into the club.", "three years", 3 * 365.25),
        ("The blackout lasted nine hours before power came back.", "nine hours", 9 / 24),
        ("It took four years after the flood to rebuild the bridge.", "four years", 4 * 365.25),
        ("The crew spent six weeks before the launch in quarantine.", "six weeks", 42.0),
        ("Prices were frozen for a period of two months before the vote.", "two months", 2 * 30.4375),
    ],
)
def test_held_length_stays_a_duration(text: str, span: str, days: float) -> None:
    found = _durations(text)
    assert [s for s, _ in found] == [span]
    assert found[0][1] == pytest.approx(days, rel=0.01)


@pytest.mark.parametrize(
    "text",
    [
        "The rules were changed three years after the inquiry.",
        "The runoff is scheduled for two weeks after the first round.",
        "The talks are set for ten days after the summit.",
        "She was jailed for her role two years after the attack.",
        "The mine closed three years ago.",
        "He had left the company two months before the merger.",
    ],
)
def test_unheld_length_before_after_is_a_point(text: str) -> None:
    assert _durations(text) == []


def test_plain_duration_unchanged() -> None:
    assert _durations("The road was closed for four days.") == [("four days", 4.0)]
