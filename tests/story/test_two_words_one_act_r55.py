"""The measured miss of round 55 (issue 11; branch coref55, not shipped): one act dated in two reports with two
words that WordNet ties as one act ("completed" / "finished"), in unlike sentences with no shared participant of one
kind ("the repair of the footbridge" / "the nine-week job on the damaged pier"), is not compared: ``compare._dates``
drops the pair at the sentence floor (``date_min_sentence``) before any reading of the events layer's coreference, so
a cross-document coreference model that reads the two words as one act (round 55's refit on ECB+, dev CoNLL 72.16 ->
72.78) cannot release it. 133 of the 144 never-found dev date plants of wire..wire43 stop at this floor or at the
two-predicates test before it. Invented reports, fictional names and outlets."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, conflict_texts

HEAD_A = "Vellin footbridge reopens after repair"
HEAD_B = "Footbridge back in use"
ACT_A = "Crews completed the repair of the footbridge on March 6, the Dunmere council said."
ACT_B = "The nine-week job on the damaged pier was finished on March 5, according to the contractor."


def _a(act: str) -> str:
    return (f"{HEAD_A}\nThe footbridge over the river Ast at Vellin had been shut since a barge struck one of its piers "
            f"in January.\n{act}\nThe council said the bridge would be inspected again in the spring.\n")


def _b(act: str) -> str:
    return (f"{HEAD_B}\nPedestrians in Vellin can cross the river Ast on foot again.\n{act}\nShopkeepers on the east "
            "bank said trade had fallen by a third while it was shut.\n")


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="round 55 (coref55): one act told with two words in unlike sentences is "
                   "dropped at the date path's sentence floor, before any coreference reading")
def test_one_repair_completed_and_finished_on_two_days_is_shown():
    r = analyzed_reports(("a_wire", "Vellin Wire", HEAD_A, _a(ACT_A)),
                         ("b_daily", "Ast Valley Daily", HEAD_B, _b(ACT_B)))
    found = conflict_texts(r, "date", "a_wire", "b_daily")
    assert [c for a, b, c in found if "March 6" in a and "March 5" in b and c >= 0.5], found


@pytest.mark.slow
def test_a_repair_and_an_opening_on_two_days_stay_apart():
    opened = "The footbridge was opened to walkers on March 5, according to the contractor."
    r = analyzed_reports(("a_wire", "Vellin Wire", HEAD_A, _a(ACT_A)),
                         ("b_daily", "Ast Valley Daily", HEAD_B, _b(opened)))
    assert not [c for a, b, c in conflict_texts(r, "date", "a_wire", "b_daily") if c >= 0.5]
