"""Events a careful reader would accept, second round (issue 11): only light verbs fold with their event noun,
a content object characterized in the present or under a modal is no happening, a first-person speech act is
performed, a typed verb and its same-type event object are one event, status_confidence belongs to the stated
status, events are ranked by confidence, and a year-less month is placed by tense in the dates layer itself.
Invented text (fictional outlets, people and places)."""

from __future__ import annotations

import pytest
from events_floor import no_confidence_floor

from newsprism.encoder.document import EncoderPassComponent
from newsprism.events.components import EventsComponent
from newsprism.nlp.components import DatesComponent, EntitiesComponent, SentencesComponent
from newsprism.nlp.date_resolution import by_tense
from newsprism.pipeline import Pipeline

pytestmark = pytest.mark.slow
FLOOR = 0.65  # the floor measured on the dev audit (data/event_confidence.json)

ARTICLE = """Ferry Dispute Reaches Assembly
The Drava Ferry Workers Union announced a strike on Monday.
The Osk Party won the elections in Kestoria last year.
The new audit offers a glimpse of the harbour board's finances.
The Maravia ferry bill would create a new inspection office in Port Vell.
The Kestoria Shipping Council said it would sue the harbour board.
"We condemn the closure of the Oster ferry line," the Drava Ferry Workers Union said in a statement.
A senator urged the board to publish the audit, and the party leader urged the governor to resign.
The Drava militia fought a fierce battle with Maravian troops on Sunday.
The inspectors were hired in March, and the board will vote in January.
"""


def _analyze():
    from newsprism.ingest import parse_text_article

    d = parse_text_article(ARTICLE, "ferry.txt")
    d.published = "2031-05-20"
    return Pipeline([EncoderPassComponent(), SentencesComponent(), EntitiesComponent(), DatesComponent(), EventsComponent()]).pipe([d])[0]


@pytest.fixture(scope="module")
def doc():
    """Every event, without the confidence floor (the rules are tested here; the floor in its own test)."""
    with no_confidence_floor():
        return _analyze()


@pytest.fixture(scope="module")
def floored():
    """The same article with a confidence floor set (none is shipped: benchmarks/events.md says why)."""
    from newsprism.events.group import confidence_config

    cfg = confidence_config()
    floor = cfg["min_event_confidence"]
    cfg["min_event_confidence"] = FLOOR
    try:
        return _analyze()
    finally:
        cfg["min_event_confidence"] = floor


def _at(doc, word):
    return [e for e in doc.events if word in [e.trigger.lower(), *(m.text.lower() for m in e.mentions)]]


def test_an_announced_strike_is_planned_not_done(doc):
    # "announce" is no light verb: announcing a strike is not striking, so the strike is at most planned
    strike = _at(doc, "strike")
    assert all(e.status == "planned" for e in strike), [(e.trigger, e.status) for e in strike]
    assert not [e for e in doc.events if e.trigger == "announced" and "strike" in [m.text for m in e.mentions]
                and e.status == "occurred"]


def test_winning_elections_is_not_a_support_verb(doc):
    won = _at(doc, "won")
    assert not won or "elections" not in [m.text for m in won[0].mentions]


def test_cognate_event_object_is_one_event(doc):
    # "fought a battle": the dictionary gives verb and object the same type, so the object names the fight
    fought = _at(doc, "fought")
    assert len(fought) == 1 and "battle" in [fought[0].trigger, *(m.text for m in fought[0].mentions)]
    assert not [e for e in doc.events if e.trigger == "battle"]


def test_content_object_characterized_is_no_event(doc):
    assert not _at(doc, "offers")
    assert not _at(doc, "create")


def test_it_for_an_organization_still_acts(doc):
    # "it" is no content subject: news uses it for organizations
    assert _at(doc, "sue")


def test_first_person_speech_act_is_performed(doc):
    condemn = [e for e in doc.events if e.trigger == "condemn"]
    assert condemn and condemn[0].status == "occurred"


def test_status_confidence_is_for_the_stated_status(doc):
    from newsprism.events.group import confidence_config

    rules = set(confidence_config()["rule_status_accuracy"].values())
    for e in doc.events:
        assert e.status_confidence is not None and 0.0 <= e.status_confidence <= 1.0
    condemn = next(e for e in doc.events if e.trigger == "condemn")
    # set by the performative rule against the model's reading of a present tense, so it carries that rule's
    # measured accuracy, not the model's top probability
    assert condemn.status_confidence in {round(v, 3) for v in rules}


def test_events_are_ranked_by_confidence(doc):
    conf = [e.confidence or 0.0 for e in doc.events]
    assert conf == sorted(conf, reverse=True)
    assert [e.id for e in doc.events] == [f"e{k + 1}" for k in range(len(doc.events))]


def test_confidence_floor_drops_the_least_sure(floored):
    # an event's learned confidence reads the document's other stated events (a repeat of one before it), so the
    # floor is compared with the same article under the shipped happening and fragment floors, without it
    shipped = _analyze()
    floor = FLOOR
    assert all((e.confidence or 0.0) >= floor for e in floored.events)
    kept = {(e.trigger_start, e.trigger) for e in floored.events}
    assert kept == {(e.trigger_start, e.trigger) for e in shipped.events if (e.confidence or 0.0) >= floor}
    assert len(floored.events) < len(shipped.events)
    assert [e.id for e in floored.events] == [f"e{k + 1}" for k in range(len(floored.events))]


def test_yearless_month_placed_by_tense_in_the_dates_layer(doc):
    iso = {d.text: d.iso for d in doc.dates}
    assert iso.get("March") == "2031-03"
    assert iso.get("January") == "2032-01"


@pytest.mark.parametrize(("iso", "text", "tense", "want"), [
    ("2031-12", "in December", "past", "2030-12"),
    ("2031-12", "in December", None, "2031-12"),
    ("2031-02-03", "on February 3", "future", "2032-02-03"),
    ("2031-02-03", "on February 3", "past", "2031-02-03"),
    ("2031-12", "December 2031", "past", "2031-12"),
    ("2031-05-18", "on Sunday", "future", "2031-05-18"),
])
def test_by_tense(iso, text, tense, want):
    assert by_tense(iso, text, "2031-05-20", tense) == want
