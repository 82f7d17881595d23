"""Batch runs without models (an empty pipeline): resume, failures and exit code, near-duplicates, JSONL."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newsprism.batch import run_batch
from newsprism.cli.batch import EngineName, batch

TOPICS = ["harbour", "budget", "railway", "orchard", "library", "bridge", "festival", "vaccine", "ferry", "mine"]


def article(i: int) -> dict:
    t = TOPICS[i % len(TOPICS)]
    body = (f"Officials in the town of Norrby number {i} said on Monday that the {t} project would "
            f"change after a vote of {i + 3} to {i % 5}. Residents gathered at the square to debate the "
            f"{t} plan for the {i}th time, and the mayor promised a review within {i + 2} weeks. "
            f"Critics of the {t} plan said the cost of {i * 7} thousand crowns was too high.")
    return {"id": f"doc{i}", "title": f"{t.title()} plan number {i} changes", "text": body}


@pytest.fixture
def light(tmp_path) -> Path:
    """A pipeline with no components: batch mechanics are tested without loading any model."""
    p = tmp_path / "light.json"
    p.write_text(json.dumps({"name": "light", "components": []}))
    return p


@pytest.fixture
def corpus(tmp_path) -> Path:
    p = tmp_path / "corpus.jsonl"
    p.write_text("".join(json.dumps(article(i)) + "\n" for i in range(40)))
    return p


def run(inputs, light, **kw):
    kw.setdefault("embed", False)
    return run_batch([str(x) for x in inputs], pipeline=light, partition_size=4, **kw)


def test_batch_rerun_does_no_work(tmp_path, corpus, light):
    db = tmp_path / "s.sqlite"
    first = run([corpus], light, db=db)
    assert (first.analyzed, first.skipped, first.exit_code) == (40, 0, 0)
    second = run([corpus], light, db=db)
    assert (second.analyzed, second.skipped, second.duplicates) == (0, 40, 0)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*), count(DISTINCT content_hash) FROM documents").fetchone() == (40, 40)


def test_batch_failures_collected_exit_two_good_saved(tmp_path, corpus, light, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(article(99)) + "\n{not json\n" + json.dumps({"title": "no text"}) + "\n")
    report, code = batch([str(corpus), str(bad), str(tmp_path / "missing.txt")], db=tmp_path / "s.sqlite",
                         quiet=True, pipeline=light, stories=False, engine=EngineName.local)
    assert code == 2
    assert report.analyzed == 41
    reasons = " | ".join(f"{e.input}: {e.reason}" for e in report.failed)
    assert "bad.jsonl:2" in reasons and "bad.jsonl:3" in reasons and "missing.txt" in reasons
    assert "missing.txt" in capsys.readouterr().err


def test_batch_near_duplicates_linked_not_analyzed(tmp_path, light):
    a = article(1)
    syndicated = dict(a, id="wire-copy", title="A syndicated headline",
                      text=a["text"].replace("said on Monday", "said late on Monday"))
    src = tmp_path / "c.jsonl"
    src.write_text("".join(json.dumps(x) + "\n" for x in (a, article(2), syndicated)))
    db = tmp_path / "s.sqlite"
    report = run([src], light, db=db)
    assert (report.analyzed, report.duplicates) == (2, 1)
    conn = sqlite3.connect(db)
    row = conn.execute("SELECT duplicate_of, analyzed FROM documents WHERE id = 'wire-copy'").fetchone()
    assert row == ("doc1", 0)
    # a later run with another copy links it to the stored original
    src2 = tmp_path / "d.jsonl"
    src2.write_text(json.dumps(dict(syndicated, id="copy2", text=a["text"] + " More later.")) + "\n")
    assert run([src2], light, db=db).duplicates == 1


def test_batch_jsonl_output_resumes_and_repairs_torn_line(tmp_path, corpus, light):
    out = tmp_path / "out.jsonl"
    assert run([corpus], light, out=out).analyzed == 40
    lines = out.read_text().splitlines()
    assert len(lines) == 40 and json.loads(lines[0])["schema"].startswith("newsprism.analysis")
    # simulate a kill in the middle of writing the last line and losing 10 documents
    out.write_text("\n".join(lines[:30]) + "\n" + lines[30][: len(lines[30]) // 2])
    again = run([corpus], light, out=out)
    assert (again.analyzed, again.skipped) == (10, 30)
    hashes = [json.loads(x)["document"]["content_hash"] for x in out.read_text().splitlines()]
    assert len(hashes) == len(set(hashes)) == 40


def test_batch_needs_exactly_one_sink(tmp_path, corpus, light):
    _, code = batch([str(corpus)], quiet=True, pipeline=light)
    assert code == 1
