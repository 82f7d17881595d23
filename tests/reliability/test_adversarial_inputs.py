"""Hand-made hostile inputs: invisible and bidi characters, a 1 MB line, 100,000 comments, deep HTML, an
entity bomb, mixed encodings. Each ends as a sound Document or a clear IngestError, in bounded time and memory
(peak RSS is measured in a fresh subprocess, so one test's allocations cannot hide another's)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from fuzz.invariants import assert_sound  # noqa: E402
from newsprism.errors import IngestError  # noqa: E402
from newsprism.ingest import from_bytes, from_text  # noqa: E402

HOSTILE_ARTICLE = (
    "Pre\u200bsident\u202e Varkel \u2066Visits\u2069 Port Vell\n"
    "By Jo\u0301se\u0301 Ma\u0308rquez\u200d\n"
    "Port Vell, Maravia \u2013 President Tomas\u200b Varkel\u200f arrived in Port\u00a0Vell on March 3, 2026 "
    "and signed 12 a\u0301ccords with Chancellor Ines Dorrow\u2060. \u202aCritics\u202c called it a "
    "\u201cchar\u0336ade\u201d.\n"
    "The two navies plan a joint exercise in June, officials said\ufeff. \U0001f6a2\u0489\u0489\u0489\n"
    "3 Comments\n\u202eredro\n"
    "Good de\u200bal\u2028for everyone.\nZ\u0351\u0300\u0353a\u0352lgo\n"
    "N\u0338o\u0338 w\u0338a\u0338y\u0338.\nanna\u200b\nWhat about the fishing grounds?\n"
)


def peak_rss_mb(code: str, timeout: int = 240) -> tuple[float, dict]:
    """Run ``code`` in a fresh interpreter; it must print one JSON object. Returns (peak RSS growth in MB over
    the interpreter with the ingestion modules imported, that object)."""
    wrapper = textwrap.dedent("""
        import resource as _r
        import newsprism.ingest, newsprism.errors, newsprism.limits
        _BASE = _r.getrusage(_r.RUSAGE_SELF).ru_maxrss
    """) + textwrap.dedent(code) + textwrap.dedent("""
        print("PEAK", _r.getrusage(_r.RUSAGE_SELF).ru_maxrss - _BASE)
    """)
    proc = subprocess.run([sys.executable, "-c", wrapper], capture_output=True, text=True, timeout=timeout,
                          cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = proc.stdout.strip().splitlines()
    peak = float(lines[-1].split()[1]) / 1024
    return peak, json.loads(lines[-2])


def test_invisible_bidi_and_combining_characters_keep_offsets(make_doc):
    doc = from_text(HOSTILE_ARTICLE, "h.txt")
    assert_sound(doc)
    assert len(doc.comments) == 3 and doc.comments[0].author == "\u202eredro"
    assert doc.place == "Port Vell, Maravia"


@pytest.mark.slow
def test_invisible_bidi_and_combining_characters_full_analysis():
    from newsprism.api import analyze_documents

    result = analyze_documents([from_text(HOSTILE_ARTICLE, "h.txt")])
    (doc,) = result.documents
    assert_sound(doc)
    assert not [e for e in result.errors if e.kind == "ComponentError"], result.errors
    assert doc.sentences and doc.entities


def test_many_comment_header_lines_ingest_in_linear_time():
    # every line looks like a comment-section header: finding the real one must not rescan the text per line
    t0 = time.process_time()
    from newsprism.limits import Limits

    try:
        assert_sound(from_text("5 Comments\n" * 100_000, "headers.txt", limits=Limits(max_chars=10_000_000)))
    except IngestError:
        pass  # refusing it is fine too; hanging is not
    assert time.process_time() - t0 < 10


def test_one_megabyte_single_line_ingests_fast():
    t0 = time.perf_counter()
    doc = from_text("One Long Line\n" + "word " * 200_000, "line.txt")
    assert time.perf_counter() - t0 < 10
    assert_sound(doc)
    assert doc.body_paragraphs()[0].end - doc.body_paragraphs()[0].start == 999_999


@pytest.mark.slow
def test_paragraph_over_the_parser_limit_is_parsed_in_pieces_not_refused():
    # spaCy refuses texts over nlp.max_length (E088); the NLP core hands it pieces of <= 20,000 characters.
    from newsprism.api import analyze_documents

    ok = from_text("Harbour Fees Rise\nThe harbour board in Port Vell raised fees on Monday.\n", "ok.txt")
    huge = from_text("Huge\n" + "x" * 1_000_001, "huge.txt")
    result = analyze_documents([ok, huge], story=False)
    assert result.documents[0].sentences and result.documents[0].entities
    assert not result.errors, result.errors
    assert result.documents[1].sentences and result.documents[1].sentences[-1].end == len(result.documents[1].text)
    assert_sound(result.documents[1])


def _comment_text(n: int) -> str:
    return "Harbour Fees Rise\nThe harbour board raised fees on Monday.\n" + f"{n:,} Comments\n" + "".join(
        f"reader{i}\nComment number {i} says the fees are too high.\n" for i in range(n))


def test_hundred_thousand_comments_in_text_are_capped_and_recorded():
    peak, out = peak_rss_mb("""
        import json, time
        from newsprism.ingest import from_text
        from newsprism.limits import Limits
        text = "Harbour Fees Rise\\nThe harbour board raised fees on Monday.\\n100,000 Comments\\n" + "".join(
            f"reader{i}\\nComment number {i} says the fees are too high.\\n" for i in range(100_000))
        t0 = time.process_time()  # CPU seconds: a blow-up shows, a loaded machine does not
        doc = from_text(text, "c.txt", limits=Limits(max_chars=10_000_000))
        print(json.dumps({"n": len(doc.comments), "notes": [n.message for n in doc.notes], "s": time.process_time() - t0,
                          "last": [doc.text[doc.comments[-1].start:doc.comments[-1].end], doc.comments[-1].text]}))
    """)
    assert out["n"] == 20_000
    assert any("max_comments" in w for w in out["notes"])
    assert out["last"][0] == out["last"][1]
    assert out["s"] < 20 and peak < 700, (out["s"], peak)


def test_hundred_thousand_comments_in_json_are_capped_and_recorded():
    rec = {"title": "Harbour Fees Rise", "text": "Harbour Fees Rise\nThe board raised fees on Monday.",
           "comments": [{"author": f"r{i}", "text": f"Comment {i} on the fees."} for i in range(100_000)]}
    (doc,) = list(from_bytes(json.dumps(rec).encode(), "c.json", suffix=".json"))
    assert len(doc.comments) == 20_000
    assert any(n.kind == "capped" and "max_comments" in n.message for n in doc.notes)
    assert_sound(doc)


def test_deeply_nested_html_is_a_clear_error_in_bounded_memory():
    peak, out = peak_rss_mb("""
        import json, time
        from newsprism.errors import IngestError
        from newsprism.ingest import from_text
        art = "<p>" + "The river commission met on Tuesday and agreed new water quotas for the season. " * 3
        html = "<html><body>" + "<div>" * 100_000 + art + "</p>" + "</div>" * 100_000 + "</body></html>"
        t0 = time.perf_counter()
        try:
            from_text(html, "deep.html")
            res = "document"
        except IngestError as exc:
            res = exc.reason
        print(json.dumps({"result": res, "s": time.perf_counter() - t0}))
    """)
    # libxml2 stops at depth 256: the page is refused with a reason rather than half-read or crashing.
    assert out["result"] == "no article text found in the HTML page"
    assert out["s"] < 20 and peak < 600, (out["s"], peak)


def test_moderately_nested_html_still_yields_the_article():
    art = "<p>The river commission met on Tuesday and agreed new water quotas for the dry season.</p>" * 3
    html = "<html><body>" + "<div>" * 200 + f"<article>{art}</article>" + "</div>" * 200 + "</body></html>"
    doc = from_text(html, "n.html")
    assert_sound(doc)
    assert "water quotas" in doc.body_text


BOMB = ('<?xml version="1.0"?>\n<!DOCTYPE html [\n <!ENTITY lol "lol">\n'
        + "".join(f' <!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">\n'
                  for i in range(1, 10))
        + ']>\n<html><head><title>Entity Bomb</title></head><body><article>'
        + "<p>&lol9; The harbour board met on Monday and raised the fees for every boat in the port.</p>" * 3
        + "</article></body></html>")


@pytest.mark.parametrize("suffix", [".html", ".htm", ".txt"])
def test_billion_laughs_entity_bomb_is_never_expanded(suffix):
    peak, out = peak_rss_mb(f"""
        import json, time
        from newsprism.errors import IngestError
        from newsprism.ingest import from_bytes
        t0 = time.perf_counter()
        try:
            (doc,) = list(from_bytes({BOMB.encode()!r}, "bomb{suffix}", suffix="{suffix}"))
            res = len(doc.text), doc.text.count("lol")
        except IngestError as exc:
            res = exc.reason
        print(json.dumps({{"result": res, "s": time.perf_counter() - t0}}))
    """)
    assert out["s"] < 10 and peak < 400, (out["s"], peak)
    if isinstance(out["result"], list):  # read as a document: the entities stay unexpanded text
        assert out["result"][1] < 200


def test_mixed_encodings_in_one_file_never_crash():
    data = ("Café Owners Protest — again\n".encode()
            + "The café owners of the old town protested the rent rules on Monday.\n".encode("cp1252")
            + "Straße, naïve, 東京 and emoji \U0001f600 follow in UTF-8.\n".encode()
            + "Les élèves ont manifesté.\n".encode("latin-1") + "Привет\n".encode("koi8-r"))
    try:
        (doc,) = list(from_bytes(data, "mixed.txt", suffix=".txt"))
    except IngestError as exc:
        assert "undecodable" in exc.reason or "garbled" in exc.reason
        return
    assert_sound(doc)


def test_mixed_encodings_keep_the_utf8_parts_readable():
    data = ("Café Owners Protest\n".encode() + "The café owners protested on Monday.\n".encode("cp1252")
            + "Straße und naïve Leute — 東京.\n".encode())
    (doc,) = list(from_bytes(data, "mixed.txt", suffix=".txt"))
    assert doc.title == "Café Owners Protest"
    assert "Straße und naïve Leute — 東京." in doc.text
