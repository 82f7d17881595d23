"""A paragraph that opens with "By" is a byline only when it is not running prose (``ingest.layout._prose_by_line``,
switch ``byline.prose_is_body`` of ``ingest/data/layout.json``, round 50, issue 11). "By the harbour board's count,
Kelsey is the fourth ferry line to fold this year, ..." was read as a byline (the meta pattern's ``by\\s+\\S.*``), so
the whole paragraph was left out of the claims and its ordinal never reached the story comparison. Real bylines ("By
Jane Roe | Harbour Times", "By the Press Office", "By Olla Brand and Teo Varn") stay meta. Invented reports,
fictional names and outlets."""

from __future__ import annotations

import copy

import pytest

import newsprism.ingest.layout as layout
from newsprism.ingest.meta import layout_data

TEXT = """Kelsey Ferries loses its operating permit
By Olla Brand | The Vennmark Courier
The harbour board of Vennmark withdrew the operating permit of Kelsey Ferries on Tuesday after the company missed two safety inspections.
By the harbour board's count, Kelsey is the fourth ferry line to fold this year, a run that has worried island councils. Tickets already sold will be refunded.
By nightfall 40 stranded passengers had been carried to the mainland on fishing boats, the coastguard said.
By the Press Office
"""

PROSE = ["By the harbour board's count, Kelsey is the fourth ferry line to fold this year, a run that has worried "
         "island councils. Tickets already sold will be refunded.",
         "By nightfall 40 stranded passengers had been carried to the mainland on fishing boats, the coastguard said."]
BYLINES = ["By Olla Brand | The Vennmark Courier", "By the Press Office", "By Olla Brand and Teo Varn",
           "By Staff Correspondent | Vennmark Wire", "By Teo Varn, Senior Correspondent."]


@pytest.fixture
def switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    data = copy.deepcopy(layout_data())
    data["byline"]["prose_is_body"] = False
    monkeypatch.setattr(layout, "layout_data", lambda: data)


def _kinds(make_doc) -> dict[str, str]:  # type: ignore[no-untyped-def]
    doc = make_doc(TEXT)
    return {doc.text[p.start:p.end]: p.kind for p in doc.paragraphs}


def test_switch_is_on() -> None:
    assert layout_data()["byline"]["prose_is_body"] is True


@pytest.mark.parametrize("line", PROSE)
def test_prose_opening_with_by_is_body(make_doc, line: str) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(make_doc)[line] == "body"


@pytest.mark.parametrize("line", PROSE)
def test_switch_off_reads_prose_as_byline(make_doc, switch_off: None, line: str) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(make_doc)[line] == "meta"  # the hole the switch closes


@pytest.mark.parametrize("line", BYLINES)
def test_real_bylines_stay_meta(line: str) -> None:
    pats = layout._patterns()
    assert pats["meta"].match(line) and not layout._prose_by_line(line, pats["byline"])


def test_byline_still_names_author(make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(TEXT)
    assert doc.author == "Olla Brand"
    assert _kinds(make_doc)["By Olla Brand | The Vennmark Courier"] == "meta"
    assert _kinds(make_doc)["By the Press Office"] == "meta"


@pytest.mark.slow
def test_ordinal_of_by_paragraph_is_a_claim(make_doc) -> None:  # type: ignore[no-untyped-def]
    from newsprism.api import analyze_documents

    doc = analyze_documents([make_doc(TEXT)]).documents[0]
    ords = [(c.evidence.text, c.quantity.value) for c in doc.claims if c.kind == "ordinal" and c.quantity]
    assert ("fourth ferry line", 4.0) in ords or any(v == 4.0 and "fourth" in t for t, v in ords)
