"""Event.confidence is the learned probability that a careful reader accepts the event as stated: every stated
event has one, the events are ranked by it, nothing is dropped for it, and it reads what makes a reader doubt."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.encoder.document import EncoderPassComponent
from newsprism.events.components import EventsComponent
from newsprism.events.confidence import FEATURE_NAMES, get_confidence_model
from newsprism.nlp.components import DatesComponent, EntitiesComponent, SentencesComponent
from newsprism.pipeline import Pipeline

REPORT = """Harbour Board Votes On Pilot Contract
Port Vell, Maravia – The harbour board of Port Vell approved a new contract for its pilots on Tuesday.
Board chair Ines Dorrow signed the contract after the vote, and the pilots ended their strike.
The union will hold a ballot on the pay rise next week, Dorrow said.
Did the board really approve the deal?
The board approved the contract, Dorrow told reporters.
"""


def test_the_shipped_model_reads_every_feature():
    model = get_confidence_model()
    assert model.weight.shape == (len(FEATURE_NAMES),) == model.mean.shape == model.scale.shape
    assert np.all(model.scale > 0)


@pytest.mark.slow
def test_every_event_has_a_probability_and_the_list_is_ranked_by_it():
    from newsprism.ingest import parse_text_article

    doc = parse_text_article(REPORT, "report.txt")
    doc = Pipeline([EncoderPassComponent(), SentencesComponent(), EntitiesComponent(), DatesComponent(),
                    EventsComponent()]).pipe([doc])[0]
    assert len(doc.events) >= 3
    confs = [e.confidence for e in doc.events]
    assert all(c is not None and 0.0 < c < 1.0 for c in confs)
    assert confs == sorted(confs, reverse=True)  # e1 is the surest
    assert [e.id for e in doc.events] == [f"e{k + 1}" for k in range(len(doc.events))]
    assert len({round(c, 3) for c in confs}) > 1  # it tells events apart
    # plans stay stated whatever their confidence: the story layer compares them with deeds
    assert any(e.status == "planned" for e in doc.events)
