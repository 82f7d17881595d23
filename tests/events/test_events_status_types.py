"""Event types, status (planned / denied / hypothetical / ongoing / occurred), actors and evidence offsets."""

from __future__ import annotations

import pytest
from events_floor import no_confidence_floor

from newsprism.encoder.document import EncoderPassComponent
from newsprism.events import EventsComponent, classify_sentence
from newsprism.nlp.components import DatesComponent, EntitiesComponent, SentencesComponent
from newsprism.pipeline import Pipeline

pytestmark = pytest.mark.slow

ARTICLE = """Ostrelian Leader Visits Varna
Port Vell, Maravia – Chancellor Ines Dorrow signed a fisheries pact with President Tomas Varkel on March 3, 2026.
Dorrow plans to sign a customs agreement in May.
Varkel did not sign the energy accord.
If the talks fail, Kestoria could impose sanctions on Maravia.
Protesters are marching through Port Vell, police said.
"""


@pytest.fixture(scope="module")
def doc():
    from newsprism.ingest import parse_text_article

    d = parse_text_article(ARTICLE, "events.txt")
    with no_confidence_floor():  # the status rules are tested on every event, the floor in test_events_round2
        return Pipeline([EncoderPassComponent(), SentencesComponent(), EntitiesComponent(), DatesComponent(), EventsComponent()]).pipe([d])[0]


def _find(doc, trigger_word):
    hits = [e for e in doc.events if any(trigger_word in w.lower() for w in [e.trigger, *(m.text for m in e.mentions)])]
    assert hits, f"no event with trigger {trigger_word!r}: {[e.trigger for e in doc.events]}"
    return hits[0]


def test_events_signed_event_has_actor_target_date(doc):
    e = _find(doc, "signed")
    assert e.type == "sign" and e.cameo_root == "05" and e.status == "occurred"
    assert e.actor == "Ines Dorrow"
    assert e.date == "2026-03-03"


def test_events_status_from_modality_negation_tense(doc):
    # the list is ranked by the learned confidence, not in text order: the past-tense signing is read as done
    signed = [e for e in doc.events if e.trigger.lower() == "signed" and "fisheries" in e.evidence.text]
    assert signed and signed[0].status == "occurred"
    planned = [e for e in doc.events if e.trigger.lower() == "sign" and "customs" in e.evidence.text]
    assert planned and planned[0].status == "planned"
    denied = [e for e in doc.events if e.trigger.lower() == "sign" and "energy" in e.evidence.text]
    assert denied and denied[0].status == "denied"
    assert _find(doc, "sanction").status == "hypothetical"
    marching = _find(doc, "marching")
    assert marching.type == "protest" and marching.status == "ongoing"
    assert marching.attributed_to == "police"


def test_events_evidence_offsets_are_exact(doc):
    assert doc.events
    for e in doc.events:
        assert doc.text[e.evidence.start : e.evidence.end] == e.evidence.text
        assert e.trigger in e.evidence.text
        assert doc.body.start <= e.evidence.start < e.evidence.end <= doc.body.end


def test_events_classify_sentence_roots():
    from newsprism.nlp import get_nlp

    nlp = get_nlp()
    assert classify_sentence(nlp("Rebels attacked an army convoy near the border.")) == "18"
    assert classify_sentence(nlp("The two ministers met in Geneva on Monday.")) == "04"
    assert classify_sentence(nlp("Thousands of workers protested against the new law.")) == "14"


def test_events_named_participant_beats_a_plain_object_and_no_self_target():
    from newsprism.ingest import parse_text_article

    d = parse_text_article("Varkel Arrives\nDrava, Kestoria – President Tomas Varkel arrived in Port Vell on March 2, "
                           "2026.\nChancellor Ines Dorrow rolled out the red carpet for Varkel on March 3.\n", "v.txt")
    d = Pipeline([EncoderPassComponent(), SentencesComponent(), EntitiesComponent(), DatesComponent(), EventsComponent()]).pipe([d])[0]
    assert all(e.actor is None or e.actor != e.target for e in d.events)
    host = next(e for e in d.events if e.actor == "Ines Dorrow")
    assert host.target == "Tomas Varkel"


def test_events_co_subjects_are_counterparts_only_for_joint_actions():
    from newsprism.ingest import parse_text_article

    d = parse_text_article("Talks\nKestoria and Maravia signed a fisheries pact on Monday.\n"
                           "Kestoria and Ostrelia imposed sanctions on Maravia on Tuesday.\n", "c.txt")
    d = Pipeline([EncoderPassComponent(), SentencesComponent(), EntitiesComponent(), DatesComponent(), EventsComponent()]).pipe([d])[0]
    sign = next(e for e in d.events if e.type == "sign")
    assert (sign.actor, sign.target) == ("Kestoria", "Maravia")
    sanction = next(e for e in d.events if e.type == "reduce_relations")
    assert sanction.target in (None, "Maravia") and sanction.target != "Ostrelia"
