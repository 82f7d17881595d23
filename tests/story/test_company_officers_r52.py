"""A company's chief officers told by their British names are those officers (round 52, issue 11, switch
``company_officer_names``): the managing director is the chief executive, the finance director the chief financial
officer, the operations director or head of operations the chief operating officer. One person is not at once two of
a company's chief officers (the company group of ``exclusive_offices``, round 12), so "Chief Executive NAME" in one
report against "NAME, the company's finance director" in another is a title conflict, as "Chief Financial Officer
NAME" against "NAME, the company's chief operating officer" already was.

What stays no conflict: the managing director against the chief executive (one office, two names), the managing
director against a bare "director" (a post told short, or two posts that both hold), a former finance director
against the chief executive (a post held before), an honorific. Invented reports (fictional names and outlets) run
through the library as ``compare`` runs them."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, discrepancies_between

from newsprism.claims.slots import parse_title
from newsprism.story import roles

pytestmark = pytest.mark.slow

LEDGER = """Ferry Operator Cuts Winter Sailings
Vessmark Ferries will cut its winter sailings to the Orrin islands by a third from January, the company said on Monday.
Chief Executive Halka Dunmore said the company could no longer run empty boats across the sound.
"We are selling the oldest of our four ferries," said Managing Director Ottar Veil of the Brask Line.
Teodor Sarran, Vessmark's chief executive, said fares would not rise this winter.
Chief Executive Linnea Corbe said the Tarrow Line had ordered two new boats.
Managing Director Ilvo Pesk said the Kell Line would keep its summer timetable.
Chief Executive Mirja Holt said the Skerne Line would hire twelve more deckhands.
"""
COURIER = """Island Ferries Cut Back
Vessmark Ferries is cutting its winter sailings to the Orrin islands by a third from January, the company announced on Monday.
Halka Dunmore, the company's finance director, said the company could no longer afford to run empty boats across the sound.
"We are selling the oldest of our four ferries," said Ottar Veil, the Brask Line's head of operations.
Teodor Sarran, Vessmark's managing director, said fares would not rise this winter.
Linnea Corbe, the Tarrow Line's former finance director, said the line had ordered two new boats.
Ilvo Pesk, the Kell Line's director, said the line would keep its summer timetable.
Mr. Mirja Holt said the Skerne Line would hire twelve more deckhands.
"""


@pytest.fixture(scope="module")
def result():
    return analyzed_reports(("ledger", "Orrin Ledger", "Ferry Operator Cuts Winter Sailings", LEDGER),
                            ("courier", "Island Courier", "Island Ferries Cut Back", COURIER))


def _roles(result, ledger: str, courier: str):
    return discrepancies_between(result, "conflict", "role", ("ledger", ledger), ("courier", courier))


def test_the_chief_executive_is_not_the_finance_director(result):
    (flag,) = _roles(result, "Halka Dunmore", "finance director")
    assert flag.confidence is not None and flag.confidence >= 0.5  # shown, not behind "show more"


def test_the_managing_director_is_not_the_head_of_operations(result):
    (flag,) = _roles(result, "Managing Director Ottar Veil", "head of operations")
    assert flag.confidence is not None and flag.confidence >= 0.5


def test_the_managing_director_is_the_chief_executive(result):
    assert not _roles(result, "Teodor Sarran", "managing director")


def test_a_former_finance_director_may_be_the_chief_executive_now(result):
    assert not _roles(result, "Linnea Corbe", "former finance director")


def test_a_managing_director_against_a_bare_director_is_no_conflict(result):
    assert not _roles(result, "Managing Director Ilvo Pesk", "director")


def test_an_honorific_is_no_title(result):
    assert not _roles(result, "Mirja Holt", "Mirja Holt")


def _role(words: str):
    from newsprism.claims.slots import Role

    title, core, mods, port, hon = parse_title(words.split())
    return Role(start=0, end=1, text=words, person="x", name="x", title=title, core=core, modifiers=mods,
                portfolio=port, honorific=hon, written=words)


@pytest.mark.parametrize(("a", "b", "verdict"), [
    ("chief executive", "finance director", "conflict"),
    ("managing director", "operations director", "conflict"),
    ("chief financial officer", "head of operations", "conflict"),
    ("managing director", "chief executive", "same"),
    ("finance director", "chief financial officer", "same"),
    ("deputy managing director", "chief executive", "conflict"),  # a rank below the post
    ("managing director", "director", "different"),
    ("finance director", "finance minister", "different"),
])
def test_titles_compared(a: str, b: str, verdict: str):
    assert roles.compare_titles(_role(a), _role(b), same_moment=True).verdict == verdict


def test_read_whole_as_written():
    assert parse_title(["operations", "director"])[1] == "operations director"
    assert parse_title(["Head", "of", "Operations"])[1] == "head of operations"
    assert parse_title(["deputy", "finance", "director"])[1:3] == ("finance director", frozenset({"deputy"}))
