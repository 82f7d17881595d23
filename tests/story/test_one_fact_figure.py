"""A figure conflict that can only be one fact told two ways is shown (story/confidence.one_fact_figure, issue 11):
one counted thing, each sentence's only figure, exact figures, neither told by the other report, alike sentences
in the top part of both reports. Invented sources, slots built by hand (no models but the same-happening one)."""

from __future__ import annotations

import hand_sources as hand
import numpy as np

from newsprism.claims.amounts import Amount
from newsprism.claims.slots import SentenceSlots
from newsprism.story.compare import Source, compare_pair, settings
from newsprism.story.confidence import one_fact_figure
from newsprism.story.flags import rate

A_TEXT = "About 3,000 striking dock workers walked out at the port of Varno on Monday."
B_TEXT = "Some 2,000 striking dock workers walked out at Varno's port on Monday."
# an earlier part of a report that holds no figure: it pushes the figure's sentence down the report
FILLER = "The port authority said talks would resume. " * 12


VAGUE = {"Thousands": (2000.0, 9999.0), "Tens of thousands": (20000.0, 99999.0)}


def _amount(text: str, figure: str, bound: str = "exact", after: int = 0) -> Amount:
    at = text.index(figure, after)
    value = float(figure.replace(",", "")) if figure[0].isdigit() else None
    # a vague word stands for a range of its own, as the claims layer reads it
    low, high = (value, value) if value is not None else VAGUE[figure]
    return Amount(start=at, end=at + len(figure), text=figure, value=value, low=low, high=high, bound=bound, dim="count", noun="worker", noun_text="striking dock workers",
                  extra={"verb": "walk"})  # type: ignore[arg-type]


def _source(i: int, text: str, figure: str, cos_vec, *, lead: str = "", bound: str = "exact") -> Source:
    full = lead + text
    sent = SentenceSlots(start=len(lead), end=len(full), text=text,
                         amounts=[_amount(full, figure, bound, after=len(lead))])
    sent_lead = [SentenceSlots(start=0, end=len(lead), text=lead)] if lead else []
    sents = [*sent_lead, sent]
    vecs = np.array([[0.0, 0.0]] * len(sent_lead) + [cos_vec])
    return Source(index=i, name=f"Outlet {i}", sentences=sents, vectors=vecs, text=full)


def _conflict(a: Source, b: Source):
    found = [f for f in compare_pair(a, b) if f.kind == "conflict"]
    assert len(found) == 1
    rate(found, {0: a, 1: b})
    return found[0]


def test_one_figure_of_one_thing_in_both_leads_is_shown():
    va, vb = hand.vectors(0.8)
    f = _conflict(_source(0, A_TEXT, "3,000", va), _source(1, B_TEXT, "2,000", vb))
    assert f.features["depth"] == 0.0 and f.features["vague"] == 0.0
    assert one_fact_figure(f)
    assert f.confidence >= settings()["one_fact_figure_confidence"] >= 0.5


def test_a_figure_deep_in_one_report_is_not_taken_as_the_same_fact():
    # round 45: depth is asked where the two figures' owners are not both read as one ("at the port of Varno" /
    # no place named), and whenever the rule is switched off
    va, vb = hand.vectors(0.8)
    b_text = "Some 2,000 striking dock workers walked out on Monday."
    f = _conflict(_source(0, A_TEXT, "3,000", va), _source(1, b_text, "2,000", vb, lead=FILLER))
    assert f.features["depth"] > settings()["one_fact_depth_max"]
    assert f.features["same_owner"] == 0.0
    assert not one_fact_figure(f)


def test_a_deep_figure_of_the_same_owner_is_taken_as_the_same_fact(monkeypatch):
    # round 45 (story/owners.py): both figures' owners read and one ("at the port of Varno" / "at Varno's port"),
    # the reason of the depth test (a deep figure was another owner's group) does not hold
    va, vb = hand.vectors(0.8)
    f = _conflict(_source(0, A_TEXT, "3,000", va), _source(1, B_TEXT, "2,000", vb, lead=FILLER))
    assert f.features["depth"] > settings()["one_fact_depth_max"] and f.features["same_owner"] == 1.0
    assert one_fact_figure(f)
    monkeypatch.setitem(settings(), "one_fact_depth_same_owner", False)
    assert not one_fact_figure(f)


def test_a_vague_figure_is_not_taken_as_the_same_fact():
    va, vb = hand.vectors(0.8)
    a_text = "Tens of thousands of striking dock workers walked out at the port of Varno on Monday."
    b_text = "Thousands of striking dock workers walked out at Varno's port on Monday."
    f = _conflict(_source(0, a_text, "Tens of thousands", va, bound="vague"),
                  _source(1, b_text, "Thousands", vb, bound="vague"))
    assert f.features["vague"] == 1.0
    assert not one_fact_figure(f)


def test_unlike_sentences_are_one_fact_only_when_the_counted_thing_and_its_group_match():
    # Round 24 (fig24c, candidate E): this test pinned a sentence-cosine floor (unlike sentences were never one
    # fact). E drops the floor and asks what is counted instead: one counted thing of one group, each sentence's
    # only figure, of one happening, is one fact however unlike the sentences are; two groups are not.
    va, vb = hand.vectors(0.4)
    f = _conflict(_source(0, A_TEXT, "3,000", va), _source(1, B_TEXT, "2,000", vb))
    assert one_fact_figure(f)
    a_text = "About 3,000 dock workers of Varno walked out on Monday."
    b_text = "Some 2,000 dock workers of Selmor walked out on Monday."
    f = _conflict(_source(0, a_text, "3,000", va), _source(1, b_text, "2,000", vb))
    assert f.features["group_clash"] == 1.0
    assert not one_fact_figure(f)
    assert f.confidence < 0.5


# Round 28 (issue 11): a vague count that English ties to the figure's own group is no rival figure of its sentence
A_RIVAL = "About 3,000 striking dock workers walked out at the port of Varno on Monday, several of them for the day."
B_ONE = "Some 2,000 striking dock workers walked out at Varno's port on Monday."


def _rival_source(i: int, text: str, figure: str, rival: str, cos_vec, *, rival_bound: str = "vague") -> Source:
    """One sentence holding the compared figure and a second count ``rival`` (a vague word, or an exact number),
    whose counted thing is not written (``noun`` None), as the claims layer reads "several of them"."""
    sent = SentenceSlots(start=0, end=len(text), text=text, amounts=[_amount(text, figure)])
    at = text.index(rival, text.index(figure) + len(figure))
    value = None if rival_bound == "vague" else float(rival.replace(",", "")) if rival[0].isdigit() else 2.0
    low, high = (3.0, 9.0) if value is None else (value, value)
    sent.amounts.append(Amount(start=at, end=at + len(rival), text=rival, value=value, low=low, high=high,
                               bound=rival_bound, dim="count", noun=None, noun_text=None))  # type: ignore[arg-type]
    return Source(index=i, name=f"Outlet {i}", sentences=[sent], vectors=np.array([cos_vec]), text=text)


def test_a_vague_part_of_the_figures_group_leaves_it_the_sentences_only_figure():
    va, vb = hand.vectors(0.8)
    f = _conflict(_rival_source(0, A_RIVAL, "3,000", "several", va), _source(1, B_ONE, "2,000", vb))
    assert f.features["only_pair"] == 0.0  # the model input still counts the vague word
    assert f.features["only_figure"] == 1.0
    assert one_fact_figure(f)
    assert f.confidence >= settings()["one_fact_figure_confidence"] >= 0.5


def test_a_vague_group_told_apart_by_more_leaves_it_the_sentences_only_figure():
    va, vb = hand.vectors(0.8)
    a_text = "About 3,000 striking dock workers walked out at the port of Varno on Monday, and dozens more joined later."
    f = _conflict(_rival_source(0, a_text, "3,000", "dozens", va), _source(1, B_ONE, "2,000", vb))
    assert f.features["only_figure"] == 1.0
    assert one_fact_figure(f)


def test_a_vague_count_of_its_own_or_an_exact_part_stays_a_rival():
    va, vb = hand.vectors(0.8)
    # "dozens marched": a vague count with no tie to the figure's group may be the fact the other report counts
    a_text = "About 3,000 striking dock workers walked out at the port of Varno on Monday and dozens marched."
    f = _conflict(_rival_source(0, a_text, "3,000", "dozens", va), _source(1, B_ONE, "2,000", vb))
    assert f.features["only_figure"] == 0.0
    assert not one_fact_figure(f)
    # "two of them": an exact number is a figure of its own, whatever it is tied to
    a_text = "About 3,000 striking dock workers walked out at the port of Varno on Monday, 2 of them for the day."
    f = _conflict(_rival_source(0, a_text, "3,000", "2", va, rival_bound="exact"), _source(1, B_ONE, "2,000", vb))
    assert f.features["only_figure"] == 0.0
    assert not one_fact_figure(f)
