"""Bad input gets a one-line error naming it, exit code 2, and the good inputs of the same run are kept."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newsprism.cli.analyze import Format, run_analyze
from newsprism.errors import IngestError
from newsprism.ingest import iter_inputs

GOOD = "Reservoir Levels Rise\nThe reservoir rose by two metres after a week of rain in the hill country.\n"


def _one(path):
    (item,) = list(iter_inputs([path]))
    return item


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("empty.txt", b"", "empty input"),
    ("blank.txt", b"  \n\n \t\n", "empty input"),
    ("binary.txt", bytes(range(256)) * 20, "binary"),
    ("garbled.txt", bytes((i * 37 + 11) % 128 + 128 for i in range(4000)), "undecodable"),
    ("truncated.json", b'{"id": "x", "title": "T", "text": "Some bo', "invalid JSON"),
    ("list.json", b'[1, 2]', "expected an object"),
    ("notext.json", b'{"id": "x", "title": "T"}', "no 'text'"),
    ("nobody.html", b"<html><body><p>Hi</p></body></html>", "no article text"),
])
def test_bad_input_reason(tmp_path, name, content, reason):
    p = tmp_path / name
    p.write_bytes(content)
    item = _one(p)
    assert isinstance(item, IngestError), item
    assert reason in item.reason
    assert str(p) in str(item)


def test_huge_file_is_refused_before_reading(tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse 50 MB file: refused on size, never read into memory
    item = _one(p)
    assert isinstance(item, IngestError) and "max_bytes" in item.reason


def test_missing_path_is_an_error_not_a_skip(tmp_path):
    item = _one(tmp_path / "nope.txt")
    assert isinstance(item, IngestError) and "no such file" in item.reason


def test_wrongly_encoded_but_decodable_text_is_kept(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Café Owners Protest\nThe café owners of the old town protested the new rent rules.\n"
                  .encode("cp1252"))
    doc = _one(p)
    assert doc.title == "Café Owners Protest"


def test_folder_with_one_bad_file(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    (folder / "b.txt").write_text(GOOD.replace("two", "three"))
    (folder / "bad.json").write_text('{"text": ')
    out = tmp_path / "out.json"
    no_models = tmp_path / "pipeline.json"  # ingestion only: this test is about inputs, not models
    no_models.write_text('{"name": "ingest-only", "components": []}')
    result, code = run_analyze([str(folder)], fmt=Format.json, out=out, story=False, pipeline=no_models)
    assert code == 2
    data = json.loads(out.read_text())
    assert len(data["documents"]) == 2
    assert [e["input"] for e in data["errors"]] == [str(folder / "bad.json")]
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0].startswith("newsprism: error: ") and "bad.json" in err[0] and "invalid JSON" in err[0]


@pytest.mark.slow
def test_cli_exit_code_and_stderr_line(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "empty.txt").write_text("")
    out = tmp_path / "o.json"
    proc = subprocess.run([sys.executable, "-m", "newsprism", "analyze", str(tmp_path), "-o", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("newsprism: error:")]
    assert len(lines) == 1 and "empty.txt" in lines[0] and "empty input" in lines[0]
    assert len(json.loads(out.read_text())["documents"]) == 1
