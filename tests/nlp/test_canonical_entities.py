"""Canonical actors: titles stripped into roles, demonyms to countries, short names linked to full names."""

from __future__ import annotations

import pytest

from newsprism.api import analyze_text, load_pipeline
from newsprism.nlp.canonical import canonical_place, country_of, strip_title

STORY = """Talks in Velmora
Velmora, Orlavia – Orlavian President Marek Danvell met Prime Minister Ines Kallo of Tessmark on June 4, 2026.
President Danvell said the talks were frank. Danvell later flew to Paris with German officials.
Kallo told reporters that Tessmark would send a delegation to Orlavia next week.
"""


def test_strip_title_keeps_title_as_role():
    assert strip_title("President Marek Danvell") == ("Marek Danvell", "President")
    assert strip_title("Acting President Ana Ruiz") == ("Ana Ruiz", "Acting President")
    assert strip_title("Danvell") == ("Danvell", None)


def test_demonyms_and_aliases_map_to_countries():
    assert country_of("Belarusian") == "Belarus"
    assert country_of("German") == "Germany"
    assert canonical_place("the U.S.") == "United States"
    assert canonical_place("Myanmar's") == "Myanmar"


@pytest.mark.slow
def test_one_actor_per_person_with_role():
    doc = analyze_text(STORY).documents[0]
    people = {a.canonical: a for a in doc.actors if a.label == "PERSON"}
    assert "Marek Danvell" in people
    assert people["Marek Danvell"].mentions >= 3
    assert "Danvell" not in people and "President Danvell" not in people
    for e in doc.entities:
        assert doc.text[e.start : e.end] == e.text
    short = [e for e in doc.entities if e.text == "Danvell"]
    assert short and all(e.canonical == "Marek Danvell" for e in short)
    germans = [e for e in doc.entities if e.text == "German"]
    assert germans and germans[0].canonical == "Germany"


@pytest.mark.slow
def test_dates_resolved_against_document_date():
    doc = analyze_text(STORY).documents[0]
    assert doc.published == "2026-06-04"
    by_text = {d.text: d.iso for d in doc.dates}
    assert by_text.get("June 4, 2026") == "2026-06-04"
    assert any(d.text == "next week" for d in doc.dates)


@pytest.mark.slow
def test_pipeline_components_declare_their_chain():
    pipe = load_pipeline()
    # the encoder pass and the technique model need only paragraphs, so they start first (in the background)
    # and overlap the spaCy parse
    assert pipe.names[:5] == ["encoder_pass", "technique_model", "sentences", "entities", "dates"]
