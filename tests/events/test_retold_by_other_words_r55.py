"""Round 55 (events engineer, branch evt55): one happening told again by other words, recorded as holes.

The largest wrong class among the events shown by default on the 22 dev draws is the duplicate (79 of 187 wrong
shown, 58 of them a happening told again by another word: benchmarks/story.md, "Round 55: ..."). No input measured
in round 55 lets the event confidence put such a retelling behind "show more" out of draw (the coreference pair
model, learned on ECB+, reads "stepped down" and "resigned" as two happenings), so the miss stays recorded here as a
strict xfail, with the guard any later fix must keep: two different acts of one story stay two events.

Invented reports: the people, the port and the outlet are fictional.
"""

from __future__ import annotations

import pytest

from newsprism.encoder.document import EncoderPassComponent
from newsprism.events.components import EventsComponent
from newsprism.events.shown import shown_by_default
from newsprism.nlp.components import DatesComponent, EntitiesComponent, SentencesComponent
from newsprism.pipeline import Pipeline

RETOLD = """Port Authority Chief Resigns Over Contract
Valmora, Kestria – Ilse Marrow, the chief of the Valmora port authority, resigned on Friday after auditors questioned a dredging contract.
Marrow stepped down hours after the board met in an emergency session, a spokesman for the authority said.
Her departure leaves the port without a chief for the first time in ten years.
The board will name an interim chief next week, the spokesman said.
"""

TWO_RESIGNATIONS = """Port Authority Chief Resigns Over Contract
Valmora, Kestria – Ilse Marrow, the chief of the Valmora port authority, resigned on Friday after auditors questioned a dredging contract.
The authority's harbour master, Tomas Greel, resigned in March over a separate dispute about pilot fees.
The board will name an interim chief next week, a spokesman for the authority said.
"""


def _events(text: str):
    from newsprism.ingest import parse_text_article

    doc = parse_text_article(text, "report.txt")
    return Pipeline([EncoderPassComponent(), SentencesComponent(), EntitiesComponent(), DatesComponent(),
                     EventsComponent()]).pipe([doc])[0].events


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="round 55: a resignation told again as 'stepped down' is a second event "
                   "shown by default (0.796 on c892856); no measured input of the event confidence hides it out of "
                   "draw (benchmarks/story.md, 'Round 55')")
def test_a_resignation_told_again_by_other_words_is_not_shown_as_a_second_event():
    shown = [e for e in _events(RETOLD) if shown_by_default(e.confidence)]
    assert any(e.trigger == "resigned" for e in shown)
    assert not any(e.trigger == "stepped" for e in shown)


@pytest.mark.slow
def test_two_different_acts_of_one_story_stay_two_events():
    # the guard a retelling fix must keep: the board's meeting is no telling of the resignation
    triggers = {e.trigger for e in _events(RETOLD)}
    assert {"resigned", "met"} <= triggers


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="round 55, found while writing these tests: two resignations of two named "
                   "people in two months are stated as one event on c892856 (the second becomes a mention of the "
                   "first); not measured on the dev draws")
def test_two_people_resigning_at_two_times_are_two_events():
    assert sum(e.trigger == "resigned" for e in _events(TWO_RESIGNATIONS)) == 2
