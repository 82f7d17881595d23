"""The ECB+ dev flags labels (benchmarks/audits/story_ecbdev.jsonl) and the list of real discrepancies the flags
missed (story_ecbdev_missed.jsonl): well formed, story ids of the ecbdev draw, causes from the audit's guide, and no
article text beyond a few words."""

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AUDITS = ROOT / "benchmarks" / "audits"
STORY = re.compile(r"^ecbdev:\d+ecb(plus)?:[01]$")
CAUSES = {"different_happening", "date_of_other_event", "different_referent", "status_misread", "compatible_title",
          "role_of_other_person", "role_parse"}
MISSED_KINDS = {"count", "magnitude", "money", "date", "duration", "title", "ordinal", "status", "denial", "age",
                "place"}
MAX_VALUE_WORDS = 8  # a value names the figure in a few words; never a sentence of the article


def _rows(name: str) -> list[dict]:
    return [json.loads(x) for x in (AUDITS / name).read_text("utf-8").splitlines() if x.strip()]


def test_flag_labels_are_flags_only_with_known_causes():
    rows = _rows("story_ecbdev.jsonl")
    assert rows
    for r in rows:
        assert STORY.match(r["story"]) and r["kind"] in ("conflict", "precision", "status")
        assert r["group"] in ("shown", "less_certain") and r["label"] in ("right", "wrong")
        assert (r["cause"] is None) == (r["label"] == "right") and (r["cause"] is None or r["cause"] in CAUSES)
        assert len(r["sides"]) >= 2 and all(len(s) == 3 and s[1] < s[2] for s in r["sides"])


def test_missed_rows_name_two_sides_by_offsets_and_no_article_text():
    rows = _rows("story_ecbdev_missed.jsonl")
    assert rows
    for r in rows:
        assert STORY.match(r["story"]) and r["kind"] in MISSED_KINDS and r["grade"] in ("clear", "soft")
        assert len(r["sides"]) == 2 and all(s[1] < s[2] for s in r["sides"])
        assert r["sides"][0][0] != r["sides"][1][0]  # two reports, not one report against itself
        assert all(len(v.split()) <= MAX_VALUE_WORDS for v in r["values"])
        assert {f["kind"] for f in r["flags_touching"]} <= {"conflict", "precision", "status", "consensus", "unique"}
