"""Two reports of one vote told each by one share (round 34, branch shr34, issue 11): the share of those who voted for
the motion or the winner is one fact, so two such shares that differ are a shown conflict whatever else the sentences
say; a turnout, the share of a rival candidate, a second round, another body's vote and a poll are no such share.
Invented reports, worded unlike the wire sets."""

from __future__ import annotations

import numpy as np
import pytest
from hand_sources import analyzed_reports

from newsprism.story.compare import Source, vote_side

pytestmark = pytest.mark.slow

GAZETTE = """Ferry Crews Accept Pay Offer
Ferry crews on the Tollvik routes accepted the operator's pay offer on Monday, ending a month of stoppages.
The offer was backed by 68 percent of crew members in a postal ballot, the seafarers' guild said.
Crews will get a 4 percent rise this year, and sailings resume on Wednesday morning.
"""
COURIER = """Tollvik Crews Narrowly Back Deal
The pay dispute on the Tollvik ferries ended on Monday when crews voted on the operator's offer.
Only 55 percent of the guild's members voted in favour of the deal, the guild's secretary told reporters.
Crews get a 4 percent rise this year, and sailings resume on Wednesday morning.
"""
SAME = """Tollvik Ferry Strike Over
Crews on the Tollvik ferries voted on Monday to accept the pay offer, with 68 percent of guild members in favour.
The deal gives crews a 4 percent rise this year; sailings resume on Wednesday morning.
"""
TURNOUT = """Tollvik Ferry Ballot Closes
Crews on the Tollvik ferries finished voting on the operator's pay offer on Monday.
Some 55 percent of the guild's members took part in the ballot, the guild's secretary said.
The offer is a 4 percent rise this year, and sailings resume on Wednesday morning.
"""
POLL = """Tollvik Commuters Want Ferries Back
Commuters want the Tollvik ferries running again, and 55 percent of them back the operator's pay offer, a poll found.
The offer gives crews a 4 percent rise this year; sailings may resume on Wednesday morning.
"""
WINNER = """Harn Wins Guild Leadership
Ilse Harn won the leadership of the seafarers' guild on Saturday, taking 61 percent of the members' votes.
She promised to reopen talks with the Tollvik ferry operator within a month.
"""
RIVAL = """Guild Picks New Leader
The seafarers' guild elected a new leader on Saturday after a month-long contest among its members.
Her rival, Bo Kettil, won 39 percent of the members' votes, the guild said.
The new leader promised to reopen talks with the Tollvik ferry operator within a month.
"""
FIRST_ROUND = """Harn Leads Guild Race
Ilse Harn won 44 percent of the members' votes in the first round of the seafarers' guild election on Saturday.
She promised to reopen talks with the Tollvik ferry operator within a month.
"""
RUN_OFF = """Harn Takes Guild Run-off
Ilse Harn won 57 percent of the members' votes in the run-off for the seafarers' guild leadership on Saturday.
She promised to reopen talks with the Tollvik ferry operator within a month.
"""


def _share_conflicts(result, shown: bool = True):
    return [d for d in result.story.discrepancies if d.kind == "conflict" and d.slot == "percentage"
            and (d.confidence >= 0.5 or not shown)]


def test_two_shares_for_one_vote_are_a_shown_conflict():
    result = analyzed_reports(("gazette", "Tollvik Gazette", "Ferry Crews Accept Pay Offer", GAZETTE),
                              ("courier", "Harbour Courier", "Tollvik Crews Narrowly Back Deal", COURIER))
    found = _share_conflicts(result)
    assert len(found) == 1, [d.statement for d in result.story.discrepancies]
    by = {s.document: s for s in found[0].sides}
    assert "68 percent" in by["gazette"].text and "55 percent" in by["courier"].text
    assert "Tollvik Gazette" in found[0].statement and "Harbour Courier" in found[0].statement


def test_the_same_share_in_other_words_is_no_conflict():
    result = analyzed_reports(("gazette", "Tollvik Gazette", "Ferry Crews Accept Pay Offer", GAZETTE),
                              ("same", "Coast Wire", "Tollvik Ferry Strike Over", SAME))
    assert not _share_conflicts(result, shown=False)


def test_a_turnout_is_not_the_share_for():
    result = analyzed_reports(("gazette", "Tollvik Gazette", "Ferry Crews Accept Pay Offer", GAZETTE),
                              ("turnout", "Harbour Courier", "Tollvik Ferry Ballot Closes", TURNOUT))
    assert not _share_conflicts(result)


def test_a_poll_share_is_no_vote():
    result = analyzed_reports(("gazette", "Tollvik Gazette", "Ferry Crews Accept Pay Offer", GAZETTE),
                              ("poll", "Harbour Courier", "Tollvik Commuters Want Ferries Back", POLL))
    assert not _share_conflicts(result)


def test_a_rival_candidates_share_is_not_the_winners():
    result = analyzed_reports(("winner", "Tollvik Gazette", "Harn Wins Guild Leadership", WINNER),
                              ("rival", "Harbour Courier", "Guild Picks New Leader", RIVAL))
    assert not _share_conflicts(result)


def test_a_first_round_and_a_run_off_are_two_votes():
    result = analyzed_reports(("first", "Tollvik Gazette", "Harn Leads Guild Race", FIRST_ROUND),
                              ("runoff", "Harbour Courier", "Harn Takes Guild Run-off", RUN_OFF))
    assert not _share_conflicts(result)


def _sides(text: str) -> list[tuple[str, str | None]]:
    from newsprism.claims.slots import sentence_slots
    from newsprism.nlp.spacy_pipe import get_nlp

    slots = [sentence_slots(s) for s in get_nlp()(text).sents]
    src = Source(index=0, name="x", sentences=slots, vectors=np.zeros((len(slots), 2)), text=text)
    return [(a.text, vote_side(src, k, a)) for k, s in enumerate(slots) for a in s.amounts if a.dim == "percent"]


@pytest.mark.parametrize(("text", "want"), [
    ("The levy was approved by 62 percent of councillors.", [("62 percent", "for")]),
    ("The pay report was rejected by 57 percent of shareholder votes.", [("57 percent", "against")]),
    ("Members voted down the plan, with 61 percent opposed.", [("61 percent", "against")]),
    ("Only 48 percent of voters turned out for the ballot.", [("Only 48 percent", None)]),
    ("Dockers accepted the deal by 70 percent to 30 percent in a ballot.",
     [("70 percent", "for"), ("30 percent", "against")]),
    ("Dockers accepted the deal by 70 percent to 30 percent.", [("70 percent", None), ("30 percent", None)]),
    ("Sales of the new model rose 12 percent last year.", [("12 percent", None)]),
])
def test_vote_side_reads_the_side_a_share_tells(text, want):
    assert _sides(text) == want
