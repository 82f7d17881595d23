"""A count told with a covering noun ("at least nine items") against a count of the specific thing ("six guitars")
of one happening is one count told twice: a conflict when the figures clash (round 11 planted, second task; invented
sentences, worded unlike the wire sets). A covering noun of another sentence shape ("a stock of about 2,000 items"
beside "three music shops" and "10,000 customers") is not."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, discrepancies_between

from newsprism.story.compare import covering_noun

GAZETTE = """Guitars Stolen From Halden Music Shop
Burglars carried off six guitars from the Halden music shop on Friday night, police said.
The shop keeps a stock of about 2,000 items in its cellar.
"""
HERALD = """Halden Music Shop Burgled
Burglars carried off at least nine items from the Halden music shop on Friday night, police said.
It is one of the town's three music shops and serves 10,000 customers a year.
"""


def test_covering_noun_is_one_side_only():
    assert covering_noun("guitar", "item") and covering_noun("work", "painting")
    assert not covering_noun("item", "piece")  # two covering nouns: left to the synonym groups
    assert not covering_noun("guitar", "violin") and not covering_noun(None, "item")


@pytest.mark.slow
def test_a_covering_count_against_the_specific_count():
    result = analyzed_reports(("gazette", "Halden Gazette", "Guitars Stolen From Halden Music Shop", GAZETTE),
                              ("herald", "Halden Herald", "Halden Music Shop Burgled", HERALD))
    assert discrepancies_between(result, "conflict", "count", ("gazette", "six guitars"), ("herald", "at least nine"))
    # the stock held is no count of the shops or the customers
    for other in ("three music shops", "10,000 customers"):
        assert not discrepancies_between(result, "conflict", "count", ("gazette", "about 2,000"), ("herald", other))
