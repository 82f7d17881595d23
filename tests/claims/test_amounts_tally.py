"""A vote told as a tally is also the share it implies (round 19, after the freeze, branch tally19), tested on
invented sentences: for / (for + against) as a percentage, abstentions in neither side, compared with a share told
as such; a score after no vote verb (sport, a court's split) is no share."""

from __future__ import annotations

import pytest

from newsprism.claims.amounts import find_amounts, relation


def _share(text: str):
    shares = [a for a in find_amounts(text) if a.dim == "percent"]
    assert len(shares) == 1, shares
    return shares[0]


@pytest.mark.parametrize(("text", "share"), [
    ("The assembly passed the water levy by 230 votes to 170 on Friday.", 57.5),
    ("The motion carried 19-6 in the senate.", 76.0),
    ("The committee backed the plan by nine votes to three.", 75.0),
    ("Councillors voted 7-2 to close the depot, with one abstention.", 77.8),
    ("The treaty was approved with 60 members in favour, 40 against and 12 abstentions.", 60.0),
    ("The board accepted the bid with 14 voting for and 6 against.", 70.0),
])
def test_amounts_tally_reads_the_share_it_implies(text, share):
    a = _share(text)
    assert a.value == share
    assert a.extra["tally"][0] > 0
    assert a.bound == "exact"


def test_amounts_tally_keeps_the_counts():
    counts = [a.value for a in find_amounts("The assembly passed the levy by 230 votes to 170.") if a.dim == "count"]
    assert counts == [230.0, 170.0]


@pytest.mark.parametrize("text", ["Harbor City won 3-1 at home on Saturday.",
                                  "The appeal court issued a 2-1 ruling on Monday.",
                                  "The visitors led 21-14 at half-time.",
                                  "Prices rose 3 percent to 170 a tonne."])
def test_amounts_tally_a_score_is_no_share(text):
    assert not [a for a in find_amounts(text) if a.extra.get("tally")]


@pytest.mark.parametrize(("tally", "share", "rel"), [
    # 230 / 400 = 57.5 percent
    ("The assembly passed the levy by 230 votes to 170.", "The levy won 57.5 percent of the votes cast.", "same"),
    ("The assembly passed the levy by 230 votes to 170.", "The levy was backed by 58 percent of members.",
     "compatible"),
    ("The assembly passed the levy by 230 votes to 170.", "The levy was backed by 66 percent of members.",
     "conflict"),
    ("The assembly passed the levy by 230 votes to 170.", "Only 51 percent of members backed the levy.", "conflict"),
    # a bound read with its bound: 76 percent is more than 70, not less than 60
    ("The motion carried 19-6 in the senate.", "More than 70 percent of senators backed it.", "compatible"),
    ("The motion carried 19-6 in the senate.", "Fewer than 60 percent of senators backed it.", "conflict"),
])
def test_amounts_tally_against_a_share(tally, share, rel):
    a, b = _share(tally), _share(share)
    assert relation(a, b) == rel


# Round 29 (branch vote29, issue 11): English puts the verb's object between a vote verb and the bare tally that
# says how it passed ("carried the motion 19-6"); read when the words between are a plain object, with the checks
# of any bare tally (the first figure not the smaller, a vote or a voting body in the sentence).

@pytest.mark.parametrize(("text", "counts", "told"), [
    ("The senate carried the motion 19-6.", [19.0, 6.0], "19-6"),
    ("The regional parliament adopted the fisheries reform 212 to 88 late on Friday.", [212.0, 88.0], "212 to 88"),
    ("Delegates endorsed it 31-12 before the congress broke for lunch.", [31.0, 12.0], "31-12"),
    ("The harbour board's members backed Ms Orlan's dredging scheme nine to four.", [9.0, 4.0], "nine to four"),
])
def test_amounts_tally_a_bare_tally_after_the_verbs_object(text, counts, told):
    a = _tally(text)
    assert a.extra["tally"] == counts
    assert text[a.start : a.end] == told


@pytest.mark.parametrize("text", [
    "The council approved the 2024-25 budget on Monday.",  # the figures are inside the object ("the ... budget")
    "The council approved the plan for 10 to 12 towers.",  # a phrase of its own opens before them; and a range
    "The board backed the manager after the team won 3-1.",  # a clause of its own: a score
    "Supporters backed the team 3-1 at home.",  # no vote and no voting body in the sentence
    "The committee approved its 12-8 timetable for the works.",  # a possessive still wants its noun
    "The council approved the hiring of 20 to 10 wardens.",  # an of-phrase: the figures count wardens
])
def test_amounts_tally_no_tally_past_more_than_a_plain_object(text):
    assert not [a for a in find_amounts(text) if a.extra.get("tally")]


@pytest.mark.parametrize("text", ["The assembly rejected the levy by 230 votes to 170.",
                                  "Senators voted 61-39 to reject the pension bill on Tuesday.",
                                  "The council turned down the tower plan by nine votes to three."])
def test_amounts_tally_losing_side_first_is_no_share(text):
    # after a verb of rejecting, the first figure is the losing side's: no share is read (the counts stay)
    amounts = find_amounts(text)
    assert not [a for a in amounts if a.extra.get("tally")]


def test_amounts_tally_a_rejection_elsewhere_in_the_sentence_is_not_read_into_it():
    text = "After the house rejected the first draft in May, the second passed by 230 votes to 170."
    assert _share(text).value == 57.5
    text = "The first draft was rejected in May. The second passed by 230 votes to 170."
    assert _share(text).value == 57.5


# Round 25 (branch vote25, issue 11): a tally is a fact of its own, its counts for and against (and abstentions
# when given); a bare tally after a vote verb ("passed 91 to 69", "split three to two") is read only when its first
# figure is not the smaller and its sentence tells of a vote or a body that votes.

def _tally(text: str):
    found = [a for a in find_amounts(text) if a.extra.get("tally")]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "counts", "told"), [
    ("The levy passed 91 to 69 after the chamber sat until midnight.", [91.0, 69.0], "91 to 69"),
    ("The tribunal's panel split three to two on the appeal.", [3.0, 2.0], "three to two"),
    ("The tower plan squeaked through 24 to 21, with two councillors voting against their own group.",
     [24.0, 21.0], "24 to 21"),
    ("The water board voted 7 to 2 on Monday to raise charges.", [7.0, 2.0], "7 to 2"),
    ("The senate approved the treaty in a 61-38 vote on Thursday.", [61.0, 38.0], "61-38"),
])
def test_amounts_tally_bare_tally_after_a_vote_verb(text, counts, told):
    a = _tally(text)
    assert a.extra["tally"] == counts
    assert a.text == told  # the evidence is the tally itself, not the verb before it
    assert text[a.start : a.end] == told


@pytest.mark.parametrize("text", [
    "The council approved 10 to 20 new posts for the parks service.",  # a range rises: no tally
    "Profits were split 60-40 between the two partners.",  # no vote in the sentence
    "Harbor City scraped through 2-1 on aggregate after extra time.",  # a score
    "Harbor City won 3 to 1 at home on Saturday.",
    "A poll found a 2-to-1 margin of support for the tram among residents.",  # a ratio of a poll
    "Residents backed the tram by a margin of 2 to 1, the survey found.",
])
def test_amounts_tally_ranges_scores_and_ratios_are_no_tallies(text):
    assert not [a for a in find_amounts(text) if a.extra.get("tally")]


def test_amounts_tally_keeps_abstentions():
    a = _tally("The assembly passed the levy by 230 votes to 170, with 12 abstentions.")
    assert a.extra["tally"] == [230.0, 170.0] and a.extra["abstain"] == 12.0
    b = _tally("The Security Council voted 13-0, with two members abstaining.")
    assert b.extra["tally"] == [13.0, 0.0] and b.extra["abstain"] == 2.0


@pytest.mark.parametrize(("one", "other", "rel"), [
    # the same tally in other words
    ("The assembly passed the levy by 91 votes to 69.", "The levy passed 91 to 69 in the assembly.", "same"),
    ("The assembly passed the levy by 91 votes to 69.", "The assembly approved the levy in a 91-69 vote.", "same"),
    # abstentions told by one report only: the other left them out
    ("The assembly passed the levy by 91 votes to 69, with 4 abstentions.", "The levy passed 91 to 69 in the "
     "assembly.", "same"),
    # different counts: a conflict, even where the shares they imply are alike (60 / 100 and 30 / 50)
    ("The assembly passed the levy by 118 votes to 42.", "The levy passed 91 to 69 in the assembly.", "conflict"),
    ("The assembly passed the levy by 60 votes to 40.", "The levy passed 30 to 20 in the assembly.", "conflict"),
    ("The assembly passed the levy by 91 votes to 69, with 4 abstentions.", "The assembly passed the levy by 91 "
     "votes to 69, with 9 abstentions.", "conflict"),
])
def test_amounts_tally_against_a_tally(one, other, rel):
    assert relation(_tally(one), _tally(other)) == rel


@pytest.mark.parametrize(("share", "rel"), [
    ("The levy won 56.9 percent of the votes cast.", "same"),  # 91 of 160
    ("The levy was backed by 57 percent of members.", "compatible"),
    ("The levy was backed by 74 percent of members.", "conflict"),
])
def test_amounts_tally_against_the_share_it_implies(share, rel):
    a = _tally("The levy passed 91 to 69 in the assembly.")
    assert relation(a, _share(share)) == rel
