"""The round-55 held-out real-coverage draw (benchmarks/ecb_draw.py, `r55`): on the real data (when present) the
committed selection repeats itself, uses no sub-topic of an earlier story draw and no document any earlier draw read;
its truth list and labels are keyed by its own stories and documents. No ECB+ text is read or asserted."""

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AUDITS = ROOT / "benchmarks" / "audits"
# the selection as committed (e040ddc) before any text or output was seen
R55 = {"28ecb": ["28_12ecb", "28_5ecb", "28_7ecb"], "25ecb": ["25_11ecb", "25_9ecb", "25_2ecb"],
       "3ecb": ["3_7ecb", "3_4ecb", "3_1ecb"], "33ecb": ["33_1ecb", "33_2ecb", "33_4ecb"],
       "30ecb": ["30_10ecb", "30_8ecb", "30_14ecb"], "6ecb": ["6_1ecb", "6_6ecb", "6_7ecb"],
       "14ecb": ["14_6ecb", "14_5ecb", "14_2ecb"], "31ecb": ["31_5ecb", "31_9ecb", "31_4ecb"],
       "19ecbplus": ["19_10ecbplus", "19_8ecbplus", "19_9ecbplus"], "11ecb": ["11_8ecb", "11_10ecb", "11_1ecb"]}


@pytest.fixture()
def ecb_draw(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("ecb_draw", ROOT / "benchmarks" / "ecb_draw.py")
    mod = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "ecb_draw", mod)
    spec.loader.exec_module(mod)
    return mod


def _rows(name: str) -> list[dict]:
    return [json.loads(x) for x in (AUDITS / name).read_text("utf-8").splitlines() if x.strip()]


def test_the_committed_selection_repeats_and_reads_nothing_read_before(ecb_draw):
    if not ecb_draw.ECBPLUS.exists():
        pytest.skip("ECB+ data not present")
    drawn = ecb_draw.r55_ecb_story_draw()
    assert drawn == R55
    earlier = (set(ecb_draw.r6_ecb_story_draw()) | set(ecb_draw.r7_ecb_story_draw())
               | set(ecb_draw.r8_ecb_story_draw()))
    assert not set(drawn) & earlier
    read = ecb_draw.used_by_r8_events()
    assert not {d for docs in drawn.values() for d in docs} & read
    assert set(drawn) <= set(ecb_draw.subtopics())  # train sub-topics only


def test_truth_list_and_labels_name_only_the_draws_documents():
    docs = {f"ecb55:{s}": set(d) for s, d in R55.items()}
    truth = _rows("story_r55_truth.jsonl")
    assert len(truth) == 15 and sum(r["grade"] == "clear" for r in truth) == 4
    for r in truth:
        (a, sa, ea), (b, sb, eb) = r["sides"]
        assert a != b and {a, b} <= docs[r["story"]] and sa < ea and sb < eb
    for r in _rows("story_r55.jsonl"):
        assert r["label"] in ("right", "wrong") and {s[0] for s in r["sides"]} <= docs[r["story"]]
