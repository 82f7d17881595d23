"""Round 14 (extract), rules written on wire4 and tested here on invented sentences: an ordinal cleft ("It was the
third time since May that ...") counts its clause, from the month after "since"; a date on a verb of occurrence
("a vote held on 18 February") dates the happening's noun; given names the entity tagger left out belong to the
name, so a title set off before it by a comma is read."""

from __future__ import annotations

import pytest

from newsprism.claims.slots import Ordinal
from newsprism.story.compare import _series_match


def _ord(text: str, noun: str) -> Ordinal:
    return Ordinal(start=0, end=len(text), text=text, value=2, noun=noun)


def test_a_series_told_by_its_verb_matches_the_noun_of_that_verb_or_a_synonym():
    clause = _ord("third time", "vot member")
    assert _series_match(clause, "vot member", _ord("second ballot", "ballot"), "ballot") == pytest.approx(0.8)
    assert _series_match(_ord("second vote", "vote"), "vote", clause, "vot member") == pytest.approx(0.8)
    # another verb, or a thing that is no verb of the clause, stays two things
    assert _series_match(clause, "vot member", _ord("second strike", "strike"), "strike") < 0
    assert _series_match(_ord("third time", "strik union"), "strik union", _ord("second ballot", "ballot"),
                         "ballot") < 0
    # two things compare by noun alone, as before
    assert _series_match(_ord("second ship", "ship"), "ship", _ord("third boat", "boat"), "boat") == \
        pytest.approx(0.8)
    assert _series_match(_ord("second ship", "ship"), "ship", _ord("third plane", "plane"), "plane") < 0


@pytest.mark.slow
def test_a_cleft_counts_its_clause_from_the_month_after_since(slots):
    (o,) = slots("It was the third time since May that the dockers have struck over pay.").ordinals
    (p,) = slots("It is the second strike at the port since May.").ordinals
    assert (o.value, o.since, p.noun, p.since) == (3, "may", "strike", "may")
    # the dockers' striking is the series of strikes
    assert _series_match(o, o.noun, p, p.noun) == pytest.approx(0.8)
    (q,) = slots("It was the first time that the court may hear the case.").ordinals
    assert q.since is None  # "may" the verb is no month


@pytest.mark.slow
def test_a_date_on_a_verb_of_occurrence_dates_the_happening(slots):
    (d,) = slots("The bill passed in a vote held on 9 March.").dates
    assert d.predicate == "vote"
    (e,) = slots("The summit was held on Friday.").dates
    assert e.predicate == "summit"
    (f,) = slots("The final meeting took place on 4 June.").dates
    assert f.predicate == "meeting"
    (g,) = slots("The rebels took the town on 4 June.").dates
    assert g.predicate != "town"  # "took" is an occurrence only in "took place"


@pytest.mark.slow
def test_a_title_set_off_before_a_name_the_tagger_cut(slots):
    (r,) = slots("The bank's chairman, Arvid Lund, resigned.").roles
    assert (r.name, r.core) == ("Arvid Lund", "chairman")


def test_a_date_of_a_named_happening_is_no_date_of_a_verb():
    import numpy as np

    from newsprism.claims.slots import DateSlot, SentenceSlots, Status
    from newsprism.story.compare import Source, named_happening

    text = "In the vote on Tuesday, 82 lawmakers voted for the motion."
    s = SentenceSlots(start=0, end=len(text), text=text)
    s.statuses.append(Status(start=36, end=41, text="voted", predicate="vot", status="occurred", negated=False,
                             attributed_to=None, clause_start=0, clause_end=len(text)))
    vote = DateSlot(start=15, end=22, text="Tuesday", weekday=1, predicate="vote")
    voted = DateSlot(start=15, end=22, text="Tuesday", weekday=1, predicate="vot")
    src = Source(index=0, name="a", sentences=[s], vectors=np.zeros((1, 4)))
    assert named_happening(src, 0, vote)
    assert not named_happening(src, 0, voted)  # a clause's verb: the subjects or the names must link it


@pytest.mark.slow
def test_a_capacity_in_a_relative_clause_measures_its_antecedent(slots):
    (a,) = slots("The silo, which can hold 9,000 tonnes, collapsed on Monday.").amounts
    assert (a.dim, a.noun) == ("measure", "silo")
    (b,) = slots("The barge contains 300 cubic metres of fuel.").amounts
    assert b.noun == "fuel"  # "of" names the measured thing first


def test_a_count_of_those_who_did_a_verb_counts_its_deeds():
    from newsprism.claims.amounts import Amount
    from newsprism.story.compare import counts_deeds

    def count(noun: str, verb: str) -> Amount:
        return Amount(start=0, end=2, text="82", value=82.0, low=82.0, high=82.0, bound="exact", dim="count",
                      noun=noun, extra={"verb": verb})

    assert counts_deeds(count("lawmaker", "vot"), "vote")
    assert counts_deeds(count("member", "vot"), "ballot")  # a synonym of the verb's noun
    assert counts_deeds(count("people", "arrest"), "arrest")
    assert not counts_deeds(count("lawmaker", "vot"), "seat")
    assert not counts_deeds(count("ship", "strik"), "strike")  # not a count of people


@pytest.mark.slow
def test_a_ships_officer_is_a_title_exclusive_of_captain(slots):
    from newsprism.story.roles import compare_titles

    s = slots("First officer Mara Dunn, who was on the bridge, was questioned by police.")
    assert s.ordinals == []  # "first officer" is a title, not the first of a series
    (mate,) = s.roles
    (captain,) = slots("The trawler's captain, Mara Dunn, survived.").roles
    assert (mate.core, captain.core) == ("first officer", "captain")
    assert compare_titles(mate, captain, True).verdict == "conflict"
    (police,) = slots("Police officer Jan Berg said so.").roles
    assert police.core == "officer"  # "officer" alone stays the general title


@pytest.mark.slow
def test_who_holds_is_no_happening(slots):
    (d,) = slots("Police held the two men on Sunday.").dates
    assert d.predicate != "police"
    (e,) = slots("The unions held talks on Sunday.").dates
    assert e.predicate == "talk"
