"""Conflicts the two sources cannot have (story/flags.py, issue 11: no false conflict): an order or figure conflict
whose two values both reports state (two streets of one crossing), and a status conflict between the same words
(one quoted sentence read as a plan in one report and a deed in the other). Invented sources, slots by hand."""

from __future__ import annotations

import hand_sources as hand

from newsprism.story.compare import Finding, Side
from newsprism.story.flags import same_words, told_by_both


def test_two_streets_both_reports_name_are_no_conflict():
    a_text = "The crash happened at 97th Avenue and 117th Street."
    b_text = "Police closed 117th Street at 97th Avenue."
    f = hand.ordinal_finding(a_text, hand.ordinals(a_text, ("97th", 97, "avenue"), ("117th", 117, "street")),
                       b_text, hand.ordinals(b_text, ("117th", 117, "street"), ("97th", 97, "avenue")))
    assert f.features["told_across"] == 1.0
    assert told_by_both(f)


def test_a_misparsed_coordination_still_reads_as_told_by_both():
    # the parse may hang each ordinal on the other's noun ("117th Street and 97th Avenue"): values are the key
    a_text = "A car hit him near 117th Street and 97th Avenue."
    b_text = "He was walking at 97th Avenue and 117th Street."
    f = hand.ordinal_finding(a_text, hand.ordinals(a_text, ("97th", 97, "street"), ("117th", 117, "avenue")),
                       b_text, hand.ordinals(b_text, ("117th", 117, "street"), ("97th", 97, "avenue")))
    assert told_by_both(f)


def test_a_first_against_a_second_strike_stays_a_conflict():
    a_text = "It is the first national port strike since 2019."
    b_text = "It is the second national port strike, union leaders said."
    f = hand.ordinal_finding(a_text, hand.ordinals(a_text, ("first", 1, "strike")),
                       b_text, hand.ordinals(b_text, ("second", 2, "strike")))
    assert f.features["told_across"] == 0.0
    assert not told_by_both(f)


def test_one_report_naming_both_is_not_enough():
    a_text = "The third and fourth fatal accidents both happened at the mine."
    b_text = "It was the fourth fatal accident at the mine."
    f = hand.ordinal_finding(a_text, hand.ordinals(a_text, ("third", 3, "accident"), ("fourth", 4, "accident")),
                       b_text, hand.ordinals(b_text, ("fourth", 4, "accident")))
    assert f.features["told_across"] == 0.5
    assert not told_by_both(f)


def _status(a_text: str, b_text: str) -> Finding:
    return Finding(kind="status", slot="status", detail="plan", features={},
                   a=Side(source=0, sentence=0, start=0, end=len(a_text), text=a_text, value="planned"),
                   b=Side(source=1, sentence=0, start=0, end=len(b_text), text=b_text, value="happened"))


def test_one_quoted_sentence_cannot_tell_a_plan_and_a_deed():
    assert same_words(_status("“We'll continue to monitor the situation,” he said.",
                               "\"We'll continue to monitor the situation,\" he said"))


def test_different_words_keep_their_status_conflict():
    assert not same_words(_status("The union will hold a ballot next week.", "The union held a ballot on Tuesday."))
