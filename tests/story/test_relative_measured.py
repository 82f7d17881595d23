"""A relative pronoun names the noun its clause modifies (story/groups.measured_things, round 43, issue 11): in "a
scheme that ran for six years" and "the closure, which lasted three weeks" what the verb of duration measures is
the scheme / the closure, as in "the scheme ran for six years"; a pronoun of any other kind ("it lasted") still
names nothing, and a length in a relative clause of another noun measures that noun, not the sentence's subject
("the strike, which ended a contract that ran for four years"). Invented sentences; read from the spaCy parse
(slow)."""

from __future__ import annotations

import pytest
import test_one_measured as om

from newsprism.story.compare import settings
from newsprism.story.confidence import one_fact_measure
from newsprism.story.groups import measured_things, one_measured

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("sentence,figure,things", [
    ("The inquiry describes a scheme that ran for six years.", "six years", {"scheme"}),
    ("The closure, which lasted three weeks, cost the town its season.", "three weeks", {"closure"}),
    ("The plan, which runs for seven years, relies on evening shifts.", "seven years", {"plan"}),
    ("Officials praised the crews who took nine hours to clear the road.", "nine hours", {"crew", "clear"}),
    # two things: the length is told in the relative clause of the contract, not of the strike
    ("The strike, which ended a contract that ran for four years, closed the port.", "four years", {"contract"}),
    # any other pronoun names nothing
    ("It lasted six hours, the company said.", "six hours", set()),
])
def test_relative_clause_measures_its_noun(sentence: str, figure: str, things: set[str]) -> None:
    at = sentence.index(figure)
    assert set(measured_things(sentence, at, at + len(figure), figure)) == things


@pytest.mark.parametrize("a_text,a_fig,b_text,b_fig,one", [
    ("The inquiry describes a scheme that ran for 30 days.", "30 days",
     "Investigators say it was a 60-day scheme.", "60-day", 1.0),
    ("The closure, which lasted 30 days, cost the town its season.", "30 days",
     "The council ordered a 60-day closure of the pier.", "60-day", 1.0),
    # two things: the contract's length against the strike's
    ("The strike, which ended a contract that ran for 30 days, closed the port.", "30 days",
     "The dockers held a 60-day strike.", "60-day", 0.0),
    ("The ferry, which the strike kept in port for 30 days, sailed on Monday.", "30 days",
     "The dockers held a 60-day strike.", "60-day", 0.0),
])
def test_one_measured_through_a_relative_clause(a_text: str, a_fig: str, b_text: str, b_fig: str,
                                                 one: float) -> None:
    f, srcs = om._finding(a_text, a_fig, b_text, b_fig)
    assert one_measured(f, srcs)["one_measured"] == one  # with it, round 48's measured_dated / _several


A_SCHEME = "Auditors at the Velmar registry found a scheme that ran for six years before a clerk raised the alarm."
B_SCHEME = "Auditors at the Velmar registry say it was a three-year scheme run by the registrar."


def test_one_scheme_told_in_a_relative_clause_is_lifted() -> None:
    f = om._rated(A_SCHEME, "six years", 6 * 365.25, B_SCHEME, "three-year", 3 * 365.25, 0.6)
    assert f.features["one_measured"] == 1.0
    assert f.features["same_p"] >= settings()["same_happening_min"]
    assert one_fact_measure(f)
    assert f.confidence >= 0.5
