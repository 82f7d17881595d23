"""Page debris (a wire credit line, a bare comment counter, a byline) is never an "only one source" item, as a user
sees it through ``analyze``, while a fact only one report gives still is (issue 11, round 10; the r9 dev draw had
three such items in its first five). Invented text (fictional outlets, people and places)."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_files

pytestmark = pytest.mark.slow

WIRE = """(Updates with rescue) By Mira Olsen Feb 15 (Reuters) - A storm closed five loading sites at the Velmora harbor \
on Tuesday, port officials said.

Port director Anika Straub said the closures would last about two weeks.

10

Rescue crews pulled 14 fishermen from a capsized trawler near the northern quay on Tuesday night, the coast guard said.

8

The trawler's owner, Oskar Lind, said the boat had left port at dawn against the harbor master's advice.

(Reporting by Mira Olsen in Velmora; Editing by Jonas Hart and Eric Walsh)
"""
HERALD = """Velmora port shut after storm

Five loading sites at Velmora's harbor were shut on Tuesday after a storm, officials said.
The port director, Anika Straub, told reporters the sites would stay closed for about two weeks.
Fishing crews waited at the northern quay for news.
"""
COURIER = """Harbor closures in Velmora

Officials in Velmora closed five of the harbor's loading sites on Tuesday as a storm passed.
Anika Straub, who runs the port, expects the closures to last roughly two weeks.
"""
DEBRIS = ("By Mira Olsen", "(Reporting by", "\n10\n", "\n8\n")


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    return analyzed_files(tmp_path_factory.mktemp("junk"), *(("wire", WIRE), ("herald", HERALD), ("courier", COURIER)))


def test_debris_is_never_only_one_source(story):
    wire = story.documents[0]
    for d in story.story.unique:
        for s in d.sides:
            if s.document == wire.id:
                span = wire.text[max(0, s.start - 1) : s.end + 1]
                assert not any(x in span for x in DEBRIS), d.statement


def test_a_fact_only_one_report_gives_is_still_stated(story):
    assert any("14 fishermen" in s.text for d in story.story.unique for s in d.sides)
