"""A denial is read in its own verb's time, and a clause negated by a fronted "nor" is a denial (invented sentences,
round 56, issue 11). English: "will not sign" refuses a coming act and "is not currently performing" tells a state of
now; neither says that a past act did not happen, so neither is set against a deed told in past time (switch
``status_denial_own_time`` in story/data/compare.json). A denial told in past time ("did not sign", "had not signed",
"denied signing") is set against the deed as before. "Nor has the money come back" negates its clause (the negative
word fronted, subject and auxiliary inverted): no deed told as done (switch ``status_inverted_nor`` in
claims/data/slots.json)."""

from __future__ import annotations

import pytest
from hand_sources import parsed_slots, status_flags

from newsprism.claims import slots
from newsprism.story.compare import settings
from newsprism.story.confidence import confidence

pytestmark = pytest.mark.slow  # the slots are read from the spaCy parse

DEED = "The Brackwater Herons signed striker Tomas Quell from Lindgate Rovers on Tuesday."


def _best(a: str, b: str, cos: float = 0.7) -> float:
    return max((confidence(f) for f in status_flags(a, b, cos=cos)), default=0.0)


def _status(text: str, verb: str) -> tuple[str, bool]:
    st = next(s for s in parsed_slots(text).statuses if s.text == verb)
    return st.status, st.negated


@pytest.fixture
def time_off():
    cfg = settings()
    cfg["status_denial_own_time"] = False
    yield
    cfg["status_denial_own_time"] = True


@pytest.fixture
def nor_off():
    d = slots.data()
    d["status_inverted_nor"] = False
    yield
    d["status_inverted_nor"] = True


FUTURE = "Herons chairman Elko Varn said the club will not sign Tomas Quell from Lindgate Rovers."
PRESENT = "Herons chairman Elko Varn said the club is not currently signing strikers from Lindgate Rovers."


def test_a_refusal_of_the_future_is_no_denial_of_the_deed():
    assert _best(DEED, FUTURE) == 0.0


def test_a_state_of_now_is_no_denial_of_the_deed():
    assert _best(DEED, PRESENT) == 0.0


def test_the_base_sets_the_refusal_against_the_deed(time_off):
    # switched off, the base reading comes back: the coming refusal is compared with the past deed and shown
    assert _best(DEED, FUTURE) >= 0.5


@pytest.mark.parametrize("denial", [
    "Herons chairman Elko Varn said the club did not sign Tomas Quell from Lindgate Rovers.",
    "The Brackwater Herons denied that they had signed striker Tomas Quell from Lindgate Rovers.",
])
def test_a_denial_in_past_time_still_conflicts(denial):
    assert _best(DEED, denial) >= 0.5


def test_a_refusal_beside_the_plan_stays_as_before():
    # a coming refusal beside a coming plan: no flag before, none now (the compatible look-alike of two plans told
    # by one side as its word and by the other as not yet done)
    assert _best("The Brackwater Herons will sign striker Tomas Quell from Lindgate Rovers next week.",
                 "Herons chairman Elko Varn said the club did not sign Tomas Quell from Lindgate Rovers.") < 0.5


def test_a_fronted_nor_negates_its_clause():
    assert _status("Nor has the money come back.", "come") == ("denied", True)
    assert _status("The Herons did not call Quell, nor did they write to his club.", "write") == ("denied", True)


def test_nor_between_two_subjects_negates_nothing():
    # "neither ... nor" joining two subjects: the verb is told as done, nothing is fronted before an auxiliary
    assert _status("Neither the chairman nor the coach commented on the transfer.", "commented") == \
        ("occurred", False)
    assert _status("The money came back in March, nor was anyone surprised.", "came") == ("occurred", False)


def test_the_base_reads_the_nor_clause_as_a_deed(nor_off):
    assert _status("Nor has the money come back.", "come") == ("occurred", False)
