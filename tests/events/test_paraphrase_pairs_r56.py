"""Round 56 (events engineer, branch evt56): a happening told again by another verb with the same participants,
recorded as a hole, with the guards any later fix must keep.

The largest wrong class among the events shown by default on the dev draws is the duplicate (79 of 187 wrong shown,
58 of them told again by another word). Round 56 screened paraphrase-aware pair inputs for the duplicate check
(events/duplicate.py) out of draw: the shared encoder's cosine of the two CLAUSES (with and without their
participants), the same participant in the same role, a role clash, and WordNet's "one act" (lexicon.same_act_word).
None reads the dev duplicates better than the check's existing encoder inputs (AUC 0.51-0.63 alone against 0.705 for
the trigger states' cosine), and out of draw the refitted check folds at most 2 of the 78 shown duplicates at
``min_duplicate`` (benchmarks/story.md, "Round 56: ..."): nothing was built, so the miss stays a strict xfail.

Invented reports: the people, the towns and the outlet are fictional.
"""

from __future__ import annotations

import pytest

from newsprism.encoder.document import EncoderPassComponent
from newsprism.events.components import EventsComponent
from newsprism.events.shown import shown_by_default
from newsprism.nlp.components import DatesComponent, EntitiesComponent, SentencesComponent
from newsprism.pipeline import Pipeline

# the killing told again by another verb with the same doer and the same victim
RETOLD = """Gang Leader Killed in Corvale
Corvale, Estrane – Police said gunmen killed the gang leader Rui Falk outside his home on Sunday night.
The gunmen shot Falk four times as he stepped out of his car, a police spokeswoman said.
Officers arrested two men near the scene on Monday.
"""

# a look-alike: another shooting, of another named person, on another day, is another happening
TWO_SHOOTINGS = """Two Killed in Corvale Shootings
Corvale, Estrane – Police said gunmen killed the gang leader Rui Falk outside his home on Sunday night.
In a separate attack on Tuesday, a shopkeeper, Mira Doss, was shot in the market square.
Officers arrested two men near the scene on Monday.
"""

# a look-alike: two people's opposite verdicts on one plan are two acts
TWO_VERDICTS = """Mayor Praises Harbour Plan
Dorvik, Lannmark – Mayor Edda Quist praised the harbour expansion plan on Tuesday, calling it the city's best chance to keep its ferry jobs.
The opposition leader, Bram Oter, criticised the plan on Wednesday as too costly.
The council will vote on the plan next month.
"""


def _events(text: str):
    from newsprism.ingest import parse_text_article

    doc = parse_text_article(text, "report.txt")
    return Pipeline([EncoderPassComponent(), SentencesComponent(), EntitiesComponent(), DatesComponent(),
                     EventsComponent()]).pipe([doc])[0].events


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="round 56: the killing told again as 'the gunmen shot Falk' (same doer, same "
                   "victim) is a second event shown by default (0.667 on 3c02289); no paraphrase input screened for "
                   "the duplicate check folds such retellings out of draw (benchmarks/story.md, 'Round 56')")
def test_a_killing_told_again_by_another_verb_with_its_participants_is_not_a_second_shown_event():
    shown = [e for e in _events(RETOLD) if shown_by_default(e.confidence)]
    assert any(e.trigger == "killed" for e in shown)
    assert not any(e.trigger == "shot" for e in shown)


@pytest.mark.slow
def test_another_shooting_of_another_person_on_another_day_stays_its_own_event():
    events = _events(TWO_SHOOTINGS)
    assert any(e.trigger == "killed" and e.target == "Rui Falk" for e in events)
    assert any(e.trigger == "shot" and e.target == "Mira Doss" for e in events)


@pytest.mark.slow
def test_two_people_judging_one_plan_are_two_events_both_shown():
    shown = {e.trigger for e in _events(TWO_VERDICTS) if shown_by_default(e.confidence)}
    assert {"praised", "criticised"} <= shown


@pytest.mark.slow
def test_the_arrest_is_no_retelling_of_the_killing():
    triggers = {e.trigger for e in _events(RETOLD)}
    assert {"killed", "arrested"} <= triggers
