"""Denials by a negative quantifier, who did what to whom, and the day of a happening told with a time of day
(invented sentences, round 12). "Officers said nobody had been detained" denies every detention the story tells,
so it conflicts with "Officers have detained a woman" though the two sentences share few words, when one party
(the officers) is in both; with no party in common it is compared no more than before. One verb with the same
subject and object in both clauses ("The tenants have not filed a complaint" / "The tenants filed a complaint")
is one happening's evidence. A date hung on a time of day ("before 6 a.m. on Friday", "the morning of 14 May")
dates the verb above it."""

from __future__ import annotations

import pytest
from hand_sources import source, vectors

from newsprism.claims.slots import SentenceSlots, sentence_slots
from newsprism.claims.typed import status_object, status_object_of
from newsprism.story.compare import compare_pair

pytestmark = pytest.mark.slow  # the slots are read from the spaCy parse


def _slots(text: str) -> SentenceSlots:
    from newsprism.nlp.spacy_pipe import get_nlp

    return sentence_slots(next(iter(get_nlp()(text).sents)))


def _flags(a: str, b: str, cos: float, slot: str = "status") -> list:
    va, vb = vectors(cos)
    return [f for f in compare_pair(source(0, _slots(a), va), source(1, _slots(b), vb))
            if f.slot == slot and f.kind != "consensus"]


@pytest.mark.parametrize("text,verb", [
    ("Officers said nobody had been detained after the march.", "detain"),
    ("No one was hurt when the roof of the Velm depot gave way.", "hurt"),
])
def test_a_negative_quantifier_in_the_place_of_a_participant_is_a_blanket_denial(text, verb):
    st = next(s for s in _slots(text).statuses if s.predicate == verb)
    assert st.negated and st.blanket and st.status == "denied"


def test_a_denial_of_one_participant_is_no_blanket_denial():
    st = next(s for s in _slots("The tenants have not filed a complaint.").statuses if s.predicate == "fil")
    assert st.negated and not st.blanket
    assert (st.subject, st.object) == ("tenant", "complaint")


def test_received_no_bid_denies_the_bidding():
    sl = _slots("Harwick Rovers said the club had received no bid for its goalkeeper.")
    bid = [s for s in sl.statuses if s.predicate == "bid"]
    assert bid and bid[0].negated and bid[0].blanket
    # a receiving that is not denied by "no" tells no denial of the noun's verb
    assert not [s for s in _slots("The club did not receive the bid in time.").statuses if s.predicate == "bid"]


def test_the_object_and_the_blanket_mark_survive_the_claims():
    sl = _slots("Officers said nobody had been detained after the march.")
    for st in sl.statuses:
        back = status_object_of(status_object(st))
        assert (back["object"], back["blanket"]) == (st.object, st.blanket)


def test_a_length_of_time_after_the_object_is_no_object():
    # "filed a complaint days after the eviction" parses as "complaint days" at times
    st = next(s for s in _slots("The tenants filed a complaint days after the eviction.").statuses
              if s.predicate == "fil")
    assert st.object == "complaint"


def test_blanket_denial_against_a_deed_with_a_party_in_common_is_a_status_conflict():
    flags = _flags("Officers said nobody had been detained after the march.",
                   "Officers have detained a 40-year-old woman in Lorvik on suspicion of arson.", 0.3)
    assert flags and flags[0].kind == "status" and flags[0].detail == "denial"


def test_blanket_denial_against_a_deed_of_other_parties_is_not_compared():
    assert not _flags("Officers said nobody had been detained after the march.",
                      "Customs agents detained two lorry drivers at the Velm crossing.", 0.3)


def test_a_plan_is_no_blanket_deed():
    # "will detain" is no deed a blanket denial contradicts (not yet done)
    assert not _flags("Officers said nobody had been detained after the march.",
                      "Officers will detain anyone who blocks the Lorvik road, the chief said.", 0.3)


def test_same_subject_and_object_denied_and_done_is_a_status_conflict():
    flags = _flags("The tenants have not filed a complaint, their lawyer told reporters outside the hall.",
                   "The Brisk Lane tenants filed a complaint days after the eviction, arguing the notice was late.",
                   0.55)
    assert flags and flags[0].detail == "denial"


@pytest.mark.parametrize("text", [
    "The ferry sank shortly before 6 a.m. on Friday, May 15, the coast guard said.",
    "Relatives of a fisherman lost when the ferry sank on the morning of 14 May met on Tuesday.",
])
def test_a_date_on_a_time_of_day_dates_the_verb_above_it(text):
    dated = [d for d in _slots(text).dates if d.month == 5]
    assert dated and dated[0].predicate == "sink"


def test_two_days_of_one_sinking_conflict_and_a_day_of_saying_does_not():
    a = "The ferry sank near Orsk shortly before 6 a.m. on Friday, May 15, the coast guard said."
    assert _flags(a, "Relatives of a fisherman lost when the ferry sank near Orsk on the morning of 14 May met "
                     "on Tuesday.", 0.62, "date")
    assert not _flags("The ferry sank near Orsk on Friday, May 15.",
                      "The coast guard said on Sunday, May 17 that the ferry sank near Orsk.", 0.62, "date")


def test_two_happenings_dates_are_not_compared():
    assert not _flags("Talks on the Orsk ferry line opened on May 6.",
                      "The Orsk ferry line agreement was signed on November 3.", 0.62, "date")


def _dated(a: str, b: str, published: str | None, cos: float = 0.7) -> list:
    va, vb = vectors(cos)
    sa, sb = source(0, _slots(a), va), source(1, _slots(b), vb)
    sa.published = sb.published = published
    return [f for f in compare_pair(sa, sb) if f.slot == "date"]


def test_a_weekday_against_a_day_of_the_month_is_checked_in_the_published_year():
    # 7 March 2026 is a Saturday: "on Sunday" and "on 7 March" cannot be one day of the Orsk ferry's sinking
    a, b = "The Orsk ferry sank near Velm on Sunday.", "The Orsk ferry sank near Velm on 7 March."
    flags = _dated(a, b, "2026-03-10")
    assert flags and flags[0].kind == "conflict"
    # 8 March 2026 is a Sunday: the same day, told two ways
    assert [f.kind for f in _dated(a, "The Orsk ferry sank near Velm on 8 March.", "2026-03-10")] == ["consensus"]
    # without a Published line nothing is shared: no comparison
    assert not _dated(a, b, None)


def test_a_month_long_after_the_publication_is_of_the_year_before():
    # a report of 10 March 2026 telling of "3 November": 3 November 2025, a Monday
    a, b = "The Orsk ferry line opened on Monday.", "The Orsk ferry line opened on 3 November."
    assert [f.kind for f in _dated(a, b, "2026-03-10")] == ["consensus"]


@pytest.mark.parametrize("relayed", [
    "Auditors accused Mayor Dorn of hiding the harbour payments, which he denied.",
    "Auditors accused Mayor Dorn of hiding the harbour payments.",
])
def test_a_relayed_accusation_with_or_without_the_denial_is_no_status_conflict(relayed):
    assert not _flags("Auditors said Mayor Dorn had hidden the harbour payments.", relayed, 0.8)


def test_a_blanket_denial_is_not_compared_with_a_plan():
    # "nobody has been charged" against "prosecutors will charge two guards": not yet done, no deed denied
    assert not _flags("Prosecutors said nobody had been charged over the Velm jail escape.",
                      "Prosecutors will charge two guards over the Velm jail escape next week.", 0.3)


def test_days_of_the_month_are_compared_before_a_weekday():
    # 13 September 2026 is a Sunday, like 20 September: the days of the month still disagree
    flags = _dated("The Skell referendum was held on Sunday, September 20.",
                   "The Skell referendum was held on 13 September.", "2026-09-21")
    assert [f.kind for f in flags if f.kind == "conflict"] == ["conflict"]
    assert not [f for f in flags if f.kind == "consensus"]


def test_two_speakers_days_of_saying_are_not_compared():
    # "reported on Sunday morning" is a day of saying (the time of day no longer hides it), the Courier's, not
    # Maria Lopez's "said on Saturday" (a real name and city: the tagger must read them as names in both)
    assert not _flags("The Courier reported on Sunday morning that Maria Lopez would resign as mayor of Madrid.",
                      "Maria Lopez said on Saturday that she would resign as mayor of Madrid next month.", 0.7, "date")
    # ... nor when the report relays a saying of the other speaker ("that Maria Lopez has told friends")
    assert not _flags("The Courier reported on Sunday morning that Maria Lopez has told friends she would resign as "
                      "mayor of Madrid.",
                      "Maria Lopez said on Saturday that she would resign as mayor of Madrid next month.", 0.7, "date")
