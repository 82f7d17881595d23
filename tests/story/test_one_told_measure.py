"""One thing's one measure told two ways (story/groups.one_told_measure, story/confidence.one_fact_told_measure,
round 36, issue 11): a figure-and-unit before a noun measures that noun ("a 34-metre tower"); a figure of the same
dimension that a verb of measuring ties to its subject measures the subject ("the tower, which rises 52 metres",
"the sinkhole is 12 metres deep"). When the two nouns are one thing the pair is one fact. A change ("extended by
600 metres") or two things of one unit are not. Invented sentences; read from the spaCy parse (slow)."""

from __future__ import annotations

import hand_sources as hand
import numpy as np
import pytest

from newsprism.claims.amounts import Amount
from newsprism.claims.slots import SentenceSlots
from newsprism.story.compare import Finding, Side, Source, compare_pair
from newsprism.story.confidence import one_fact_told_measure
from newsprism.story.flags import rate
from newsprism.story.groups import one_told_measure, told_by_verb

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("sentence,figure,noun", [
    ("The tower, which rises 52 metres above the rocks, was first lit in 1884.", "52 metres", "tower"),
    ("The fence, which stands 2.5 metres high, gave way.", "2.5 metres", "fence"),
    ("The sinkhole is 12 metres deep, the council said.", "12 metres", "sinkhole"),
    ("The catch weighed 26 tonnes.", "26 tonnes", "catch"),
    ("The tank can hold 25,000 litres.", "25,000 litres", "tank"),
    ("The swarm stretched for 15 kilometres along the valley.", "15 kilometres", "swarm"),
    # no verb of measuring, a pronoun, a figure before its noun: nothing read
    ("The runway will be extended by 600 metres.", "600 metres", None),
    ("It rises 52 metres.", "52 metres", None),
    ("Crews sold the 34-metre tower.", "34-metre", None),
    ("The hikers walked 12 kilometres.", "12 kilometres", None),
])
def test_told_by_verb(sentence: str, figure: str, noun: str | None) -> None:
    at = sentence.index(figure)
    assert told_by_verb(sentence, at, at + len(figure), figure)[0] == noun


def _metres(text: str, figure: str, metres: float) -> Amount:
    at = text.index(figure)
    return Amount(start=at, end=at + len(figure), text=figure, value=metres, low=metres * 0.98,
                  high=metres * 1.02, bound="exact", dim="measure", unit="metre")


def _finding(a_text: str, a_fig: str, b_text: str, b_fig: str) -> tuple[Finding, dict[int, Source]]:
    x, y = _metres(a_text, a_fig, 34.0), _metres(b_text, b_fig, 52.0)
    va, vb = hand.vectors(0.8)
    srcs = {0: hand.source(0, hand.sentence(a_text, amounts=[x]), va),
            1: hand.source(1, hand.sentence(b_text, amounts=[y]), vb)}
    f = Finding(kind="conflict", slot="quantity", detail="value",
                a=Side(source=0, sentence=0, start=x.start, end=x.end, text=x.text, value="", amount=x),
                b=Side(source=1, sentence=0, start=y.start, end=y.end, text=y.text, value="", amount=y))
    return f, srcs


@pytest.mark.parametrize("a_text,a_fig,b_text,b_fig,one", [
    ("The state sold the 34-metre tower to a hotel group.", "34-metre",
     "The tower, which rises 52 metres above the rocks, was first lit in 1884.", "52 metres", 1.0),
    ("The sinkhole is 52 metres deep.", "52 metres", "Engineers fenced off a 34-metre-deep sinkhole.", "34-metre", 1.0),
    # a change, not the measure; two things of one unit; both figures before their nouns
    ("Pilots use the 2,400-metre runway at Brenvik.", "2,400-metre",
     "The runway at Brenvik will be extended by 600 metres.", "600 metres", 0.0),
    ("The state sold the 34-metre tower to a hotel group.", "34-metre",
     "The cliff, which rises 52 metres above the sea, is eroding.", "52 metres", 0.0),
    ("The state sold the 34-metre tower.", "34-metre", "The state sold the 52-metre tower.", "52-metre", 0.0),
    # one sinkhole, two of its measures: how wide against how deep
    ("The sinkhole is 52 metres deep.", "52 metres", "Engineers fenced off a 34-metre-wide sinkhole.", "34-metre", 0.0),
])
def test_one_told_measure(a_text: str, a_fig: str, b_text: str, b_fig: str, one: float) -> None:
    f, srcs = _finding(a_text, a_fig, b_text, b_fig)
    assert one_told_measure(f, srcs) == {"one_told_measure": one}


def test_other_dimensions_are_not_asked() -> None:
    f, srcs = _finding("The state sold the 34-metre tower.", "34-metre", "The tower rises 52 metres.", "52 metres")
    f.kind = "consensus"
    assert one_told_measure(f, srcs) == {}


A_TOWER = "On Friday the state sold the 34-metre tower of the Skerrholm lighthouse to a hotel group."
B_TOWER = "The Skerrholm lighthouse tower, which rises 52 metres above the rocks, was sold on Friday to a hotel group."
A_RUNWAY = "On Friday a cargo plane overran the 2,400-metre runway at Brenvik airport."
B_RUNWAY = "On Friday a cargo plane overran the runway at Brenvik airport, which will be extended by 600 metres."


def _rated(a_text: str, a_fig: str, a_m: float, b_text: str, b_fig: str, b_m: float) -> Finding:
    va, vb = hand.vectors(0.8)
    a = Source(index=0, name="Outlet 0", sentences=[SentenceSlots(start=0, end=len(a_text), text=a_text,
                                                                  amounts=[_metres(a_text, a_fig, a_m)])],
               vectors=np.array([va]), text=a_text)
    b = Source(index=1, name="Outlet 1", sentences=[SentenceSlots(start=0, end=len(b_text), text=b_text,
                                                                  amounts=[_metres(b_text, b_fig, b_m)])],
               vectors=np.array([vb]), text=b_text)
    found = [f for f in compare_pair(a, b) if f.kind == "conflict" and f.slot == "quantity"]
    assert len(found) == 1
    rate(found, {0: a, 1: b})
    return found[0]


def test_one_tower_told_before_its_noun_and_after_its_verb_is_shown() -> None:
    f = _rated(A_TOWER, "34-metre", 34.0, B_TOWER, "52 metres", 52.0)
    assert f.features["one_told_measure"] == 1.0
    assert one_fact_told_measure(f)
    assert f.confidence >= 0.5


def test_a_runway_and_its_extension_are_not_lifted() -> None:
    f = _rated(A_RUNWAY, "2,400-metre", 2400.0, B_RUNWAY, "600 metres", 600.0)
    assert f.features["one_told_measure"] == 0.0
    assert not one_fact_told_measure(f)
