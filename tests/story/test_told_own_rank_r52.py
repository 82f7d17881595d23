"""Two ranks each of its report's own happening are not told by both through a rank of another thing (round 52b,
issue 11, branch ``ord52b``; switch ``ordinal_told_own_rank``: measured and not shipped in round 52, switched on in
round 53 with the check asked only of two different ranks, ``test_told_own_rank_r53.py``). ``flags.told_by_both``
drops an order conflict whose two ranks each report also states (two streets of one crossing both reports name);
``flags.stated_ordinals`` keys an ordinal by its value alone. When both ranks point back to each report's own
happening ("It is the third time ...", "This is the harbour's second closure", feature ``refers``), the other report
states that rank only through an ordinal of the same series: "the island's third city" or an adverb "leave first"
order other things. A rank that does not point back ("the winner of Saturday's second heat" / "won the first heat":
two races) keeps the value-only key.
Invented reports, fictional names and outlets."""

from __future__ import annotations

import hand_sources as hand
import pytest
from hand_sources import analyzed_reports, conflict_texts

from newsprism.claims.slots import Ordinal
from newsprism.story.compare import Finding, settings
from newsprism.story.flags import told_by_both

HEAD_A = "Halvik closes its harbour to cruise ships as storm season begins"
HEAD_B = "Cruise ships barred from Halvik harbour"

A_TEXT = (f"{HEAD_A}\nThe port authority of Halvik closed the harbour to cruise ships on Monday, saying the "
          "breakwater had been damaged by autumn gales and could not shelter large vessels.\n"
          "It is the third time in five years that Halvik has closed its harbour to cruise ships.\n"
          "The smallest tenders will leave first, the authority said, and the last liner must sail by Thursday.\n"
          "Repairs to the breakwater are expected to cost about 12 million crowns.\n")

B_TEXT = (f"{HEAD_B}\nCruise ships may no longer call at Halvik after the port authority shut the harbour on "
          "Monday because of storm damage to its breakwater.\n"
          "This is the harbour's first closure to cruise ships, the authority said.\n"
          "Halvik, the island's third city, earns much of its summer income from the liners.\n"
          "Engineers will begin work on the breakwater next month.\n")


def _shown() -> list[tuple[str, str, float]]:
    r = analyzed_reports(("a_halvik", "Halvik Tidende", HEAD_A, A_TEXT),
                         ("b_isle", "The Isle Messenger", HEAD_B, B_TEXT))
    return [(a, b, c) for a, b, c in conflict_texts(r, "ordinal", "a_halvik", "b_isle")
            if "third" in a and "first" in b and c >= 0.5]


@pytest.mark.slow
def test_a_second_city_and_an_adverb_first_do_not_tell_the_closures_rank() -> None:
    # "the third time ... closed its harbour" / "the harbour's first closure": each report's rank of its one closure;
    # A's "leave first" and B's "third city" order nothing of the closures
    assert _shown()


@pytest.mark.slow
def test_switched_off_the_value_alone_drops_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(settings(), "ordinal_told_own_rank", False)
    assert not _shown()








def _told(a_text: str, a_ords: list[Ordinal], b_text: str, b_ords: list[Ordinal], refers: bool) -> Finding:
    return hand.ordinal_finding(a_text, a_ords, b_text, b_ords, {"refers": 1.0} if refers else None)


A_OWN = "It was the fourth strike at the Kessel mine this year, the union said."
B_OWN = "It was the mine's fifth strike, and miners in the fourth shaft walked out first."


def _own_pair(refers: bool) -> Finding:
    return _told(A_OWN, hand.ordinals(A_OWN, ("fourth strike", 4, "strike", None)),
                 B_OWN, hand.ordinals(B_OWN, ("fifth strike", 5, "strike", None), ("fourth shaft", 4, "shaft", None)),
                 refers)


def test_two_own_ranks_are_not_told_by_a_rank_of_another_noun() -> None:
    # B's "fourth shaft" orders shafts, not strikes: it does not tell A's "fourth strike"
    f = _own_pair(refers=True)
    assert f.features["told_across"] == 0.0
    assert not told_by_both(f)


def test_switched_off_a_rank_of_another_noun_tells_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(settings(), "ordinal_told_own_rank", False)
    f = _own_pair(refers=True)
    assert f.features["told_across"] == 0.5
    # the value alone: B's "fourth shaft" counts as telling A's rank; with A's "fifth shaft" both are told
    a_text = "It was the fourth strike at the Kessel mine; the fifth shaft stayed open."
    g = _told(a_text, hand.ordinals(a_text, ("fourth strike", 4, "strike", None), ("fifth shaft", 5, "shaft", None)),
              B_OWN, hand.ordinals(B_OWN, ("fifth strike", 5, "strike", None), ("fourth shaft", 4, "shaft", None)),
              refers=True)
    assert told_by_both(g)


def test_two_own_ranks_both_reports_give_of_the_series_stay_dropped() -> None:
    # look-alike: each report names both strikes of the one series ("the fourth ... the fifth"), so both facts are
    # told by both, as before
    a_text = "It was the fourth strike at the mine, and a fifth strike is planned for June."
    b_text = "It was the fifth strike at the mine since the fourth strike in 2019."
    f = _told(a_text, hand.ordinals(a_text, ("fourth strike", 4, "strike", None), ("fifth strike", 5, "strike", None)),
              b_text, hand.ordinals(b_text, ("fifth strike", 5, "strike", None), ("fourth strike", 4, "strike", None)),
              refers=True)
    assert told_by_both(f)


def test_two_heats_of_one_race_day_whose_reports_name_both_halves_stay_dropped() -> None:
    # look-alike (the real-draw pair of round 52 with invented names): "the winner of Saturday's second heat" is
    # another race than "won the first heat"; neither points back to its report's own happening, so the value-only
    # key keeps it dropped ("the first lap" / "the second lap" tell both numbers)
    a_text = "Brenna Oduya led after the first lap and meets the winner of Saturday's second heat between Lisk and Moro."
    b_text = "Oduya won the first heat at Carrow Park, pulling clear on the second lap."
    f = _told(a_text, hand.ordinals(a_text, ("second heat", 2, "heat", None), ("first lap", 1, "lap", None)),
              b_text, hand.ordinals(b_text, ("first heat", 1, "heat", None), ("second lap", 2, "lap", None)),
              refers=False)
    assert f.features["told_across"] == 1.0
    assert told_by_both(f)
