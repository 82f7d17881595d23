"""The events layer on an invented report: one event per happening, participants, status, attribution."""

from __future__ import annotations

import pytest

from newsprism.encoder.document import EncoderPassComponent
from newsprism.events.components import EventsComponent
from newsprism.nlp.components import DatesComponent, EntitiesComponent, SentencesComponent
from newsprism.pipeline import Pipeline

pytestmark = pytest.mark.slow

REPORT = """Varkel Visits Port Vell Docks
Port Vell, Maravia – President Tomas Varkel visited the Port Vell docks on Monday after a week-long strike by harbour pilots.
His visit came a day after the union ended the strike. During the visit, Varkel met union leader Ines Dorrow.
Dorrow said the pilots will vote on a new contract next week.
The port authority denied that any ships were damaged during the strike.
Chancellor Alva Renn visited the docks in 2019.
"""


@pytest.fixture(scope="module")
def doc(make_doc_module):
    d = make_doc_module(REPORT)
    return Pipeline([EncoderPassComponent(), SentencesComponent(), EntitiesComponent(), DatesComponent(), EventsComponent()]).pipe([d])[0]


@pytest.fixture(scope="module")
def make_doc_module():
    from newsprism.ingest import parse_text_article

    return lambda text: parse_text_article(text, "report.txt")


def _with(doc, word):
    return [e for e in doc.events if word in [e.trigger.lower(), *(m.text.lower() for m in e.mentions)]]


def test_events_one_event_per_happening(doc):
    visits = [e for e in doc.events if e.type == "visit"]
    varkel = [e for e in visits if e.actor == "Tomas Varkel"]
    # "visited", "His visit", "the visit": one event; Renn's visit in 2019 is another
    assert len(varkel) == 1 and len(varkel[0].mentions) >= 1
    assert any(e.actor == "Alva Renn" for e in visits)
    ids = [e.id for e in doc.events]
    assert len(ids) == len(set(ids)) and all(i.startswith("e") for i in ids)


def test_events_offsets_status_and_attribution(doc):
    for e in doc.events:
        assert doc.text[e.trigger_start:e.trigger_end] == e.trigger
        assert doc.text[e.evidence.start:e.evidence.end] == e.evidence.text
        for m in e.mentions:
            assert doc.text[m.start:m.end] == m.text
        assert 0.0 <= (e.confidence or 0.0) <= 1.0 and 0.0 <= (e.status_confidence or 0.0) <= 1.0
    vote = _with(doc, "vote")
    assert vote and vote[0].status == "planned" and vote[0].attributed_to == "Ines Dorrow"
    met = _with(doc, "met")
    assert met and met[0].actor == "Tomas Varkel" and met[0].status == "occurred"


def test_events_no_event_word_as_actor(doc):
    words = {m.text.lower() for e in doc.events for m in e.mentions} | {e.trigger.lower() for e in doc.events}
    assert all(e.actor is None or e.actor.lower() not in words for e in doc.events)
