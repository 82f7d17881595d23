"""Two reports that place one death at two stages of care, or give one named person two home towns, disagree, and the
comparer now sets the two places side by side (``story.place``; switch ``act_places``, round 58, issue 11). No slot
read a place before: "the cyclist died at the scene" against "the cyclist died on the way to hospital" was never
compared. Kept apart: two people (one man at the scene, a woman later in hospital; a plural or counted subject), one
stage told twice, an act that may happen twice (treated at the scene and in hospital), a home told at two scales
(Brooklyn / New York, a city / its county) and a home WordNet does not know. A new kind of candidate: its confidence
stays below the 0.5 bar. The sentence vectors are placed by hand; places and subjects come from the spaCy parse.
Invented sentences, fictional names and outlets."""

from __future__ import annotations

import numpy as np
import pytest
from hand_sources import parsed_slots, vectors

from newsprism.story.compare import Source, settings
from newsprism.story.confidence import confidence
from newsprism.story.place import act_places, homes_differ, place_findings, residences

SCENE = "The cyclist, named by police as Orla Threnby, died at the scene on Kessock Road, a Varnley constable said."
ROUTE = "Police said the cyclist died on the way to Varnley General Hospital after the lorry struck her bicycle."
WARD = "The cyclist died in hospital on Kessock Road's far side of town, the Varnley Courier was told by police."
TREATED_SCENE = "The cyclist was treated at the scene by paramedics from the Varnley ambulance station."
TREATED_WARD = "The cyclist was treated in hospital for a broken leg after the lorry struck her bicycle."
ONE_MAN = "One man died at the scene when the footbridge at Pellow Mill gave way, the Ostry Herald said."
A_WOMAN = "A woman died in hospital after the footbridge at Pellow Mill gave way, the Ostry Herald reported."
WALKERS = "Three walkers died at the scene when the footbridge at Pellow Mill gave way, officials said."
A_WALKER = "A walker died in hospital after the footbridge at Pellow Mill gave way, officials said."
LEEDS = "The driver, Tobin Ashgrove, 41, of Leeds, was arrested at the depot, the Marl Valley Post said."
SHEFFIELD = "Police held Ashgrove, of Sheffield, overnight after the crash at the depot, the Kessock Wire said."
ENGLAND = "Police held Ashgrove, of England, overnight after the crash at the depot, the Kessock Wire said."
TARNWICK = "Police held Ashgrove, of Tarnwick, overnight after the crash at the depot, the Kessock Wire said."
OTHER_NAME = "Police held Ferrand Ashgrove, 44, of Sheffield, after the crash at the depot, the Kessock Wire said."


def _source(i: int, text: str, vec: np.ndarray) -> Source:
    s = parsed_slots(text)
    return Source(index=i, name=f"Outlet {i}", sentences=[s], vectors=np.array([vec]), text=s.text)


def _places(a: str, b: str, cos: float = 0.5) -> list[tuple[str, str]]:
    va, vb = vectors(cos)
    return [(f.a.value, f.b.value) for f in place_findings(_source(0, a, va), _source(1, b, vb))]


@pytest.mark.slow
def test_one_death_at_two_stages_of_care_is_a_conflict():
    assert _places(SCENE, ROUTE, cos=0.3) == [("the scene", "on the way to a medical place")]
    assert _places(SCENE, WARD) == [("the scene", "a medical place")]
    assert _places(ROUTE, WARD) == [("on the way to a medical place", "a medical place")]


@pytest.mark.slow
def test_the_switch_off_reads_no_place(monkeypatch: pytest.MonkeyPatch):
    # the hole: no slot read a place, so the two places were never compared
    monkeypatch.setitem(settings()["act_places"], "enabled", False)
    assert _places(SCENE, ROUTE, cos=0.3) == []
    assert _places(LEEDS, SHEFFIELD) == []


@pytest.mark.slow
def test_a_new_kind_of_candidate_stays_below_the_bar():
    for a, b in ((SCENE, ROUTE), (LEEDS, SHEFFIELD)):
        va, vb = vectors(0.9)
        found = place_findings(_source(0, a, va), _source(1, b, vb))
        assert found and all(confidence(f) < 0.5 for f in found)


@pytest.mark.slow
def test_two_people_or_an_act_that_may_happen_twice_is_no_conflict():
    assert _places(ONE_MAN, A_WOMAN) == []  # one man at the scene, a woman later: two deaths
    assert _places(WALKERS, A_WALKER) == []  # a counted subject: several deaths
    assert _places(TREATED_SCENE, TREATED_WARD) == []  # first aid at the scene, then the ward
    assert _places(ROUTE, ROUTE.replace("died on the way to", "died at")) == [
        ("on the way to a medical place", "a medical place")]


@pytest.mark.slow
def test_the_stage_and_the_subject_are_read_from_the_parse():
    (p,) = act_places(_source(0, SCENE, np.array([1.0, 0.0])), 0)
    assert (p.text, p.act, p.many) == ("at the scene", "die", False) and "cyclist" in p.who
    (w,) = act_places(_source(0, WALKERS, np.array([1.0, 0.0])), 0)
    assert w.many


@pytest.mark.slow
def test_a_named_person_given_two_home_towns_is_a_conflict():
    assert _places(LEEDS, SHEFFIELD) == [("Leeds", "Sheffield")]
    (h,) = residences(_source(0, LEEDS, np.array([1.0, 0.0])), 0)
    assert (h.surname, h.given, h.place) == ("ashgrove", "tobin", "leeds")


@pytest.mark.slow
def test_a_home_told_at_two_scales_or_unknown_is_no_conflict():
    assert _places(LEEDS, ENGLAND) == []  # a city is in its country
    assert _places(LEEDS, TARNWICK) == []  # WordNet does not know the town: unsure says nothing
    assert _places(LEEDS, OTHER_NAME) == []  # another given name: another person


def test_homes_differ_reads_wordnet_part_of():
    assert homes_differ("leeds", "sheffield")
    assert not homes_differ("brooklyn", "new_york")  # a borough of the city
    assert not homes_differ("leeds", "england")
    assert not homes_differ("tarnwick", "leeds")
