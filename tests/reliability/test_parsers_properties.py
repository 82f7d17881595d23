"""Property tests on every parser: whatever the input, the result is an IngestError or a sound Document.

"Sound" is ``fuzz.invariants.check_document``: every span (paragraphs, body, comments and their authors,
entities, dates, events, claims, techniques, ...) satisfies ``doc.text[start:end] == span text``, article layers
stay inside the body, comments inside the comment section, and the document survives a JSON round trip.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from fuzz.invariants import assert_sound  # noqa: E402
from fuzz.strategies import (  # noqa: E402
    ENC,
    articles,
    base_date,
    date_phrase,
    hostile_text,
    html_pages,
    json_files,
    line,
)
from newsprism.errors import IngestError  # noqa: E402
from newsprism.ingest import from_bytes, from_text  # noqa: E402
from newsprism.ingest.publication_date import find_explicit_date  # noqa: E402
from newsprism.limits import Limits  # noqa: E402
from newsprism.nlp.date_resolution import resolve  # noqa: E402

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                         HealthCheck.data_too_large])
SMALL = Limits(max_chars=5_000, max_comments=5)


def _sound_or_error(make) -> None:
    try:
        result = make()
    except IngestError:
        return
    for item in result if isinstance(result, list) else [result]:
        if not isinstance(item, IngestError):
            assert_sound(item)


@FAST
@given(articles())
def test_text_article_with_comments_is_sound(text):
    _sound_or_error(lambda: from_text(text, "a.txt"))


@FAST
@given(articles())
def test_text_article_under_small_limits_is_sound(text):
    # Tiny caps make truncation (max_chars) and the comment cap (max_comments) fire on ordinary inputs.
    _sound_or_error(lambda: list(from_bytes(text.encode(*ENC), "a.txt", suffix=".txt", limits=SMALL)))


@FAST
@given(hostile_text | st.text(max_size=3000))
def test_any_string_is_sound(text):
    _sound_or_error(lambda: from_text(text, "s.txt"))


@FAST
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".html", ".json", ".jsonl", ""]))
def test_any_bytes_are_sound(data, suffix):
    _sound_or_error(lambda: list(from_bytes(data, "b" + suffix, suffix=suffix)))


@settings(FAST, max_examples=80)
@given(html_pages())
def test_html_page_is_sound(page):
    _sound_or_error(lambda: list(from_bytes(page.encode(*ENC), "p.html", suffix=".html")))


@FAST
@given(json_files())
def test_json_and_jsonl_records_are_sound(file):
    data, suffix = file
    _sound_or_error(lambda: list(from_bytes(data, "r" + suffix, suffix=suffix, limits=SMALL)))


_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4})?$")


@settings(FAST, max_examples=300)
@given(date_phrase, base_date)
def test_date_resolution_returns_valid_iso_or_none(text, base):
    iso, gran = resolve(text, base)
    assert gran in {"day", "month", "year", "range", "duration"}
    if iso is not None:
        assert _ISO.match(iso), iso
        if gran == "day":
            date.fromisoformat(iso)


@settings(FAST, max_examples=300)
@given(st.lists(line | date_phrase, max_size=4).map(" ".join))
def test_explicit_date_is_a_real_calendar_date_or_none(text):
    found = find_explicit_date(text)
    if found is not None:
        date.fromisoformat(found)
