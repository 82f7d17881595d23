"""A name written after a capitalised title is a person's name whatever the entity tagger labels it (round 59,
issue 11, switch ``title_makes_name_a_person`` in claims/data/slots.json).

The tagger reads many unfamiliar names after a title as an organization ("Academy Rector NAME" as one ORG), and the
person was then dropped with the title, so "Rector NAME" in one report against "NAME, the academy's vice-rector" in
another was never compared: Deputy X is not X. The parse says it is a person: the title's last word is a compound
of the name. An organization's name after a title ("... Holdings"), a place and a run longer than a name stay no
person (the tagger reads a name with "Holdings" as a person: that reading is unchanged). Invented sentences, fictional names and outlets."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, discrepancies_between

from newsprism.claims import slots
from newsprism.nlp.spacy_pipe import get_nlp

pytestmark = pytest.mark.slow

RECTOR = "Academy Rector Maret Vollan said the ministry had trusted the printers' own checks."


def _roles(text: str) -> list[tuple[str, str, str | None]]:
    (sent,) = list(get_nlp()(text).sents)
    return [(r.person, r.title, r.core) for r in slots._roles(sent, 0)]


def test_the_tagger_reads_the_name_as_an_organization():
    # the premise of the test: the name is not tagged as a person
    doc = get_nlp()(RECTOR)
    assert not any(e.label_ == "PERSON" and "Vollan" in e.text for e in doc.ents)


def test_a_title_makes_the_mislabelled_name_a_person():
    assert ("vollan", "academy rector", "rector") in _roles(RECTOR)


def test_the_switch_off_drops_the_name(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(slots.data(), "title_makes_name_a_person", False)
    assert not [r for r in _roles(RECTOR) if r[0] == "vollan"]


def test_an_organization_word_after_a_title_is_no_person():
    # the tagger reads "Vollan Group" as an organization, and so does the organization word
    assert not [r for r in _roles("Board Chairman Vollan Group said the printers had been paid.")
                if r[0] in ("group", "vollan")]


LEDGER = """Academy Closes Its Print Shop
The Dalvern academy will close its print shop at the end of the month, the academy said on Thursday.
Academy Rector Maret Vollan said the ministry had trusted the printers' own checks.
The shop has printed the academy's exam papers since the war.
"""
POST = """Print Shop at Dalvern Academy to Close
The Dalvern academy is to close its print shop at the end of the month, the academy announced on Thursday.
Maret Vollan, the academy's vice-rector, said the ministry had trusted the printers' own checks.
The shop has printed the academy's exam papers for decades.
"""


def _flags() -> list:
    result = analyzed_reports(("ledger", "Dalvern Ledger", "Academy Closes Its Print Shop", LEDGER),
                              ("post", "Ostel Evening Post", "Print Shop at Dalvern Academy to Close", POST))
    return discrepancies_between(result, "conflict", "role", ("ledger", "Vollan"), ("post", "vice-rector"))


def test_the_rector_is_not_the_vice_rector():
    (flag,) = _flags()
    assert flag.confidence is not None and flag.confidence >= 0.5


def test_the_switch_off_loses_the_conflict(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(slots.data(), "title_makes_name_a_person", False)
    assert not _flags()
