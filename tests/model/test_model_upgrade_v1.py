"""Saved ``newsprism.analysis/1`` JSON is upgraded to /2 (by ``newsprism report`` and the model), and JSON that
cannot be read is refused with one line naming the file."""

from __future__ import annotations

import json
import typing

import pytest

from newsprism.cli.report import report
from newsprism.errors import SchemaError
from newsprism.model import SCHEMA_ID, Slot
from newsprism.model.upgrade import load_analysis
from newsprism.schema import validate


def test_a_v1_analysis_upgrades_to_v2(analysis_v1):
    wire = analysis_v1["documents"][0]
    wire["warnings"] = ["component-error: frames failed: ValueError: no lines",
                        "comments capped at 2 (max_comments)", "something an old version said"]
    v1_flags = analysis_v1["story"]["discrepancies"]
    result = load_analysis(analysis_v1, "old.json")
    validate(result.to_dict())  # the upgraded analysis follows the shipped /2 schema
    assert result.schema_ == SCHEMA_ID

    doc = result.documents[0]
    assert [(n.component, n.kind) for n in doc.notes] == [("frames", "error"), ("ingest", "capped"),
                                                          ("unknown", "other")]
    assert doc.notes[0].message == "ValueError: no lines"
    assert doc.genre is not None and doc.genre.confidence == wire["genre"]["scores"]["reporting"]
    for d in result.documents:
        for k, e in enumerate(d.events, start=1):
            assert e.id == f"e{k}" and d.text[e.trigger_start : e.trigger_end] == e.trigger

    thread = doc.thread
    assert thread is not None and thread.stance_distribution.against == 3
    against = [a for a in thread.arguments if a.stance == "against"]
    assert [a.id for a in against] == ["against-1", "against-2"]
    assert against[0].keyphrases == "fourteen turbines"  # the /1 label
    assert doc.text[against[0].label_span.start : against[0].label_span.end] == against[0].label
    [signal] = thread.coordination
    assert signal.kind == "near_duplicate" and signal.comments == [1, 2]

    story = result.story
    assert len(story.discrepancies) == len(v1_flags)  # the /1 consensus/unique copies are not doubled
    assert [x.kind for x in story.discrepancies] == [x["kind"] for x in v1_flags]
    for flag, old in zip(story.discrepancies, v1_flags, strict=True):
        assert flag.confidence == old["score"] and flag.slot in typing.get_args(Slot) and flag.id
        assert flag.statement and flag.explanation == old["explanation"]
        for side in flag.sides:
            d = next(x for x in result.documents if x.id == side.document)
            assert d.text[side.start : side.end] == side.text and side.outlet == d.outlet
    assert {p.document for p in story.profiles} == {d.id for d in result.documents}
    for entry in story.timeline:
        for side in entry.sources:
            d = next(x for x in result.documents if x.id == side.document)
            assert d.text[side.start : side.end] == side.text


def test_a_v2_analysis_loads_as_it_is(analysis_v1):
    once = load_analysis(analysis_v1, "old.json")
    again = load_analysis(once.to_dict(), "new.json")
    assert again == once


def test_report_renders_a_v1_file(tmp_path, analysis_v1, capsys):
    path = tmp_path / "old.json"
    path.write_text(json.dumps(analysis_v1))
    result, code = report([str(path)], tmp_path / "story.html")
    assert code == 0 and len(result.documents) == 2
    html = (tmp_path / "story.html").read_text()
    assert "Tessel Ridge" in html and 'class="k-conflict"' in html


@pytest.mark.parametrize("change, why", [
    ({"schema": "newsprism.analysis/9"}, "unknown schema 'newsprism.analysis/9'"),
    ({"documents": [{"id": "x"}]}, "invalid newsprism.analysis/1 analysis (documents.0."),
    ({"story": {"discrepancies": [{"kind": "conflict", "sides": [{"start": "here"}]}]}},
     "invalid newsprism.analysis/1 analysis"),
])
def test_report_refuses_what_it_cannot_read_in_one_line(tmp_path, analysis_v1, capsys, change, why):
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(analysis_v1 | change))
    out = tmp_path / "story.html"
    _, code = report([str(path)], out)
    err = capsys.readouterr().err
    assert code == 2 and not out.exists()
    assert err.count("\n") == 1 and err.startswith(f"newsprism: error: {path}: ") and why in err


def test_load_analysis_names_the_input():
    with pytest.raises(SchemaError) as info:
        load_analysis({"schema": "other/1"}, "x.json")
    assert info.value.input == "x.json" and "not a newsprism analysis" in info.value.reason
