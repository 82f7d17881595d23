"""A count of a part of a group against a count of the whole group is one fact told as part and whole, no conflict
(story/groups.part_and_whole, feature ``part_whole``; story/flags.part_of_whole drops the finding before any flag is
made; round 37, issue 11). "Five of the hospitals were merged" / "The region has 14 hospitals": the part and the
whole. The same act counted as a part and as a plain count stays a conflict, as do two partitives and a part larger
than the other count. Invented sentences, slots built by hand, read from the spaCy parse."""

from __future__ import annotations

import hand_sources as hand
import numpy as np
import pytest

from newsprism.claims.amounts import Amount
from newsprism.claims.slots import SentenceSlots
from newsprism.model import Document, Span
from newsprism.story.compare import Finding, Source, compare_pair
from newsprism.story.flags import part_of_whole, rate, to_flags
from newsprism.story.groups import told_as_part, told_as_whole

WORDS = {"Five": 5.0, "Eight": 8.0, "Two": 2.0, "five": 5.0, "nine": 9.0, "Nine": 9.0}


def _source(i: int, text: str, figure: str, verb: str, vec: np.ndarray) -> Source:
    at = text.index(figure)
    value = WORDS.get(figure) or float(figure.replace(",", ""))
    amount = Amount(start=at, end=at + len(figure), text=figure, value=value, low=value, high=value, bound="exact",
                    dim="count", noun="clinic", noun_text="clinics", extra={"verb": verb})
    sent = SentenceSlots(start=0, end=len(text), text=text, amounts=[amount])
    return Source(index=i, name=f"Outlet {i}", sentences=[sent], vectors=np.array([vec]), text=text)


def _flags(a_text: str, a_fig: str, a_verb: str, b_text: str, b_fig: str, b_verb: str) -> tuple[Finding, list]:
    """The one count conflict of the two reports, rated, and the flags the story shows of it (shown or not)."""
    va, vb = hand.vectors(0.7)
    a, b = _source(0, a_text, a_fig, a_verb, va), _source(1, b_text, b_fig, b_verb, vb)
    found = [f for f in compare_pair(a, b) if f.kind == "conflict"]
    assert len(found) == 1
    sources = {0: a, 1: b}
    rate(found, sources)
    docs = [Document(id=f"d{i}", source=f"d{i}", text=t, body=Span(start=0, end=len(t)))
            for i, t in enumerate((a_text, b_text))]
    return found[0], [d for d in to_flags(found, sources, docs) if d.kind == "conflict"]


PART = "Five of the clinics in the Orvast district will be merged under the plan."


@pytest.mark.slow  # read from the spaCy parse
def test_a_part_against_its_whole_is_no_conflict():
    for whole, fig, verb in (("The Orvast district has 14 clinics, most of them small.", "14", "hav"),
                             ("Fees at the district's 14 clinics will rise next year.", "14", "ris"),
                             ("All 14 clinics were inspected last spring.", "14", "inspect")):
        f, flags = _flags(PART, "Five", "merg", whole, fig, verb)
        assert f.features["part_whole"] == 1.0 and part_of_whole(f), whole
        assert flags == [], whole


@pytest.mark.slow
def test_the_same_act_counted_as_a_part_and_plainly_stays_a_conflict():
    part = "Five of the clinics in the Orvast district were evacuated on Monday."
    for whole in ("Eight clinics in the Orvast district were evacuated on Monday.",
                  "The 14 clinics in the Orvast district were evacuated on Monday."):  # all of them against five
        fig = "Eight" if whole.startswith("Eight") else "14"
        f, flags = _flags(part, "Five", "evacuat", whole, fig, "evacuat")
        assert f.features["part_whole"] == 0.0 and not part_of_whole(f), whole
        assert len(flags) == 1, whole


@pytest.mark.slow
def test_a_plain_count_of_another_act_is_not_the_whole():
    # "Eight clinics were closed" counts the clinics some act befell, not the district's clinics
    f, flags = _flags(PART, "Five", "merg", "Eight clinics in the Orvast district were closed.", "Eight", "clos")
    assert f.features["part_whole"] == 0.0
    assert len(flags) == 1


@pytest.mark.slow
def test_two_partitives_stay_a_conflict():
    f, flags = _flags(PART, "Five", "merg", "Nine of the district's clinics will be shut.", "Nine", "shut")
    assert f.features["part_whole"] == 0.0
    assert len(flags) == 1


@pytest.mark.slow
def test_a_part_larger_than_the_other_count_stays_a_conflict():
    part = "Nine of the clinics in the Orvast district will be merged under the plan."
    f, flags = _flags(part, "Nine", "merg", "The Orvast district has five clinics.", "five", "hav")
    assert f.features["part_whole"] == 0.0
    assert len(flags) == 1


@pytest.mark.slow
@pytest.mark.parametrize("sentence,figure,part,whole", [
    ("Five of the clinics were merged.", "Five", True, False),
    ("Two of them were merged.", "Two", True, False),
    ("The district's 14 clinics were merged.", "14", False, True),
    ("All 14 clinics were merged.", "14", False, True),
    ("Eight clinics were merged.", "Eight", False, False),
])
def test_part_and_whole_readings(sentence, figure, part, whole):
    at = sentence.index(figure)
    assert told_as_part(sentence, at, at + len(figure), figure) is part
    assert told_as_whole(sentence, at, at + len(figure), figure) is whole
