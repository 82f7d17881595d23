"""Two readings of English for two wrong flags of round 53 (issue 11), each on invented reports (fictional names: the
Brenmoor Lines ferry Grey Heron at Skelvik, told by the Skelvik Harbour News and the Coastal Freight Review; the
Dunmere bus company, told by the Dunmere Courier and the Lowfield Evening Post).

(a) Two verbs of one participant are one happening (story/compare.one_participant) only when neither report tells the
other report's dated act, of that participant, as a happening apart from the one it dates: "The Grey Heron broke down
on October 9 ... the company will move the Grey Heron to dry dock" tells the docking as still to come, so the other
report's "went into dry dock on November 20" dates another happening of the ship (switch
``date_one_participant_pending_act``; compare.other_act_pending).

(b) A length after "in" / "within" that hangs on a noun ranked by an ordinal or a superlative with a definite
determiner or possessive is the window the rank is counted in, whatever words of the noun's phrase stand between
("the company's third cut to the town's evening timetable in four years" / "the first cut to the town's evening
timetable in two decades"): no length of anything (switch ``duration_window_ranked_noun``; compare.ranked_window)."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, discrepancies_between

from newsprism.story.compare import settings

HERON_A = ("Brenmoor Lines confirms winter sailings to Skelvik\n"
           "Brenmoor Lines said on Monday that its winter sailings between Skelvik and the outer islands will run"
           " twice a day until March. The operator's managing director, Idris Falk, said fewer travellers crossed"
           " in the dark months. {dated} Passengers were taken back to Skelvik by a harbour launch. {pending}"
           " The smaller Marra Gull will carry passengers while she is away.")
HERON_B = ("Ferry trouble leaves Skelvik islanders waiting\n"
           "Islanders on the outer Skelvik run have faced cancelled crossings since Brenmoor Lines cut its winter"
           " sailings. {dated} The operator said the work would take about a month. Freight hauliers said the"
           " smaller Marra Gull could not take their largest lorries, and a farmers' group has written to the"
           " transport office.")
BROKE = "The Grey Heron broke down near Pellan on October 9 when her engines failed."
DOCK_PLANNED = "The company will move the Grey Heron to dry dock at Pellan later this month for an engine overhaul."
WENT = "The Grey Heron went into dry dock at Pellan on November 20 for an overhaul of her engines."


def _heron(a_dated: str, a_pending: str, b_dated: str) -> list:
    result = analyzed_reports(
        ("news", "Skelvik Harbour News", "Brenmoor Lines confirms winter sailings",
         HERON_A.format(dated=a_dated, pending=a_pending)),
        ("review", "Coastal Freight Review", "Ferry trouble at Skelvik", HERON_B.format(dated=b_dated)))
    return [d for d in result.story.discrepancies if d.kind == "conflict" and d.slot == "date"]


def _days(flags: list) -> set[tuple[str, ...]]:
    return {tuple(sorted(s.text for s in d.sides)) for d in flags}


@pytest.mark.slow  # the whole pipeline on invented reports
def test_a_breakdown_and_a_docking_told_apart_are_two_happenings():
    assert ("November 20", "October 9") not in _days(_heron(BROKE, DOCK_PLANNED, WENT))


@pytest.mark.slow
def test_switched_off_the_breakdown_and_the_docking_are_read_as_one(monkeypatch):
    monkeypatch.setitem(settings(), "date_one_participant_pending_act", False)
    assert ("November 20", "October 9") in _days(_heron(BROKE, DOCK_PLANNED, WENT))


@pytest.mark.slow
def test_one_breakdown_told_with_two_verbs_keeps_its_flag():
    # the look-alike: one breakdown of one ship told with two verbs ("broke down" / "lost power"), each report
    # dating it once; report a tells a pending act of the ship too, but another act (sending her to the yard), not
    # the other report's dated one: nothing tells two happenings, the two days stay one happening's
    send = "The company will send the Grey Heron to Pellan for an overhaul of her engines."
    lost = "The Grey Heron lost power near Pellan on October 12 when her engines failed."
    assert ("October 12", "October 9") in _days(_heron(BROKE, send, lost))


TIMETABLE_A = ("Dunmere buses cut evening services\n"
               "The Dunmere bus company will run its last evening bus from the station at 21:10 from next week,"
               " the company said on Tuesday. {rank} Councillors said the change would leave shift workers at the"
               " hospital without a way home, and the company said it would review the timetable in the spring.")
TIMETABLE_B = ("Shift workers fear late buses will vanish\n"
               "Nurses and cleaners at Dunmere hospital say they will have to walk home after the bus company moves"
               " its last evening departure to 21:10. {rank} The company blamed a shortage of drivers and the rising"
               " cost of fuel for the change.")


def _windows(a_rank: str, b_rank: str) -> list:
    result = analyzed_reports(
        ("courier", "Dunmere Courier", "Dunmere buses cut evening services", TIMETABLE_A.format(rank=a_rank)),
        ("post", "Lowfield Evening Post", "Shift workers fear late buses will vanish", TIMETABLE_B.format(rank=b_rank)))
    return discrepancies_between(result, "conflict", "duration", ("courier", "years"), ("post", ""))


THIRD = "It is the company's third cut to the town's evening timetable in four years."
FIRST = "Union officials said it was the first cut to the town's evening timetable in two decades."


@pytest.mark.slow
def test_two_windows_of_two_ranks_are_no_lengths():
    assert _windows(THIRD, FIRST) == []


@pytest.mark.slow
def test_switched_off_the_two_windows_are_read_as_lengths(monkeypatch):
    monkeypatch.setitem(settings(), "duration_window_ranked_noun", False)
    assert _windows(THIRD, FIRST) != []


@pytest.mark.slow
def test_two_windows_of_one_rank_still_disagree():
    # the look-alike: one rank counted in two windows ("third ... in four years" / "third ... in six years") is
    # one count told over two spans, still compared window against window
    third_six = "Union officials said it was the third cut to the town's evening timetable in six years."
    flags = _windows(THIRD, third_six)
    assert flags and max(d.confidence for d in flags) >= 0.5
