"""The date diagnosis of round 18 (benchmarks/where_dates_lost.py) walks a date pair through the same tests as
story.compare._dates: a pair it calls paired is compared, any other is not. Invented sentences, slots and sentence
vectors built by hand (the learned same-happening model is the only file read)."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

import newsprism.story.compare as compare
from newsprism.claims.slots import DateSlot, SentenceSlots
from newsprism.story.compare import Source, settings

ROOT = Path(__file__).resolve().parents[2]


def _diagnosis() -> ModuleType:
    spec = importlib.util.spec_from_file_location("where_dates_lost", ROOT / "benchmarks" / "where_dates_lost.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _source(i: int, text: str, day: str, date: int, verb: str, vec: list[float]) -> Source:
    at = text.index(day)
    slot = DateSlot(start=at, end=at + len(day), text=day, month=6, day=date, predicate=verb)
    sent = SentenceSlots(start=0, end=len(text), text=text, dates=[slot], names=frozenset({"orlen star"}))
    return Source(index=i, name=f"Outlet {i}", sentences=[sent], vectors=np.array([vec]), text=text,
                  published="2026-06-11")


def _pair(text_a: str, verb_a: str, text_b: str, verb_b: str, cos: float) -> tuple[str, int]:
    a = _source(0, text_a, "June 9", 9, verb_a, [1.0, 0.0])
    b = _source(1, text_b, "June 8", 8, verb_b, [cos, math.sqrt(1.0 - cos * cos)])
    sims = a.vectors @ b.vectors.T
    stage = _diagnosis()._stage(compare, a, 0, a.sentences[0].dates[0], b, 0, b.sentences[0].dates[0],
                                float(sims[0, 0]), settings())
    found = [f for f in compare._dates(a, b, sims, settings()) if f.kind == "conflict"]
    return stage, len(found)


def test_one_verb_in_alike_sentences_is_paired_and_compared() -> None:
    stage, found = _pair("The ferry Orlen Star capsized late on June 9 near the harbour.", "capsiz",
                         "The ferry Orlen Star capsized on the night of June 8 near the harbour.", "capsiz", 0.9)
    assert stage.startswith("paired") and found == 1


def test_two_verbs_are_stopped_by_the_predicate_test_as_in_compare(monkeypatch: pytest.MonkeyPatch) -> None:
    capsized = "The ferry Orlen Star capsized late on June 9 near the harbour."
    went_over = "The ferry Orlen Star went over on the night of June 8 near the harbour."
    # a one-line report's one date is its headline happening's day: round 31's headline days pair the two verbs
    # (compare.headline_days), a route the walk does not copy; the ordinary route alone stops them
    assert _pair(capsized, "capsiz", went_over, "go", 0.7)[1] == 1
    monkeypatch.setitem(settings(), "date_headline_days", False)
    stage, found = _pair(capsized, "capsiz", went_over, "go", 0.7)
    assert stage.startswith("two predicates") and found == 0


def test_unlike_sentences_are_stopped_by_the_floor_as_in_compare(monkeypatch: pytest.MonkeyPatch) -> None:
    # round 52 (date_one_act_subordinate_clauses): "the Orlen Star, which capsized on June 8" is read from its own
    # clause, so the one-act test rightly pairs the two capsizings of one ship (a conflict compare now shows); this
    # test gives the walk no date lists (it cannot ask one_act), so the floor is checked with that reading off
    monkeypatch.setitem(settings(), "date_one_act_subordinate_clauses", False)
    stage, found = _pair("The ferry Orlen Star capsized late on June 9 near the harbour.", "capsiz",
                         "Divers searched the hull of the Orlen Star, which capsized on June 8.", "capsiz", 0.4)
    assert stage.startswith("sentence cosine") and found == 0
