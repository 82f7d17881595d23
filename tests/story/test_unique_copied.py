"""A sentence two outlets print from one agency text is not "only one source", as a user sees it through
``analyze``, whether the second copy is set aside as a duplicate or not; a fact one report alone gives still is
(issue 11, round 11: the r10 dev draw had four such items in one story's first five). Invented text (fictional
outlets, people and places)."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_files

pytestmark = pytest.mark.slow

AGENCY = """Velmora port shut after storm

A storm closed five loading sites at the Velmora harbor on Tuesday, port officials said.

The port authority said it had moved 28 containers to the inland depot at Brask, but one of them was lost in the \
flood.

Deputy mayor Oskar Lind said the city council had asked the Halden ministry for an inquiry into the harbor walls.

Port director Anika Straub said the closures would last about two weeks.
"""
COPY = "VELMORA (Coastline Wire) - " + AGENCY.split("\n\n", 1)[1]
HERALD = """Harbor closures in Velmora

Officials in Velmora closed five of the harbor's loading sites on Tuesday as a storm passed.

Anika Straub, who runs the port, expects the closures to last roughly two weeks.

Rescue crews pulled 14 fishermen from a capsized trawler near the northern quay on Tuesday night, the coast guard \
said.
"""
PRINTED_TWICE = ("28 containers", "asked the Halden ministry")


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    return analyzed_files(tmp_path_factory.mktemp("copied"), *(("agency", AGENCY), ("copy", COPY), ("herald", HERALD)))


def test_a_sentence_two_outlets_print_is_not_only_one_source(story):
    for d in story.story.unique:
        for s in d.sides:
            assert not any(x in s.text for x in PRINTED_TWICE), d.statement


def test_a_fact_only_one_report_gives_is_still_stated(story):
    assert any("14 fishermen" in s.text for d in story.story.unique for s in d.sides)
