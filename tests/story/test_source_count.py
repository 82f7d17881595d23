"""A count of who told the report against a count of the thing is no conflict (story/confidence.source_count, round
33, issue 11): "three hostages who spoke to the paper" counts the paper's sources, not the hostages held. Such a pair
is held below the bar ahead of the ``one_fact_figure`` lift, however alike the sentences; two counts of the thing stay
a conflict. Invented sources, slots built by hand (no models but the same-happening one)."""

from __future__ import annotations

import hand_sources as hand
import numpy as np

from newsprism.claims.amounts import Amount
from newsprism.claims.slots import SentenceSlots
from newsprism.story.compare import Source, compare_pair, settings
from newsprism.story.confidence import source_count
from newsprism.story.flags import rate


def _source(i: int, text: str, figure: str, word: str, sources: bool, cos_vec: np.ndarray) -> Source:
    at = text.index(word)
    value = float(figure)
    extra: dict[str, object] = {"verb": "hold"}
    if sources:
        extra["sources"] = True
    amount = Amount(start=at, end=at + len(word), text=word, value=value, low=value, high=value, bound="exact",
                    dim="count", noun="hostage", noun_text="hostages", extra=extra)
    sent = SentenceSlots(start=0, end=len(text), text=text, amounts=[amount])
    return Source(index=i, name=f"Outlet {i}", sentences=[sent], vectors=np.array([cos_vec]), text=text)


def _conflict(a: tuple[str, str, str, bool], b: tuple[str, str, str, bool], cos: float):
    va, vb = hand.vectors(cos)
    sa, sb = _source(0, *a, va), _source(1, *b, vb)
    found = [f for f in compare_pair(sa, sb) if f.kind == "conflict"]
    assert len(found) == 1
    rate(found, {0: sa, 1: sb})
    return found[0]


HELD = ("The gunmen held 19 hostages in the consulate at Velm for three days.", "19", "19", False)
TOLD = ("The gunmen held the consulate at Velm for three days, according to 3 hostages who spoke to the Courier.",
        "3", "3", True)


def test_a_count_of_the_sources_is_not_set_against_the_count_of_the_thing():
    for cos in (0.4, 0.8):
        f = _conflict(HELD, TOLD, cos)
        assert f.features["source_count"] == 1.0 and source_count(f)
        assert f.confidence <= settings()["unsure_happening_confidence"] < 0.5


def test_two_counts_of_the_thing_stay_a_conflict():
    other = ("The gunmen held 12 hostages in the consulate at Velm for three days.", "12", "12", False)
    f = _conflict(HELD, other, 0.9)
    assert f.features["source_count"] == 0.0 and not source_count(f)
    assert f.confidence >= 0.5
