"""The CLI's JSON follows the shipped JSON Schema; md and jsonl render; --version and --help work."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsprism import schema
from newsprism.cli.app import app

runner = CliRunner()
ARTICLE = ("Ferry Strike Ends\nLindqvist, Orlavia – Ferry workers in Lindqvist ended a nine-day strike on April 2, "
           "2026, after the operator agreed to a 6 percent raise.\nUnion leader Tomas Reck said members voted 412 to "
           "88 to accept.\n2 Comments\nsalt_dog\nGood for them.\nmira\nPrices will go up now, wait and see.\n")


def test_version_and_help():
    assert runner.invoke(app, ["--version"]).output.startswith("newsprism 0.")
    out = runner.invoke(app, ["--help"]).output
    assert "Examples" in out and "analyze" in out


def test_shipped_schema_matches_model():
    assert schema.load() == json.loads(schema.dumps()), "run `make schema` after changing the model"


@pytest.mark.slow
def test_analyze_json_validates_against_schema(tmp_path):
    src = tmp_path / "ferry.txt"
    src.write_text(ARTICLE)
    out = tmp_path / "out.json"
    res = runner.invoke(app, ["analyze", str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text())
    schema.validate(data)
    assert data["schema"] == "newsprism.analysis/2"
    (doc,) = data["documents"]
    assert doc["title"] == "Ferry Strike Ends" and doc["place"] == "Lindqvist, Orlavia"
    assert doc["published"] == "2026-04-02"
    assert [c["author"] for c in doc["comments"]] == ["salt_dog", "mira"]
    for span in doc["paragraphs"] + doc["entities"] + doc["comments"]:
        assert 0 <= span["start"] <= span["end"] <= len(doc["text"])
    for e in doc["entities"]:
        assert doc["text"][e["start"] : e["end"]] == e["text"]


@pytest.mark.slow
def test_analyze_md_and_jsonl(tmp_path):
    src = tmp_path / "ferry.txt"
    src.write_text(ARTICLE)
    md = runner.invoke(app, ["analyze", str(src), "--format", "md"])
    assert md.exit_code == 0 and "## Ferry Strike Ends" in md.output and "Tomas Reck" in md.output
    jl = runner.invoke(app, ["analyze", str(src), "--format", "jsonl"])
    lines = [json.loads(x) for x in jl.output.strip().splitlines()]
    assert lines[0]["document"]["title"] == "Ferry Strike Ends"
