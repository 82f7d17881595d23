"""``export events`` on an invented two-source story: offsets, shared ids, one event per happening, status."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsprism.cli.app import app
from newsprism.events.export import export_events

pytestmark = pytest.mark.slow

WIRE = """Varkel Visits Port Vell Docks
Port Vell, Maravia – President Tomas Varkel visited the Port Vell docks on Monday after a week-long strike by harbour pilots.
His visit came a day after the union ended the strike. During the visit, Varkel met union leader Ines Dorrow.
Dorrow said the pilots will vote on a new contract next week.
"""
DAILY = """Varkel Tours Docks After Strike
President Tomas Varkel toured the Port Vell docks on Monday, days after harbour pilots called off their strike.
Varkel met Ines Dorrow, who leads the pilots' union. The union will hold a vote on the contract next week.
"""


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    root = tmp_path_factory.mktemp("story")
    story = root / "docks"
    story.mkdir()
    (story / "wire.txt").write_text(WIRE, encoding="utf-8")
    (story / "daily.txt").write_text(DAILY, encoding="utf-8")
    out = root / "events.jsonl"
    n_docs, n_events = export_events([story], out)
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    return n_docs, n_events, lines


def test_export_events_lines_and_offsets(exported):
    n_docs, n_events, lines = exported
    docs = {r["document"]: r["text"] for r in lines if r["type"] == "document"}
    events = [r for r in lines if r["type"] == "event"]
    assert n_docs == 2 == len(docs) and n_events == len(events) > 0
    # document lines come first, every event line points into its document's stored text
    assert [r["type"] for r in lines[:2]] == ["document", "document"]
    for r in events:
        assert docs[r["document"]][r["start"]:r["end"]] == r["trigger"]
        assert r["story"] == "docks" and r["status"] in ("occurred", "planned", "ongoing", "denied",
                                                         "hypothetical")


def test_export_events_one_id_per_happening(exported):
    _, _, lines = exported
    ev = {(r["document"], r["trigger"].lower()): r for r in lines if r["type"] == "event"}
    wire, daily = "wire", "daily"
    # the visit within the wire report ("visited", "His visit", "the visit") and across sources ("toured")
    assert ev[(wire, "visited")]["event"] == ev[(wire, "visit")]["event"]
    assert ev[(wire, "visited")]["event"] == ev[(daily, "toured")]["event"]
    # the planned vote is one happening across the two sources
    assert ev[(wire, "vote")]["event"] == ev[(daily, "vote")]["event"]
    # the strike is not the visit
    assert ev[(wire, "strike")]["event"] != ev[(wire, "visited")]["event"]


def test_export_events_cli(tmp_path):
    story = tmp_path / "docks"
    story.mkdir()
    (story / "wire.txt").write_text(WIRE, encoding="utf-8")
    out = tmp_path / "e.jsonl"
    res = CliRunner().invoke(app, ["export", "events", str(story), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert out.read_text(encoding="utf-8").count('"type": "document"') == 1
    bad = CliRunner().invoke(app, ["export", "events", str(tmp_path / "missing"), "-o", str(out)])
    assert bad.exit_code != 0


def test_export_events_names_a_file_it_cannot_read_and_keeps_the_others(tmp_path):
    story = tmp_path / "docks"
    story.mkdir()
    (story / "wire.txt").write_text(WIRE, encoding="utf-8")
    (story / "headline.txt").write_text("Dock Strike Enters Second Week\n", encoding="utf-8")  # no article
    out = tmp_path / "e.jsonl"
    res = CliRunner().invoke(app, ["export", "events", str(story), "-o", str(out)])
    assert res.exit_code == 2
    assert "headline.txt" in res.stderr and "could not be read" in res.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["document"] for x in lines if x["type"] == "document"] != []  # the readable one is exported
    assert sum(x["type"] == "event" for x in lines) > 0


def test_coref_cluster_gives_story_ids_to_events():
    from newsprism.events.coref import cluster
    from newsprism.events.export import nlp_pipeline
    from newsprism.ingest import parse_text_article

    docs = [parse_text_article(WIRE, "wire.txt", doc_id="wire"), parse_text_article(DAILY, "daily.txt", doc_id="daily")]
    docs, states = nlp_pipeline().pipe_with_state(docs)
    ids = cluster(docs, states)
    assert set(ids) == {(d.id, e.id) for d in docs for e in d.events}
    visit = {d.id: ids[(d.id, e.id)] for d in docs for e in d.events if e.type == "visit" and e.actor == "Tomas Varkel"}
    assert visit["wire"] == visit["daily"]
    # without run state it finds the mentions again, with the same result
    assert cluster(docs) == ids
