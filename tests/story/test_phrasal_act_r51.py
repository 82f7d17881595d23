"""A verb with its particle is its own act in the date one-act test (``compare._phrasal_act``,
``lexicon.phrasal_verb``; switch ``date_one_act_phrasal_verbs``, round 51, issue 11). "Ninety packers walked out on
October 12" / "Packers marched along the quay on October 14": the one-act test read "walked out" as the bare verb
"walk", and a march is a kind of walk for WordNet, so a strike and a march were one act told with two days. WordNet
lists "walk out" as a verb of its own (go on strike, leave): two acts, no date conflict. Kept: the same strike told
on two days in both reports, and a bare "walked" against "marched" (one act for WordNet, as before). Invented
reports, fictional names and outlets."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, conflict_texts

from newsprism.lexicon import phrasal_verb
from newsprism.story.compare import settings

HEAD_A = "Brennick cannery to shut its Lowmoor plant"
HEAD_B = "Lowmoor rallies behind cannery staff"

STRIKE = "Ninety packers walked out on October 12 in protest at the plan."
MARCH = "Packers marched along the quay on October 14 to the harbour office."


def _a(act: str) -> str:
    return (f"{HEAD_A}\nThe Brennick Canning Company will shut its fish cannery in Lowmoor next spring, the company "
            "said.\nThe plant employs 410 people and has packed herring on the quay for ninety years.\n"
            f"{act}\nThe company blamed falling catches and the cost of cold storage.\n")


def _b(act: str) -> str:
    return (f"{HEAD_B}\nStaff at the Brennick cannery in Lowmoor are fighting the company's plan to shut the plant "
            "next spring.\nThe cannery has packed herring on the quay for ninety years and employs 410 people.\n"
            f"{act}\nThe harbour board has asked the company to look for a buyer.\n")


def _dates(a_act: str, b_act: str) -> list[tuple[str, str, float]]:
    r = analyzed_reports(("a_quay", "Quayside Post", HEAD_A, _a(a_act)),
                         ("b_lowmoor", "Lowmoor Herald", HEAD_B, _b(b_act)))
    return conflict_texts(r, "date", "a_quay", "b_lowmoor")


def test_wordnet_lists_a_verb_with_its_particle():
    assert phrasal_verb("walked", "out") == "walk_out"
    assert phrasal_verb("called", "off") == "call_off"
    assert phrasal_verb("walked", "quickly") is None


@pytest.mark.slow
def test_a_strike_and_a_march_are_two_acts():
    found = _dates(STRIKE, MARCH)
    assert not [c for a, b, c in found if "October 12" in a and "October 14" in b and c >= 0.5], found


@pytest.mark.slow
def test_the_switch_off_shows_the_false_conflict(monkeypatch: pytest.MonkeyPatch):
    # the hole: "walked out" read as "walk", a march a kind of walk, one act dated two ways
    monkeypatch.setitem(settings(), "date_one_act_phrasal_verbs", False)
    found = _dates(STRIKE, MARCH)
    assert [c for a, b, c in found if "October 12" in a and "October 14" in b and c >= 0.5], found


@pytest.mark.slow
def test_one_strike_told_on_two_days_keeps_its_conflict():
    found = _dates(STRIKE, STRIKE.replace("October 12", "October 14"))
    assert [c for a, b, c in found if "October 12" in a and "October 14" in b and c >= 0.5], found


@pytest.mark.slow
def test_a_bare_walk_against_a_march_keeps_its_reading():
    walk = "Ninety packers walked to the harbour office on October 12 in protest at the plan."
    found = _dates(walk, MARCH)
    assert [c for a, b, c in found if "October 12" in a and "October 14" in b and c >= 0.5], found
