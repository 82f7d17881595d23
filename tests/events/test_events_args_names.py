"""Event participants named as a reader names them (issue 11, round 10): a nationality word heading a noun
phrase is a person, not the country; a capitalised common noun opening a sentence is no name, and a bare noun
keeps the participle phrase that says who it is; "the company" is the one organisation just named. Invented text."""

from __future__ import annotations

import pytest
from events_floor import analyze_events

pytestmark = pytest.mark.slow

ARTICLE = """Harbour Strike in Port Vell
Brenn put Odden on the canvas in the fifth round at Vell Arena, and the 38-year-old American never recovered.
Groups representing Maravians, the region's largest minority, complained that the ballots left out their names.
Orvex Holdings Inc. said on Monday that it had cut 500 jobs at the port. The company also denied that it had moved its fleet to Drava.
Orvex Holdings Inc. and Talmar Freight Ltd. said on Tuesday that they would merge. The company later denied the report.
"""


@pytest.fixture(scope="module")
def doc():
    return analyze_events(ARTICLE, "vell.txt")


def _show(doc):
    return [(e.trigger, e.actor, e.target) for e in doc.events]


def test_nationality_noun_is_a_person_not_the_country(doc):
    recovered = [e for e in doc.events if e.trigger == "recovered"]
    assert recovered and recovered[0].actor == "38-year-old American", _show(doc)


def test_sentence_opening_common_noun_keeps_its_participle_phrase(doc):
    complained = [e for e in doc.events if e.trigger == "complained"]
    assert complained and complained[0].actor == "Groups representing Maravians", _show(doc)


def test_the_company_is_the_one_organisation_just_named(doc):
    denied = [e for e in doc.events if e.trigger == "denied" and "fleet" in e.evidence.text]
    assert denied and (denied[0].actor or "").startswith("Orvex Holdings"), _show(doc)


def test_the_company_after_two_organisations_stays_open(doc):
    denied = [e for e in doc.events if e.trigger == "denied" and "report" in e.evidence.text]
    assert all(not (e.actor or "").startswith(("Orvex", "Talmar")) for e in denied), _show(doc)


SPLIT = """Council Picks Envoy
In naming Ms. Odden as the envoy, Mr. Brenn picked the party’s most prominent figure other than Mr. Varga.
"""


@pytest.fixture(scope="module")
def split_doc():
    return analyze_events(SPLIT, "envoy.txt")


def test_object_split_at_its_possessive_is_read_whole(split_doc):
    picked = [e for e in split_doc.events if e.trigger == "picked"]
    assert picked and picked[0].target == "party’s most prominent figure", _show(split_doc)


def test_name_split_from_its_noun_is_no_target():
    """The parser splits "her White House bid" into an object "White House" and a clause "bid"; the object read
    is the bid (the event layer drops this announcement as a plan, so the rule is read on the parse)."""
    from newsprism.events.participants import _roles_of
    from newsprism.nlp.spacy_pipe import get_nlp

    sent = get_nlp()("Ms. Stolz, who announced her White House bid on March 3, spoke in Port Vell.")
    announced = next(t for t in sent if t.text == "announced")
    patients = [t.text for role, t in _roles_of(announced) if role == "patient"]
    assert "House" not in patients and (not patients or patients == ["bid"]), patients


CLAUSES = """Port Vell Levy Vote
Mayor Orlen Dask, a founder of the Harbour Caucus, asked if the council should delay the levy, said, "I will leave that to the board."
Governor Karl Odden was the latest official to weigh in and urge Ilse Marenko to veto the levy.
"""


@pytest.fixture(scope="module")
def clause_doc():
    return analyze_events(CLAUSES, "levy.txt")


def test_speaker_asked_before_answering_is_not_the_asker(clause_doc):
    asked = [e for e in clause_doc.events if e.trigger == "asked"]
    assert all(e.actor is None or "Dask" not in e.actor for e in asked), _show(clause_doc)


def test_infinitive_relative_after_a_copula_takes_its_subject(clause_doc):
    urge = [e for e in clause_doc.events if e.trigger == "urge"]
    assert urge and urge[0].actor == "Karl Odden", _show(clause_doc)


FUTURE = """Port Vell Talks
Ilse Marenko urged Governor Karl Odden to stand firm with Mayor Orlen Dask when they meet on Monday in Port Vell.
"""


def test_weekday_of_a_present_time_clause_is_the_coming_one():
    """The article is dated Saturday 2031-04-12: "when they meet on Monday" is the Monday after, not before."""
    doc = analyze_events(FUTURE, "talks.txt")
    meet = [e for e in doc.events if e.trigger == "meet"]
    assert meet and meet[0].date == "2031-04-14", _show(doc) + [e.date for e in meet]
