"""A confident flag shows only the sides its confident findings give (issue 11, precision, round 34).

Findings that share a side are joined into one flag (``flags.group``). A third report's figure of another thing,
paired with one side by an unsure finding, must not ride into the confident flag under its confidence: it is flagged
apart, behind "show more". Invented sources and findings built by hand (no models)."""

from __future__ import annotations

import hand_sources as hand
import numpy as np

from newsprism.model import Document, Span
from newsprism.report.flags import confident_at
from newsprism.story.compare import Finding, Side
from newsprism.story.flags import to_flags

TEXTS = ["The storm killed 14 people on Varrow.", "The storm killed 17 people on Varrow.",
         "Varrow, home to about 9,000 residents, was cut off.", "The storm killed 19 people on Varrow.",
         "Officials said 17 people died on Varrow."]


def _doc(id_: str, text: str) -> Document:
    return Document(id=id_, source=id_, text=text, body=Span(start=0, end=len(text)))


def _side(i: int, figure: str) -> Side:
    at = TEXTS[i].index(figure)
    return Side(source=i, sentence=0, start=at, end=at + len(figure), text=figure, value=figure)


def _flags(findings: list[Finding]) -> list[tuple[float, list[str]]]:
    src = {i: hand.source(i, hand.sentence(t), np.array([1.0, 0.0])) for i, t in enumerate(TEXTS)}
    docs = [_doc(f"d{i}", t) for i, t in enumerate(TEXTS)]
    flags = to_flags(findings, src, docs)
    return sorted(((x.confidence, [s.text for s in x.sides]) for x in flags), reverse=True)


def _conflict(a: Side, b: Side, confidence: float) -> Finding:
    return Finding(kind="conflict", slot="count", a=a, b=b, detail="conflict", confidence=confidence)


def test_an_unsure_finding_does_not_add_its_side_to_a_confident_flag():
    sure = _conflict(_side(0, "14 people"), _side(1, "17 people"), 0.67)
    unsure = _conflict(_side(1, "17 people"), _side(2, "about 9,000 residents"), 0.21)
    flags = _flags([sure, unsure])
    assert flags[0] == (0.67, ["14 people", "17 people"])  # shown, without the residents
    assert flags[1] == (0.21, ["17 people", "about 9,000 residents"])  # kept, behind "show more"
    assert flags[0][0] >= confident_at() > flags[1][0]


def test_findings_on_one_side_of_the_bar_stay_one_flag():
    a = _conflict(_side(0, "14 people"), _side(1, "17 people"), 0.67)
    b = _conflict(_side(1, "17 people"), _side(3, "19 people"), 0.6)
    assert _flags([a, b]) == [(0.67, ["14 people", "17 people", "19 people"])]
    c = _conflict(_side(0, "14 people"), _side(1, "17 people"), 0.3)
    d = _conflict(_side(1, "17 people"), _side(2, "about 9,000 residents"), 0.21)
    assert _flags([c, d]) == [(0.3, ["14 people", "17 people", "about 9,000 residents"])]


def test_a_side_that_agrees_with_a_sure_side_stays_in_the_flag():
    sure = _conflict(_side(1, "17 people"), _side(0, "14 people"), 0.67)
    unsure = _conflict(_side(0, "14 people"), _side(4, "17 people"), 0.3)  # the fifth report says what the second does
    stray = _conflict(_side(1, "17 people"), _side(2, "about 9,000 residents"), 0.21)
    agree = Finding(kind="consensus", slot="count", a=_side(1, "17 people"), b=_side(4, "17 people"), detail="same",
                    confidence=0.6)
    flags = [f for f in _flags([sure, unsure, stray, agree]) if f[0] != 0.6]  # the agreement is a flag of its own
    assert flags[0] == (0.67, ["14 people", "17 people", "17 people"])
    assert flags[1] == (0.21, ["17 people", "about 9,000 residents"])
