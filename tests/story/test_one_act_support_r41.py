"""One act told as planned in one report and as done in the other, one side through a support verb (invented
sentences, round 41, issue 11): "The Ostrel ministry will begin printing the new textbooks next month" against "The
Ostrel ministry finished printing the new textbooks in October", or "plans to order four ferries" against "placed an
order for four ferries on Monday". A verb of beginning (plan side), of finishing (deed side) or a light verb with the
act's own noun is no act of its own: its complement is. "Began printing" is not the printing done, "will finish
printing" no plan of all of it; two acts, two objects, two doers and a negated deed stay apart."""

from __future__ import annotations

import pytest
from hand_sources import status_flags

from newsprism.story.confidence import confidence

pytestmark = pytest.mark.slow  # the slots are read from the spaCy parse


def _flags(a: str, b: str) -> list:
    return status_flags(a, b, cos=0.7)  # a source has no day of publication unless given one



@pytest.mark.parametrize(("plan", "deed"), [
    ("The Ostrel ministry plans to print the new textbooks before the school year begins.",
     "The Ostrel ministry finished printing the new textbooks in October."),
    ("The Ostrel ministry will begin printing the new textbooks next month.",
     "The Ostrel ministry printed the new textbooks last month."),
    ("The Ostrel ministry will begin printing the new textbooks next month.",
     "The Ostrel ministry finished printing the new textbooks in October."),
    ("The Dravik navy intends to order four patrol boats from the Korvel yard.",
     "The Dravik navy placed an order for four patrol boats with the Korvel yard on Monday."),
])
def test_a_plan_against_the_deed_told_through_a_support_verb_is_shown(plan, deed):
    flags = [f for f in _flags(plan, deed) if f.features["plan_deed"] == 1.0]
    assert flags and flags[0].kind == "status" and flags[0].detail == "plan"
    assert flags[0].features["fate"] == 0.0
    assert confidence(flags[0]) >= 0.5


@pytest.mark.parametrize(("plan", "deed"), [
    # begun is not done, and a plan to finish is no plan of the whole act
    ("The Ostrel ministry will print the new textbooks next month.",
     "The Ostrel ministry began printing the new textbooks in October."),
    ("The Ostrel ministry will finish printing the new textbooks next month.",
     "The Ostrel ministry printed the new textbooks in October."),
    # a plan of one act against the deed of another, on one thing
    ("The Ostrel ministry will begin printing the new textbooks next month.",
     "The Ostrel ministry finished checking the new textbooks in October."),
    # two things acted on
    ("The Ostrel ministry will begin printing the new textbooks next month.",
     "The Ostrel ministry finished printing the new maps in October."),
    # two doers named
    ("The Dravik navy intends to order four patrol boats from the Korvel yard.",
     "The Dravik coastguard placed an order for four patrol boats with the Korvel yard on Monday."),
    # a negated deed
    ("The Ostrel ministry will begin printing the new textbooks next month.",
     "The Ostrel ministry did not finish printing the new textbooks in October."),
    # a reported denial of the deed is no plan against a deed
    ("The Ostrel ministry denied that it had begun printing the new textbooks.",
     "The Ostrel ministry finished printing the new textbooks in October."),
])
def test_two_acts_or_no_plan_against_a_deed_is_not_lifted(plan, deed):
    assert not any(f.features["plan_deed"] == 1.0 for f in _flags(plan, deed))


def test_a_light_verb_with_its_own_object_is_still_its_own_act():
    # "submit the report": the report is the thing submitted, not an act; the one verb's pair stays shown
    flags = _flags("The Dorsk audit office will submit its report to parliament next week.",
                   "The Dorsk audit office submitted its report to parliament on Monday.")
    assert any(f.features["plan_deed"] == 1.0 and confidence(f) >= 0.5 for f in flags)
