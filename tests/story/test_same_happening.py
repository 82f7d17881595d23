"""The learned same-happening test of the story comparison (issue 11, round 3) and how-often counts.

Invented text and fictional outlets only. Hand-built slots check the rules with the shipped model; one story
runs `newsprism compare` end to end."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from newsprism.claims.amounts import find_amounts, relation
from newsprism.claims.slots import DateSlot, Ordinal, SentenceSlots
from newsprism.events.coref import CorefModel
from newsprism.story.compare import Source, compare_pair
from newsprism.story.confidence import confidence, family, model
from newsprism.story.happening import FEATURES, p_same


def _sent(text: str, **slots) -> SentenceSlots:
    return SentenceSlots(start=0, end=len(text), text=text, **slots)


def _sources(a: SentenceSlots, b: SentenceSlots, cos: float) -> tuple[Source, Source]:
    va, vb = np.array([1.0, 0.0]), np.array([cos, math.sqrt(1 - cos * cos)])
    return (Source(index=0, name="Fen Post", sentences=[a], vectors=np.array([va]), text=a.text),
            Source(index=1, name="Dale Wire", sentences=[b], vectors=np.array([vb]), text=b.text))


def test_the_model_prefers_one_predicate_and_close_sentences():
    names = frozenset({"lorth"})
    assert p_same("meet", "meet", 0.9, names, names) > p_same("meet", "meet", 0.3, names, names)
    assert p_same("meet", "meet", 0.8, names, names) > p_same("meet", "visit", 0.8, names, names)
    assert p_same("meet", "meet", 0.8, names, frozenset({"drago"})) < p_same("meet", "meet", 0.8, names, names)
    for cos in (-0.2, 0.0, 0.5, 1.0):
        assert 0.0 < p_same("sign", "sign", cos, names, names) < 1.0
    assert len(FEATURES) == 11


def _dated(text: str, day: int) -> SentenceSlots:
    at = text.index("May")
    return _sent(text, dates=[DateSlot(start=at, end=at + len(f"May {day}"), text=f"May {day}", year=2031, month=5,
                                       day=day, predicate="open")], names=frozenset({"ilse varga"}))


def test_a_shared_name_is_not_one_happening_for_a_date():
    a = _dated("Mayor Ilse Varga opened the ferry pier on May 2 after a long delay.", 2)
    b = _dated("Ilse Varga opened a school in the hills on May 9.", 9)
    assert not [f for f in compare_pair(*_sources(a, b, 0.3)) if f.slot == "date"]


def test_a_date_of_one_happening_is_flagged_with_the_product_confidence():
    a = _dated("Mayor Ilse Varga opened the ferry pier on May 2.", 2)
    b = _dated("Mayor Ilse Varga opened the new ferry pier on May 9.", 9)
    (f,) = [f for f in compare_pair(*_sources(a, b, 0.92)) if f.slot == "date"]
    assert f.kind == "conflict" and 0.5 <= f.features["same_p"] < 1.0
    fam = model()["families"][family(f)]
    assert fam.get("one_class") and confidence(f) == pytest.approx(fam["rate"] * f.features["same_p"])


def test_how_often_phrases_are_counts_of_times():
    twice, = find_amounts("The council voted on the plan twice.")
    assert (twice.value, twice.bound, twice.noun) == (2.0, "exact", "time")
    occ, = find_amounts("The envoys met on several occasions last spring.")
    assert (occ.text, occ.bound, occ.noun, occ.low, occ.high) == ("on several occasions", "vague", "time", 3.0, 7.0)
    rep, = find_amounts("They have clashed repeatedly over the harbour levy.")
    assert rep.bound == "vague" and rep.high == math.inf
    four, = find_amounts("They held four meetings.")
    assert relation(occ, four) == "vaguer" and relation(twice, four) == "conflict"


def _times(text: str, phrase: str, noun: str, names: frozenset[str]) -> SentenceSlots:
    (a,) = [x for x in find_amounts(text) if x.text == phrase]
    a.noun = noun
    return _sent(text, amounts=[a], names=names)


def test_vague_and_exact_counts_of_one_series_of_meetings_are_a_precision_flag():
    names = frozenset({"ana lorth", "pel drago"})
    a = _times("Ana Lorth and Pel Drago have met several times this year.", "several", "time", names)
    b = _times("Ana Lorth and Pel Drago have held four meetings this year.", "four", "meeting", names)
    (f,) = [f for f in compare_pair(*_sources(a, b, 0.8)) if f.slot == "count"]
    assert f.kind == "precision" and f.features["same_p"] >= 0.5
    # the same words about two different series (other people, sentences far apart) are not compared
    c = _times("Ana Lorth and Pel Drago have met several times this year.", "several", "time", names)
    d = _times("Union leaders have held four meetings with the mill owners.", "four", "meeting",
               frozenset({"mill owners"}))
    assert not [f for f in compare_pair(*_sources(c, d, 0.46)) if f.slot == "count"]


def _ord(text: str, word: str, value: int, noun: str, names: frozenset[str]) -> SentenceSlots:
    at = text.index(word)
    return _sent(text, ordinals=[Ordinal(start=at, end=at + len(word), text=word, value=value, noun=noun)],
                 names=names)


def test_for_the_third_time_against_second_of_one_series_conflicts_only_when_one_happening():
    names = frozenset({"tarn council"})
    a = _ord("The Tarn council met for the third time on Friday.", "third time", 3, "time", names)
    b = _ord("The Tarn council met on Friday, its second such session.", "second such session", 2, "session", names)
    (f,) = [f for f in compare_pair(*_sources(a, b, 0.82)) if f.slot == "ordinal"]
    assert f.kind == "conflict"
    assert not [f for f in compare_pair(*_sources(a, b, 0.2)) if f.slot == "ordinal"]


def test_coref_model_runs_a_tiny_mlp_when_its_file_has_one(tmp_path):
    k = 28
    w1 = np.zeros((k, 2), dtype=np.float32)
    w1[0, 0] = 1.0
    path = tmp_path / "m.npz"
    np.savez(path, mean=np.zeros(k, np.float32), scale=np.ones(k, np.float32), weight=np.zeros(k, np.float32),
             bias=np.float32(-1.0), threshold=np.float32(0.4), hidden_weight=w1,
             hidden_bias=np.array([0.0, 0.5], np.float32), out_weight=np.array([2.0, 1.0], np.float32))
    m = CorefModel.load(path)
    F = np.zeros((2, k), dtype=np.float32)
    F[1, 0] = 1.0
    assert m.logit(F).tolist() == pytest.approx([-0.5, 1.5])


HERALD = {
    "id": "herald", "outlet": "Fen Herald", "title": "Lorth and Drago meet again over river treaty",
    "published": "2031-06-02",
    "text": ("Foreign ministers Ana Lorth and Pel Drago have met several times this year to discuss the river treaty.\n"
             "The talks in Ostmark on Monday were the third round of negotiations.\n"),
}
WIRE = {
    "id": "wire", "outlet": "Dale Wire", "title": "River treaty talks resume in Ostmark",
    "published": "2031-06-02",
    "text": ("Foreign ministers Ana Lorth and Pel Drago have held four meetings this year on the river treaty.\n"
             "The talks in Ostmark on Monday were the second round of negotiations.\n"),
}


@pytest.mark.slow
def test_compare_flags_how_often_and_which_round(tmp_path):
    from newsprism.cli.compare import CompareFormat, compare

    paths = []
    for rec in (HERALD, WIRE):
        p = tmp_path / f"{rec['id']}.json"
        p.write_text(json.dumps(rec), encoding="utf-8")
        paths.append(str(p))
    result, code = compare(paths, fmt=CompareFormat.json, out=tmp_path / "story.json")
    assert code == 0
    flags = {(d.kind, d.slot): d for d in result.story.discrepancies}
    often = flags[("precision", "count")]
    assert {s.text for s in often.sides} >= {"four meetings"} and "several" in " ".join(s.text for s in often.sides)
    assert ("conflict", "ordinal") in flags
