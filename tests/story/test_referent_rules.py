"""Figures and dates are compared only when both sides are about the same thing (issue 11, round 9 dev audits:
one player's points against another's, a college career against a rookie season, a sentence that gives both
figures, two datelines). Invented sources, slots built by hand (no models)."""

from __future__ import annotations

import hand_sources as hand

from newsprism.claims.amounts import Amount
from newsprism.claims.slots import DateSlot
from newsprism.story.compare import compare_pair


def _amount(text: str, figure: str, noun: str | None, holder: str | None = None, after: int = 0) -> Amount:
    at = text.index(figure, after)
    value = float(figure)
    a = Amount(start=at, end=at + len(figure), text=figure, value=value, low=value, high=value, bound="exact",
               dim="count", noun=noun, noun_text=noun)
    if holder:
        a.extra["holder"] = holder
    return a


def _pair(a_text: str, a_amounts: list[Amount], b_text: str, b_amounts: list[Amount], cos: float = 0.9):
    va, vb = hand.vectors(cos)
    return hand.source(0, hand.sentence(a_text, amounts=a_amounts), va), hand.source(1, hand.sentence(b_text, amounts=b_amounts), vb)


def test_figures_of_two_named_holders_are_not_compared():
    a_text = "Mila Vasko led the Herons with 13 rebounds."
    b_text = "Tomas Orel grabbed 14 rebounds for the Herons."
    sa, sb = _pair(a_text, [_amount(a_text, "13", "rebound", "vasko")],
                   b_text, [_amount(b_text, "14", "rebound", "orel")])
    assert not compare_pair(sa, sb)
    sb.sentences[0].amounts[0].extra["holder"] = "vasko"  # one player, two figures: a conflict
    assert [f.kind for f in compare_pair(sa, sb)] == ["conflict"]
    sb.sentences[0].amounts[0].extra["holder"] = "mila vasko"  # one name word in common: one holder
    assert [f.kind for f in compare_pair(sa, sb)] == ["conflict"]
    del sb.sentences[0].amounts[0].extra["holder"]  # a holder only one side names does not block
    assert [f.kind for f in compare_pair(sa, sb)] == ["conflict"]


def test_no_conflict_when_the_other_sentence_gives_the_figure_too():
    a_text = "The port signed 12 accords with the union."
    b_text = "The port signed 14 accords with the dockers and 12 with the union."
    # the parse gave the second figure no counted thing, so it cannot pair across sentences this unlike
    sa, sb = _pair(a_text, [_amount(a_text, "12", "accord")],
                   b_text, [_amount(b_text, "14", "accord"), _amount(b_text, "12", None)], cos=0.8)
    assert not [f for f in compare_pair(sa, sb) if f.kind == "conflict"]


def test_sentences_whose_every_shared_figure_differs_are_two_records():
    a_text = "He finished his college career with 96 touchdowns and 918 yards receiving."
    b_text = "The rookie finished the season with 5 touchdowns and 716 yards."
    sa, sb = _pair(a_text, [_amount(a_text, "96", "touchdown"), _amount(a_text, "918", "yard")],
                   b_text, [_amount(b_text, "5", "touchdown"), _amount(b_text, "716", "yard")], cos=0.7)
    assert not [f for f in compare_pair(sa, sb) if f.kind == "conflict"]
    # one figure that differs where another agrees is a discrepancy
    c_text = "The rookie finished the season with 5 touchdowns and 918 yards."
    sa, sc = _pair(a_text, [_amount(a_text, "96", "touchdown"), _amount(a_text, "918", "yard")],
                   c_text, [_amount(c_text, "5", "touchdown"), _amount(c_text, "918", "yard")], cos=0.7)
    kinds = sorted(f.kind for f in compare_pair(sa, sc))
    assert kinds == ["conflict", "consensus"]


def _date(text: str, written: str, **parts) -> DateSlot:
    at = text.index(written)
    return DateSlot(start=at, end=at + len(written), text=written, **parts)


def test_datelines_are_never_compared():
    a_text = "26 September 2013, 10:00 (GMT+05:00)"
    b_text = "2 October 2013, 15:39 (GMT+05:00)"
    va, vb = hand.vectors(0.95)
    sa = hand.source(0, hand.sentence(a_text, dates=[_date(a_text, "26 September 2013", year=2013, month=9, day=26)]), va)
    sb = hand.source(1, hand.sentence(b_text, dates=[_date(b_text, "2 October 2013", year=2013, month=10, day=2)]), vb)
    assert not compare_pair(sa, sb)


def test_no_date_conflict_when_the_other_sentence_gives_the_day_too():
    a_text = "The counsel disputed on Friday a report about the lawyer."
    b_text = "In a statement on Friday night, the counsel disputed the site's report Thursday about the lawyer."
    va, vb = hand.vectors(0.9)
    sa = hand.source(0, hand.sentence(a_text, dates=[_date(a_text, "Friday", weekday=4, predicate="disput")]), va)
    sb = hand.source(1, hand.sentence(b_text, dates=[_date(b_text, "Friday night", weekday=4),
                                         _date(b_text, "Thursday", weekday=3, predicate="disput")]), vb)
    assert not [f for f in compare_pair(sa, sb) if f.kind == "conflict"]


def test_a_weekday_still_disagrees_beside_a_calendar_date_that_fits_the_other():
    a_text = "On Friday morning, August 3, 2018, deputies served the search warrant."
    b_text = "On Thursday morning, August 3, 2018, deputies served the search warrant."
    va, vb = hand.vectors(0.99)
    sa = hand.source(0, hand.sentence(a_text, dates=[_date(a_text, "Friday", weekday=4, predicate="serv"),
                                         _date(a_text, "August 3, 2018", year=2018, month=8, day=3)]),
                 va)
    sb = hand.source(1, hand.sentence(b_text, dates=[_date(b_text, "Thursday", weekday=3, predicate="serv"),
                                         _date(b_text, "August 3, 2018", year=2018, month=8, day=3)]),
                 vb)
    assert [f.kind for f in compare_pair(sa, sb) if f.kind == "conflict"] == ["conflict"]
