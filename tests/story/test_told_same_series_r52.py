"""An ordinal of another series is no telling of this one (``flags.ordinal_told_across``, ``flags._told_in_series``;
switch ``ordinal_told_same_series``, round 52, issue 11). ``told_by_both`` drops an order conflict whose two ranks
each report also states (two streets of one crossing both reports name). Keyed by the value alone, "first" and
"second" are stated by nearly any report: "the province's second town", an adverb "cleared first", "bought
second-hand", "the second-largest port". Those order other things (another head noun, another scale), so they do
not tell the other report's rank of the story's own closure. Invented reports, fictional names and outlets."""

from __future__ import annotations

import hand_sources as hand
import pytest
from hand_sources import analyzed_reports, conflict_texts

from newsprism.claims.slots import Ordinal
from newsprism.story.compare import Finding, Side, settings
from newsprism.story.flags import ordinal_told_across, stated_ordinals, told_by_both

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


def _switch(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setitem(settings(), "ordinal_told_same_series", on)


def _shown(monkeypatch: pytest.MonkeyPatch, on: bool) -> list[tuple[str, str, float]]:
    _switch(monkeypatch, on)
    r = analyzed_reports(("a_dunmere", "Dunmere Gazette", HEAD_A, A_TEXT),
                         ("b_varna", "Varna Islands Courier", HEAD_B, B_TEXT))
    return [(a, b, c) for a, b, c in conflict_texts(r, "ordinal", "a_dunmere", "b_varna")
            if "second" in a and "first" in b and c >= 0.5]


@pytest.mark.slow
def test_a_second_town_and_an_adverb_first_do_not_tell_the_closures_rank(monkeypatch: pytest.MonkeyPatch) -> None:
    # "the second time ... closed the ice road" / "the first closure of the ice road": the two reports' ranks of
    # their one closure; A's "cleared first" and B's "second town" order nothing of the closures
    assert _shown(monkeypatch, True)


@pytest.mark.slow
def test_switch_off_drops_the_closures_conflict(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not _shown(monkeypatch, False)


def _ordinals(text: str, *items: tuple[str, int, str | None, str | None]) -> list[Ordinal]:
    out = []
    for word, value, noun, superlative in items:
        at = text.index(word)
        out.append(Ordinal(start=at, end=at + len(word), text=word, value=value, noun=noun, superlative=superlative))
    return out


def _side(source: int, o: Ordinal) -> Side:
    return Side(source=source, sentence=0, start=o.start, end=o.end, text=o.text, value=str(o.value))


def _told(monkeypatch: pytest.MonkeyPatch, a_text: str, a_ords: list[Ordinal], b_text: str,
          b_ords: list[Ordinal]) -> Finding:
    _switch(monkeypatch, True)
    va, vb = hand.vectors(0.8)
    sources = {0: hand.source(0, hand.sentence(a_text, ordinals=a_ords), va),
               1: hand.source(1, hand.sentence(b_text, ordinals=b_ords), vb)}
    f = Finding(kind="conflict", slot="ordinal", a=_side(0, a_ords[0]), b=_side(1, b_ords[0]), detail="order")
    f.features.update(ordinal_told_across(f, sources, {i: stated_ordinals(s) for i, s in sources.items()}))
    return f


def test_a_rank_by_size_and_another_noun_state_no_rank_of_the_series(monkeypatch: pytest.MonkeyPatch) -> None:
    a_text = "Tarrin is the first warden dismissed by the board, and Kelmor is the second-largest port."
    b_text = "She is the second warden dismissed, and her first task was to sell the old ferry."
    f = _told(monkeypatch, a_text, _ordinals(a_text, ("first", 1, "warden", None), ("second-largest", 2, "port",
                                                                                     "largest")),
              b_text, _ordinals(b_text, ("second", 2, "warden", None), ("first task", 1, "task", None)))
    assert f.features["told_across"] == 0.0
    assert not told_by_both(f)


def test_both_rounds_of_one_vote_told_by_both_are_still_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    # a look-alike that must stay dropped: each report names both rounds of one vote, the same noun
    a_text = "Orla Venn won the first round, and the second round is set for May 18."
    b_text = "Venn led the second round polls after the first round of voting."
    f = _told(monkeypatch, a_text, _ordinals(a_text, ("first round", 1, "round", None),
                                             ("second round", 2, "round", None)),
              b_text, _ordinals(b_text, ("second round", 2, "round", None), ("first round", 1, "round", None)))
    assert f.features["told_across"] == 1.0
    assert told_by_both(f)


def test_two_streets_with_swapped_nouns_are_still_told_by_both(monkeypatch: pytest.MonkeyPatch) -> None:
    # the parse may hang each ordinal of "117th Street and 97th Avenue" on the other's noun: every ordinal of the
    # side's sentence is asked, so both streets named by both reports still read as told by both
    a_text = "A van hit him near 117th Street and 97th Avenue."
    b_text = "He was crossing at 97th Avenue and 117th Street."
    f = _told(monkeypatch, a_text, _ordinals(a_text, ("97th", 97, "street", None), ("117th", 117, "avenue", None)),
              b_text, _ordinals(b_text, ("117th", 117, "street", None), ("97th", 97, "avenue", None)))
    assert told_by_both(f)


def test_an_elided_rank_of_the_series_still_tells_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # "the first, in 2019, ..." names no noun: it may order the same closures, so it still counts as told
    a_text = "It was the third closure of the pass; the second, in 2019, lasted a week."
    b_text = "It was the second closure of the pass, after the third-party report; the third came later."
    f = _told(monkeypatch, a_text, _ordinals(a_text, ("third closure", 3, "closure", None), ("second", 2, None, None)),
              b_text, _ordinals(b_text, ("second closure", 2, "closure", None), ("third", 3, None, None)))
    assert told_by_both(f)
