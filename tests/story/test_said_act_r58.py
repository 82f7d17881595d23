"""A verb of saying with a thing for its object is an act done to that thing, dated like any act (``compare.said_act``,
``compare.said_acts``; switch ``date_said_act``, round 58, issue 11). "The water board announced the rationing on
June 3" / "The rationing was announced on June 9" tells one announcing of one rationing scheme on two days; the date
was read as a day of saying, which the one-act test never asks and the speaker test keeps for named speakers, so the
conflict was never found. Kept apart: a saying of reported words (its day is the day of saying, not of the thing
said), an announcing of another thing, and an announcing still to come. Invented reports, fictional names and
outlets."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, conflict_texts

from newsprism.story.compare import settings

HEAD_A = "Pellan valley towns face water rationing"
HEAD_B = "Dry spring forces rationing on Pellan water customers"

SAID_A = "The Pellan Water Board announced the rationing on June 3 after the driest spring in forty years."
SAID_B = "The rationing was announced on June 9, with the Tesmer reservoir at a third of its capacity."


def _a(act: str) -> str:
    return (f"{HEAD_A}\nHouseholds in six towns of the Pellan valley may draw water only in the mornings under a "
            f"scheme the regional water board has set out.\n{act}\nGarden hoses and car washing are banned until "
            "the autumn.\nFarmers say the limits will hurt the late harvest.\n")


def _b(act: str) -> str:
    return (f"{HEAD_B}\nWater customers across the Pellan valley will have their supply cut each afternoon.\n{act}\n"
            "Engineers are checking the old mains for leaks.\nThe board says it will review the limits every "
            "fortnight.\n")


def _dates(a_act: str, b_act: str) -> list[tuple[str, str, float]]:
    r = analyzed_reports(("a_gazette", "Pellan Gazette", HEAD_A, _a(a_act)),
                         ("b_herald", "Tesmer Evening Herald", HEAD_B, _b(b_act)))
    return conflict_texts(r, "date", "a_gazette", "b_herald")


def _shown(found: list[tuple[str, str, float]]) -> list[float]:
    return [c for a, b, c in found if "June 3" in a and "June 9" in b and c >= 0.5]


@pytest.mark.slow
def test_one_announcing_of_one_rationing_is_one_act():
    found = _dates(SAID_A, SAID_B)
    assert _shown(found), found


@pytest.mark.slow
def test_the_switch_off_misses_it(monkeypatch: pytest.MonkeyPatch):
    # the hole: both dates were read as days of saying, which the one-act test never asks
    monkeypatch.setitem(settings(), "date_said_act", False)
    assert not _shown(_dates(SAID_A, SAID_B))


@pytest.mark.slow
def test_a_saying_of_reported_words_keeps_its_day_of_saying():
    words = ("A board spokesman said on June 9 that the rationing would last at least until the end of August, "
             "with the Tesmer reservoir at a third of its capacity.")
    assert not _shown(_dates(SAID_A, words))


@pytest.mark.slow
def test_an_announcing_of_another_thing_stays_apart():
    other = "The new hosepipe fines were announced on June 9, with the Tesmer reservoir at a third of its capacity."
    assert not _shown(_dates(SAID_A, other))


@pytest.mark.slow
def test_an_announcing_still_to_come_stays_apart():
    coming = "The rationing will be announced on June 9, with the Tesmer reservoir at a third of its capacity."
    assert not _shown(_dates(SAID_A, coming))
