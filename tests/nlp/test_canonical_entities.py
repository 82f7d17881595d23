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


# People who share a surname (invented text): a father and his son "Jr", two sisters. A careful reader keeps
# them apart; a short mention joins a full name only when the text leaves no doubt.
FAMILY = """Velmora, Orlavia – Marek Danvell Jr. met investors on Monday. President Danvell, his father, stayed away.
Marek Danvell, the president, did not comment. Danvell later flew to Paris. Mr. Danvell also wrote to Dr. Ines Kallo.
Lisa Berg and her sister Anna Berg run a clinic in Velmora. Berg said it would grow.
Senator Lisa Berg voted yes on Tuesday. Senator Berg said so. Anna told reporters she disagreed.
"""


def test_name_fits_keeps_generations_apart():
    from newsprism.nlp.canonical import name_fits

    assert name_fits(["Marek", "Danvell"], ["Danvell"])
    assert name_fits(["Aung", "San", "Suu", "Kyi"], ["Suu", "Kyi"])
    assert name_fits(["Marek", "J.", "Danvell"], ["Marek", "Danvell"])
    assert name_fits(["Marek", "Danvell", "Jr."], ["Danvell", "Jr"])
    assert name_fits(["Marek", "Danvell", "Jr."], ["Danvell"])  # a bare surname: the text decides
    assert not name_fits(["Marek", "Danvell", "Jr."], ["Marek", "Danvell"])
    assert not name_fits(["Marek", "Danvell", "Sr."], ["Marek", "Danvell", "Jr"])


def test_honorifics_are_no_title():
    assert strip_title("Mr. Marek Danvell") == ("Marek Danvell", None)
    assert strip_title("Dr. Ines Kallo") == ("Ines Kallo", None)
    assert strip_title("Mr. President Danvell") == ("Danvell", "President")


@pytest.mark.slow
def test_father_and_son_and_two_sisters_stay_apart():
    doc = analyze_text(FAMILY).documents[0]
    named = {}
    for e in doc.entities:
        if e.label == "PERSON":
            named.setdefault(e.text, []).append(e.canonical)
    # The son is written in full; his father's title and surname never become the son's name.
    assert named["Marek Danvell Jr."] == ["Marek Danvell Jr"]
    assert "Marek Danvell Jr" not in named.get("Danvell", [])
    # "President Danvell" comes before the father's full name, and the son was never called president.
    assert named["Danvell"][0] == "Danvell"
    # After both are written, a bare surname fits both: it keeps its own words.
    assert named["Danvell"][1:] and set(named["Danvell"][1:]) == {"Danvell"}
    # "Berg" alone fits both sisters: it keeps its own words; "Senator Berg" is the senator; "Anna" is Anna.
    assert named["Berg"] == ["Berg", "Lisa Berg"]
    assert named["Anna"] == ["Anna Berg"]
    people = {a.canonical: a for a in doc.actors if a.label == "PERSON"}
    assert people["Lisa Berg"].roles == ["Senator"]
    # An honorific is neither part of a name nor a role.
    assert all(not r.startswith(("Mr", "Dr")) for a in people.values() for r in a.roles)
    assert people["Ines Kallo"].roles == []


def _people_doc(*mentions: tuple[str, str | None]):
    from newsprism.model import Document, Entity

    ents = [Entity(text=name, label="PERSON", canonical=name, start=i, end=i + 1, role=role)
            for i, (name, role) in enumerate(mentions)]
    return Document.model_construct(entities=ents, actors=[], place=None)


def test_across_sources_a_short_name_needs_one_fitting_person():
    from newsprism.nlp.canonical import link_across

    president = _people_doc(("Danvell", "President"))
    son = _people_doc(("Marek Danvell Jr", None))
    link_across([president, son])
    assert president.entities[0].canonical == "Danvell"  # the son was never called president
    only_son = _people_doc(("Danvell", None))
    link_across([only_son, son])
    assert only_son.entities[0].canonical == "Marek Danvell Jr"  # the only Danvell of the story
    father = _people_doc(("Marek Danvell", "President"))
    link_across([president, son, father])
    assert president.entities[0].canonical == "Marek Danvell"
    # A document that leaves "Berg" open (two sisters) is not decided by another source naming one of them.
    sisters = _people_doc(("Lisa Berg", None), ("Anna Berg", None), ("Berg", None))
    one = _people_doc(("Lisa Berg", None))
    link_across([sisters, one])
    assert sisters.entities[2].canonical == "Berg"
    # A titled short name beside two full names takes the one seen with its title.
    senator = _people_doc(("Berg", "Senator"))
    mayor = _people_doc(("Anna Berg", "Mayor"), ("Lisa Berg", "Senator"))
    link_across([senator, mayor])
    assert senator.entities[0].canonical == "Lisa Berg"
