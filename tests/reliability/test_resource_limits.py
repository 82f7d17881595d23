"""Configurable caps (``newsprism.limits.Limits``): over a cap an input gets a clear error or a truncation that
is recorded in ``doc.notes``, in bounded memory, never an OOM kill."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import ClassVar

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from fuzz.invariants import assert_sound  # noqa: E402
from newsprism.api import analyze  # noqa: E402
from newsprism.errors import LimitError  # noqa: E402
from newsprism.ingest import from_bytes, from_text, iter_inputs  # noqa: E402
from newsprism.limits import Limits  # noqa: E402
from newsprism.model import Document  # noqa: E402
from newsprism.pipeline import DocState, Pipeline  # noqa: E402

LINE = "The harbour board raised the mooring fees again, and the fishers said they would protest on Friday.\n"


def test_max_bytes_refuses_bytes_and_files_with_a_reason(tmp_path):
    limits = Limits(max_bytes=1_000)
    with pytest.raises(LimitError, match="max_bytes"):
        list(from_bytes(b"T\n" + LINE.encode() * 20, "b.txt", suffix=".txt", limits=limits))
    p = tmp_path / "big.jsonl"
    p.write_text(json.dumps({"text": "T\n" + LINE * 20}) + "\n")
    (item,) = list(iter_inputs([p], limits=limits))
    assert isinstance(item, LimitError) and "max_bytes" in item.reason


@pytest.mark.parametrize("suffix", [".txt", ".html", ".json"])
def test_max_chars_truncates_and_records_it(suffix):
    # Distinct paragraphs: trafilatura drops repeated ones.
    body = "".join(f"<p>Update {i}: {LINE}</p>" if suffix == ".html" else f"Update {i}: {LINE}" for i in range(300))
    if suffix == ".html":
        data = f"<html><head><title>Fees</title></head><body><article>{body}</article></body></html>".encode()
    elif suffix == ".json":
        data = json.dumps({"title": "Fees", "text": "Fees\n" + body}).encode()
    else:
        data = ("Fees\n" + body).encode()
    (doc,) = list(from_bytes(data, "x" + suffix, suffix=suffix, limits=Limits(max_chars=5_000)))
    assert len(doc.text) <= 5_000
    assert any(n.kind == "truncated" and "max_chars" in n.message for n in doc.notes), doc.notes
    assert_sound(doc)


@pytest.mark.parametrize("n", [0, 1, 3])
def test_max_comments_is_exact_and_recorded(n):
    text = "Fees\n" + LINE + "5 Comments\n" + "".join(f"r{i}\nComment {i} on the fees.\n" for i in range(5))
    doc = from_text(text, "c.txt", limits=Limits(max_comments=n))
    assert len(doc.comments) == n
    assert any(n.kind == "capped" and "max_comments" in n.message for n in doc.notes)
    assert_sound(doc)


def test_analyze_turns_a_limit_error_into_an_input_error(tmp_path):
    (tmp_path / "big.txt").write_text("Fees\n" + LINE * 50)
    result = analyze([tmp_path / "big.txt"], limits=Limits(max_bytes=500), pipeline=Pipeline([]))
    assert not result.documents
    assert [e.kind for e in result.errors] == ["LimitError"] and "max_bytes" in result.errors[0].reason


class _Sleepy:
    """A stand-in for a slow layer (a pathological input for a model or a regex)."""

    name: ClassVar[str] = "sleepy"
    assigns: ClassVar[tuple[str, ...]] = ()
    requires: ClassVar[tuple[str, ...]] = ()

    def __call__(self, doc: Document, state: DocState) -> Document:
        time.sleep(0.4)
        doc.note("sleepy", "other", "sleepy ran")
        return doc


def test_processing_time_per_document_is_capped(tmp_path):
    (tmp_path / "a.txt").write_text("Fees\n" + LINE)
    pipe = Pipeline([_Sleepy(), _Sleepy(), _Sleepy(), _Sleepy()])
    t0 = time.perf_counter()
    result = analyze([tmp_path / "a.txt"], pipeline=pipe, limits=Limits(max_seconds_per_doc=0.5))
    assert time.perf_counter() - t0 < 1.5
    skipped = [n for n in result.documents[0].notes if n.kind == "skipped"]
    assert len(skipped) == 1 and skipped[0].component == "pipeline" and "max_seconds_per_doc" in skipped[0].message


def test_spacy_never_gets_more_than_20k_characters_at_once(monkeypatch):
    import spacy

    from newsprism.nlp import spacy_pipe

    nlp = spacy.blank("en")
    seen: list[int] = []
    real_pipe = nlp.pipe

    def recording_pipe(texts, **kw):
        texts = list(texts)
        seen.extend(len(t) for t in texts)
        return real_pipe(texts, **kw)

    monkeypatch.setattr(nlp, "pipe", recording_pipe)
    docs = [from_text("Long\n" + "word " * 40_000, f"l{i}.txt") for i in range(3)]
    parsed = spacy_pipe.parse_many(docs, nlp)
    assert max(seen) <= 20_000
    covered = sum(len(sdoc.text) for _, _, sdoc in parsed[0])
    assert covered >= 199_000  # nothing dropped: the whole paragraph is still analyzed
