"""One happening told twice (issue 11, round 31): a later telling of an act already stated, by the same verb or its
nominalisation, with the same or a coreferent actor and target and nothing that sets it apart, is the same
happening (``newsprism.events.duplicate.restated_act``); another status, date or place, a speech act, a counting or
repeating word, or another named actor or target keeps two events. Invented sentences (fictional people and places),
parsed by the shipped pipeline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from events_floor import token_of

from newsprism.events.duplicate import restated_act
from newsprism.events.group import confidence_config, filters
from newsprism.model import Event, Span


@dataclass
class Mention:
    """The fields of a grouped mention the rule reads."""

    token: Any
    lemma: str


@dataclass
class Group:
    head: Mention
    mentions: list[Mention]


def _mention(sentence: str, word: str, lemma: str) -> Mention:
    return Mention(token_of(sentence, word), lemma)


def _event(trigger: str, status: str = "occurred", date: str | None = None, actor: str | None = None,
           target: str | None = None, at: int = 500) -> Event:
    return Event(id="e1", type="other", trigger=trigger, trigger_start=at, trigger_end=at + len(trigger),
                 status=status, date=date, actor=actor, target=target, evidence=Span(start=at, end=at + len(trigger)))


MARKERS = filters()["repeat_markers"]
FIRST = "Prosecutors in Velmora indicted Mayor Tobias Brann on Tuesday."
HOST = Group(m := _mention(FIRST, "indicted", "indict"), [m])


def _restated(sentence: str, word: str, lemma: str, status: str = "occurred", date: str | None = None,
              actor: str | None = None, target: str | None = None, speech: bool = False, at: int = 500) -> bool:
    """Whether the event of ``word`` (at offset ``at``) tells again FIRST's indicting (offset 30, dated Tuesday,
    2031-04-08, by the Velmora prosecutors, of Tobias Brann)."""
    head = _mention(sentence, word, lemma)
    return restated_act(_event(word, status, date, actor, target, at), Group(head, [head]),
                        _event("indicted", date="2031-04-08", actor="Velmora prosecutors", target="Tobias Brann", at=30),
                        HOST, speech, False, MARKERS)


def test_the_rule_is_shipped_on_with_its_markers() -> None:
    assert confidence_config()["restated_act"] is True
    assert {"another", "again", "second"} <= MARKERS


def test_a_definite_nominalisation_tells_the_act_again() -> None:
    # "the indictment" names the indicting already told: one happening
    assert _restated("The indictment followed a two-year inquiry into city contracts.", "indictment", "indictment")


def test_the_same_verb_with_a_shorter_name_tells_it_again() -> None:
    # the same target by a shorter name ("Brann" / "Tobias Brann"), the doer left unsaid: one happening
    assert _restated("Brann was indicted after a grand jury heard from three contractors.", "indicted", "indict",
                     target="Brann")


def test_told_before_the_act_or_by_a_pronoun_is_not_folded() -> None:
    s = "Brann was indicted after a grand jury heard from three contractors."
    assert not _restated(s, "indicted", "indict", target="Brann", at=10)  # told before the kept event
    assert not _restated("He indicted Brann after a grand jury heard from three contractors.", "indicted", "indict",
                         actor="he", target="Brann")  # "he" could be anyone


def test_another_actor_or_target_is_another_happening() -> None:
    assert not _restated("Prosecutors indicted the deputy mayor, Ilsa Marrow, a week later.", "indicted", "indict",
                         actor="Velmora prosecutors", target="Ilsa Marrow")
    assert not _restated("A federal grand jury indicted Brann on tax charges.", "indicted", "indict",
                         actor="federal grand jury", target="Tobias Brann")


@pytest.mark.parametrize("sentence, word", [
    ("Prosecutors indicted Brann again in May on tax charges.", "indicted"),
    ("A second indictment of Brann came in May.", "indictment"),
    ("They also indicted Brann on tax charges.", "indicted"),
])
def test_a_counting_or_repeating_word_keeps_two_happenings(sentence: str, word: str) -> None:
    lemma = "indict" if word == "indicted" else "indictment"
    assert not _restated(sentence, word, lemma, target="Tobias Brann")


def test_another_date_or_status_keeps_two_happenings() -> None:
    s = "Brann was indicted after a grand jury heard from three contractors."
    assert not _restated(s, "indicted", "indict", date="2031-05-02", target="Brann")
    assert not _restated(s, "indicted", "indict", status="planned", target="Brann")
    assert _restated(s, "indicted", "indict", date="2031-04-08", target="Brann")


def test_a_speech_act_or_another_verb_is_not_folded_by_the_rule() -> None:
    s = "Brann was indicted after a grand jury heard from three contractors."
    assert not _restated(s, "indicted", "indict", speech=True, target="Brann")
    assert not _restated("Brann was charged after a grand jury heard from three contractors.", "charged", "charge",
                         target="Brann")


def test_no_anchor_no_fold() -> None:
    # a bare verb with no actor, no target and no definite noun: nothing ties it to the act told
    assert not _restated("Indicted on Tuesday, the mayor resigned within hours.", "Indicted", "indict")
