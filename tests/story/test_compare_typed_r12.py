"""Typed slots of round 12 (invented sentences, worded unlike the wire sets): the whole of a partitive ("six of its
eight pumps"), a title told in a past-tense clause ("who was governor of X"), an appositive title with an indefinite
article that still names one office, a figure beside a verb's object that is not the subject's, a length of time
told as the ordinal of the running unit ("in its fourth week"), counted ones that each have the other source's
counted thing ("staff will lose their posts" / "posts will go") and an acting holder against the plain title."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, discrepancies_between

pytestmark = pytest.mark.slow

HERALD = """Pump Station Fails in Lorn
At least six of its eight pumps stopped working on Friday, the water board said.
About 300 posts will go at the board's depot.
The outage, now in its fourth week, has left the east of Lorn on bottled water.
Pia Nord, the water board's acting director, apologised to residents.
The regional court fined the board on 12 counts of negligence.
The board has set aside 40 million crowns for repairs.
The board also agreed to pay 9 million crowns to the fishing cooperative.
"""
BULLETIN = """Lorn Water Outage Goes On
Three pumps broke down at the Lorn station on Friday, a spokesman for the water board said.
More than 500 staff will lose their posts at the depot, a union said.
The outage has lasted ten days so far in the east of Lorn.
Pia Nord, the water board's director, said she was sorry.
The board was found guilty on at least 20 counts of negligence.
A repair fund worth 25 million crowns was set up by the board.
The board will pay 9 million crowns to the cooperative of fishermen.
"""


def test_the_whole_of_a_partitive_is_marked(slots):
    part, whole = slots("At least six of its eight pumps stopped working on Friday.").amounts
    assert (part.value, whole.value) == (6, 8) and whole.extra.get("whole") and not part.extra.get("whole")
    assert not any(a.extra.get("whole") for a in slots("Six pumps and eight valves failed.").amounts)


def test_a_title_in_a_past_clause_is_a_former_title(slots):
    (r,) = slots("Ada Morin, who was governor of Tessa from 2010 to 2018, testified on Monday.").roles
    assert r.person == "morin" and r.core == "governor" and "former" in r.modifiers
    # "who is" tells the title held now; a clause without a title gives none
    assert not slots("Ada Morin, who was in Tessa on Monday, testified.").roles


def test_an_indefinite_title_names_an_office_only_with_its_portfolio_or_place(slots):
    (r,) = slots("Morin, a former deputy governor of Tessa, denied the charges.").roles
    assert r.modifiers == {"former", "deputy"} and r.core == "governor"
    (m,) = slots("Lenz, 58, a former finance minister, spoke first.").roles
    assert m.core == "minister" and "former" in m.modifiers
    assert not [x for x in slots("Jon Bell, a retired admiral, spoke.").roles if x.core]


def test_a_figure_beside_the_object_is_not_the_subjects(slots):
    (a, *_) = slots("Judge Ilse Kamm convicted him on 14 counts of fraud.").amounts
    assert a.value == 14 and a.noun == "count" and a.extra.get("holder") is None
    (b, _) = slots("Mila Vasko led the Herons with 13 rebounds, while Tomas Orel added 12.").amounts
    assert b.extra.get("holder") == "mila vasko"


def test_a_length_told_as_the_running_ordinal():
    from newsprism.claims.amounts import find_amounts

    (a,) = find_amounts("The outage, now in its fourth week, goes on.")
    assert a.dim == "duration" and (a.low, a.high) == (21, 28)
    assert not [x for x in find_amounts("It was the fourth week of talks.") if x.dim == "duration"]


@pytest.fixture(scope="module")
def result():
    return analyzed_reports(("herald", "Lorn Herald", "Pump Station Fails in Lorn", HERALD),
                            ("bulletin", "Water Bulletin", "Lorn Water Outage Goes On", BULLETIN))


def _on(result, kind: str, slot: str, herald: str, bulletin: str):
    return discrepancies_between(result, kind, slot, ("herald", herald), ("bulletin", bulletin))


def test_the_part_not_the_whole_against_a_plain_count(result):
    (flag,) = _on(result, "conflict", "count", "six", "Three pumps")
    # the side is the part ("at least six"), never the whole its evidence also shows ("of its eight pumps")
    assert {x.quantity.value for x in flag.sides if x.quantity is not None} == {6, 3}


def test_acting_holder_against_the_plain_title(result):
    assert _on(result, "conflict", "role", "acting director", "director")


def test_counts_of_one_conviction_whoever_convicts(result):
    assert _on(result, "conflict", "count", "12 counts", "at least 20 counts")


def test_metres_and_million():
    from newsprism.claims.amounts import find_amounts

    fall = find_amounts("The climber fell about 600m down the face, or 2,000ft.")
    assert [(a.dim, round(a.value)) for a in fall] == [("measure", 600), ("measure", 610)]
    assert [(a.dim, a.value) for a in find_amounts("It gave £1.2m in aid to 3m people.")] == \
        [("money", 1.2e6), ("count", 3e6)]


def test_a_chief_executive_is_not_the_chief_operating_officer():
    from newsprism.claims.typed import role_of
    from newsprism.story.roles import compare_titles

    ceo, coo = role_of("Ida Lund", "CEO", 0, 3, "CEO"), role_of("Ida Lund", "COO", 0, 3, "COO")
    assert compare_titles(ceo, coo, False).verdict == "conflict"
    assert compare_titles(role_of("Ida Lund", "President and CEO", 0, 3, "x"), ceo, False).verdict == "same"
