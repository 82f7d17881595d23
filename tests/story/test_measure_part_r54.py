"""A measure or a container before "of" names an amount of what "of" names (invented sentences, round 54, issue 11;
setting ``status_measure_part``). "Floodwater had damaged several boxes of parish registers" tells of registers,
not of boxes; "the blaze had destroyed 300 tonnes of barley" of barley: against a blanket denial of the class the
contents belong to ("denied that any documents had been damaged"), the two reports disagree as a deed of that class
would. Contents of another class, or of a broader one, are no such answer."""

from __future__ import annotations

import pytest
from hand_sources import parsed_slots, status_flags

from newsprism.nlp.spacy_pipe import get_nlp
from newsprism.story.compare import _measure_or_container, settings
from newsprism.story.confidence import confidence
from newsprism.story.flags import party_denial

pytestmark = pytest.mark.slow  # the slots are read from the spaCy parse

DENIED_DOCUMENTS = "The Tarnwick registry denied that any documents had been damaged during the move."
BOXES = "The county archive confirmed that floodwater had damaged several boxes of parish registers."
DENIED_GRAIN = "The Osterby cooperative denied that any grain had been destroyed in the fire."
TONNES = "Firefighters in Osterby confirmed that the blaze had destroyed 300 tonnes of barley."


def _shown(a: str, b: str, cos: float = 0.4) -> list:
    """The status findings of the pair a report would show (not dropped as a party's relayed denial, at or above
    the shown bar)."""
    return [f for f in status_flags(a, b, cos=cos) if not party_denial(f) and confidence(f) >= 0.5]


@pytest.fixture
def switched_off(monkeypatch):
    monkeypatch.setitem(settings(), "status_measure_part", {**settings()["status_measure_part"], "enabled": False})


@pytest.mark.parametrize("denial, deed", [(DENIED_DOCUMENTS, BOXES), (DENIED_GRAIN, TONNES)])
def test_the_contents_of_a_measure_or_container_meet_a_denial_of_their_class(denial, deed):
    assert _shown(denial, deed)
    assert _shown(deed, denial)


@pytest.mark.parametrize("denial, deed", [(DENIED_DOCUMENTS, BOXES), (DENIED_GRAIN, TONNES)])
def test_switched_off_the_box_is_the_participant(switched_off, denial, deed):
    assert not _shown(denial, deed)


def test_contents_of_another_class_are_no_answer_to_the_denial():
    # boxes of office chairs are no documents
    assert not _shown(DENIED_DOCUMENTS, "The county archive confirmed that floodwater had damaged several boxes of "
                                        "office chairs.")


def test_broader_contents_are_no_answer_to_the_denial():
    # 300 tonnes of crops need not be grain: a broader class does not meet a denial of a narrower one
    assert not _shown("The Osterby cooperative denied that any barley had been destroyed in the fire.",
                      "Firefighters in Osterby confirmed that the blaze had destroyed 300 tonnes of grain.")


def test_measures_and_containers_are_read_other_heads_are_not():
    doc = get_nlp()("Crews moved 40 boxes, 12 crates, 700 tonnes and 400 litres past members of the board.")
    heads = {t.text: _measure_or_container(t) for t in doc if t.pos_ == "NOUN"}
    assert heads["boxes"] and heads["crates"] and heads["tonnes"] and heads["litres"]
    assert not heads["members"] and not heads["board"]


def test_the_deed_is_read_with_its_contents_class():
    st = [s for s in parsed_slots(BOXES).statuses if s.predicate.startswith("damag")]
    assert st and st[0].object == "box"  # the claims layer's reading is unchanged; the story layer adds the class
