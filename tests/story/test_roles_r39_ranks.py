"""A subordinate rank of an office is not the office (round 39, issue 11: "Deputy X is not X"). A head rank ("head
coach") is the office at its top, so an assistant coach is its lower rank; a chair, chairman, chairwoman and
chairperson hold one post, so a vice-chair is its lower rank. An acting holder, two persons of one surname and two
offices of different bases are no rank conflict. Invented reports (fictional names) run through the library as
`compare` runs them, so a test fails when a pair is not read, or is read as a conflict it is not."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, discrepancies_between

pytestmark = pytest.mark.slow

GAZETTE = """Harbour Club Wins Cup Final
The Harbour club won the regional cup final 2-1 on Saturday, its first title in a decade.
Head coach Tavo Renk said the players had earned the win.
Chairwoman Ilse Marrow said the club would open its new stadium next year.
Acting director Pel Oskar said ticket sales had doubled.
Deputy Mayor Oren Falk presented the trophy at the town hall.
"""
COURIER = """Harbour Lifts Regional Cup
Harbour beat the visitors 2-1 in the regional cup final on Saturday, the club's first title in ten years.
Tavo Renk, the assistant coach, said the players had earned the win.
Ilse Marrow, the club's vice chair, said the new stadium would open next year.
Pel Oskar, the club's director, said ticket sales had doubled.
Mayor Idris Falk presented the trophy at the town hall.
"""


@pytest.fixture(scope="module")
def result():
    return analyzed_reports(("gazette", "Harbour Gazette", "Harbour Club Wins Cup Final", GAZETTE),
                            ("courier", "Coast Courier", "Harbour Lifts Regional Cup", COURIER))


def _roles(result, gazette: str, courier: str):
    return discrepancies_between(result, "conflict", "role", ("gazette", gazette), ("courier", courier))


def test_an_assistant_coach_is_not_the_head_coach(result):
    (flag,) = _roles(result, "Head coach Tavo Renk", "assistant coach")
    assert flag.confidence is not None and flag.confidence >= 0.5  # shown, not behind "show more"


def test_a_vice_chair_is_not_the_chairwoman(result):
    (flag,) = _roles(result, "Chairwoman Ilse Marrow", "vice chair")
    assert flag.confidence is not None and flag.confidence >= 0.5


def test_an_acting_director_is_no_rank_conflict(result):
    # an acting holder fills the post: never a rank (lower post) finding; the separate round-12 reading of "acting"
    # against the plain title is left as it was
    assert not [d for d in _roles(result, "Acting director", "director") if "lower rank" in (d.explanation or "")]


def test_a_deputy_mayor_and_the_mayor_of_one_surname_are_two_persons(result):
    assert not _roles(result, "Deputy Mayor Oren Falk", "Mayor Idris Falk")


def test_the_rank_words_compared_by_hand():
    from newsprism.claims.slots import parse_title
    from newsprism.story.roles import compare_titles, office

    def role(words: str):
        from newsprism.claims.slots import Role

        title, core, mods, port, hon = parse_title(words.split())
        return Role(0, 1, words, "lund", "Ida Lund", title, core, mods, port, hon, words)

    assert office(role("head coach")) == office(role("coach")) == "coach"
    assert office(role("chairwoman")) == office(role("chairman")) == office(role("chair"))
    assert compare_titles(role("deputy director"), role("assistant director"), False).verdict == "conflict"
    assert compare_titles(role("head coach"), role("coach"), True).verdict == "same"
    assert compare_titles(role("chairman"), role("chairwoman"), True).verdict == "same"
    # two offices of different bases stay two titles one person may hold
    assert compare_titles(role("head coach"), role("director"), True).verdict == "different"
