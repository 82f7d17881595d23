"""Figures per different periods (round 18): one nurse's wage told per month in one report and per year in another
(12 x 2,100 = 25,200) is no conflict, and it joins no flag of another quantity; a real difference in a figure told
per the same period still shows. Invented reports, worded unlike the wire sets."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, discrepancies_between

pytestmark = pytest.mark.slow

GAZETTE = """Orsen Nurses Walk Out
Nurses at the Orsen general hospital walked out on Monday in a dispute over pay and night shifts.
The strike will cost the hospital 3 million crowns a week, the hospital board said on Monday.
A newly qualified nurse in Orsen is paid 2,100 crowns a month, the nurses' union said.
The union wants the night-shift bonus doubled and two more nurses on every ward.
"""
HERALD = """Hospital Strike Begins in Orsen
Hundreds of nurses at Orsen's general hospital stopped work on Monday over pay and night shifts.
The hospital board put the cost of the strike at 5 million crowns a week in a statement on Monday.
According to the nurses' union, a nurse starting out in Orsen earns 25,200 crowns a year before tax.
The union is asking for a doubled night-shift bonus and more nurses on each ward.
"""


@pytest.fixture(scope="module")
def result():
    return analyzed_reports(("gazette", "Orsen Gazette", "Orsen Nurses Walk Out", GAZETTE),
                            ("herald", "Valley Herald", "Hospital Strike Begins in Orsen", HERALD))


def test_a_wage_per_month_and_per_year_is_no_conflict(result):
    for d in result.story.discrepancies:
        texts = " ".join(s.text for s in d.sides)
        assert not (d.kind == "conflict" and ("2,100" in texts or "25,200" in texts)), d.statement


def test_a_figure_per_the_same_period_still_differs(result):
    flags = discrepancies_between(result, "conflict", "count", ("gazette", "3 million crowns"),
                                  ("herald", "5 million crowns"))
    assert flags
    assert all("2,100" not in s.text and "25,200" not in s.text for d in flags for s in d.sides)


def test_the_period_is_stored_with_the_quantity(result):
    pers = {c.quantity.text: c.quantity.per for d in result.documents for c in d.claims if c.quantity is not None}
    assert pers.get("2,100") == "month" and pers.get("25,200") == "year"
