"""A measure or a container before "of" names an amount of what "of" names (invented sentences, round 54, issue 11;
branch dny54, NOT shipped: its gate measured +1 dev plant where +2 are asked). "Floodwater had damaged several boxes
of parish registers" tells of registers, not of boxes; "the blaze had destroyed 300 tonnes of barley" of barley:
against a blanket denial of the class the contents belong to ("denied that any documents had been damaged"), the two
reports disagree. Round 54 kept the hole as strict xfails; round 60c (branch den60, switch ``status_measure_part``,
``lexicon.is_measure_noun``: WordNet's noun.quantity) closes it, and they are plain tests again. Contents of another
class, or of a broader one, are no such answer (plain tests)."""

from __future__ import annotations

import pytest
from hand_sources import status_flags

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


@pytest.mark.parametrize("denial, deed", [(DENIED_DOCUMENTS, BOXES), (DENIED_GRAIN, TONNES)])
def test_the_contents_of_a_measure_or_container_meet_a_denial_of_their_class(denial, deed):
    assert _shown(denial, deed)


def test_contents_of_another_class_are_no_answer_to_the_denial():
    # boxes of office chairs are no documents
    assert not _shown(DENIED_DOCUMENTS, "The county archive confirmed that floodwater had damaged several boxes of "
                                        "office chairs.")


def test_broader_contents_are_no_answer_to_the_denial():
    # 300 tonnes of grain need not be barley: a broader class does not meet a denial of a narrower one
    assert not _shown("The Osterby cooperative denied that any barley had been destroyed in the fire.",
                      "Firefighters in Osterby confirmed that the blaze had destroyed 300 tonnes of grain.")
