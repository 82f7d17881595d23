"""A count of those present against a count of those a happening struck is no conflict (story/confidence.two_groups,
round 26, issue 11): "were working in the hall" counts who was there, "were killed" counts some of them. Such a pair
is held below the bar ahead of the ``one_fact_figure`` lift, never shown by default, however alike the sentences; two verbs of one happening
("killed" / "died") and a light verb ("there were") stay one fact. Invented sources, slots built by hand (no models
but the same-happening one)."""

from __future__ import annotations

import hand_sources as hand
import numpy as np

from newsprism.claims.amounts import Amount
from newsprism.claims.slots import SentenceSlots
from newsprism.story.compare import Source, compare_pair, settings
from newsprism.story.confidence import one_fact_figure, two_groups
from newsprism.story.flags import rate


def _source(i: int, text: str, figure: str, verb: str, cos_vec: np.ndarray) -> Source:
    at = text.index(figure)
    value = float(figure)
    amount = Amount(start=at, end=at + len(figure), text=figure, value=value, low=value, high=value, bound="exact",
                    dim="count", noun="welder", noun_text="welders", extra={"verb": verb})
    sent = SentenceSlots(start=0, end=len(text), text=text, amounts=[amount])
    return Source(index=i, name=f"Outlet {i}", sentences=[sent], vectors=np.array([cos_vec]), text=text)


def _conflict(a_text: str, a_fig: str, a_verb: str, b_text: str, b_fig: str, b_verb: str, cos: float):
    va, vb = hand.vectors(cos)
    a, b = _source(0, a_text, a_fig, a_verb, va), _source(1, b_text, b_fig, b_verb, vb)
    found = [f for f in compare_pair(a, b) if f.kind == "conflict"]
    assert len(found) == 1
    rate(found, {0: a, 1: b})
    return found[0]


PRESENT = "When the boiler burst at the Kelder yard, 40 welders were working in the hull shop."
STRUCK = "3 welders were killed when the boiler burst at the Kelder yard."


def test_those_present_and_those_killed_are_two_groups_not_a_conflict():
    for cos in (0.4, 0.8):  # unlike sentences (the one-fact lift) and alike ones (the family model)
        f = _conflict(STRUCK, "3", "kill", PRESENT, "40", "work", cos)
        assert f.features["presence_clash"] == 1.0 and two_groups(f)
        if cos < settings()["shown_min_sentence"]:
            assert one_fact_figure(f)  # one noun, each report's one figure: the lift holds, the two groups cap it
        assert f.confidence <= settings()["unsure_happening_confidence"] < 0.5


def test_two_verbs_of_one_happening_stay_one_fact():
    a_text = "At the Kelder yard 3 welders were killed when the boiler burst."
    b_text = "The boiler burst at the Kelder yard and 5 welders died."
    f = _conflict(a_text, "3", "kill", b_text, "5", "die", 0.4)
    assert f.features["presence_clash"] == 0.0 and not two_groups(f)
    assert one_fact_figure(f)
    assert f.confidence >= settings()["one_fact_figure_confidence"] >= 0.5


def test_a_light_verb_or_two_verbs_of_presence_are_no_two_groups():
    a_text = "There were 40 welders in the hull shop of the Kelder yard when the boiler burst."
    b_text = "When the boiler burst at the Kelder yard, 55 welders were working in the hull shop."
    f = _conflict(a_text, "40", "be", b_text, "55", "work", 0.8)
    assert f.features["presence_clash"] == 0.0 and not two_groups(f)
    a_text = "The Kelder yard employs 400 welders in its hull shop."
    b_text = "Some 550 welders work in the hull shop of the Kelder yard."
    f = _conflict(a_text, "400", "employ", b_text, "550", "work", 0.8)
    assert f.features["presence_clash"] == 0.0 and not two_groups(f)
