"""A length of time followed by "before" / "after" is still a length of time when "for" / "lasted" / "took" holds it
(claims/amounts, issue 11, round 26): two reports that give the same standstill two lengths disagree. Invented
reports run through the library (slow: loads the models)."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, discrepancies_between

HERALD = """Commuters stuck on stalled train near Orlen
Commuters on the stalled night train near Orlen were stuck for five hours before a relief locomotive reached them.
The operator said a frozen signal cable had stopped the train on Tuesday evening.
"""
POST = """Night train passengers stuck for hours
Commuters on the stalled night train near Orlen were stuck for 11 hours before a relief locomotive reached them.
Rail staff handed out blankets and water while engineers thawed the signal cable.
"""
PLANNED = """Runoff date fixed after first round
The runoff between the two leading candidates is scheduled for two weeks after the first round, officials said.
Turnout in the first round was the lowest since the country's first free election.
"""
FIXED = """Officials fix runoff date
The runoff between the two leading candidates is scheduled for three weeks after the first round, officials said.
Both campaigns said they would hold rallies in the capital before the vote.
"""


@pytest.mark.slow
def test_two_lengths_of_one_standstill_held_by_for_are_a_duration_conflict() -> None:
    result = analyzed_reports(("herald", "Orlen Herald", "Commuters stuck on stalled train near Orlen", HERALD),
                              ("post", "Orlen Post", "Night train passengers stuck for hours", POST))
    assert discrepancies_between(result, "conflict", "duration", ("herald", "five hours"), ("post", "11 hours"))


@pytest.mark.slow
def test_a_point_set_weeks_after_a_vote_is_no_duration() -> None:
    result = analyzed_reports(("planned", "Daily Planned", "Runoff date fixed after first round", PLANNED),
                              ("fixed", "The Fixed", "Officials fix runoff date", FIXED))
    assert not [d for d in result.story.discrepancies if d.slot == "duration"]
