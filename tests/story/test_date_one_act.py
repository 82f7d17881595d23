"""One act dated once in each report, told in unlike sentences, is one act's day (story/compare.one_act,
story/confidence.one_act_day; issue 11, round 37): when two reports each give one act (the same verb, or the verb
and its own noun: "voted" / "the vote") exactly one day, the two days are one act's however differently the rest of
the two sentences reads, so the pair passes the sentence floor. Two acts of one verb stay apart: a report that dates
the verb twice, a done act against a planned one, two different things acted on or two different doers, a day the
other report gives to something else; a day of saying is no act's day; a weekday and its own date agree. Invented
reports, slots built by hand (no parse); the same-happening model, WordNet and the confidence are the library's."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.claims.slots import DateSlot, SentenceSlots, Status
from newsprism.story.compare import Finding, Source, _dates, settings
from newsprism.story.flags import rate

# (date text, day of November (None: a weekday alone), weekday or None, the word the date hangs on, its key,
#  status of its clause (None: a happening's noun, no clause), subject head, object head)
Dated = tuple[str, int | None, int | None, str, str, str | None, str | None, str | None]

# two unlike sentences (cosine 0.3, below date_min_sentence 0.55 and shown_min_sentence 0.6)
UNLIKE = (0.3, float(np.sqrt(0.91)))


def _sentence(text: str, off: int, dated: list[Dated], *, speech: bool = False) -> SentenceSlots:
    dates, statuses = [], []
    for day_text, day, weekday, word, key, status, subject, obj in dated:
        at, v = off + text.index(day_text), off + text.index(word)
        dates.append(DateSlot(start=at, end=at + len(day_text), text=day_text, month=None if day is None else 11,
                              day=day, weekday=weekday, predicate=key, speech=speech))
        if status is not None:
            statuses.append(Status(start=v, end=v + len(word), text=word, predicate=key, status=status,
                                   subject=subject, object=obj))
    return SentenceSlots(start=off, end=off + len(text), text=text, dates=dates, statuses=statuses,
                         names=frozenset({"tarvosk"}))


def _report(i: int, lead: str, dated: list[Dated], *, more: str = "", more_dated: list[Dated] | None = None,
            vector: tuple[float, float] = (1.0, 0.0), speech: bool = False) -> Source:
    """A report of 3 December 2026 (both reports come out that day: round 28's lead days, which need two days of
    publication, stay out): a first line that names no act, a lead sentence and an optional second one."""
    head = "Tarvosk port news"
    text = head + "\n" + "Dock work in Tarvosk went on through the week."
    sents = [_sentence(text[len(head) + 1:], len(head) + 1, [])]
    vectors = [(0.0, 0.0)]
    for sentence, clauses, vec in ((lead, dated, vector), (more, more_dated or [], (0.0, 1.0))):
        if sentence:
            sents.append(_sentence(sentence, len(text) + 1, clauses, speech=speech))
            text = text + " " + sentence
            vectors.append(vec)
    return Source(index=i, name=f"Outlet {i}", sentences=sents, vectors=np.array(vectors, dtype=float), text=text,
                  published="2026-12-03")


def _flags(a: Source, b: Source) -> list[Finding]:
    found = [f for f in _dates(a, b, a.vectors @ b.vectors.T, settings()) if f.kind == "conflict"]
    rate(found, {0: a, 1: b})
    return found


def _signed_agreement() -> Source:
    return _report(0, "The ministry signed the port agreement with Tarvosk on November 27 after long talks.",
                   [("November 27", 27, None, "signed", "sign", "occurred", "ministry", "agreement")])


def _signed_contract(obj: str = "contract") -> Source:
    return _report(1, f"Officials signed the {obj} on November 30, the dockers' union in Tarvosk complained.",
                   [("November 30", 30, None, "signed", "sign", "occurred", None, obj)], vector=UNLIKE)


def test_one_signing_dated_once_in_each_report_is_a_date_conflict_below_the_floor() -> None:
    (f,) = _flags(_signed_agreement(), _signed_contract())
    assert (f.a.text, f.b.text) == ("November 27", "November 30")
    assert f.features["one_act"] == 1.0 and f.features["sentence"] < settings()["date_min_sentence"]
    assert f.confidence >= settings()["one_act_confidence"] >= 0.5  # shown by default


def test_the_switch_off_pairs_nothing_below_the_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(settings(), "date_one_act", False)
    assert _flags(_signed_agreement(), _signed_contract()) == []


def test_the_verb_and_its_own_noun_name_one_act() -> None:
    voted = _report(0, "Parliament in Tarvosk voted on November 26 to sell the port.",
                    [("November 26", 26, None, "voted", "vot", "occurred", "parliament", None)])
    vote = _report(1, "The vote, held on November 24, ended months of quarrelling over the docks of Tarvosk.",
                   [("November 24", 24, None, "vote", "vote", None, None, None)], vector=UNLIKE)
    (f,) = _flags(voted, vote)
    assert (f.a.text, f.b.text) == ("November 26", "November 24") and f.features["one_act"] == 1.0


def test_two_votes_of_one_body_told_in_one_report_pair_nothing() -> None:
    # a report that gives the verb two days tells two votes: which of them the other report's day is, is unknown
    voted = _report(0, "Parliament in Tarvosk voted on November 26 to sell the port.",
                    [("November 26", 26, None, "voted", "vot", "occurred", "parliament", None)])
    twice = _report(1, "The Tarvosk parliament first voted on November 12 to hear the buyers.",
                    [("November 12", 12, None, "voted", "vot", "occurred", "parliament", None)], vector=UNLIKE,
                    more="It voted again on November 24, to sell.",
                    more_dated=[("November 24", 24, None, "voted", "vot", "occurred", "it", None)])
    assert _flags(voted, twice) == []


def test_a_done_vote_and_a_planned_vote_are_two_votes() -> None:
    voted = _report(0, "The committee voted on November 25 to cut the Tarvosk port grant.",
                    [("November 25", 25, None, "voted", "vot", "occurred", "committee", None)])
    # the same doer, so only how the two are told keeps them apart
    will = _report(1, "The committee will vote on the Tarvosk budget on November 30.",
                   [("November 30", 30, None, "vote", "vot", "planned", "committee", None)], vector=UNLIKE)
    assert _flags(voted, will) == []


def test_two_doers_of_one_verb_are_two_acts() -> None:
    committee = _report(0, "The committee voted on November 25 to cut the Tarvosk port grant.",
                        [("November 25", 25, None, "voted", "vot", "occurred", "committee", None)])
    senate = _report(1, "The senate voted on November 20, ending the Tarvosk quarrel.",
                     [("November 20", 20, None, "voted", "vot", "occurred", "senate", None)], vector=UNLIKE)
    assert _flags(committee, senate) == []


def test_two_objects_of_one_verb_are_two_acts() -> None:
    # a lease and a decree are two things signed: two signings, whatever day each report gives
    assert _flags(_signed_agreement(), _signed_contract("lease")) == []
    lease = _report(0, "The ministry signed the Tarvosk quay lease on November 27.",
                    [("November 27", 27, None, "signed", "sign", "occurred", "ministry", "lease")])
    decree = _report(1, "The governor signed the decree on November 22, the dockers' union in Tarvosk said.",
                     [("November 22", 22, None, "signed", "sign", "occurred", "governor", "decree")], vector=UNLIKE)
    assert _flags(lease, decree) == []


def test_a_day_of_saying_is_no_acts_day() -> None:
    said_a = _report(0, "The mayor of Tarvosk said on November 25 that the port would close.",
                     [("November 25", 25, None, "said", "say", "occurred", "mayor", None)], speech=True)
    said_b = _report(1, "Speaking on November 23, the mayor said the docks of Tarvosk were finished.",
                     [("November 23", 23, None, "said", "say", "occurred", "mayor", None)], vector=UNLIKE,
                     speech=True)
    assert _flags(said_a, said_b) == []


def test_a_weekday_against_its_own_date_is_no_conflict() -> None:
    # 27 November 2026 is a Friday: one closing day written two ways
    friday = _report(0, "The Tarvosk ferry terminal closed on Friday for repairs.",
                     [("Friday", None, 4, "closed", "clos", "occurred", "terminal", None)])
    date = _report(1, "Repairs began after the terminal closed on November 27, the harbour office in Tarvosk said.",
                   [("November 27", 27, None, "closed", "clos", "occurred", "terminal", None)], vector=UNLIKE)
    assert _flags(friday, date) == []


def test_a_report_that_gives_the_other_day_to_something_pairs_nothing() -> None:
    # the second report dates the 27th too (an inspection): the two days may be two happenings of the story
    other = _report(1, "Officials signed the deal on November 29, the dockers' union in Tarvosk complained.",
                    [("November 29", 29, None, "signed", "sign", "occurred", None, "deal")], vector=UNLIKE,
                    more="Inspectors visited the quay on November 27.",
                    more_dated=[("November 27", 27, None, "visited", "visit", "occurred", "inspector", "quay")])
    assert _flags(_signed_agreement(), other) == []


def test_a_verb_without_a_clause_pairs_nothing() -> None:
    # the status reader kept no clause of either "opened": who opened what is unknown, so the pier and the school
    # (two acts of one verb) cannot be told apart; the sentence floor stands
    pier = _report(0, "Mayor Ilse Varga of Tarvosk opened the ferry pier on November 2 after a long delay.",
                   [("November 2", 2, None, "opened", "open", None, None, None)])
    school = _report(1, "Ilse Varga opened a school in the hills above Tarvosk on November 9.",
                     [("November 9", 9, None, "opened", "open", None, None, None)], vector=UNLIKE)
    assert _flags(pier, school) == []


# round 38: a noun of the act takes the status of its governing clause; a report that tells another occurrence of
# the act (a word of repetition, a planned mention) pairs nothing. The council of an invented town, Varlow.

def _met_saturday(more: str = "", more_dated: list[Dated] | None = None) -> Source:
    # 28 November 2026 is the Saturday before the reports' day of publication (Thursday 3 December)
    return _report(0, "The Varlow district council met in emergency session on Saturday and agreed to seek help.",
                   [("Saturday", None, 5, "met", "meet", "occurred", "council", None)], more=more,
                   more_dated=more_dated)


def test_a_planned_public_meeting_is_not_the_session_held() -> None:
    # the meeting is inside a clause whose verb carries the plan ("would give"): a second, planned meeting, although
    # its weekday (Monday 30 November) falls before the day of publication
    planned = _report(1, "The council said it would give residents of Varlow a fuller account at a public meeting "
                         "in the village hall on Monday evening.",
                      [("Monday", None, 0, "meeting", "meeting", None, None, None)], vector=UNLIKE)
    assert _flags(_met_saturday(), planned) == []


def test_a_meeting_told_held_is_the_session_held() -> None:
    # the same noun in a reduced relative ("held on Friday") inside a clause told done: one meeting, two days
    held = _report(1, "At the meeting, held on Friday, the council of Varlow agreed to close the cliff road.",
                   [("Friday", None, 4, "meeting", "meeting", None, None, None)], vector=UNLIKE)
    (f,) = _flags(_met_saturday(), held)
    assert (f.a.text, f.b.text) == ("Saturday", "Friday") and f.features["one_act"] == 1.0
    assert f.confidence >= 0.5


def test_a_meeting_scheduled_or_meant_is_planned() -> None:
    scheduled = _report(1, "The council of Varlow has scheduled a public meeting on Friday to hear residents.",
                        [("Friday", None, 4, "meeting", "meeting", None, None, None)], vector=UNLIKE)
    assert _flags(_met_saturday(), scheduled) == []
    purpose = _report(1, "Residents of Varlow asked for the hall to host a meeting on Friday.",
                      [("Friday", None, 4, "meeting", "meeting", None, None, None)], vector=UNLIKE)
    assert _flags(_met_saturday(), purpose) == []


def test_a_report_that_tells_the_body_met_again_pairs_nothing() -> None:
    held = _report(1, "At the meeting, held on Friday, the council of Varlow agreed to close the cliff road.",
                   [("Friday", None, 4, "meeting", "meeting", None, None, None)], vector=UNLIKE)
    again = _met_saturday(more="It met again to hear the engineers.")
    assert _flags(again, held) == []
    nxt = _met_saturday(more="Its next meeting will hear the engineers.")
    assert _flags(nxt, held) == []
    will = _met_saturday(more="The council will meet the engineers in the hall.")
    assert _flags(will, held) == []


def test_a_definite_noun_in_a_planned_clause_refers_back_to_the_act_told() -> None:
    # "would contest the vote": the vote told, not another one; "will call a meeting": another
    held = _report(1, "At the meeting, held on Friday, the council of Varlow agreed to close the cliff road.",
                   [("Friday", None, 4, "meeting", "meeting", None, None, None)], vector=UNLIKE)
    contest = _met_saturday(more="The mayor said she would contest the meeting before the tribunal.")
    (f,) = _flags(contest, held)
    assert (f.a.text, f.b.text) == ("Saturday", "Friday")
    call = _met_saturday(more="The mayor said she would call a meeting of residents.")
    assert _flags(call, held) == []
