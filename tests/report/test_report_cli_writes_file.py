"""``newsprism report``: from a saved analysis JSON (no models) and from the example story (slow, real)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from newsprism.cli.app import app
from newsprism.cli.report import report
from newsprism.report.demo import demo_analysis


def test_report_renders_a_saved_analysis_without_reanalyzing(tmp_path):
    saved = tmp_path / "story.json"
    saved.write_text(demo_analysis().to_json(), encoding="utf-8")
    out = tmp_path / "out" / "story.html"
    result, code = report([str(saved)], out)
    assert code == 0 and len(result.documents) == 2
    html = out.read_text("utf-8")
    assert html.startswith("<!DOCTYPE html>") and "The Bay Voice" in html and "st-conflict" in html


def test_report_cli_writes_the_markdown_summary_of_a_saved_analysis(tmp_path):
    saved = tmp_path / "story.json"
    saved.write_text(demo_analysis().to_json(), encoding="utf-8")
    out = tmp_path / "summary.md"
    res = CliRunner().invoke(app, ["report", str(saved), "--format", "md", "-o", str(out)])
    assert res.exit_code == 0, res.output
    md = out.read_text("utf-8")
    assert md.startswith("#") and "The Bay Voice" in md and "<html" not in md.lower()
    bad = CliRunner().invoke(app, ["report", str(saved), "--format", "pdf", "-o", str(tmp_path / "x")])
    assert bad.exit_code == 2 and not (tmp_path / "x").exists()


@pytest.mark.slow  # loads the pipeline before finding there is nothing to analyze
def test_report_cli_fails_cleanly_when_nothing_can_be_read(tmp_path):
    res = CliRunner().invoke(app, ["report", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "x.html")])
    assert res.exit_code == 2
    assert not (tmp_path / "x.html").exists()


@pytest.mark.slow
def test_report_of_the_example_story_shows_its_planted_conflicts(examples_dir, tmp_path):
    out = tmp_path / "story.html"
    result, code = report([str(examples_dir)], out)
    assert code == 0 and len(result.documents) == 3
    html = out.read_text("utf-8")
    assert 'class="cell st-conflict"' in html
    # evidence of the planted delegation-size conflict is linked from the matrix
    assert "delegation of 65 business leaders" in html and "delegation of 40 business leaders" in html
