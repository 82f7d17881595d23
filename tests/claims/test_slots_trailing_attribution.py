"""A date that closes a reported clause just before a trailing attribution dates the reported happening (round 22)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _day(slots, text: str, weekday: int):
    return next(d for d in slots(text).dates if d.weekday == weekday)


def test_date_before_trailing_attribution_dates_the_reported_clause(slots):
    # the parser hangs "on Friday" on "said" here: the day is still the day of the find
    d = _day(slots, "Laboratory checks found the fungus on the second orchard, near Belvik, on Friday, 6 March, "
                    "the agriculture office said.", 4)
    assert not d.speech and d.predicate == "find"
    e = _day(slots, "The fungus was found at the second orchard, a pear farm outside the town of Belvik, on "
                    "Thursday, March 5, the agriculture office said.", 3)
    assert not e.speech and e.predicate == "find"
    f = _day(slots, "Engineers repaired the cracked dam near Olvenna, on Sunday, 9 August, the water board said.", 6)
    assert not f.speech and f.predicate == "repair"
    # a reported verb of saying keeps its day a day of saying (the day of that announcement)
    assert _day(slots, "The minister announced the plan on Monday, March 2, her office said.", 0).speech


def test_days_of_saying_stay_days_of_saying(slots):
    assert _day(slots, "The water board said on Sunday that engineers had repaired the dam.", 6).speech
    assert _day(slots, "Engineers repaired the dam, the water board said on Sunday.", 6).speech
    assert _day(slots, "On Sunday, the water board said engineers would repair the dam.", 6).speech


def test_a_date_right_after_a_noun_stays_with_the_noun(slots):
    # no comma sets the date off: "the raid on Monday" may be the raid's day, not the arrest's
    d = _day(slots, "Two men were arrested after the raid on Monday, police in Tervo said.", 0)
    assert d.predicate != "arrest"
