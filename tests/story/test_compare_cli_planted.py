"""`newsprism compare` as a user runs it, on three invented sources with planted discrepancies of the kinds a
reader of wire copy meets (a bound that cannot meet a figure, a rank, plan against deed, a deal's length, first
against second, a vote share, a denial) and compatible material that must not become a conflict (an honorific,
the same figure in words, the day something was *said* against the day it *happened*). The JSON output must
validate against the shipped schema; every flag's evidence must be the text at its offsets."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

LEDGER = {
    "id": "ledger", "outlet": "Harbor Ledger", "title": "Port strike spreads as council signs operator deal",
    "published": "2031-05-14",
    "text": (
        "About 4,000 dock workers joined the strike in Port Vell on Monday, the union said.\n"
        "Deputy Transport Minister Ilse Varga will open the new grain terminal next week.\n"
        "The council approved a two-year deal with the port operator Halden Marine.\n"
        "It was the first strike at the port since 2019.\n"
        "Mr. Tomas Oren, the harbour director, said forty ships were delayed.\n"
        "The council motion passed with 62 percent of the vote.\n"
        "Police said that two warehouses were damaged in the protest.\n"
    ),
}
COURIER = {
    "id": "courier", "outlet": "Valley Courier", "title": "Strike at Port Vell; council backs Halden Marine",
    "published": "2031-05-15",
    "text": (
        "Fewer than 500 dock workers joined the strike in Port Vell on Monday, the port authority said.\n"
        "Transport Minister Ilse Varga opened the new grain terminal on Tuesday.\n"
        "The deal with the port operator Halden Marine would run for five years, the council said.\n"
        "It was the second strike at the port since 2019.\n"
        "Tomas Oren, the harbour director, said on Wednesday that 40 ships were delayed.\n"
        "The council motion passed with 48 percent of the vote.\n"
        "Police denied that any warehouses were damaged in the protest.\n"
    ),
}
GAZETTE = {
    "id": "gazette", "outlet": "Northshore Gazette", "title": "Dockers walk out in Port Vell",
    "published": "2031-05-15",
    "text": (
        "Several thousand dock workers joined the strike in Port Vell on Monday.\n"
        "Harbour director Tomas Oren said 40 ships were delayed by the walkout.\n"
        "The council's deal with Halden Marine drew protests from the union.\n"
    ),
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    from newsprism.cli.compare import CompareFormat, compare

    root = tmp_path_factory.mktemp("planted")
    paths = []
    for rec in (LEDGER, COURIER, GAZETTE):
        p = root / f"{rec['id']}.json"
        p.write_text(json.dumps(rec), encoding="utf-8")
        paths.append(str(p))
    out = root / "story.json"
    result, code = compare(paths, fmt=CompareFormat.json, out=out)
    md, code_md = compare(paths, fmt=CompareFormat.md, out=root / "story.md")
    return result, code, json.loads(out.read_text("utf-8")), (root / "story.md").read_text("utf-8"), code_md


def _between(result, kind: str, slot: str | set[str], words_a: str, words_b: str):
    slots = {slot} if isinstance(slot, str) else slot
    out = []
    for d in result.story.discrepancies:
        if d.kind != kind or d.slot not in slots:
            continue
        texts = {s.document: s.text for s in d.sides}
        if words_a in texts.get("ledger", "") and words_b in texts.get("courier", ""):
            out.append(d)
    return out


def test_compare_json_is_schema_valid_and_offsets_hold(run):
    import jsonschema

    result, code, raw, _, _ = run
    assert code == 0
    schema = json.loads((Path(__file__).parents[2] / "src/newsprism/schema/analysis.schema.json").read_text("utf-8"))
    jsonschema.validate(raw, schema)
    by_id = {d.id: d for d in result.documents}
    assert result.story.discrepancies
    for d in result.story.discrepancies:
        assert 0.0 <= d.confidence <= 1.0 and d.statement and d.topic and len(d.id) >= 8
        for s in d.sides:
            assert by_id[s.document].text[s.start : s.end] == s.text


def test_compare_finds_the_planted_discrepancies(run):
    result = run[0]
    (workers,) = _between(result, "conflict", "count", "4,000", "500")
    assert "Harbor Ledger" in workers.statement and "Valley Courier" in workers.statement
    assert {s.quantity.bound for s in workers.sides if s.document in ("ledger", "courier")} == {"approx", "lt"}
    assert workers.confidence >= 0.5
    assert _between(result, "conflict", "role", "Deputy", "Minister")
    assert _between(result, "status", {"status", "event"}, "open", "opened")
    assert _between(result, "conflict", "duration", "two-year", "five years")
    assert _between(result, "conflict", "ordinal", "first", "second")
    assert _between(result, "conflict", "percentage", "62 percent", "48 percent")
    (denial,) = _between(result, "status", {"status", "event"}, "two warehouses", "any warehouses")
    assert "did not happen" in denial.statement


def test_compare_compatible_material_is_no_conflict(run):
    result = run[0]
    for d in result.story.discrepancies:
        if d.kind not in ("conflict", "precision", "status") or d.confidence < 0.5:
            continue
        texts = " | ".join(s.text for s in d.sides)
        assert "Oren" not in texts or d.slot != "role", d.statement  # "Mr." is no title
        assert not (d.slot in ("count", "quantity") and "ships" in texts), d.statement  # forty = 40
        assert d.slot != "date", d.statement  # the day Oren spoke is not the day of the strike


def test_compare_markdown_is_plain_and_ranked(run):
    result, _, _, md, code_md = run
    assert code_md == 0
    shown = md.split("<details>", 1)[0]
    for d in result.story.discrepancies:
        if d.confidence >= 0.5 and d.kind in ("conflict", "status"):
            assert d.statement in md
        if d.confidence < 0.5:
            assert d.statement not in shown
    for label in ("verb:", "number of", "(be)", "coerce:"):
        assert label not in md
    # the machine label "vague 2-+" (issue 11); "gives a vague figure" is the precision flag's plain sentence
    assert not re.search(r"vague \d", md)
