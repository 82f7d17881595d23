"""The bundled example story ingests as three sources with the planted thread, and the demo command works."""

from __future__ import annotations

import pytest

from newsprism.api import analyze
from newsprism.ingest import iter_inputs


def test_example_story_ingests_three_sources(examples_dir):
    docs = list(iter_inputs([examples_dir]))
    assert len(docs) == 3, "EXPECTED.md and other notes must not be read as articles"
    wire = next(d for d in docs if "harbour_wire" in d.source)
    assert len(wire.comments) == 12
    assert wire.place == "Port Vell, Maravia"
    for c in wire.comments:
        assert c.text not in wire.body.text


@pytest.mark.slow
def test_example_story_actors_are_canonical_across_sources(examples_dir):
    result = analyze([examples_dir])
    for doc in result.documents:
        people = {a.canonical for a in doc.actors if a.label == "PERSON"}
        assert "Tomas Varkel" in people and "Ines Dorrow" in people
        assert "Drava" not in people and "Varkel" not in people
