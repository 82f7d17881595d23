"""The real-coverage features of a finding (training/real_features.py) and the model inputs built from them."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import numpy as np

from newsprism.claims.slots import SentenceSlots
from newsprism.story.compare import Finding, Side, Source

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))

from real_features import FEATURES, add_features, apply, extra_features, inputs, side_info  # noqa: E402

TEXT_A = ("Harbor officials in Port Vell said on Monday that 4,000 dock workers joined the strike. "
          "The weather was mild. Later, Ilse Varga praised the crews.")
TEXT_B = ("The weather in Lindmark stayed cold all week and the ferries ran late. "
          "Fewer than 500 dock workers joined the strike in Port Vell, the union said.")


def _source(index: int, text: str, names: list[frozenset[str]], happenings: dict[int, str]) -> Source:
    sents, at = [], 0
    for part, nm in zip(text.split(". "), names, strict=True):
        s = part if part.endswith(".") else part + "."
        start = text.index(part, at)
        sents.append(SentenceSlots(start=start, end=start + len(s), text=s, names=nm))
        at = start + len(s)
    return Source(index=index, name=f"s{index}", sentences=sents, vectors=np.zeros((len(sents), 3)), text=text,
                  happenings=happenings)


def _sources() -> tuple[Source, Source]:
    a = _source(0, TEXT_A, [frozenset({"port vell"}), frozenset(), frozenset({"ilse varga"})],
                {TEXT_A.index("joined"): "E1"})
    b = _source(1, TEXT_B, [frozenset({"lindmark"}), frozenset({"port vell"})], {TEXT_B.index("joined"): "E1"})
    return a, b


def _side(src: Source, k: int, word: str) -> Side:
    at = src.text.index(word)
    return Side(source=src.index, sentence=k, start=at, end=at + len(word), text=word, value=word)


def test_extra_features_read_position_overlap_and_happening() -> None:
    a, b = _sources()
    lead = side_info(a, _side(a, 0, "4,000"))
    later = side_info(b, _side(b, 1, "500"))
    x = extra_features(lead, later)
    assert x["lead_min"] == 0.0 and 0.4 < x["lead_max"] < 1.0
    assert x["first_min"] == 1.0
    assert x["linked"] == 1.0 and x["names_shared"] == 1 / 3 and x["names_missing"] == 0.0
    assert 0.2 < x["words"] < 1.0
    other = extra_features(side_info(a, _side(a, 2, "Varga")), side_info(b, _side(b, 0, "Lindmark")))
    assert other["linked"] == 0.0 and other["names_missing"] == 1.0 and other["first_min"] == 1.0
    assert other["words"] < x["words"]


def test_event_side_without_sentence_index_finds_its_sentence() -> None:
    a, _ = _sources()
    side = _side(a, 2, "praised")
    side.sentence = -1  # event findings carry no sentence index
    info = side_info(a, side)
    assert info.index == 2 and info.names == frozenset({"ilse varga"})


def test_add_features_fills_every_finding() -> None:
    a, b = _sources()
    f = Finding(kind="conflict", slot="count", a=_side(a, 0, "4,000"), b=_side(b, 1, "500"), detail="bound")
    add_features([f], {0: a, 1: b})
    assert {"lead_min", "words", "linked"} <= set(f.features)


def test_model_inputs_are_complete_and_a_model_gives_a_probability() -> None:
    raw = {"sentence": 0.7, "noun": 1.0, "context": 0.5, "names": 1.0, "same_p": 0.8, "lead_min": 0.0,
           "lead_max": 0.3, "words": 0.4, "names_shared": 1 / 3, "linked": 1.0, "gap": 9.0}
    x = inputs("amount", "conflict", raw)
    assert set(FEATURES) <= set(x)
    assert -6.0 <= x["family_logit"] <= 6.0
    assert x["fam_amount"] == 1.0 and x["fam_role"] == 0.0 and x["same_p_missing"] == 0.0 and x["gap"] == 5.0
    assert inputs("role", "conflict", {})["same_p_missing"] == 1.0
    flat = {"intercept": 0.0, "weights": {k: 0.0 for k in FEATURES}, "mean": {k: 0.0 for k in FEATURES},
            "scale": {k: 1.0 for k in FEATURES}, "platt": {"a": 1.0, "b": 0.0}}
    assert math.isclose(apply(flat, "amount", "conflict", raw), 0.5)
    flat["weights"]["words"] = 2.0
    assert apply(flat, "amount", "conflict", raw) > apply(flat, "amount", "conflict", dict(raw, words=0.0))
