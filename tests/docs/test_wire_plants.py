"""The hand-written wire stories (benchmarks/wire): every planted span in plants.json is the exact text at its
offsets in what ingest stores for that document (what `newsprism compare` reads), and the set is shaped as the
benchmark says (six stories of two or three outlets, 180-400 words each, 20 planted and 10 compatible plants).
No pipeline run."""

import json
from pathlib import Path

import pytest

from newsprism.api import ingest

ROOT = Path(__file__).resolve().parents[2]
WIRE = ROOT / "benchmarks" / "wire"
PLANTS = json.loads((WIRE / "plants.json").read_text("utf-8"))["plants"]
STORIES = sorted({p["story"] for p in PLANTS})
PLANTED_KINDS = {"count_bound", "magnitude", "duration", "ordinal", "title", "plan_vs_deed", "vote_share", "denial",
                 "money", "date"}
COMPATIBLE_KINDS = {"compat_bound", "compat_honorific", "compat_same_figure", "compat_rounded",
                    "compat_said_vs_happened", "compat_two_events", "compat_title_office"}


@pytest.fixture(scope="module")
def texts() -> dict[str, dict[str, str]]:
    out = {}
    for story in STORIES:
        docs, errors = ingest([WIRE / story])
        assert not errors
        out[story] = {d.id: d.text for d in docs}
    return out


def test_the_set_has_the_promised_shape(texts):
    assert len(STORIES) == 6
    assert sorted(p.name for p in WIRE.iterdir() if p.is_dir()) == STORIES
    for story in STORIES:
        assert 2 <= len(texts[story]) <= 3
        for text in texts[story].values():
            assert 180 <= len(text.split()) <= 420  # body 180-400 words plus title and meta lines
    planted = [p for p in PLANTS if p["expect"] != "compatible"]
    compatible = [p for p in PLANTS if p["expect"] == "compatible"]
    assert len(planted) == 20 and len(compatible) == 10
    assert {p["kind"] for p in planted} == PLANTED_KINDS
    assert {p["kind"] for p in compatible} == COMPATIBLE_KINDS
    assert {p["expect"] for p in planted} <= {"conflict", "precision", "status"}
    for story in STORIES:
        assert 3 <= sum(p["story"] == story for p in planted) <= 4
    assert len({p["id"] for p in PLANTS}) == len(PLANTS)


@pytest.mark.parametrize("plant", PLANTS, ids=[p["id"] for p in PLANTS])
def test_spans_are_the_stored_text(plant, texts):
    docs = texts[plant["story"]]
    assert len(plant["sides"]) == 2
    assert plant["sides"][0]["document"] != plant["sides"][1]["document"]
    for side in plant["sides"]:
        assert docs[side["document"]][side["start"]:side["end"]] == side["text"]
