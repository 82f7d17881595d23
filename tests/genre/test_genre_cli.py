"""What a user sees: ``newsprism analyze`` on an invented opinion column, wire report and section front writes
schema-valid JSON whose genre is opinion, reporting and not_article."""

from __future__ import annotations

import json

import genre_fixtures as pages
import pytest
from typer.testing import CliRunner

from newsprism import schema
from newsprism.cli.app import app
from newsprism.genre.model import GENRES

runner = CliRunner()


def analyze(tmp_path, name: str, text: str) -> dict:
    src, out = tmp_path / f"{name}.txt", tmp_path / f"{name}.json"
    src.write_text(text)
    res = runner.invoke(app, ["analyze", str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text())
    schema.validate(data)
    (doc,) = data["documents"]
    return doc


@pytest.mark.slow
@pytest.mark.parametrize(("name", "label"), [("COLUMN", "opinion"), ("WIRE_REPORT", "reporting")])
def test_cli_analyze_gives_an_article_its_genre(tmp_path, name, label):
    genre = analyze(tmp_path, name.lower(), getattr(pages, name))["genre"]
    assert genre["label"] == label, genre
    scores = {s["label"]: s["score"] for s in genre["scores"]}
    assert set(scores) == set(GENRES) and abs(sum(scores.values()) - 1) < 0.01
    assert genre["confidence"] == max(scores.values()) == scores[label]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["SECTION_FRONT", "CONSENT_WALL"])
def test_cli_analyze_calls_a_page_that_is_no_article_not_article(tmp_path, name):
    genre = analyze(tmp_path, name.lower(), getattr(pages, name))["genre"]
    assert genre["label"] == "not_article" and genre["scores"] == [], genre
    assert 0.5 < genre["confidence"] <= 1
