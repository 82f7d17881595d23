"""The round-56 held-out real-coverage draw (benchmarks/ecb_draw.py, `r56`): on the real data (when present) the
committed selection repeats itself, uses no sub-topic of an earlier story draw (r6, r7, r8, r55) and no document any
earlier draw read; its truth list and labels are keyed by its own stories and documents. No ECB+ text is read or asserted."""

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AUDITS = ROOT / "benchmarks" / "audits"
# the selection as committed before any text or output was seen
R56 = {"22ecbplus": ["22_9ecbplus", "22_1ecbplus", "22_5ecbplus"],
       "20ecbplus": ["20_8ecbplus", "20_11ecbplus", "20_9ecbplus"],
       "7ecbplus": ["7_11ecbplus", "7_1ecbplus", "7_6ecbplus"], "7ecb": ["7_6ecb", "7_7ecb", "7_9ecb"],
       "3ecbplus": ["3_3ecbplus", "3_10ecbplus", "3_11ecbplus"], "10ecb": ["10_3ecb", "10_4ecb", "10_8ecb"],
       "8ecb": ["8_6ecb", "8_1ecb", "8_2ecb"], "4ecb": ["4_11ecb", "4_6ecb", "4_13ecb"],
       "30ecbplus": ["30_13ecbplus", "30_9ecbplus", "30_12ecbplus"],
       "9ecbplus": ["9_5ecbplus", "9_12ecbplus", "9_4ecbplus"]}


@pytest.fixture()
def ecb_draw(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("ecb_draw", ROOT / "benchmarks" / "ecb_draw.py")
    mod = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "ecb_draw", mod)
    spec.loader.exec_module(mod)
    return mod


def test_the_committed_selection_repeats_and_reads_nothing_read_before(ecb_draw):
    if not ecb_draw.ECBPLUS.exists():
        pytest.skip("ECB+ data not present")
    drawn = ecb_draw.r56_ecb_story_draw()
    assert drawn == R56
    earlier = (set(ecb_draw.r6_ecb_story_draw()) | set(ecb_draw.r7_ecb_story_draw())
               | set(ecb_draw.r8_ecb_story_draw()) | set(ecb_draw.r55_ecb_story_draw()))
    assert not set(drawn) & earlier
    read = ecb_draw.used_by_r8_events() | {d for docs in ecb_draw.r55_ecb_story_draw().values() for d in docs}
    assert not {d for docs in drawn.values() for d in docs} & read
    assert set(drawn) <= set(ecb_draw.subtopics())  # train sub-topics only


def _rows(name: str) -> list[dict]:
    return [json.loads(x) for x in (AUDITS / name).read_text("utf-8").splitlines() if x.strip()]


def test_truth_list_names_only_the_draws_documents():
    docs = {f"ecb56:{s}": set(d) for s, d in R56.items()}
    truth = _rows("story_r56_truth.jsonl")
    assert len(truth) == 13 and sum(r["grade"] == "clear" for r in truth) == 7
    for r in truth:
        (a, sa, ea), (b, sb, eb) = r["sides"]
        assert a != b and {a, b} <= docs[r["story"]] and sa < ea and sb < eb


def test_every_label_names_only_the_draws_documents():
    docs = {f"ecb56:{s}": set(d) for s, d in R56.items()}
    labels = _rows("story_r56.jsonl")
    assert len(labels) == 8 and sum(r["label"] == "right" for r in labels) == 1
    for r in labels:
        assert r["label"] in ("right", "wrong") and {s[0] for s in r["sides"]} <= docs[r["story"]]
        assert r["label"] == "right" or r["cause"]
