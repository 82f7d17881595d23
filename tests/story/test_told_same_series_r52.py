"""An ordinal of another series is no telling of this one: a hole measured in round 52 (branch ``ord52``, issue 11)
and NOT shipped, kept here as strict xfails. ``flags.told_by_both`` drops an order conflict whose two ranks each
report also states (two streets of one crossing both reports name). ``flags.stated_ordinals`` keys an ordinal by its
value alone, and "first" and "second" are stated by nearly any report: "the province's second town", an adverb
"cleared first", "bought second-hand", "the second-largest port". Those order other things (another head noun,
another scale), so they do not tell the other report's rank of the story's own closure; three dev ordinal plants
(wire7, wire20, wire21) are rated 0.64-0.98 and then dropped so. Keying the told-across test by series (candidate
1dc4207, switch ``ordinal_told_same_series``) showed them, but also showed a wrong real flag the value-only key had
hidden: two quarterfinals of one tournament, two games ("Friday's second quarterfinal between ..." / "in the first
quarterfinal"), whose reports also name "the first half" / "the second half" (``test_two_games_of_one_round_...``
below). A fix must keep that pair dropped, e.g. by freeing only two ranks each of its report's own happening.
Round 52b (branch ``ord52b``, switch ``ordinal_told_own_rank``; switched on in round 53, asked only of two
different ranks) built that narrower reading: two ranks that each
point back to their report's own happening (feature ``refers``: "It is the second time ...", "It is the first
closure") are told by the other report only through a rank of the same series; with it on the ice-road test passes;
a rank that does not point back ("Tarrin is the first warden") keeps the value-only key and stays a strict xfail.
Invented reports, fictional names and outlets."""

from __future__ import annotations

import hand_sources as hand
import pytest
from hand_sources import analyzed_reports, conflict_texts

from newsprism.story.flags import told_by_both

HEAD_A = "Dunmere shuts the Varna lake ice road as the thaw sets in"
HEAD_B = "Ice road to the Varna islands closed early"

A_TEXT = (f"{HEAD_A}\nDunmere town council closed the ice road across Lake Varna on Tuesday, saying the ice near the "
          "eastern shore had thinned to less than 30 centimetres after a week of mild weather.\n"
          "It is the second time in four winters that Dunmere has closed the ice road before the end of February.\n"
          "The fishing huts nearest the shore will be cleared first, the council said, and owners have until "
          "Friday to take them off the lake.\n"
          "Islanders will be served by a hovercraft that the council hires from a company in Tolmar.\n"
          "The road usually carries about 400 vehicles a day in a cold winter.\n")

B_TEXT = (f"{HEAD_B}\nThe ice road that links the Varna islands to the mainland was closed on Tuesday, weeks earlier "
          "than planned, after inspectors found thin ice near the eastern shore.\n"
          "It is the first closure of the ice road in the town's history, the council said.\n"
          "Dunmere, the province's second town, has run the road every winter since the 1950s.\n"
          "A hovercraft will carry islanders and supplies until the lake is clear of ice.\n"
          "Fishermen were told to remove their huts by the end of the week.\n")


HOLE = ("round 52 ord52, not shipped (round 52b freed only two ranks that each point back to their report's own "
        "happening): told_by_both keys any other ordinal by its value alone, so a 'second-largest port' or 'her first "
        "task' elsewhere tells the other report's rank of a warden and the conflict is dropped")


def _shown() -> list[tuple[str, str, float]]:
    r = analyzed_reports(("a_dunmere", "Dunmere Gazette", HEAD_A, A_TEXT),
                         ("b_varna", "Varna Islands Courier", HEAD_B, B_TEXT))
    return [(a, b, c) for a, b, c in conflict_texts(r, "ordinal", "a_dunmere", "b_varna")
            if "second" in a and "first" in b and c >= 0.5]


@pytest.mark.slow
def test_a_second_town_and_an_adverb_first_do_not_tell_the_closures_rank() -> None:
    # "the second time ... closed the ice road" / "the first closure of the ice road": the two reports' ranks of
    # their one closure; A's "cleared first" and B's "second town" order nothing of the closures
    assert _shown()








@pytest.mark.xfail(strict=True, reason=HOLE)
def test_a_rank_by_size_and_another_noun_state_no_rank_of_the_series() -> None:
    a_text = "Tarrin is the first warden dismissed by the board, and Kelmor is the second-largest port."
    b_text = "She is the second warden dismissed, and her first task was to sell the old ferry."
    f = hand.ordinal_finding(a_text, hand.ordinals(a_text, ("first", 1, "warden", None), ("second-largest", 2, "port",
                                                                                     "largest")),
              b_text, hand.ordinals(b_text, ("second", 2, "warden", None), ("first task", 1, "task", None)))
    assert f.features["told_across"] == 0.0
    assert not told_by_both(f)


def test_both_rounds_of_one_vote_told_by_both_are_still_dropped() -> None:
    # a look-alike that must stay dropped: each report names both rounds of one vote, the same noun
    a_text = "Orla Venn won the first round, and the second round is set for May 18."
    b_text = "Venn led the second round polls after the first round of voting."
    f = hand.ordinal_finding(a_text, hand.ordinals(a_text, ("first round", 1, "round", None),
                                             ("second round", 2, "round", None)),
              b_text, hand.ordinals(b_text, ("second round", 2, "round", None), ("first round", 1, "round", None)))
    assert f.features["told_across"] == 1.0
    assert told_by_both(f)


def test_two_streets_with_swapped_nouns_are_still_told_by_both() -> None:
    # the parse may hang each ordinal of "117th Street and 97th Avenue" on the other's noun: every ordinal of the
    # side's sentence is asked, so both streets named by both reports still read as told by both
    a_text = "A van hit him near 117th Street and 97th Avenue."
    b_text = "He was crossing at 97th Avenue and 117th Street."
    f = hand.ordinal_finding(a_text, hand.ordinals(a_text, ("97th", 97, "street", None), ("117th", 117, "avenue", None)),
              b_text, hand.ordinals(b_text, ("117th", 117, "street", None), ("97th", 97, "avenue", None)))
    assert told_by_both(f)


def test_an_elided_rank_of_the_series_still_tells_it() -> None:
    # "the first, in 2019, ..." names no noun: it may order the same closures, so it still counts as told
    a_text = "It was the third closure of the pass; the second, in 2019, lasted a week."
    b_text = "It was the second closure of the pass, after the third-party report; the third came later."
    f = hand.ordinal_finding(a_text, hand.ordinals(a_text, ("third closure", 3, "closure", None), ("second", 2, None, None)),
              b_text, hand.ordinals(b_text, ("second closure", 2, "closure", None), ("third", 3, None, None)))
    assert told_by_both(f)


def test_two_games_of_one_round_whose_reports_name_both_halves_stay_dropped() -> None:
    # the real-draw look-alike that kept the series key from shipping: "the winner of Friday's second quarterfinal
    # between Corlin and Waverly State" is another game than "beat Dunmore in the first quarterfinal"; each report
    # also names "the first half" / "the second half". Dropped today by the value-only key; a fix must keep it so
    a_text = ("Tamsin scored 11 points in the first half and meets the winner of Friday's second quarterfinal "
              "between Corlin and Waverly State.")
    b_text = "Tamsin's side beat Dunmore in the first quarterfinal, pulling away in the second half."
    f = hand.ordinal_finding(a_text, hand.ordinals(a_text, ("second quarterfinal", 2, "quarterfinal", None), ("first half", 1, "half", None)),
              b_text, hand.ordinals(b_text, ("first quarterfinal", 1, "quarterfinal", None),
                                ("second half", 2, "half", None)))
    assert told_by_both(f)
