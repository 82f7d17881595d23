"""Two dates of one happening told with two verbs pair by the clause, not by the verb word
(story/compare.one_participant, issue 11, round 25): the two clauses share a participant, are told alike (both done
or both planned) and each report dates that participant once. Invented sentences; the slots are built by hand (no
models) except in the slow test, which runs two invented reports through the library."""

from __future__ import annotations

import numpy as np
import pytest
from hand_sources import analyzed_reports, discrepancies_between

from newsprism.claims.slots import DateSlot, SentenceSlots, Status
from newsprism.story.compare import Source, one_participant

Clause = tuple[str, str, int, str, str | None, str | None, str]  # date text, verb, day of March, verb key, subject,
# object, status


def _report(i: int, text: str, clauses: list[Clause]) -> tuple[Source, list[DateSlot]]:
    """A one-sentence report whose clauses each carry one date (of March)."""
    dates, statuses = [], []
    for day_text, verb, day, key, subject, obj, status in clauses:
        at, v = text.index(day_text), text.index(verb)
        dates.append(DateSlot(start=at, end=at + len(day_text), text=day_text, month=3, day=day, predicate=key))
        statuses.append(Status(start=v, end=v + len(verb), text=verb, predicate=key, status=status,
                               subject=subject, object=obj))
    sent = SentenceSlots(start=0, end=len(text), text=text, dates=dates, statuses=statuses)
    src = Source(index=i, name=f"Outlet {i}", sentences=[sent], vectors=np.array([[1.0, 0.0]]), text=text,
                 published="2026-03-20")
    return src, dates


def _joined(a: tuple[Source, list[DateSlot]], b: tuple[Source, list[DateSlot]]) -> bool:
    return one_participant(a[0], 0, a[1][0], b[0], 0, b[1][0])


ARRESTED = (0, "Dallek was arrested on 3 March at his flat.", [("3 March", "arrested", 3, "arrest", "dallek",
                                                                  "dallek", "occurred")])
DETAINED = (1, "Police detained Dallek on 5 March in Tarsk.", [("5 March", "detained", 5, "detain", "police",
                                                                 "dallek", "occurred")])


def test_one_persons_arrest_told_as_arrested_and_detained_is_one_happening() -> None:
    assert _joined(_report(*ARRESTED), _report(*DETAINED))


def test_talks_that_collapsed_and_broke_off_are_one_happening() -> None:
    a = _report(0, "The talks collapsed on 8 March in Ambris.", [("8 March", "collapsed", 8, "collaps", "talk",
                                                                  None, "occurred")])
    b = _report(1, "The talks broke off on 12 March.", [("12 March", "broke", 12, "break", "talk", None,
                                                         "occurred")])
    assert _joined(a, b)


def test_a_suspension_and_a_planned_resumption_are_two_happenings() -> None:
    a = _report(0, "Lectures were suspended on 4 March.", [("4 March", "suspended", 4, "suspend", "lecture",
                                                            "lecture", "occurred")])
    b = _report(1, "The university will resume lectures on 17 March.", [("17 March", "resume", 17, "resum",
                                                                          "university", "lecture", "planned")])
    assert not _joined(a, b)


def test_a_report_that_dates_two_happenings_of_the_person_pairs_neither() -> None:
    # arrested on one day and charged on another: the report tells two happenings of Dallek
    b = _report(1, "Police detained Dallek on 5 March and charged him on 7 March.",
                [("5 March", "detained", 5, "detain", "police", "dallek", "occurred"),
                 ("7 March", "charged", 7, "charg", "police", "dallek", "occurred")])
    assert not _joined(_report(*ARRESTED), b)


def test_one_group_acted_on_in_one_clause_and_doing_in_the_other_is_two_happenings() -> None:
    # fans hurt in a crush on one day, fans giving their accounts of it on another
    a = _report(0, "Fans were injured in a crush on 7 March.", [("7 March", "injured", 7, "injur", "fan", "fan",
                                                                 "occurred")])
    b = _report(1, "Fans gave their accounts on 9 March.", [("9 March", "gave", 9, "giv", "fan", "account",
                                                             "occurred")])
    assert not _joined(a, b)


def test_two_clauses_with_no_participant_in_common_stay_apart() -> None:
    a = _report(0, "Dockworkers walked off the job on 2 March.", [("2 March", "walked", 2, "walk", "dockworker",
                                                                   None, "occurred")])
    b = _report(1, "Ships queued off the coast on 4 March.", [("4 March", "queued", 4, "queu", "ship", None,
                                                               "occurred")])
    assert not _joined(a, b)


def test_a_day_of_saying_is_never_joined() -> None:
    a, (da,) = _report(*ARRESTED)
    b, (db,) = _report(1, "Police said on 5 March that they held Dallek.", [("5 March", "said", 5, "say", "police",
                                                                             "dallek", "occurred")])
    db.speech = True
    assert not one_participant(a, 0, da, b, 0, db)


GAZETTE = """Opposition leader arrested in Tarsk
Marek Dallek, the leader of the opposition, was arrested on March 3 after officers had watched his flat for a week.
The prosecutor accuses him of organising an unlicensed rally in the capital last month.
"""
COURIER = """Dallek held as supporters gather outside court
Police detained Dallek at a cafe near the railway station on March 5, according to his lawyer.
Dozens of his supporters gathered outside the district court on Friday.
"""


@pytest.mark.slow
def test_an_arrest_dated_two_ways_is_a_date_conflict() -> None:
    result = analyzed_reports(("gazette", "Tarsk Gazette", "Opposition leader arrested in Tarsk", GAZETTE),
                              ("courier", "Tarsk Courier", "Dallek held as supporters gather outside court", COURIER))
    assert discrepancies_between(result, "conflict", "date", ("gazette", "March 3"), ("courier", "March 5"))


RADIO = """Lectures suspended after library occupation
Lectures at the university were suspended on March 4 after students occupied the main library.
The rector said the building would stay shut while staff checked the collections.
"""
LEDGER = """University to reopen after occupation ends
The university will resume lectures on March 17, the rector told staff in a letter.
Students left the main library on Sunday after talks with the rector.
"""


@pytest.mark.slow
def test_a_suspension_and_a_planned_resumption_make_no_date_conflict() -> None:
    result = analyzed_reports(("radio", "State Radio", "Lectures suspended after library occupation", RADIO),
                              ("ledger", "The Ledger", "University to reopen after occupation ends", LEDGER))
    assert not discrepancies_between(result, "conflict", "date", ("radio", "March 4"), ("ledger", "March 17"))
