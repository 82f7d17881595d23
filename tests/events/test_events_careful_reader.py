"""Events a careful reader would accept (issue 11): participants by the phrase's head, no date or letter as a
participant, one event for a support verb and its event noun or a directive and its complement, statuses from
tense and irrealis contexts, and no generic statement outside the event dictionary. Invented text."""

from __future__ import annotations

import pytest
from events_floor import no_confidence_floor

from newsprism.encoder.document import EncoderPassComponent
from newsprism.events.components import EventsComponent
from newsprism.nlp.components import DatesComponent, EntitiesComponent, SentencesComponent
from newsprism.pipeline import Pipeline

pytestmark = pytest.mark.slow

ARTICLE = """Harbour Board Faces Questions
Governor Lena Osk urged the Maravia assembly to repeal the harbour tax on Tuesday.
The plan drew criticism from the Port Vell Pilots Union.
A report funded by the Kestoria Shipping Council was released by the harbour board.
The fisherman Tomas Brel was killed in a collision near the docks in December.
The pilots union supports the new safety rules.
Critics called for the resignation of harbour chief Pavel Darn.
If the assembly rejects the tax, the Kestoria Shipping Council will sue the province.
There is no evidence that Darn destroyed the e-mails.
Every harbour must win the trust of its pilots.
"""


@pytest.fixture(scope="module")
def doc():
    from newsprism.ingest import parse_text_article

    d = parse_text_article(ARTICLE, "harbour.txt")
    d.published = "2031-04-12"
    with no_confidence_floor():  # the status rules are tested on every event, the floor in test_events_round2
        return Pipeline([EncoderPassComponent(), SentencesComponent(), EntitiesComponent(), DatesComponent(), EventsComponent()]).pipe([d])[0]


def _at(doc, word):
    """The event whose trigger or mentions include ``word``."""
    return [e for e in doc.events if word in [e.trigger.lower(), *(m.text.lower() for m in e.mentions)]]


def test_directive_complement_is_part_of_the_directive(doc):
    urged = _at(doc, "urged")
    assert urged and urged[0].trigger == "urged"
    assert not [e for e in doc.events if e.trigger == "repeal"]  # folded into the urging
    assert "repeal" in [m.text for m in urged[0].mentions]


def test_support_verb_and_event_noun_are_one_event(doc):
    drew = _at(doc, "drew") or _at(doc, "criticism")
    assert len(drew) == 1
    assert {drew[0].trigger, *(m.text for m in drew[0].mentions)} >= {"drew", "criticism"}


def test_participant_is_the_head_of_its_phrase(doc):
    released = _at(doc, "released")
    # the report is what was released, not the council that funded it
    assert not released or released[0].target != "Kestoria Shipping Council"
    for e in doc.events:
        for slot in (e.actor, e.target):
            assert slot is None or (sum(c.isalpha() for c in slot) >= 2 and slot.lower() not in (
                "tuesday", "december", "dec"))
    assert not [e for e in doc.events if e.trigger == "e"]


def test_past_event_with_a_yearless_month_is_not_planned(doc):
    killed = _at(doc, "killed")
    assert killed and killed[0].status == "occurred"
    assert killed[0].date is None or killed[0].date < "2031-04-12"


def test_present_stance_is_ongoing(doc):
    supports = _at(doc, "supports")
    assert supports and supports[0].status == "ongoing"


def test_asked_for_conditional_and_unproven_are_hypothetical(doc):
    for word in ("resignation", "sue", "destroyed"):
        found = _at(doc, word)
        assert found, word
        assert found[0].status == "hypothetical", (word, found[0].status)


def test_generic_statement_outside_the_dictionary_is_no_event(doc):
    assert not _at(doc, "win")
