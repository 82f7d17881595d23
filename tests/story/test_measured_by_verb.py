"""A length told of a noun in one report and of the verb that names it in the other (round 35, issue 11): "a
six-year prison term" / "sentenced ... to four years", "a three-year ban" / "was banned for five years". WordNet's
derivationally related form pointers tie the noun (or a synonym in one of its first senses) to the verb the other
figure hangs from, so the noun modifier is no clash (``measured_clash`` 0) and the pair is judged as one fact
(story/groups.names_by_verb, confidence.one_fact_measure). A verb elsewhere in the sentence, of another length, does
not count. Invented sentences and names; the same-happening model is the only model run."""

from __future__ import annotations

import hand_sources as hand
import numpy as np
import pytest

from newsprism.claims.amounts import Amount
from newsprism.claims.slots import SentenceSlots
from newsprism.story.compare import Finding, Source, compare_pair, settings
from newsprism.story.confidence import one_fact_measure
from newsprism.story.flags import rate
from newsprism.story.groups import measured_names, measured_things, names_by_verb

YEAR = 365.25


def _at(text: str, figure: str) -> tuple[str, int, int]:
    i = text.index(figure)
    return text, i, i + len(figure)


@pytest.mark.parametrize("text,figure,names", [
    ("The court in Varnholt handed Edda Brisk a six-year prison term.", "six-year", ("prison term", "term")),
    ("The league gave Tomas Ulk a three-year ban.", "three-year", ("ban",)),
    ("Tomas Ulk was banned for five years.", "five years", ()),  # the figure modifies no noun
])
def test_measured_names(text: str, figure: str, names: tuple[str, ...]) -> None:
    assert measured_names(*_at(text, figure), figure) == names


@pytest.mark.parametrize("a_text,a_fig,b_text,b_fig,named", [
    ("The court in Varnholt handed Edda Brisk a six-year prison term.", "six-year",
     "The court in Varnholt sentenced Edda Brisk to four years.", "four years", True),
    ("The league gave Tomas Ulk a three-year ban.", "three-year",
     "Tomas Ulk was banned for five years by the league.", "five years", True),
    ("Officials announced a 10-week freeze on fares in Dornby.", "10-week",  # an irregular past
     "Officials froze fares in Dornby for three weeks.", "three weeks", True),
    # two lengths of two things: the ban is named, but the figure times the jailing
    ("The league gave Tomas Ulk a three-year ban.", "three-year",
     "Tomas Ulk, banned by the league last spring, was jailed for five years.", "five years", False),
    # a noun with no verb of that length: the history is not what the miners spent
    ("The pit saw its worst day in its sixty-year history.", "sixty-year",
     "The miners of Harrowgate spent 70 hours trapped.", "70 hours", False),
])
def test_names_by_verb(a_text: str, a_fig: str, b_text: str, b_fig: str, named: bool) -> None:
    nouns = measured_names(*_at(a_text, a_fig), a_fig)
    assert names_by_verb(nouns, measured_things(*_at(b_text, b_fig), b_fig)) is named


def _years(text: str, figure: str, years: float) -> Amount:
    at = text.index(figure)
    days = years * YEAR
    return Amount(start=at, end=at + len(figure), text=figure, value=days, low=days * 0.98, high=days * 1.02,
                  bound="exact", dim="duration", unit="day")


def _source(i: int, text: str, figure: str, years: float, vec: np.ndarray) -> Source:
    return Source(index=i, name=f"Outlet {i}", sentences=[SentenceSlots(start=0, end=len(text), text=text,
                                                                        amounts=[_years(text, figure, years)])],
                  vectors=np.array([vec]), text=text)


def _rated(a_text: str, a_fig: str, a_years: float, b_text: str, b_fig: str, b_years: float) -> Finding:
    va, vb = hand.vectors(0.8)
    a, b = _source(0, a_text, a_fig, a_years, va), _source(1, b_text, b_fig, b_years, vb)
    found = [f for f in compare_pair(a, b) if f.kind == "conflict" and f.slot == "duration"]
    assert len(found) == 1
    rate(found, {0: a, 1: b})
    return found[0]


TERM = "A court in Varnholt on Monday handed the journalist Edda Brisk a six-year prison term."
SENTENCED = "A court in Varnholt on Monday sentenced the journalist Edda Brisk to four years in prison."
JAILED = "The journalist Edda Brisk, banned from reporting in Varnholt, was jailed for four years on Monday."


def test_a_prison_term_and_its_sentence_are_one_fact() -> None:
    f = _rated(TERM, "six-year", 6.0, SENTENCED, "four years", 4.0)
    assert f.features["measured_clash"] == 0.0
    assert f.features["same_p"] >= settings()["same_happening_shown"]
    assert one_fact_measure(f)
    assert f.confidence >= 0.5


def test_a_verb_of_another_length_does_not_lift() -> None:
    ban = TERM.replace("a six-year prison term", "a six-year ban from reporting")
    f = _rated(ban, "six-year", 6.0, JAILED, "four years", 4.0)
    assert f.features["measured_clash"] == 1.0
    assert not one_fact_measure(f)
    assert f.confidence < 0.5
