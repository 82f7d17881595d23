"""A run never replaces good output with an empty one, says what it skipped and why, reads Markdown, and
leaves relative dates of an undated brief unresolved."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsprism.cli.app import app

runner = CliRunner()
GOOD = '{"schema": "newsprism.analysis/1", "documents": ["an earlier, good analysis"]}'


def test_empty_input_keeps_an_existing_output_file(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n")
    keep = tmp_path / "keep.json"
    keep.write_text(GOOD)
    res = runner.invoke(app, ["analyze", str(tmp_path / "empty.txt"), "-o", str(keep)])
    assert res.exit_code == 2
    assert keep.read_text() == GOOD
    assert "empty input" in res.output and "nothing to analyze" in res.output and "left as it was" in res.output
    assert not (tmp_path / "keep.json.tmp").exists()


def test_a_run_with_nothing_to_analyze_exits_2_and_names_every_skip(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "README.md").write_text("# Notes\n\nNothing here.\n")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    res = runner.invoke(app, ["analyze", str(folder)])
    assert res.exit_code == 2
    assert "README.md: a documentation file" in res.output
    assert "scan.pdf: not a supported file type (.pdf" in res.output
    assert "nothing to analyze (2 file(s) skipped" in res.output
    assert '"schema"' not in res.output  # no empty analysis printed


def test_empty_folder_exits_2(tmp_path):
    res = runner.invoke(app, ["analyze", str(tmp_path)])
    assert res.exit_code == 2 and "the folder holds no files" in res.output


def test_compare_with_one_readable_file_fails_before_printing(tmp_path):
    (tmp_path / "a.txt").write_text("Title\nA body paragraph with some words.\n")
    keep = tmp_path / "out.json"
    keep.write_text(GOOD)
    res = runner.invoke(app, ["compare", str(tmp_path / "a.txt"), "-o", str(keep)])
    assert res.exit_code == 2 and "needs at least two readable articles, got 1" in res.output
    assert keep.read_text() == GOOD
    res = runner.invoke(app, ["compare", str(tmp_path / "a.txt")])
    assert res.exit_code == 2 and len(res.output.splitlines()) <= 3


@pytest.mark.slow
def test_markdown_folder_is_analyzed(tmp_path):
    folder = tmp_path / "md"
    folder.mkdir()
    (folder / "ferry.md").write_text("# Ferry Strike Ends\n\nLindqvist, Orlavia – Ferry workers in Lindqvist "
                                     "ended a nine-day strike on April 2, 2026, after the operator agreed to "
                                     "a **6 percent** raise.\n")
    out = tmp_path / "out.json"
    res = runner.invoke(app, ["analyze", str(folder), "-o", str(out)])
    assert res.exit_code == 0, res.output
    (doc,) = json.loads(out.read_text())["documents"]
    assert doc["title"] == "Ferry Strike Ends" and doc["published"] == "2026-04-02"
    assert "**" not in doc["text"] and "wrote 1 document(s)" in res.output


@pytest.mark.slow
def test_relative_dates_in_an_undated_brief_stay_empty(tmp_path):
    brief = tmp_path / "brief.txt"
    brief.write_text("Barrier approved\nThe harbour council of Port Vell approved a tidal barrier plan on "
                     "Thursday after a six-hour session. Work starts next week, Councillor Ada Renn said.\n")
    out = tmp_path / "out.json"
    res = runner.invoke(app, ["analyze", str(brief), "-o", str(out)])
    assert res.exit_code == 0, res.output
    (doc,) = json.loads(out.read_text())["documents"]
    assert doc["published"] is None
    relative = [d for d in doc["dates"] if "Thursday" in d["text"] or "next week" in d["text"]]
    assert relative and all(d["iso"] is None for d in relative)
    assert all(e["date"] is None for e in doc["events"])
