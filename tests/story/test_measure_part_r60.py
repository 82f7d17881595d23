"""A thing counted by a measure is that thing for a blanket denial (invented reports, round 60c, issue 11).

One outlet writes that a county library "denied that any maps had been damaged"; another that floodwater "damaged
several crates of maps". The deed's object is "crates", a measure of an amount (WordNet's noun.quantity), and the
maps it counts were keyed by nothing: the denial of every map found no map in the deed's role and the pair was lost
before any finding. ``compare.deed_part_of_class`` (switch ``status_measure_part``) reads such a measure as a part
of the class its "of" names, as it reads "a handful of maps".

Kept apart: a noun that is no measure ("two members of the crew"), and a broader class than the one denied ("crates
of paper" against "any maps")."""

from __future__ import annotations

import pytest
from hand_sources import denial_flags, denial_shown

from newsprism.lexicon import is_measure_noun
from newsprism.story.compare import settings

DENIAL = "The Brackwell county library denied that any maps had been damaged during the move."
AS_FACT = "Floodwater damaged several crates of maps at the Brackwell county library's depot during the move."
BROADER = "Floodwater damaged several crates of paper at the Brackwell county library's depot during the move."


_denials, _shown = denial_flags, denial_shown


def test_a_measure_is_a_noun_of_quantity_only():
    assert is_measure_noun("crates") and is_measure_noun("tonnes") and is_measure_noun("boxes")
    assert not is_measure_noun("members") and not is_measure_noun("windows") and not is_measure_noun("copies")


@pytest.mark.slow
def test_a_denial_against_a_deed_on_crates_of_the_thing_is_shown():
    assert _shown(DENIAL, AS_FACT)


@pytest.mark.slow
def test_the_switch_off_misses_it(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(settings(), "status_measure_part", {"enabled": False})
    assert not _shown(DENIAL, AS_FACT)


@pytest.mark.slow
def test_a_broader_class_is_not_flagged():
    # what is denied of every map is not denied of all paper
    assert not _shown(DENIAL, BROADER)
