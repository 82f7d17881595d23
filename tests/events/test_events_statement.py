"""One event per happening across coreference groups (issue 11, round 6): one speaker's speech acts are one
statement, a repeated predicate with the same named actor one happening (``newsprism.events.statement``).
Invented text (fictional people and places)."""

from __future__ import annotations

import pytest
from events_floor import analyze_events

from newsprism.events.statement import one_happening, repeat_keys, speech_act
from newsprism.model import Event, EventMention, Span


def _event(trigger: str, start: int, *, status: str = "occurred", date: str | None = None,
           target: str | None = None) -> Event:
    return Event(id="e0", type="other", trigger=trigger, trigger_start=start, trigger_end=start + len(trigger),
                 status=status, date=date, target=target, evidence=Span(start=start, end=start + 40, text="x" * 40))


def test_speech_acts_are_the_triggers_that_say_not_the_support_verbs_of_a_received_speech():
    assert speech_act("warn") and speech_act("urge") and speech_act("criticize") and speech_act("complaint")
    assert not speech_act("draw")  # "drew criticism": the doer of "drew" is the one criticized
    assert not speech_act("sue")  # a lawsuit is a deed
    assert not speech_act("sign")


def test_only_a_named_actor_is_one_speaker():
    assert repeat_keys("warn", "ent:Lena Dorrow") == [("lemma", "warn", "ent:Lena Dorrow"),
                                                      ("statement", "ent:Lena Dorrow")]
    assert repeat_keys("cancel", "ent:Lena Dorrow") == [("lemma", "cancel", "ent:Lena Dorrow")]
    assert repeat_keys("warn", "np:republican") == []  # "another Republican" is not "every Republican"
    assert repeat_keys("warn", None) == []


def test_a_later_speech_act_of_the_speaker_becomes_a_mention_of_the_first():
    first = _event("criticized", 10, date="2031-04-08", target="Harbor Council")
    first.mentions = [EventMention(start=60, end=66, text="attack")]
    second = _event("warned", 200, target="clinics")
    other = _event("praised", 300)
    key = [("statement", "ent:Lena Dorrow")]
    out = one_happening([first, second, other], [key, key, [("statement", "ent:Omar Vesk")]])
    assert out == [first, other]
    assert [m.text for m in first.mentions] == ["attack", "warned"]
    assert (first.trigger, first.target, first.date) == ("criticized", "Harbor Council", "2031-04-08")


def test_another_status_or_a_date_the_first_lacks_keeps_two_events():
    key = [("statement", "ent:Lena Dorrow")]
    remarked = _event("remarked", 10)
    urged = _event("urged", 100, date="2031-04-09")  # dated: the undated remark may be another occasion
    planned = _event("will demand", 200, status="planned")
    assert one_happening([remarked, urged, planned], [key, key, key]) == [remarked, urged, planned]
    dated = _event("criticized", 10, date="2031-04-08")
    undated = _event("warned", 100)
    assert one_happening([dated, undated], [key, key]) == [dated]


def test_a_repeated_predicate_folds_only_without_another_target():
    key = [("lemma", "sign", "ent:Lena Dorrow")]
    bill = _event("signed", 10, target="harbor bill")
    again = _event("signed", 100)
    order = _event("signed", 200, target="port order")
    assert one_happening([bill, again, order], [key, key, key]) == [bill, order]


ARTICLE = """Dorrow Attacks Harbor Council Over Clinic Cuts
Mayor Lena Dorrow criticized the Harbor Council on Tuesday over its vote on the port budget.
Dorrow warned that the cuts would close two clinics in Vellport.
Council chair Omar Vesk praised the budget on Wednesday.
"""


@pytest.mark.slow
def test_one_speakers_statement_is_one_event_end_to_end():
    doc = analyze_events(ARTICLE, "dorrow.txt")
    shown = [(e.trigger, e.actor, [m.text for m in e.mentions]) for e in doc.events]
    criticized = [e for e in doc.events if e.trigger == "criticized"]
    assert len(criticized) == 1, shown
    assert "warned" in [m.text for m in criticized[0].mentions], shown
    assert not [e for e in doc.events if e.trigger == "warned"], shown
    assert [e for e in doc.events if e.trigger == "praised"], shown  # another speaker: its own event


def test_a_time_the_first_sentence_lacks_keeps_two_events():
    key = [("statement", "ent:Lena Dorrow")]
    remarked = _event("remarked", 10)
    urged = _event("urged", 100)
    assert one_happening([remarked, urged], [key, key], [frozenset({"2030"}), frozenset({"2031-04-09"})]) == [
        remarked, urged]
    assert one_happening([remarked, urged], [key, key], [frozenset({"2031-04-09"}), frozenset()]) == [remarked]
