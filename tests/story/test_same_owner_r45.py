"""Two figures deep in their reports are lifted to a shown conflict when both are read as one owner's: the depth test
of the figure lifts was there because a figure told in a report's lower half was, on the dev audits, another
owner's group or sum of the same noun (story/confidence.top_or_one_owner, story/owners.py, round 45, issue 11). Two
owners' figures (one terminal's cranes and the older south terminal's, a day's volunteers and the society's, a
district's farms and the province's) stay behind "show more"; so does a pair whose owner is read on one side only.
Invented reports and sentences, fictional names."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, discrepancies_between

from newsprism.claims.amounts import Amount
from newsprism.story.compare import Finding, Side, settings
from newsprism.story.confidence import one_fact_figure, one_fact_measure, top_or_one_owner
from newsprism.story.owners import read_owner

LEAD_A = ("A cargo ship lost power and drifted into the breakwater at Orlen harbour on Tuesday night, the port"
          " authority said. Nobody was hurt. The ship, the Velda Grey, was carrying timber from Sarn to the mills"
          " upriver, and tugs pulled it clear before dawn. Its owners said the engine fault had been found.")
LEAD_B = ("Tugs freed the timber carrier Velda Grey from Orlen harbour's breakwater early on Wednesday after it lost"
          " power and drifted onto the rocks overnight, the port authority said. No one was injured. The ship's"
          " owners blamed an engine fault.")

# one owner's figure, told deep in both reports (depth above one_fact_depth_max)
QUAY = ("The north quay was closed for three days while divers checked the piles.",
        "Pilots spoke of a five-day closure of the north quay, with ferries sent to the south pier.",
        "duration", "three days", "five-day")
STAFF = ("The harbour authority has 85 employees, from pilots to crane drivers.",
         "The harbour authority's 120 employees were told to stay away from the breakwater.",
         "count", "85 employees", "120 employees")
# two owners' figures of one noun, told deep in both reports: compatible, must stay hidden
CRANES = ("The terminal's 14 cranes handle most of the timber trade.",
          "The older south terminal has 6 cranes of its own, all of them idle on Wednesday.",
          "count", "14 cranes", "6 cranes")
# two people's contracts, each a figure-and-unit of one noun ("a three-year deal"): the noun is what is measured
DEALS = ("The club also reached six-year deals with two young forwards.",
         "The coach had just finished the first year of a three-year deal that paid him well.",
         "duration", "six-year", "three-year")
VOLUNTEERS = ("On Wednesday 120 volunteers searched the shore for spilled fuel.",
              "The Tarn Rescue Society has 300 volunteers, and many of them live in the harbour villages.",
              "count", "120 volunteers", "300 volunteers")


def _story(pair: tuple[str, str, str, str, str]) -> list:
    a, b, slot, wa, wb = pair
    result = analyzed_reports(("courier", "Tarn Courier", "Ship hits Orlen breakwater", "x\n" + LEAD_A + " " + a),
                              ("post", "Vell Post", "Velda Grey freed", "x\n" + LEAD_B + " " + b))
    return discrepancies_between(result, "conflict", slot, ("courier", wa), ("post", wb))


def _top(pair: tuple[str, str, str, str, str]) -> float:
    flags = _story(pair)
    assert flags, "the pair must be found (kept in the JSON)"
    return max(d.confidence for d in flags)


@pytest.mark.slow  # the whole pipeline on invented reports
def test_one_owners_figures_deep_in_both_reports_are_shown():
    assert _top(QUAY) >= 0.5
    assert _top(STAFF) >= 0.5


@pytest.mark.slow
def test_switched_off_deep_figures_stay_behind_show_more(monkeypatch):
    monkeypatch.setitem(settings(), "one_fact_depth_same_owner", False)
    # the quay's two lengths measure one thing read from their own phrases ("closed" / "closure"): round 48's
    # measured_anywhere lifts them too, so it is switched off here to pin round 45's base test
    monkeypatch.setitem(settings()["one_fact_measure_one_measured_anywhere"], "enabled", False)
    assert _top(QUAY) < 0.5
    assert _top(STAFF) < 0.5


@pytest.mark.slow
def test_two_owners_figures_deep_in_both_reports_stay_hidden():
    for pair in (CRANES, VOLUNTEERS, DEALS):
        assert all(d.confidence < 0.5 for d in _story(pair))


def _owner(sentence: str, figure: str, noun: str | None) -> tuple[str, tuple[str, ...]] | None:
    at = sentence.index(figure)
    return read_owner(sentence, at, at + len(figure), figure, noun)


@pytest.mark.slow  # read from the spaCy parse
@pytest.mark.parametrize("sentence,figure,noun,owner", [
    ("The observatory has 85 employees.", "85", "employees", ("observatory", ())),  # subject of a verb of having
    ("The observatory's 120 employees were told of the cut.", "120", "employees", ("observatory", ())),  # possessor
    ("Police removed 12 protesters from the gate.", "12", "protesters", ("police", ())),  # the clause's subject
    ("By nightfall 19 protesters had been carried away by police.", "19", "protesters", ("police", ())),  # agent
    ("Some 2,100 people work at the plant.", "2,100", "people", ("plant", ())),  # the counted subject's place
    ("The canal was closed for two days.", "two days", None, ("canal", ())),  # a bare length: its clause's subject
    ("Shippers spoke of a five-day closure of the canal.", "five-day", None, ("canal", ())),  # of-phrase
    ("The seven-year deal lets the boats fish further north.", "seven-year", None, None),  # what, not whose
    ("The coach finished the first year of a three-year deal.", "three-year", None, ("coach", ())),
    ("They also reached six-year deals with two players.", "six-year", None, None),  # a pronoun: none read
    ("The older south terminal has 6 cranes.", "6", "cranes", ("terminal", ("older", "south"))),  # modifier words
    ("Six attacks happened near a farm.", "Six", "attacks", None),  # none read
])
def test_read_owner(sentence, figure, noun, owner):
    assert _owner(sentence, figure, noun) == owner


def _finding(**features: float) -> Finding:
    def side(i: int, value: float) -> Side:
        a = Amount(start=0, end=2, text=str(int(value)), value=value, low=value, high=value, bound="exact",
                   dim="count")
        return Side(source=i, sentence=0, start=0, end=2, text=str(int(value)), value=str(int(value)), amount=a)

    # every test of the counted-figure lift holds but depth
    base = {"noun": 1.0, "counted": 1.0, "only_pair": 1.0, "only_figure": 1.0, "vague": 0.0, "told_across_dim": 0.0,
            "partitive": 0.0, "group_clash": 0.0, "measured_clash": 0.0, "same_p": 0.9, "depth": 0.8,
            "same_owner": 1.0}
    base.update(features)
    return Finding(kind="conflict", slot="count", a=side(0, 85.0), b=side(1, 120.0), detail="value", features=base)


def test_depth_is_not_asked_of_one_owners_figures():
    assert top_or_one_owner(_finding().features)
    assert one_fact_figure(_finding())
    assert not one_fact_figure(_finding(same_owner=0.0))  # owners differ or one is not read: depth asked
    assert one_fact_figure(_finding(same_owner=0.0, depth=0.3))  # both in the top part: as before


def test_the_lifts_other_tests_still_hold_one_owners_figures():
    assert not one_fact_figure(_finding(same_p=0.6))
    assert not one_fact_figure(_finding(group_clash=1.0))
    assert not one_fact_figure(_finding(vague=1.0))
    assert not one_fact_measure(_finding())  # a count with a counted noun is no figure of a unit


def test_switched_off_depth_is_asked_again(monkeypatch):
    monkeypatch.setitem(settings(), "one_fact_depth_same_owner", False)
    assert not top_or_one_owner(_finding().features)
    assert not one_fact_figure(_finding())
