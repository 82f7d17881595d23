"""The seeds audit's labels (benchmarks/audits/seeds.jsonl): every line parses, every key is well-formed and
unique, and no line holds seed text (more than 8 consecutive words of either seed), so that the labels stay
offsets and the labeller's own words."""

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "benchmarks" / "audits" / "seeds.jsonl"
DOC_ID = re.compile(r"^\d{3}_[0-9a-f]{16}$")
CAUSE = re.compile(r"^[a-z_]+$")
MAX_RUN = 8  # consecutive seed words a label line may share with a seed


@pytest.fixture(scope="module")
def audit(request):
    mp = pytest.MonkeyPatch()
    mp.syspath_prepend(str(ROOT / "benchmarks"))
    request.addfinalizer(mp.undo)
    import audit_seeds

    return audit_seeds


@pytest.fixture(scope="module")
def rows():
    return [json.loads(line) for line in LABELS.read_text("utf-8").splitlines() if line.strip()]


def _span(s):
    doc, start, end = s
    assert DOC_ID.match(doc) and isinstance(start, int) and isinstance(end, int) and 0 <= start < end, s


def test_every_label_line_is_well_formed_and_keyed_once(audit, rows):
    assert rows
    keys = set()
    for r in rows:
        if r["section"] == "known":
            assert re.fullmatch(r"K\d+", r["name"]) and r["kind"] and r["reason"].strip(), r
            for s in r["sides"]:
                _span(s)
            assert len({s[0] for s in r["sides"]}) == 2, r  # a discrepancy lies between the two seeds
            continue
        assert r["section"] in audit.SECTIONS, r
        assert r["label"] in ("right", "wrong") and r["reason"].strip(), r
        assert (r["cause"] is None) == (r["label"] == "right") and (r["cause"] is None or CAUSE.match(r["cause"])), r
        assert isinstance(r["kind"], str) and r["kind"], r
        if r["section"] in audit.FLAG_SECTIONS:
            assert r["document"] is None and r["start"] is None and r["sides"], r
            assert re.fullmatch(r"[a-z]+:[a-z_]+", r["kind"]), r
            for s in r["sides"]:
                _span(s)
        else:
            assert DOC_ID.match(r["document"]) and not r["sides"], r
            if r["section"] != "genre":
                _span([r["document"], r["start"], r["end"]])
        key = audit.row_key(r)
        assert key not in keys, r
        keys.add(key)
    assert sum(r["section"] == "known" for r in rows) == 4


def test_no_label_line_holds_seed_text(seeds_dir):
    words = re.compile(r"\w+")
    runs = set()
    for f in sorted(seeds_dir.glob("*.txt")):
        toks = words.findall(f.read_text("utf-8").lower())
        runs |= {tuple(toks[i:i + MAX_RUN + 1]) for i in range(len(toks) - MAX_RUN)}
    assert runs
    for line in LABELS.read_text("utf-8").splitlines():
        toks = words.findall(line.lower())
        hit = [t for i in range(len(toks) - MAX_RUN) if (t := tuple(toks[i:i + MAX_RUN + 1])) in runs]
        assert not hit, (line[:120], hit[:1])


def _flag(audit, kind, sides, shown, section="flag"):
    return {"section": section, "shown": shown, "key": audit.item_key(section, None, None, None, kind, sides)}


def test_a_known_discrepancy_is_found_only_by_a_compared_flag_on_both_sides(audit):
    known = [{"name": "K1", "kind": "count", "reason": "invented", "sides": [["d1", 10, 20], ["d2", 5, 9]]}]
    both = (("d1", 12, 30), ("d2", 0, 6))
    one_side = (("d1", 12, 30), ("d2", 40, 50))

    def found(items):
        return audit.known_found(items, known)[0]["found"]

    assert found([]) == "missing"
    assert found([_flag(audit, "precision:count", one_side, True)]) == "missing"
    assert found([_flag(audit, "unique:fact", both[:1], True, section="unique")]) == "missing"
    assert found([_flag(audit, "status:event", both, False)]) == "more"
    assert found([_flag(audit, "status:event", both, False), _flag(audit, "conflict:count", both, True)]) == "shown"


def test_a_worksheet_line_replaces_the_stored_line_of_the_same_item_only(audit):
    old = [{"section": "genre", "document": "d1", "start": None, "end": None, "kind": "genre", "sides": [],
            "label": "right"},
           {"section": "genre", "document": "d2", "start": None, "end": None, "kind": "genre", "sides": [],
            "label": "right"},
           {"section": "known", "name": "K1", "kind": "count", "sides": [], "reason": "a"}]
    new = [{**old[1], "label": "wrong"}, {"section": "known", "name": "K2", "kind": "role", "sides": [], "reason": "b"}]
    merged = audit.merge(old, new)
    assert [(r["section"], r.get("document"), r.get("name"), r.get("label")) for r in merged] == [
        ("genre", "d1", None, "right"), ("known", None, "K1", None), ("genre", "d2", None, "wrong"),
        ("known", None, "K2", None)]
