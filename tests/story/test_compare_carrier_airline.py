"""Round 13 (extract): "carrier" names an airline, one counted thing ("the country's second-largest airline" /
"the largest carrier in the country"). Invented case."""

from __future__ import annotations

from newsprism.story.compare import noun_match


def test_a_carrier_is_an_airline():
    assert noun_match("carrier", "airline") == 0.8
    assert noun_match("carrier", "airport") == -1.0
