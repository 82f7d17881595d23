"""What a careful reader accepts as an agreement between sources (issue 11, round 8): one figure of one thing,
one predicate with its participants, a day of a happening, and never a title alone. Invented sources, slots and
events built by hand (no models)."""

from __future__ import annotations

import math

import numpy as np

from newsprism.claims.amounts import Amount
from newsprism.claims.slots import DateSlot, SentenceSlots
from newsprism.model import Document, Event, Span
from newsprism.story.compare import Finding, Side, Source, compare_pair
from newsprism.story.events import agree_on_predicate
from newsprism.story.flags import to_flags


def _sent(text: str, **slots) -> SentenceSlots:
    return SentenceSlots(start=0, end=len(text), text=text, **slots)


def _source(i: int, sent: SentenceSlots, vec: np.ndarray) -> Source:
    return Source(index=i, name=f"Outlet {i}", sentences=[sent], vectors=np.array([vec]), text=sent.text)


def _vectors(cos: float) -> tuple[np.ndarray, np.ndarray]:
    return np.array([1.0, 0.0]), np.array([cos, math.sqrt(1 - cos * cos)])


def _amount(text: str, figure: str, value: float, bound: str = "exact", noun: str = "ferry",
            low: float | None = None, high: float | None = None) -> Amount:
    at = text.index(figure)
    return Amount(start=at, end=at + len(figure), text=figure, value=value,
                  low=value if low is None else low, high=value if high is None else high, bound=bound,  # type: ignore[arg-type]
                  dim="count", noun=noun, noun_text=noun)


def _kinds(a_text: str, a: Amount, b_text: str, b: Amount, cos: float = 0.9) -> list[str]:
    va, vb = _vectors(cos)
    sa = _source(0, _sent(a_text, amounts=[a]), va)
    sb = _source(1, _sent(b_text, amounts=[b]), vb)
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
    va, vb = _vectors(0.97)
    sa = _source(0, _sent(a_text, dates=[da]), va)
    sb = _source(1, _sent(b_text, dates=[db]), vb)
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
    src = {i: _source(i, _sent(t), np.array([1.0, 0.0])) for i, t in enumerate(texts)}
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
