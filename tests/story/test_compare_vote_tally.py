"""Two reports of one vote told as tallies (round 25, branch vote25, issue 11): different counts are a shown conflict
whose sentence names both outlets and whose sides hold each tally; the same tally in other words, and the tallies of
two different bodies' votes, are no conflict. Invented reports, worded unlike the wire sets."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports

from newsprism.story.compare import vote_bodies

pytestmark = pytest.mark.slow

POST = """Lakeside Levy Approved
The county assembly in Brennock approved a lakeside cleaning levy by 57 votes to 23 on Wednesday night.
The levy adds 40 crowns a year to each household's water bill and will pay for dredging the north shore.
Fishing clubs had campaigned for the levy for two years, Brennock's harbour master said.
"""
TRIBUNE = """Brennock Levy Scrapes Through
Brennock's lakeside cleaning levy passed 44 to 36 on Wednesday night after a long debate in the county chamber.
Each household will pay 40 crowns a year more for water, and the money will go to dredging the north shore.
Fishing clubs say they pushed for the levy for two years.
"""
SAME = """Brennock Backs Lake Levy
Brennock's county assembly backed the lakeside cleaning levy in a 57-23 vote on Wednesday night.
Households will pay 40 crowns a year more, money that goes to dredging the north shore.
"""
OTHER_BODY = """Harbour Board Backs Dredging
Brennock's harbour board voted 6 to 1 on Thursday to start dredging the north shore in the spring.
Households will pay 40 crowns a year more for water under the county's levy.
"""


def _tally_conflicts(result):
    return [d for d in result.story.discrepancies if d.kind == "conflict" and d.slot == "percentage"]


@pytest.fixture(scope="module")
def differ():
    return analyzed_reports(("post", "Brennock Post", "Lakeside Levy Approved", POST),
                            ("tribune", "Lake Tribune", "Brennock Levy Scrapes Through", TRIBUNE))


def test_two_tallies_of_one_vote_are_a_shown_conflict(differ):
    found = _tally_conflicts(differ)
    assert len(found) == 1, [d.statement for d in found]
    d = found[0]
    assert d.confidence >= 0.5
    assert "Brennock Post" in d.statement and "Lake Tribune" in d.statement
    by = {s.document: s for s in d.sides}
    assert "57 votes to 23" in by["post"].text and "44 to 36" in by["tribune"].text
    for s in d.sides:  # each side's evidence is a span of its own stored text
        doc = next(x for x in differ.documents if x.id == s.document)
        assert doc.text[s.start : s.end] == s.text


def test_the_tally_is_stored_with_the_quantity(differ):
    tallies = {c.quantity.tally.votes_for: c.quantity.tally for doc in differ.documents for c in doc.claims
               if c.quantity is not None and c.quantity.tally is not None}
    assert tallies[57.0].votes_against == 23.0 and tallies[44.0].votes_against == 36.0


def test_the_same_tally_in_other_words_is_no_conflict():
    result = analyzed_reports(("post", "Brennock Post", "Lakeside Levy Approved", POST),
                              ("same", "County Wire", "Brennock Backs Lake Levy", SAME))
    assert not _tally_conflicts(result)


def test_tallies_of_two_bodies_are_no_conflict():
    result = analyzed_reports(("post", "Brennock Post", "Lakeside Levy Approved", POST),
                              ("board", "Shore News", "Harbour Board Backs Dredging", OTHER_BODY))
    assert not _tally_conflicts(result)


def test_vote_bodies_reads_singular_and_plural():
    assert vote_bodies("Councillors and the senate voted") == {"councillor", "senate"}
    assert vote_bodies("The levy passed in the chamber") == set()


# Round 29 (branch vote29): a bare tally after the verb's object ("approved the quay levy 48 to 32") is the same
# vote as a tally told with its noun in the other report: one vote, two counts, a shown conflict.
GAZETTE = """Quay Levy Clears Assembly
The county assembly in Brennock approved the quay repair levy 48 to 32 on Tuesday evening.
Each berth holder will pay 90 crowns a season toward new pilings on the east quay.
"""
HERALD = """Brennock Quay Levy Passes
Brennock's quay repair levy cleared the county chamber by 41 votes to 39 on Tuesday evening.
Berth holders face a charge of 90 crowns a season, the money going to new pilings on the east quay.
"""


def test_a_bare_tally_after_the_object_is_the_one_vote():
    result = analyzed_reports(("gazette", "Brennock Gazette", "Quay Levy Clears Assembly", GAZETTE),
                              ("herald", "Quay Herald", "Brennock Quay Levy Passes", HERALD))
    found = _tally_conflicts(result)
    assert len(found) == 1, [d.statement for d in found]
    d = found[0]
    assert d.confidence >= 0.5
    by = {s.document: s for s in d.sides}
    assert "48 to 32" in by["gazette"].text and "41 votes to 39" in by["herald"].text
