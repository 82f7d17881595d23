"""Two ranges that do not meet, at least one a bound or an estimate ("at least 40 passengers" / "fewer than 30
passengers"), cannot both be true of one thing (story/flags.disjoint_bounds, feature ``disjoint``; confidence.
disjoint_pair, asked by one_fact_figure in place of the one-figure test; round 45, issue 11). The sentence may give
other figures, a bare number or a count of another noun; it may not count the figure's own noun a second time
(``noun_rival``). A bound that holds the other value is no conflict at all, two limits of one direction are no two
disjoint ranges, and every other test of the lift stays. Invented sources, slots built by hand (no models but the
same-happening one)."""

from __future__ import annotations

import math

import hand_sources as hand
import numpy as np
import pytest

from newsprism.claims.amounts import Amount
from newsprism.claims.slots import SentenceSlots
from newsprism.story.compare import Source, compare_pair, settings
from newsprism.story.confidence import disjoint_pair, one_fact_figure
from newsprism.story.flags import rate

WORDS = {"two": 2.0, "eleven": 11.0}
RANGES = {"gt": lambda v: (v, math.inf), "ge": lambda v: (v, math.inf), "lt": lambda v: (0.0, v),
          "le": lambda v: (0.0, v), "exact": lambda v: (v, v), "approx": lambda v: (0.9 * v, 1.1 * v)}


def _count(text: str, figure: str, noun: str | None, noun_text: str | None, bound: str = "exact", after: int = 0,
           verb: str = "hurt") -> Amount:
    """A count as the story comparison reads it from a claim: the figure's text (its bound word left out of the span's
    figure), its counted noun, and an evidence span over the bound word, the figure and the noun written after it."""
    at = text.index(figure, after)
    value = WORDS.get(figure) or float(figure.replace(",", ""))
    n_at = text.find(noun_text, at + len(figure)) if noun_text else -1
    end = n_at + len(noun_text) if noun_text and 0 <= n_at <= at + len(figure) + 12 else at + len(figure)
    low, high = RANGES[bound](value)
    return Amount(start=at, end=end, text=figure, value=value, low=low, high=high, bound=bound,  # type: ignore[arg-type]
                  dim="count", noun=noun, noun_text=noun_text, extra={"verb": verb})


def _source(i: int, text: str, amounts: list[Amount], vec: np.ndarray) -> Source:
    sent = SentenceSlots(start=0, end=len(text), text=text, amounts=amounts)
    return Source(index=i, name=f"Outlet {i}", sentences=[sent], vectors=np.array([vec]), text=text)


A_TEXT = "At least 40 passengers were hurt when the Marlow ferry struck the quay at Tessel, and two were kept in hospital."
B_TEXT = "Fewer than 30 passengers were hurt when the Marlow ferry struck the quay at Tessel on Sunday."


def _pair(a_text: str, a_amounts: list[Amount], b_text: str, b_amounts: list[Amount], cos: float = 0.5):
    va, vb = hand.vectors(cos)
    a, b = _source(0, a_text, a_amounts, va), _source(1, b_text, b_amounts, vb)
    found = compare_pair(a, b)
    rate(found, {0: a, 1: b})
    return found


def _main(found, a_fig: str, b_fig: str):
    hit = [f for f in found if f.a.amount is not None and f.a.amount.text == a_fig and f.b.amount is not None
           and f.b.amount.text == b_fig]
    assert len(hit) == 1
    return hit[0]


def _a(text: str = A_TEXT, bound: str = "ge", rivals: tuple[tuple[str, str | None, str | None], ...] = (("two", None, None),)):
    first = _count(text, "40", "passenger", "passengers", bound)
    return [first] + [_count(text, fig, noun, written, after=first.end) for fig, noun, written in rivals]


def test_disjoint_bounds_are_one_fact_though_the_sentence_gives_a_bare_number():
    f = _main(_pair(A_TEXT, _a(), B_TEXT, [_count(B_TEXT, "30", "passenger", "passengers", "lt")]), "40", "30")
    assert f.kind == "conflict"
    assert f.features["only_pair"] == 0.0 and f.features["only_count"] == 0.0  # the base tests still see a rival
    assert f.features["disjoint"] == 1.0 and f.features["noun_rival"] == 0.0
    assert disjoint_pair(f.features) and one_fact_figure(f)
    assert f.confidence >= settings()["one_fact_figure_confidence"] >= 0.5


def test_the_switch_restores_the_base_test(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(settings(), "one_fact_disjoint_bounds", False)
    f = _main(_pair(A_TEXT, _a(), B_TEXT, [_count(B_TEXT, "30", "passenger", "passengers", "lt")]), "40", "30")
    assert not one_fact_figure(f)
    assert f.confidence < 0.5


def test_a_count_of_another_noun_written_before_its_figure_is_no_rival():
    text = "At least 40 passengers were hurt when the Marlow ferry struck the quay at Tessel, along with a crew of eleven."
    f = _main(_pair(text, _a(text, rivals=(("eleven", "crew", None),)), B_TEXT,
                    [_count(B_TEXT, "30", "passenger", "passengers", "lt")]), "40", "30")
    assert f.features["noun_rival"] == 0.0 and one_fact_figure(f)


def test_a_bound_that_holds_the_other_value_is_never_flagged():
    b_text = "52 passengers were hurt when the Marlow ferry struck the quay at Tessel on Sunday."
    found = _pair(A_TEXT, _a(), b_text, [_count(b_text, "52", "passenger", "passengers")])
    assert not [f for f in found if f.kind == "conflict"]


def test_two_counts_of_the_figures_noun_in_one_sentence_stay_apart():
    # the hurt and the dead, both passengers: which group the other report's figure stands for cannot be told
    text = "At least 40 passengers were hurt when the Marlow ferry struck the quay at Tessel, and 12 passengers died."
    a_amounts = [_count(text, "40", "passenger", "passengers", "ge"),
                 _count(text, "12", "passenger", "passengers", after=text.index("and"), verb="die")]
    b_text = "Fewer than 10 passengers were hurt when the Marlow ferry struck the quay at Tessel on Sunday."
    found = _pair(text, a_amounts, b_text, [_count(b_text, "10", "passenger", "passengers", "lt")])
    conflicts = [f for f in found if f.kind == "conflict"]
    assert conflicts  # either A figure's range misses B's
    for f in conflicts:
        assert f.features["disjoint"] == 1.0 and f.features["noun_rival"] == 1.0
        assert not disjoint_pair(f.features) and not one_fact_figure(f)
        assert f.confidence < 0.5


def test_two_limits_of_one_direction_are_no_disjoint_ranges():
    a_text = "Up to 40 passengers were hurt when the Marlow ferry struck the quay at Tessel, and two were kept in hospital."
    b_text = "Up to 30 passengers were hurt when the Marlow ferry struck the quay at Tessel on Sunday."
    found = _pair(a_text, _a(a_text, "le"), b_text, [_count(b_text, "30", "passenger", "passengers", "le")])
    f = _main(found, "40", "30")
    assert f.kind == "conflict" and f.features["disjoint"] == 0.0  # the claims layer's conflict; the ranges meet
    assert not one_fact_figure(f)


def test_the_injured_against_the_dead_of_a_generic_noun_stay_apart():
    # "people" names no one group: only the same-happening model can say the two sentences tell one happening, and
    # those hurt and those killed are two groups of it
    a_text = "At least 40 people were injured when a gas main exploded under a bakery in Holm, and two were kept in hospital."
    b_text = "Fewer than 10 people were killed when a gas main exploded under a bakery in Holm on Friday."
    a_amounts = [_count(a_text, "40", "person", "people", "ge", verb="injure"),
                 _count(a_text, "two", None, None, after=a_text.index("and"), verb="keep")]
    found = _pair(a_text, a_amounts, b_text, [_count(b_text, "10", "person", "people", "lt", verb="kill")], cos=0.7)
    f = _main(found, "40", "10")
    assert f.kind == "conflict" and f.features["disjoint"] == 1.0 and f.features["noun_rival"] == 0.0
    assert f.features["act_clash"] == 1.0 and not disjoint_pair(f.features)
    assert f.confidence < 0.5
