"""A month without a day, or a season with its year, is a coarse date: an interval (round 23). Invented sentences."""

from __future__ import annotations

import pytest

from newsprism.claims.slots import DateSlot
from newsprism.story.compare import dates_differ

pytestmark = pytest.mark.slow


def _coarse(slots, text: str):
    return [d for d in slots(text).dates if d.granularity != "day"]


def test_a_month_after_in_is_a_month_date(slots):
    (d,) = _coarse(slots, "The ferry Marlow Star ran aground off Keldholm in August, the coast guard said.")
    assert (d.month, d.day, d.year, d.text) == (8, None, None, "August")
    assert d.predicate == "run"
    (e,) = _coarse(slots, "Workers at the Osterby plant walked out in late January.")
    assert (e.month, e.text) == (1, "late January")
    (f,) = _coarse(slots, "The council of Vantor approved the budget in early December.")
    assert f.month == 12
    (g,) = _coarse(slots, "The Brenna bridge reopened in May.")
    assert g.month == 5


def test_a_month_that_bounds_a_span_or_has_a_day_is_no_month_date(slots):
    assert not _coarse(slots, "The mine at Tollvik has been closed since August.")
    assert not _coarse(slots, "The council of Vantor must approve the budget by December.")
    days = slots("The ferry ran aground off Keldholm in August 12, 2025 and again in March 2024.").dates
    assert all(d.granularity == "day" for d in days)


def test_a_season_gives_its_year_only(slots):
    (d,) = _coarse(slots, "The Orrin dam was finished in the autumn of 2019.")
    assert (d.year, d.month, d.granularity) == (2019, None, "season")
    assert not _coarse(slots, "The Orrin dam was finished in the winter of 2019.")
    assert not _coarse(slots, "The Orrin dam was finished in the autumn.")


def test_intervals_conflict_only_when_they_do_not_overlap():
    month = DateSlot(0, 1, "August", month=8, granularity="month")
    assert dates_differ(month, DateSlot(0, 1, "August 12", month=8, day=12)) is False
    assert dates_differ(month, DateSlot(0, 1, "October", month=10, granularity="month")) is True
    assert dates_differ(month, DateSlot(0, 1, "Friday", weekday=4)) is None
    season = DateSlot(0, 1, "autumn of 2019", year=2019, granularity="season")
    assert dates_differ(season, DateSlot(0, 1, "March 2019", year=2019, month=3)) is False
    assert dates_differ(season, DateSlot(0, 1, "3 March 2021", year=2021, month=3, day=3)) is True
