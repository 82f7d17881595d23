"""Round 21: a standing fact (a job, office, role or origin held; ``Document.standing_facts``) is an "only one
source" detail when it names its employer, body or place or gives a time, and no other source gives the same
employer as held. Documents built by hand, no model."""

from __future__ import annotations

from newsprism.model import Document, Span, StandingFact
from newsprism.story.uniques import describe_standing, standing_units

TEXT = "Dr. Reyes, who has worked with the Velka Orchestra, treated patients. Her brother works as a nurse."


def _fact(text: str, verb: str, clause: str, **kw) -> StandingFact:
    v, c = text.index(verb), text.index(clause)
    return StandingFact(verb=Span(start=v, end=v + len(verb), text=verb),
                        evidence=Span(start=c, end=c + len(clause), text=clause), **kw)


def _doc(i: str, text: str, facts: list[StandingFact]) -> Document:
    return Document(id=i, source=i, text=text, body=Span(start=0, end=len(text)), standing_facts=facts)


def _reyes() -> Document:
    return _doc("a", TEXT, [
        _fact(TEXT, "worked", "who has worked with the Velka Orchestra", holder="Reyes", kind="employment",
              organisation="the Velka Orchestra", named=True, status="to_date"),
        _fact(TEXT, "works", "Her brother works as a nurse", holder="Her brother", kind="role", role="a nurse",
              status="current")])


def test_a_named_career_is_a_unit_in_plain_words():
    (unit,) = standing_units(_reyes(), [])
    assert TEXT[unit[0] : unit[1]] == "worked"
    assert unit[2] == "worked with the Velka Orchestra (a career to date)"


def test_a_role_with_no_name_or_time_is_too_vague():
    units = standing_units(_reyes(), [])
    assert all("nurse" not in u[2] for u in units)


def test_the_same_employer_in_another_source_is_told_elsewhere():
    other = "The orchestra's former cellist, Reyes, worked for the Velka Orchestra."
    b = _doc("b", other, [_fact(other, "worked", "worked for the Velka Orchestra", kind="employment",
                                organisation="the Velka Orchestra", named=True, status="former")])
    assert standing_units(_reyes(), [b]) == []


def test_an_origin_says_where_someone_is_from():
    text = "The striker hails from Orvan."
    f = _fact(text, "hails", "hails from Orvan", kind="origin", organisation="Orvan", named=True, status="current")
    assert describe_standing(_doc("c", text, [f]), f) == "hails from Orvan (where someone is from)"
