"""Event participants from the event's own clause (issue 11, round 4): who controls an infinitive, a reduced
passive, a conjunct's own subject, a prepositional place beside a direct object, dates of the trigger's own
clause, common nouns shown as their phrase, and a pronoun left as an empty slot. Invented text."""

from __future__ import annotations

import pytest
from events_floor import analyze_events

pytestmark = pytest.mark.slow

ARTICLE = """Drava Council Under Pressure
The ministry leaned on Governor Tomas Varga of Drava to resign from the council.
Ilse Marenko waived her right and could be compelled to testify before the Drava council.
When asked if the council had misled voters, Mayor Orlen Dask replied that it had not.
Governor Rhea Stolz declared a state of emergency on Monday.
The council asked Pavel Brenn to resign from the harbour board last week.
Pavel Brenn, who left his job as a radio host earlier this year in preparation for a 2032 campaign, spoke on Friday.
Ms. Dask compared the levy to the 2019 decision of the Drava council to close the port.
Minister Karl Odden banned foreign trawlers to the Kestor coast.
Ms. Stolz said the harbour board had offered Mr. Brenn a seat, but he declined.
Mr. Odden endorsed Rhea Stolz in the 2027 regional primaries.
Mr. Brenn first mentioned in March that he had been offered a post, and the board for two months had refused to discuss it.
"""




@pytest.fixture(scope="module")
def doc():
    return analyze_events(ARTICLE, "drava.txt")


def _at(doc, word):
    return [e for e in doc.events if word in [e.trigger.lower(), *(m.text.lower() for m in e.mentions)]]


def _show(doc):
    return [(e.trigger, e.actor, e.target, e.date) for e in doc.events]


def test_object_controls_the_infinitive(doc):
    resign = [e for e in doc.events if e.trigger == "resign"]
    assert resign, _show(doc)
    assert all(e.actor is None or "Varga" in e.actor or "Brenn" in e.actor for e in resign), _show(doc)
    assert "ministry" not in {e.actor for e in resign} and "council" not in {e.actor for e in resign}


def test_passive_subject_controls_the_infinitive(doc):
    testify = _at(doc, "testify")
    assert testify and (testify[0].actor is None or "Marenko" in testify[0].actor), _show(doc)


def test_reduced_passive_subject_is_not_the_asker(doc):
    asked = [e for e in doc.events if e.trigger == "asked" and e.evidence.text.startswith("When")]
    assert not asked or asked[0].actor is None, _show(doc)


def test_common_noun_shown_as_its_phrase(doc):
    declared = _at(doc, "declared")
    assert declared and declared[0].target == "state of emergency", _show(doc)


def test_place_beside_a_direct_object_is_no_target(doc):
    banned = _at(doc, "banned")
    assert banned and banned[0].target != "Kestor", _show(doc)
    assert "Odden" in (banned[0].actor or "")


def test_date_of_another_clause_or_noun_is_not_the_events(doc):
    left = _at(doc, "left")
    assert not left or left[0].date in (None, "2031"), _show(doc)
    compared = _at(doc, "compared")
    assert not compared or compared[0].date is None, _show(doc)


def test_pronoun_subject_borrows_no_name(doc):
    declined = _at(doc, "declined")
    assert not declined or declined[0].actor is None, _show(doc)



def test_date_of_a_time_frame_noun_is_the_events(doc):
    endorsed = _at(doc, "endorsed")
    assert endorsed and endorsed[0].date == "2027", _show(doc)


def test_conjunct_with_a_stray_noun_phrase_borrows_no_subject(doc):
    refused = _at(doc, "refused")
    assert not refused or "Brenn" not in (refused[0].actor or ""), _show(doc)


def test_the_one_urged_is_not_the_urger():
    """A directive without its own subject does not borrow the doer of its folded complement: the one urged to
    veto is the subject of "veto", not of "urge" (main before this fix gave Rhea Stolz as the urger)."""
    d = analyze_events("Harbour Levy Fight Reaches Drava Capital\n"
                 "The dockers' union asked its members to write to lawmakers and urge Governor Rhea Stolz to veto "
                 "the harbour levy.\n", "levy.txt")
    urge = _at(d, "urge")
    assert urge, _show(d)
    assert all("Stolz" not in (e.actor or "") for e in urge), _show(d)
