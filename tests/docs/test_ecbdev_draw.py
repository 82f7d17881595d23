"""The round-11 ECB+ DEV flags draw (benchmarks/ecb_draw.py, `ecbdev`): on a tiny invented ECB+ tree (no ECB+ text)
the word bar, the sub-topic order and the second triple; on the real data (when present) a draw of dev sub-topics
only that repeats itself and whose two triples of a sub-topic share no document."""

import importlib.util
import json
import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def ecb_draw(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))  # ecb_draw imports basil as the scripts do
    spec = importlib.util.spec_from_file_location("ecb_draw", ROOT / "benchmarks" / "ecb_draw.py")
    mod = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "ecb_draw", mod)
    spec.loader.exec_module(mod)
    return mod


def _words(n: int, lead: str) -> str:
    return " ".join(f"{lead}{i}" for i in range(n))


def _tree(root: Path, sizes: dict[str, list[int]], dev: list[int], train: list[int]) -> Path:
    """An invented ECB+ tree: sub-topic -> the word counts of its documents `<topic>_1<half>`, `<topic>_2<half>`..."""
    ecb = root / "ecbplus"
    ecb.mkdir(parents=True)
    split = {"train": train, "dev": dev, "test": "held back"}
    (ecb / "splits.json").write_text(json.dumps({"standard split (Cybulska & Vossen 2015)": split}), "utf-8")
    for sub, counts in sizes.items():
        topic = sub.rstrip("ecbplus")
        half = sub[len(topic):]
        folder = ecb / topic / sub
        folder.mkdir(parents=True)
        for n, words in enumerate(counts, start=1):
            (folder / f"{topic}_{n}{half}.txt").write_text(_words(words, f"d{topic}{half}{n}_"), "utf-8")
    return ecb


def test_tiny_tree_bar_order_and_disjoint_second_triple(ecb_draw, tmp_path):
    ok, short = ecb_draw.ECBDEV_MIN_WORDS, ecb_draw.ECBDEV_MIN_WORDS - 1
    sizes = {"3ecb": [ok] * 7 + [short],  # 7 eligible: two triples
             "3ecbplus": [ok, ok, short, ok, ok, ok],  # 5 eligible: one triple
             "9ecb": [ok, ok, short],  # 2 eligible: no story
             "9ecbplus": [ok] * 12,
             "4ecb": [ok] * 9}  # a train topic: never drawn
    ecb = _tree(tmp_path / "data", sizes, dev=[9, 3], train=[4])
    eligible = ecb_draw.ecbdev_eligible(ecb)
    assert list(eligible) == ["9ecb", "9ecbplus", "3ecb", "3ecbplus"]  # splits.json order, ecb before ecbplus
    assert [p.stem for p in eligible["3ecbplus"]] == ["3_1ecbplus", "3_2ecbplus", "3_4ecbplus", "3_5ecbplus",
                                                      "3_6ecbplus"]
    assert [p.stem for p in eligible["9ecbplus"]][:3] == ["9_1ecbplus", "9_2ecbplus", "9_3ecbplus"]  # by number
    draw = ecb_draw.ecbdev_draw_ids(ecb)
    assert list(draw) == ["ecbdev:9ecbplus:0", "ecbdev:9ecbplus:1", "ecbdev:3ecb:0", "ecbdev:3ecb:1",
                          "ecbdev:3ecbplus:0"]
    assert draw == ecb_draw.ecbdev_draw_ids(ecb)
    for sub in ("9ecbplus", "3ecb"):
        assert not set(draw[f"ecbdev:{sub}:0"]) & set(draw[f"ecbdev:{sub}:1"])
    # the rule written out: one generator for the whole draw, in sub-topic order
    rng = random.Random(ecb_draw.ECBDEV_SEED)
    docs = [p.stem for p in eligible["9ecbplus"]]
    first = rng.sample(docs, 3)
    assert draw["ecbdev:9ecbplus:0"] == first
    assert draw["ecbdev:9ecbplus:1"] == rng.sample([d for d in docs if d not in first], 3)
    files = ecb_draw.ecbdev_story_draw(ecb, tmp_path / "runs")
    assert all(p.parent == tmp_path / "runs" and p.read_text("utf-8") == ecb_draw.doc_path(p.stem, ecb).read_text(
        "utf-8") for paths in files.values() for p in paths)


def test_the_real_draw_is_dev_only_repeats_and_its_triples_are_apart(ecb_draw):
    if not ecb_draw.ECBPLUS.is_dir():
        pytest.skip("../shared/data/ecbplus is not present on this machine")
    draw = ecb_draw.ecbdev_draw_ids()
    dev = json.loads((ecb_draw.ECBPLUS / "splits.json").read_text("utf-8"))[
        "standard split (Cybulska & Vossen 2015)"]["dev"]
    assert len(draw) == 27 and all(len(set(docs)) == 3 for docs in draw.values())
    assert {int(ecb_draw.subtopic_of(d).rstrip("ecbplus")) for docs in draw.values() for d in docs} <= set(dev)
    assert all(ecb_draw.subtopic_of(d) == story.split(":")[1] for story, docs in draw.items() for d in docs)
    every = [d for docs in draw.values() for d in docs]
    assert len(every) == len(set(every)) == 81  # the two triples of a sub-topic share no document
    assert draw == ecb_draw.ecbdev_draw_ids()
