"""One act dated once in each report is one act over the sentence floor too, told with one verb (``compare._dates``,
``compare.one_act``; switch ``date_one_act_same_verb``, round 53, issue 11). The one-act test lifted two days of one
act told in sentences below the floor (round 37) and of two verbs over it (round 44), but a pair of ONE verb whose
sentences sit just over the floor was judged only by the sentence and same-happening caps, and so stayed behind
"show more" where the same pair in less alike sentences was shown: more alike sentences read one act less surely.
Asked of the one-verb pair too, one signing of one lease, dated once in each report, is shown. Kept apart: a signing
of another thing (a loan), and a signing told as still to come. Invented reports, fictional names and outlets."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, conflict_texts

from newsprism.story.compare import settings

HEAD_A = "Kelmouth harbour warehouse leased to ferry firm"
HEAD_B = "Ferry firm takes over old Kelmouth warehouse"

SIGNED_A = "The trust signed the 25-year lease with Saltmere Lines on March 12 at the harbour office."
SIGNED_B = "The lease was signed on March 19, two weeks after the trust's board approved it."


def _a(act: str) -> str:
    return (f"{HEAD_A}\nThe Orrin Harbour Trust has leased its empty grain warehouse on the Kelmouth quay to the ferry "
            f"operator Saltmere Lines, the trust said.\n{act}\nSaltmere Lines plans to use the building as a ticket "
            "hall and waiting room.\nThe warehouse has stood empty since the grain trade moved to Brask.\n")


def _b(act: str) -> str:
    return (f"{HEAD_B}\nSaltmere Lines will run its island ferries from the old grain warehouse on the Kelmouth "
            f"quay.\n{act}\nThe firm says 40 people will work at the new terminal.\nLocal traders have welcomed the "
            "move.\n")


def _dates(a_act: str, b_act: str) -> list[tuple[str, str, float]]:
    r = analyzed_reports(("a_courier", "Kelmouth Courier", HEAD_A, _a(a_act)),
                         ("b_post", "Brask Valley Post", HEAD_B, _b(b_act)))
    return conflict_texts(r, "date", "a_courier", "b_post")


def _shown(found: list[tuple[str, str, float]]) -> list[float]:
    return [c for a, b, c in found if "March 12" in a and "March 19" in b and c >= 0.5]


@pytest.mark.slow
def test_one_signing_of_one_lease_over_the_floor_is_one_act():
    found = _dates(SIGNED_A, SIGNED_B)
    assert _shown(found), found


@pytest.mark.slow
def test_the_switch_off_hides_it(monkeypatch: pytest.MonkeyPatch):
    # the hole: the two sentences sit over the floor, so the one-act test was not asked, and the sentence and
    # same-happening caps held the one signing's two days behind "show more"
    monkeypatch.setitem(settings(), "date_one_act_same_verb", False)
    found = _dates(SIGNED_A, SIGNED_B)
    assert found and not _shown(found), found


@pytest.mark.slow
def test_a_signing_of_another_thing_stays_apart():
    loan = "The loan for the new ticket hall was signed on March 19, two weeks after the trust's board approved it."
    assert not _shown(_dates(SIGNED_A, loan))


@pytest.mark.slow
def test_a_signing_still_to_come_stays_apart():
    coming = "The lease will be signed on March 19, two weeks after the trust's board approved it."
    assert not _shown(_dates(SIGNED_A, coming))


@pytest.mark.slow
def test_a_second_lease_is_another_signing():
    second = ("A second lease, for the old fish market, was signed on March 19, two weeks after the trust's board "
              "approved it.")
    assert not _shown(_dates(SIGNED_A, second))


@pytest.mark.slow
def test_a_second_lease_reads_as_one_signing_with_the_other_instance_switch_off(monkeypatch: pytest.MonkeyPatch):
    """The hole dat53 recorded (round 53): without ``one_act_other_instance_object`` a series word on the thing the
    act befalls is not read, and the second lease's signing is taken for the first's."""
    second = ("A second lease, for the old fish market, was signed on March 19, two weeks after the trust's board "
              "approved it.")
    monkeypatch.setitem(settings(), "one_act_other_instance_object", False)
    assert _shown(_dates(SIGNED_A, second))
