"""Two readings the lead added after round 58's Stage 2 (issue 11), each behind its switch.

``date_opposite_acts_apart`` (story compare): two dates whose verbs WordNet lists as opposite acts ("began" /
"ended", "opened" / "closed") are never compared: the start and the end of one thing are two happenings. A report
that dates the start of this year's toll holiday and another that dates the end of an earlier one gave a shown date
"conflict" through the one-participant reading (one subject, two verbs).

``counted_subject_not_of_transfer`` (claims slots): the figure a verb of possession takes ("will pay 45 a
week") is what changes hands, not a count of its subject; "Porters will pay 45" was read as 45 porters and set
against another report's count of porters. Invented reports, fictional names and outlets."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, conflict_texts

from newsprism.claims.slots import data as slot_data
from newsprism.lexicon import is_transfer_verb, opposite_act_verbs
from newsprism.story.compare import settings

HEAD_A = "Brossen bridge tolls waived for the winter"
HEAD_B = "Brossen council lifts bridge tolls again"

BEGAN = "A toll holiday began on June 1 as a trial, and the council said traffic on the old bridge fell by a third."
ENDED = "An earlier toll holiday ended on March 31 last year, and the new one has eased queues at the ferry ramp."


def _a(act: str) -> str:
    return (f"{HEAD_A}\nDrivers crossing the Brossen bridge will pay nothing until the spring, the town council "
            f"decided on Tuesday.\n{act}\nThe council's transport chair, Iren Maple, said the bridge was paid for "
            "decades ago.\nShops on the quay say the scheme has brought more visitors.\n")


def _b(act: str) -> str:
    return (f"{HEAD_B}\nThe town council of Brossen has scrapped the tolls on its bridge for the winter months.\n"
            f"{act}\nHauliers had long asked for the change.\nA review of the scheme is due next year.\n")


def _dates(a_act: str, b_act: str) -> list[tuple[str, str, float]]:
    r = analyzed_reports(("a_courier", "Brossen Courier", HEAD_A, _a(a_act)),
                         ("b_wire", "Vell Valley Wire", HEAD_B, _b(b_act)))
    return conflict_texts(r, "date", "a_courier", "b_wire")


def _june_march(found: list[tuple[str, str, float]]) -> list[float]:
    return [c for a, b, c in found if "June 1" in a and "March 31" in b]


def test_wordnet_opposite_acts():
    assert opposite_act_verbs("began", "ended")
    assert opposite_act_verbs("opened", "closed")
    assert not opposite_act_verbs("closed", "shut")  # one act in two words
    assert not opposite_act_verbs("arrested", "detained")
    assert not opposite_act_verbs("ended", "ended")


@pytest.mark.slow
def test_a_start_and_an_end_are_two_happenings():
    assert not _june_march(_dates(BEGAN, ENDED))


@pytest.mark.slow
def test_the_switch_off_compares_them(monkeypatch: pytest.MonkeyPatch):
    # the hole: one subject ("toll holiday") with two verbs was read as one happening on two days
    monkeypatch.setitem(settings(), "date_opposite_acts_apart", False)
    assert _june_march(_dates(BEGAN, ENDED))


@pytest.mark.slow
def test_one_act_on_two_days_still_conflicts():
    began_again = "A toll holiday began on March 31 as a trial, and traffic on the old bridge fell by a third."
    assert _june_march(_dates(BEGAN, began_again))


HEAD_C = "Porters at Kell harbour to pay for parking"
HEAD_D = "Kell harbour porters fined on quay"
PAY = "Porters will pay 45 a week for a permit, while harbour managers will pay more on a scale linked to pay."
FINED = "Twelve porters have already been fined for parking on the quay, according to their union."


def _counts(a_line: str, b_line: str) -> list[tuple[str, str, float]]:
    a = (f"{HEAD_C}\nThe harbour board of Kell will charge its staff for parking from January.\n{a_line}\n"
         "The board says the quay must be kept clear for lorries.\nThe union calls the charge unfair.\n")
    b = (f"{HEAD_D}\nParking wardens have begun patrolling the quay at Kell harbour.\n{b_line}\n"
         "The harbour board says the quay must be kept clear.\nA new car park is planned behind the fish market.\n")
    r = analyzed_reports(("a_post", "Kell Evening Post", HEAD_C, a), ("b_radio", "Norran Radio News", HEAD_D, b))
    return conflict_texts(r, "count", "a_post", "b_radio")


def test_wordnet_transfer_verbs():
    assert is_transfer_verb("pay") and is_transfer_verb("paid") and is_transfer_verb("earn")
    assert not is_transfer_verb("number") and not is_transfer_verb("total")  # "workers numbered 4,000"


@pytest.mark.slow
def test_a_sum_paid_is_no_count_of_the_payers():
    assert not [c for a, b, c in _counts(PAY, FINED) if "45" in a and c >= 0.5]


@pytest.mark.slow
def test_the_transfer_switch_off_counts_the_payers(monkeypatch: pytest.MonkeyPatch):
    # the hole: the subject of "pay" was read as the thing 45 counts ("45 porters")
    monkeypatch.setitem(slot_data(), "counted_subject_not_of_transfer", False)
    assert [c for a, b, c in _counts(PAY, FINED) if "45" in a and c >= 0.5]
