"""A paragraph that opens with "By" is read as a byline whatever follows (round 50, issue 11; NOT SHIPPED, a strict
xfail of the hole). ``ingest/data/layout.json``'s meta pattern holds ``by\\s+\\S.*``, so "By the harbour board's
count, Kelsey is the fourth ferry line to fold this year, ..." is a meta line: the whole paragraph is left out of the
claims and its ordinal never reaches the story comparison (wire39 s6_bank_ordinal; 17 such body paragraphs over the
wire sets). The fix tried on branch ``ord50`` (2b59f1d: a "By" line that is running prose, ``ingest.layout._is_prose``,
is body) closes it but was not shipped: the recovered paragraphs raise two wrong shown flags downstream (wire14, wire15;
benchmarks/story.md). Real bylines ("By Jane Roe | Harbour Times", "By the Press Office") must stay meta. Invented
reports, fictional names and outlets."""

from __future__ import annotations

import pytest

import newsprism.ingest.layout as layout

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


def _kinds(make_doc) -> dict[str, str]:  # type: ignore[no-untyped-def]
    doc = make_doc(TEXT)
    return {doc.text[p.start:p.end]: p.kind for p in doc.paragraphs}


@pytest.mark.xfail(strict=True, reason="a 'By ...' line of running prose is read as a byline (not shipped, round 50)")
@pytest.mark.parametrize("line", PROSE)
def test_prose_opening_with_by_is_body(make_doc, line: str) -> None:  # type: ignore[no-untyped-def]
    assert _kinds(make_doc)[line] == "body"


@pytest.mark.parametrize("line", BYLINES)
def test_real_bylines_stay_meta(line: str) -> None:
    assert layout._patterns()["meta"].match(line)


def test_byline_names_author(make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(TEXT)
    assert doc.author == "Olla Brand"
    kinds = _kinds(make_doc)
    assert kinds["By Olla Brand | The Vennmark Courier"] == "meta"
    assert kinds["By the Press Office"] == "meta"
