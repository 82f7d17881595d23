"""Two dated clauses whose triggers the events layer's cross-document coreference model reads as one happening are
linked (``compare.coref_linked``, in the link test of ``compare._dates``; switch ``date_coref_link``, round 54, issue
11). The link test read the coreference only as the story's clusters, and a cluster holds only the triggers kept as
Events: most dated clauses' triggers take no cluster id, so one act told in a passive sentence with no name ("the
gates were opened on March 3") and an active one naming the doer ("the board opened the gates on March 5") shared no
name, no subject and no cluster, and the pair was dropped before any other test. The pair probability of the two
triggers from the model learned on ECB+ (real news, not the wire sets), at least the model's own clustering
threshold, is that link; every later test still judges the pair. Kept apart: an act told as still to come against
the done one (the model reads no tense), and an act of another thing. Invented reports, fictional names and
outlets."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, conflict_texts

from newsprism.story.compare import settings

HEAD_A = "Sluice gates opened as Brennmoor reservoir nears the top"
HEAD_B = "Water board lets Brennmoor reservoir spill into the Tolle"

ACT_A = "The sluice gates of the reservoir were opened on March 3, according to the board's own log."
ACT_B = "Engineers of the Halvard Water Board opened the sluice gates on March 5, after a week of heavy rain."


def _a(act: str) -> str:
    return (f"{HEAD_A}\nThe Brennmoor reservoir above the town of Ostley has risen to within a metre of its crest "
            f"after the wettest February on record, the Halvard Water Board said.\n{act}\nFarmers downstream moved "
            "their cattle to higher ground.\nThe board says the dam itself is sound.\n")


def _b(act: str) -> str:
    return (f"{HEAD_B}\nThe river Tolle burst its banks below Ostley on Tuesday as water from the Brennmoor "
            f"reservoir poured down the valley.\n{act}\nThe Ostley road was closed for two days.\nResidents said they "
            "had been given no warning.\n")


def _dates(a_act: str, b_act: str) -> list[tuple[str, str, float]]:
    r = analyzed_reports(("a_gazette", "Ostley Gazette", HEAD_A, _a(a_act)),
                         ("b_echo", "Tolle Valley Echo", HEAD_B, _b(b_act)))
    return conflict_texts(r, "date", "a_gazette", "b_echo")


def _found(found: list[tuple[str, str, float]]) -> list[float]:
    return [c for a, b, c in found if "March 3" in a and "March 5" in b]


@pytest.mark.slow
def test_one_opening_told_passive_and_active_is_linked():
    found = _dates(ACT_A, ACT_B)
    assert [c for c in _found(found) if c >= 0.5], found


@pytest.mark.slow
def test_the_switch_off_loses_it(monkeypatch: pytest.MonkeyPatch):
    # the hole: no shared name, subject or story cluster, so the pair never reached the tests that judge it
    monkeypatch.setitem(settings(), "date_coref_link", False)
    found = _dates(ACT_A, ACT_B)
    assert not _found(found), found


@pytest.mark.slow
def test_an_opening_still_to_come_stays_apart():
    coming = "Engineers of the Halvard Water Board will open the sluice gates on March 5 if the rain goes on."
    assert not [c for c in _found(_dates(ACT_A, coming)) if c >= 0.5]


@pytest.mark.slow
def test_an_opening_of_another_thing_stays_apart():
    other = "Engineers of the Halvard Water Board opened a new pumping station at Ostley on March 5, after a week of heavy rain."
    assert not [c for c in _found(_dates(ACT_A, other)) if c >= 0.5]
