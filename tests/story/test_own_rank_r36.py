"""A report ranks its own headline happening at most once ("It was the third strike at the terminal this year",
"The vote was the guild's first ballot on fees"): two reports' such ranks of one story are one fact, paired whatever
the two nouns and sentences, and different ranks are a conflict (story.compare.own_ranks, round 36, issue 11).
Invented sentences and names; an ordinal of a person ("the first journalist to ...") or of a day ("the second day
of the strike") ranks no happening and does not pair with the happening's rank."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, discrepancies_between

from newsprism.lexicon import is_happening_kind

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("noun", ["strike", "stoppage", "ballot", "break-in", "ruling", "outbreak"])
def test_a_deed_or_event_noun_is_a_happening(noun: str) -> None:
    assert is_happening_kind(noun)


@pytest.mark.parametrize("noun", ["day", "journalist", "country", "bank", "season"])
def test_a_person_a_time_or_a_thing_is_not(noun: str) -> None:
    assert not is_happening_kind(noun)


HERALD = """Dockers At Brennick Walk Out
Dockers at the port of Brennick walked off the job on Monday over a pay dispute with the harbour board.
No ships were loaded or unloaded during the day, the harbour board said.
It was the third strike at the port this year.
"""
COURIER = """Brennick Port Halted By Dockers
Dockers at Brennick stopped work on Monday in a row over wages with the harbour board.
Cargo piled up on the quays as ships waited offshore, port officials said.
This was the port's first stoppage since 2019.
"""


def test_two_ranks_of_the_story_named_by_two_nouns_are_one_shown_conflict() -> None:
    result = analyzed_reports(("herald", "Brennick Herald", "Dockers At Brennick Walk Out", HERALD),
                              ("courier", "Coast Courier", "Brennick Port Halted By Dockers", COURIER))
    found = discrepancies_between(result, "conflict", "ordinal", ("herald", "third"), ("courier", "first"))
    assert found and found[0].confidence >= 0.5


GAZETTE = """Fishers Reject Quota Deal In Vote
Members of the Oskel fishing guild voted on Thursday to reject a quota deal offered by the ministry.
The vote was the guild's first ballot on catch limits in its history, its chairwoman said.
"""
LEDGER = """Oskel Guild Turns Down Quota Offer
The Oskel fishing guild's members rejected the ministry's quota offer in a vote on Thursday.
It was the second time members had voted on a quota deal, the guild said.
"""


def test_a_happening_subject_ranks_the_story_too() -> None:
    result = analyzed_reports(("gazette", "Oskel Gazette", "Fishers Reject Quota Deal In Vote", GAZETTE),
                              ("ledger", "Harbour Ledger", "Oskel Guild Turns Down Quota Offer", LEDGER))
    found = discrepancies_between(result, "conflict", "ordinal", ("gazette", "first"), ("ledger", "second"))
    assert found and found[0].confidence >= 0.5


PRESS = """Reporter Jailed In Dalvenia
A court in Dalvenia jailed the reporter Mira Osk on Friday under the new press law.
Osk is the first journalist to be convicted under the law, her lawyer said.
"""
TIMES = """Dalvenian Court Jails Reporter
A Dalvenian court sentenced the reporter Mira Osk to prison on Friday under the press law.
It was the third conviction under the law this year, the court said.
"""


def test_the_rank_of_a_person_does_not_pair_with_the_happenings_rank() -> None:
    result = analyzed_reports(("press", "Dalvenia Press", "Reporter Jailed In Dalvenia", PRESS),
                              ("times", "Valley Times", "Dalvenian Court Jails Reporter", TIMES))
    found = discrepancies_between(result, "conflict", "ordinal", ("press", "first"), ("times", "third"))
    assert all(d.confidence < 0.5 for d in found)


POST = """Brennick Strike Goes On
Dockers at the port of Brennick stayed off the job on Tuesday as the pay dispute went on.
It was the second day of the strike, the harbour board said.
"""


def test_a_day_of_the_strike_is_not_the_strikes_rank() -> None:
    result = analyzed_reports(("post", "Brennick Post", "Brennick Strike Goes On", POST),
                              ("herald", "Brennick Herald", "Dockers At Brennick Walk Out", HERALD))
    found = discrepancies_between(result, "conflict", "ordinal", ("post", "second"), ("herald", "third"))
    assert all(d.confidence < 0.5 for d in found)


BULLETIN = """Tarnow Regulator Fines Bakers
The Tarnow competition authority fined four bakeries on Monday for fixing the price of bread.
The bakeries must pay 3 million florins between them, the authority said.
It is the third cartel case the authority has closed this year.
"""
RADIO = """Bakeries Fined Over Bread Prices
The Tarnow competition authority on Monday fined four bakeries that fixed bread prices.
This was the authority's first cartel ruling of the year, and the largest penalty it has imposed.
"""


def test_another_ordinal_of_the_sentence_does_not_hide_the_rank() -> None:
    # "the largest penalty" ranks no happening: the one rank of each report's own happening is still one fact
    result = analyzed_reports(("bulletin", "Tarnow Bulletin", "Tarnow Regulator Fines Bakers", BULLETIN),
                              ("radio", "Radio Tarnow", "Bakeries Fined Over Bread Prices", RADIO))
    found = discrepancies_between(result, "conflict", "ordinal", ("bulletin", "third"), ("radio", "first"))
    assert found and found[0].confidence >= 0.5


SENTINEL = """Dockers At Brennick Walk Out
Dockers at the port of Brennick walked off the job on Monday over a pay dispute with the harbour board.
No ships were loaded or unloaded during the day, the harbour board said.
It was the first strike at the port since 2019, the union said.
"""
RECORD = """Brennick Port Halted By Dockers
Dockers at Brennick stopped work on Monday in a row over wages with the harbour board.
Cargo piled up on the quays as ships waited offshore, port officials said.
It was the first strike at the port since 2019, officials said.
"""


def test_one_rank_in_both_reports_stays_an_agreement() -> None:
    # equal own ranks are no finding of their own: the ordinary pairing keeps the agreement it made before round 36
    result = analyzed_reports(("sentinel", "Brennick Sentinel", "Dockers At Brennick Walk Out", SENTINEL),
                              ("record", "Port Record", "Brennick Port Halted By Dockers", RECORD))
    assert not discrepancies_between(result, "conflict", "ordinal", ("sentinel", "first"), ("record", "first"))
    assert discrepancies_between(result, "consensus", "ordinal", ("sentinel", "first"), ("record", "first"))
