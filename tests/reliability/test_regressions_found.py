"""One test per crash or silent failure found by the property tests and the fuzz campaign (RELIABILITY.md)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from fuzz.invariants import assert_sound, check_document  # noqa: E402
from newsprism.claims import parse_quantity  # noqa: E402
from newsprism.errors import IngestError  # noqa: E402
from newsprism.ingest import from_bytes, from_text  # noqa: E402
from newsprism.ingest.records import record_to_document  # noqa: E402
from newsprism.model import Document  # noqa: E402
from newsprism.nlp.date_resolution import resolve  # noqa: E402
from newsprism.pipeline import Pipeline  # noqa: E402

ARTICLE = "Harbour Fees Rise\nThe harbour board raised mooring fees on Monday. Fishers said they would protest.\n"


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_lone_surrogate_escape_in_json_becomes_replacement_char(suffix):
    # Found by atheris: json.loads turns "\udd d9" escapes into lone surrogates, which crashed content_hash
    # (UnicodeEncodeError) and the JSON output.
    raw = b'{"id": "a\\ud800", "url": "\\udfff", "text": "T\\udd99\\nBody \\ud83d\\ude00 text \\udd00 here.",' \
          b' "comments": [{"author": "\\ud800x", "text": "hi \\udc00"}]}'
    (doc,) = list(from_bytes(raw, "s" + suffix, suffix=suffix))
    assert_sound(doc)
    assert "\ufffd" in doc.text and "\U0001f600" in doc.text  # a valid escaped pair is kept
    assert doc.comments[0].author == "\ufffdx"


def test_lone_surrogate_in_a_python_string_is_replaced():
    doc = from_text("Title \ud800\nA body line with a lone \udc00 surrogate in it.\n")
    assert_sound(doc)
    doc.to_json()


def test_json_record_fields_of_the_wrong_type_keep_the_round_trip():
    # Found by hypothesis: a number or object in url/outlet/author was stored as-is and broke
    # Document.model_validate_json (store and web app read documents back).
    rec = {"text": "Title\nBody text here for the record.", "url": 5, "outlet": ["x"], "author": {"a": 1}}
    doc = record_to_document(rec, "r.json")
    assert not check_document(doc)
    assert doc.url == "5" and isinstance(doc.outlet, str) and isinstance(doc.author, str)


def test_free_text_published_date_is_no_base_date():
    # Found by hypothesis: "published": "sometime soon" made the dates layer fail with a ValueError.
    assert resolve("March 3, 2026", "sometime s") == ("2026-03-03", "day")


@pytest.mark.parametrize("text", ["9" * 400, "about " + "9" * 320, "more than " + "9" * 400])
def test_overflowing_number_is_not_a_quantity(text):
    # Found by hypothesis: float("9" * 400) is inf, which JSON cannot carry.
    assert parse_quantity(text) is None


def test_one_unparseable_document_does_not_empty_the_batch(monkeypatch):
    # Found by the adversarial inputs: a paragraph over spaCy's max_length made nlp.pipe raise, and the
    # per-document retry then found every document of the batch already "parsed" (empty), silently.
    import spacy

    from newsprism.nlp import components

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 2_000
    monkeypatch.setattr(components, "get_nlp", lambda *a, **k: nlp)
    ok = from_text(ARTICLE, "ok.txt")
    huge = from_text("Title\n" + "word " * 1_000, "huge.txt")
    out = Pipeline([components.SentencesComponent()]).pipe([ok, huge])
    assert len(out[0].sentences) == 3 and not out[0].notes
    assert not out[1].sentences
    [note] = out[1].notes
    assert (note.component, note.kind) == ("sentences", "error") and note.message.startswith("ValueError")


def test_deeply_nested_json_is_an_ingest_error(tmp_path):
    from newsprism.ingest import iter_inputs

    p = tmp_path / "deep.json"
    p.write_text("[" * 200_000 + "]" * 200_000)
    (item,) = list(iter_inputs([p]))
    assert isinstance(item, IngestError)


def test_document_model_rejects_nothing_it_wrote():
    doc = from_text(ARTICLE + "2 Comments\nann\nFair enough.\n\u202ebob\nNo \u200bway.\n")
    assert Document.model_validate_json(doc.to_json()).model_dump() == doc.model_dump()
    assert json.loads(doc.to_json())["comments"][1]["author"] == "\u202ebob"


def test_month_mention_against_a_year_below_1000_is_zero_padded():
    # Found by hypothesis: strftime("%Y-%m") gives "1-03" for year 1 (a junk base date), not "0001-03".
    assert resolve("March", "0001-01-01") == ("0001-03", "month")
