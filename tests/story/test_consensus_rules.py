"""What a careful reader accepts as an agreement between sources (issue 11, round 8): one figure of one thing,
one predicate with its participants, a day of a happening, and never a title alone. Invented sources, slots and
events built by hand (no models)."""

from __future__ import annotations

import math

import hand_sources as hand
import numpy as np

from newsprism.claims.amounts import Amount
from newsprism.claims.slots import DateSlot
from newsprism.model import Document, Event, Span
from newsprism.story.compare import Finding, Side, Source, compare_pair
from newsprism.story.events import agree_on_predicate
from newsprism.story.flags import to_flags


def _amount(text: str, figure: str, value: float, bound: str = "exact", noun: str = "ferry",
            low: float | None = None, high: float | None = None) -> Amount:
    at = text.index(figure)
    return Amount(start=at, end=at + len(figure), text=figure, value=value,
                  low=value if low is None else low, high=value if high is None else high, bound=bound,  # type: ignore[arg-type]
                  dim="count", noun=noun, noun_text=noun)


def _kinds(a_text: str, a: Amount, b_text: str, b: Amount, cos: float = 0.9) -> list[str]:
    va, vb = hand.vectors(cos)
    sa = hand.source(0, hand.sentence(a_text, amounts=[a]), va)
    sb = hand.source(1, hand.sentence(b_text, amounts=[b]), vb)
    return [f.kind for f in compare_pair(sa, sb) if f.slot == "count"]


def test_one_figure_in_both_sources_is_an_agreement():
    a_text, b_text = "Officials counted 12 ferries in the harbor.", "Officials counted 12 ferries in the port."
    assert _kinds(a_text, _amount(a_text, "12", 12), b_text, _amount(b_text, "12", 12)) == ["consensus"]


def test_overlapping_bounds_of_far_apart_figures_are_no_agreement():
    a_text = "Officials counted at least 70 ferries in the harbor."
    b_text = "Officials counted about 100 ferries in the harbor."
    a = _amount(a_text, "at least 70", 70, "ge", high=math.inf)
    b = _amount(b_text, "about 100", 100, "approx", low=85, high=115)
    assert _kinds(a_text, a, b_text, b) == []  # compatible bounds, but "70" and "100" are not one figure
    near = _amount(b_text, "about 100", 72, "approx", low=61, high=83)
    assert _kinds(a_text, a, b_text, near) == ["consensus"]  # "at least 70" and "about 72" say one thing


def test_a_figure_cut_at_a_decimal_point_is_not_compared():
    a_text = "They made off with gems worth $2. 6m in the raid."
    b_text = "They made off with gems worth 2 ferries in the raid."
    a = _amount(a_text, "2", 2)
    b = _amount(b_text, "2", 2)
    assert _kinds(a_text, a, b_text, b) == []
    tail = "The back averaged 5. 2 ferries a carry."
    assert _kinds(tail, _amount(tail, "2", 2), b_text, b) == []


def test_a_habit_is_no_day_of_a_happening():
    a_text, b_text = "You need not sit in the pew every Sunday to know it.", "You need not sit in the pew every Sunday."
    da = DateSlot(start=a_text.index("Sunday"), end=a_text.index("Sunday") + 6, text="Sunday", weekday=6,
                  predicate="sit")
    db = DateSlot(start=b_text.index("Sunday"), end=b_text.index("Sunday") + 6, text="Sunday", weekday=6,
                  predicate="sit")
    va, vb = hand.vectors(0.97)
    sa = hand.source(0, hand.sentence(a_text, dates=[da]), va)
    sb = hand.source(1, hand.sentence(b_text, dates=[db]), vb)
    assert not [f for f in compare_pair(sa, sb) if f.slot == "date"]


def _event(trigger: str, actor: str | None, status: str = "planned") -> Event:
    text = f"{actor or 'He'} will be {trigger} the administration."
    return Event(id="e1", type="other", trigger=trigger, trigger_start=0, trigger_end=len(trigger), actor=actor,
                 status=status, evidence=Span(start=0, end=len(text)))  # type: ignore[arg-type]


def test_an_event_agreement_needs_one_predicate_and_no_clashing_named_actor():
    assert agree_on_predicate(_event("leaving", "James Mattis"), _event("leave", "Jim Mattis"))
    assert agree_on_predicate(_event("leaving", "James Mattis"), _event("leave", None))
    assert agree_on_predicate(_event("leaving", "grand jury"), _event("leave", "officials"))
    # two departures of two people are not one agreement, nor a resignation and a withdrawal
    assert not agree_on_predicate(_event("leaving", "James Mattis"), _event("leave", "Joe Hagin"))
    assert not agree_on_predicate(_event("resigned", "Jim Mattis"), _event("withdrawn", "Jim Mattis"))


def _doc(id_: str, text: str) -> Document:
    return Document(id=id_, source=id_, text=text, body=Span(start=0, end=len(text)))


def test_an_agreement_on_a_title_is_no_item_even_beside_a_conflict():
    texts = ["Mayor Nela Brisk", "Mayor Nela Brisk", "Deputy Mayor Nela Brisk"]
    src = {i: hand.source(i, hand.sentence(t), np.array([1.0, 0.0])) for i, t in enumerate(texts)}
    docs = [_doc(f"d{i}", t) for i, t in enumerate(texts)]

    def side(i: int, value: str) -> Side:
        return Side(source=i, sentence=0, start=0, end=len(texts[i]), text=texts[i], value=value)

    same = Finding(kind="consensus", slot="role", a=side(0, "mayor"), b=side(1, "mayor"), detail="same",
                   confidence=0.9)
    rank = Finding(kind="conflict", slot="role", a=side(1, "mayor"), b=side(2, "deputy mayor"), detail="rank",
                   confidence=0.6)
    flags = to_flags([same, rank], src, docs)
    assert [f.kind for f in flags] == ["conflict"]  # the rank is flagged; "two name the mayor" is no item


def test_a_figure_cut_at_a_thousands_comma_is_not_compared():
    b_text = "He finished with 728 ferries in his career."
    b = _amount(b_text, "728", 728)
    split = "He finished with 6, 728 ferries in his career."
    assert _kinds(split, _amount(split, "728", 728), b_text, b) == []
    head = "He finished with 6, 728 ferries in his career."
    assert _kinds(head, _amount(head, "6", 6), "He finished with 6 ferries in his career.",
                  _amount("He finished with 6 ferries in his career.", "6", 6)) == []
    clause = "By 2012, 728 ferries sailed in his career."
    assert _kinds(clause, _amount(clause, "728", 728), b_text, b) == ["consensus"]  # a year, then a figure


def test_a_split_figure_is_found_inside_a_wider_amount_span():
    text = "He broke the record of 2, 116 ferries with a free throw."
    wide = _amount(text, "2, 116 ferries", 116)
    wide.text = "116"  # the parser's span holds the head of the figure and its noun; the figure is the tail
    b_text = "He broke the record of 116 ferries with a free throw."
    assert _kinds(text, wide, b_text, _amount(b_text, "116", 116)) == []


# round 9: one figure, one referent, whole phrases


def test_round_figures_that_merely_overlap_are_no_agreement():
    a_text, b_text = "The club offered 184 ferries for the season.", "The club offered 200 ferries for the season."
    a = _amount(a_text, "184", 184, low=174.8, high=193.2)  # claims' rounding: 5 % of a round figure
    b = _amount(b_text, "200", 200, low=190, high=210)
    assert _kinds(a_text, a, b_text, b) == []  # overlapping roundings, but 184 is not 200
    c_text, d_text = "The club offered in excess of 160 ferries.", "The club offered 184 ferries."
    lower = _amount(c_text, "in excess of 160", 160, "gt", high=math.inf)
    assert _kinds(c_text, lower, d_text, _amount(d_text, "184", 184)) == []  # "more than 160" is not "184"
    e_text, f_text = "The club offered more than 100 ferries.", "The club offered 101 ferries."
    over = _amount(e_text, "more than 100", 100, "gt", high=math.inf)
    assert _kinds(e_text, over, f_text, _amount(f_text, "101", 101)) == ["consensus"]  # one figure, one bound


def test_a_time_zone_offset_is_no_figure_to_agree_on():
    a_text, b_text = "26 September 2013, 10:00 (GMT+05: 00) ferries", "2 October 2013, 15:39 (GMT+05: 00) ferries"
    at_a, at_b = a_text.index("05"), b_text.index("05")
    a = Amount(start=at_a, end=at_a + 2, text="05", value=5, low=5, high=5, bound="exact", dim="count")
    b = Amount(start=at_b, end=at_b + 2, text="05", value=5, low=5, high=5, bound="exact", dim="count")
    assert _kinds(a_text, a, b_text, b, cos=0.95) == []


def _ordinal_kinds(a_text: str, a_span: str, b_text: str, b_span: str, value: int = 1) -> list[str]:
    from newsprism.claims.slots import Ordinal

    va, vb = hand.vectors(0.95)
    oa = Ordinal(start=a_text.index(a_span), end=a_text.index(a_span) + len(a_span), text=a_span, value=value)
    ob = Ordinal(start=b_text.index(b_span), end=b_text.index(b_span) + len(b_span), text=b_span, value=value)
    sa = hand.source(0, hand.sentence(a_text, ordinals=[oa], names=frozenset({"Lanza"})), va)
    sb = hand.source(1, hand.sentence(b_text, ordinals=[ob], names=frozenset({"Lanza"})), vb)
    return [f.kind for f in compare_pair(sa, sb) if f.slot == "ordinal"]


def test_an_idiom_a_name_or_a_standing_rank_is_no_ordinal_agreement():
    a = "Observers from Lanza and in the first instance the union will watch."
    b = "Observers from Lanza and, in the first instance, the union will watch."
    assert _ordinal_kinds(a, "first instance", b, "first instance") == []
    a, b = "Lanza was sworn in as the 116th Congress met.", "Lanza joined the 116th Congress on Thursday."
    assert _ordinal_kinds(a, "116th Congress", b, "116th Congress", 116) == []
    a, b = "Lanza, the third-ranking senator, spoke.", "Lanza, who is the third-ranking senator, spoke."
    assert _ordinal_kinds(a, "third-ranking senator", b, "third-ranking senator", 3) == []
    a, b = "Lanza made the first visit by a minister.", "Lanza paid the first visit by a minister."
    assert _ordinal_kinds(a, "first visit", b, "first visit") == ["consensus"]
    a, b = "Lanza releases patches on the second Tuesday.", "Lanza ships patches on the second Tuesday."
    assert _ordinal_kinds(a, "second Tuesday", b, "second Tuesday", 2) == ["consensus"]  # a day, not a name


def test_a_status_agreement_dated_to_two_days_is_no_agreement():
    from newsprism.claims.slots import Status

    def source(i: int, text: str, when: str, month: int, day: int | None, vec: np.ndarray) -> Source:
        st = Status(start=text.index("leave"), end=text.index("leave") + 5, text="leave", predicate="leave",
                    status="planned", clause_start=0, clause_end=len(text))
        d = DateSlot(start=text.index(when), end=text.index(when) + len(when), text=when, month=month, day=day,
                     predicate="leave")
        return hand.source(i, hand.sentence(text, statuses=[st], dates=[d], names=frozenset({"Lanza"})), vec)

    va, vb = hand.vectors(0.9)
    a = source(0, "Lanza will leave the ministry on January 1.", "January 1", 1, 1, va)
    b = source(1, "Lanza will leave the ministry at the end of February.", "February", 2, None, vb)
    assert not [f for f in compare_pair(a, b) if f.slot == "status" and f.kind == "consensus"]
    c = source(1, "Lanza will leave the ministry on January 1, aides said.", "January 1", 1, 1, vb)
    assert [f.kind for f in compare_pair(a, c) if f.slot == "status"] == ["consensus"]
    # a month without a day is no date slot, but it still says when
    text = "Lanza will leave the ministry at the end of February."
    st = Status(start=text.index("leave"), end=text.index("leave") + 5, text="leave", predicate="leave",
                status="planned", clause_start=0, clause_end=len(text))
    d = hand.source(1, hand.sentence(text, statuses=[st], names=frozenset({"Lanza"})), vb)
    assert not [f for f in compare_pair(a, d) if f.slot == "status" and f.kind == "consensus"]


def test_an_event_agreement_needs_a_participant_and_one_date():
    assert not agree_on_predicate(_event("election", None, "occurred"), _event("election", None, "occurred"))
    assert agree_on_predicate(_event("election", "voters", "occurred"), _event("election", None, "occurred"))
    early, late = _event("leaving", "James Mattis"), _event("leave", "Jim Mattis")
    early.date, late.date = "2019-01-01", "2019-02"
    assert not agree_on_predicate(early, late)
    late.date = "2019-01"
    assert agree_on_predicate(early, late)
    undated = _event("leave", "Jim Mattis")
    undated.evidence = Span(start=0, end=10, text="Mattis will leave on January 1.")
    feb = _event("leave", "Jim Mattis")
    feb.evidence = Span(start=0, end=10, text="Mattis will leave at the end of February.")
    assert not agree_on_predicate(undated, feb)  # months named in the sentences, none in common
    with_sanders, with_clinton = _event("meet", "Barack Obama"), _event("meet", None)
    with_sanders.target, with_clinton.target = "Bernie Sanders", "Hillary Clinton"
    assert not agree_on_predicate(with_sanders, with_clinton)  # two meetings with two people
    many, one = _event("met", "Donald Trump"), _event("met", "Donald Trump")
    many.target, one.target = "Joe Lieberman", "Andrew McCabe"
    many.evidence = Span(start=0, end=60, text="Trump met with Lieberman and three others: Andrew McCabe and more.")
    many.trigger_start, many.trigger_end = 6, 9
    assert agree_on_predicate(many, one)  # one meeting, its first object read differently


def test_two_agreements_joined_through_a_conflict_stay_two_items():
    texts = ["Ana Lanza, 24, and Rui Sol, 34, spoke.", "Lanza, 24, spoke; Sol, 34, too.", "Sol was 34."]
    src = {i: hand.source(i, hand.sentence(t), np.array([1.0, 0.0])) for i, t in enumerate(texts)}
    docs = [_doc(f"d{i}", t) for i, t in enumerate(texts)]

    def side(i: int, figure: str, nth: int = 0) -> Side:
        at = texts[i].index(figure) if nth == 0 else texts[i].index(figure, texts[i].index(figure) + 1)
        return Side(source=i, sentence=0, start=at, end=at + len(figure), text=figure, value=figure)

    young = Finding(kind="consensus", slot="quantity", a=side(0, "24"), b=side(1, "24"), detail="same", confidence=0.4)
    old = Finding(kind="consensus", slot="quantity", a=side(1, "34"), b=side(2, "34"), detail="same", confidence=0.3)
    clash = Finding(kind="conflict", slot="quantity", a=side(0, "24"), b=side(2, "34"), detail="conflict",
                    confidence=0.2)
    flags = to_flags([young, old, clash], src, docs)
    agreed = sorted(tuple(sorted((s.document, s.text) for s in f.sides)) for f in flags if f.kind == "consensus")
    assert agreed == [(("d0", "24"), ("d1", "24")), (("d1", "34"), ("d2", "34"))]


def test_an_agreement_names_each_source_once():
    texts = ["The Sox made an 8-year offer; the Angels an 8-year offer too.", "The Sox offered 8 years.",
             "An 8-year deal from the Sox; the Angels made an 8-year offer."]
    src = {i: hand.source(i, hand.sentence(t), np.array([1.0, 0.0])) for i, t in enumerate(texts)}
    docs = [_doc(f"d{i}", t) for i, t in enumerate(texts)]

    def side(i: int, nth: int) -> Side:
        at = -1
        for _ in range(nth + 1):
            at = texts[i].index("8", at + 1)
        return Side(source=i, sentence=0, start=at, end=at + 1, text="8", value="8")

    sox_ab = Finding(kind="consensus", slot="duration", a=side(0, 0), b=side(1, 0), detail="same", confidence=0.5)
    sox_bc = Finding(kind="consensus", slot="duration", a=side(1, 0), b=side(2, 0), detail="same", confidence=0.4)
    angels = Finding(kind="consensus", slot="duration", a=side(0, 1), b=side(2, 1), detail="same", confidence=0.3)
    chain = Finding(kind="consensus", slot="duration", a=side(0, 1), b=side(1, 0), detail="same", confidence=0.2)
    flags = to_flags([sox_ab, sox_bc, angels, chain], src, docs)
    sides = [sorted((s.document, s.start) for s in f.sides) for f in flags if f.kind == "consensus"]
    assert [len(x) for x in sides] == [3, 2]  # the Sox's offer in all three; the Angels' offer in two
    assert all(len({d for d, _ in x}) == len(x) for x in sides)


def test_a_question_states_nothing_to_agree_with():
    from newsprism.claims.slots import Status

    def source(i: int, text: str, vec: np.ndarray) -> Source:
        at = text.index("return")
        st = Status(start=at, end=at + 6, text="return", predicate="return", status="planned",
                    clause_start=0, clause_end=len(text))
        return hand.source(i, hand.sentence(text, statuses=[st], names=frozenset({"Lanza"})), vec)

    va, vb = hand.vectors(0.9)
    told = source(0, "Insiders bet that Lanza will return for the sequel.", va)
    asked = source(1, "What do you think about Lanza's return for the sequel?", vb)
    assert not [f for f in compare_pair(told, asked) if f.slot == "status" and f.kind == "consensus"]
    quoted = source(0, "He asked: what of Lanza's return for the sequel?", va)
    assert [f.kind for f in compare_pair(quoted, asked) if f.slot == "status"] == ["consensus"]  # one question
    question = _event("returning", "Lanza")
    question.evidence = Span(start=0, end=10, text="Will Lanza be returning?")
    assert not agree_on_predicate(question, _event("returning", "Lanza"))
