"""``sole_dim`` of a duration is asked of the thing it measures, not of the whole report (story/flags.sole_of_dimension
with story/groups.measured_thing, round 26, issue 11): a report that says a road "was shut for 36 hours" and that
residents must "boil water for 48 hours" gives one length of the shutdown; a report that gives two lengths of the
shutdown, or a length whose thing cannot be read, does not. Invented sentences; read from the spaCy parse (slow)."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.claims.amounts import find_amounts
from newsprism.claims.slots import SentenceSlots
from newsprism.story.compare import Finding, Side, Source
from newsprism.story.flags import dimension_key, figure_index, sole_of_dimension
from newsprism.story.groups import measured_thing

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("sentence,figure,thing", [
    ("The mountain road had been shut for 36 hours by Friday.", "36 hours", "shut"),
    ("Residents must boil their water for 48 hours after the ban ends.", "48 hours", "boil"),
    ("The tunnel took four years to dig.", "four years", "tak"),
    ("Five years of construction went into the tunnel.", "Five years", "construction"),
    ("A 60-day ban on hunting starts on Monday.", "60-day", "ban"),
    ("Hunting will be banned for eight weeks.", "eight weeks", "ban"),
    ("The heating was off for about six hours, the landlord said.", "six hours", "be"),
])
def test_measured_thing(sentence: str, figure: str, thing: str) -> None:
    at = sentence.index(figure)
    assert measured_thing(sentence, at, at + len(figure), figure) == thing


def _source(i: int, sentences: list[str]) -> Source:
    slots, at = [], 0
    for text in sentences:
        amounts = find_amounts(text)
        for x in amounts:
            x.start, x.end = x.start + at, x.end + at
        slots.append(SentenceSlots(start=at, end=at + len(text), text=text, amounts=amounts))
        at += len(text) + 1
    return Source(index=i, name=f"Outlet {i}", sentences=slots, vectors=np.ones((len(sentences), 2)),
                  text=" ".join(sentences), published="2026-03-20")


def _sole(a_sentences: list[str], b_sentences: list[str]) -> float:
    """``sole_dim`` of the conflict between the first duration of each report's first sentence."""
    srcs = {0: _source(0, a_sentences), 1: _source(1, b_sentences)}
    x, y = srcs[0].sentences[0].amounts[0], srcs[1].sentences[0].amounts[0]
    f = Finding(kind="conflict", slot="duration", detail="value",
                a=Side(source=0, sentence=0, start=x.start, end=x.end, text=x.text, value="", amount=x),
                b=Side(source=1, sentence=0, start=y.start, end=y.end, text=y.text, value="", amount=y))
    dims = {i: figure_index(s, dimension_key) for i, s in srcs.items()}
    return sole_of_dimension(f, dims, srcs)["sole_dim"]


ROAD_A = ["The mountain road had been shut for 36 hours by Friday.",
          "Residents must boil their water for 48 hours after the ban ends."]
ROAD_B = ["The mountain road had been closed for four days by Friday.",
          "Villagers were told to keep boiling tap water for two days once the ban is lifted."]


def test_a_second_length_of_another_thing_leaves_the_first_sole() -> None:
    assert _sole(ROAD_A, ROAD_B) == 1.0


def test_a_second_length_of_the_same_thing_is_not_sole() -> None:
    twice = ["The mountain road had been shut for 36 hours by Friday.",
             "Last winter the same road was shut for three days."]
    assert _sole(twice, ROAD_B) == 0.5


def test_without_the_sources_the_whole_report_is_asked() -> None:
    srcs = {0: _source(0, ROAD_A), 1: _source(1, ROAD_B)}
    x, y = srcs[0].sentences[0].amounts[0], srcs[1].sentences[0].amounts[0]
    f = Finding(kind="conflict", slot="duration", detail="value",
                a=Side(source=0, sentence=0, start=x.start, end=x.end, text=x.text, value="", amount=x),
                b=Side(source=1, sentence=0, start=y.start, end=y.end, text=y.text, value="", amount=y))
    assert sole_of_dimension(f, {i: figure_index(s, dimension_key) for i, s in srcs.items()})["sole_dim"] == 0.0
