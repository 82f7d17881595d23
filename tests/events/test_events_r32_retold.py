"""Round 32 (events engineer): a definite description of a happening already told is that happening told again
(``newsprism.events.duplicate.fold_retold``; benchmarks/events.md, "Round 32"). Invented sentences, no audit text.

- "the proposal" with no participant of its own, after one earlier event of its kind, folds into it;
- two earlier events of the kind, a plural ("the attacks"), a possessive ("his proposal"), a name among its modifiers
  ("the Velka police raid"), a counting or contrasting word ("another", "the new ..."), another status or an actor of
  its own: nothing is folded.
"""

from __future__ import annotations

from types import SimpleNamespace

from newsprism.events.duplicate import fold_retold, retold_noun
from newsprism.events.group import filters
from newsprism.model import Event, Span
from newsprism.nlp.spacy_pipe import get_nlp


def _noun(sentence: str, word: str):
    """The parsed token of ``word`` in the invented sentence."""
    return next(t for t in get_nlp()(sentence) if t.text == word)


def _event(trigger: str, start: int, etype: str, actor: str | None = None, target: str | None = None,
           status: str = "occurred", date: str | None = None) -> Event:
    return Event(id="e0", type=etype, trigger=trigger, trigger_start=start, trigger_end=start + len(trigger),
                 actor=actor, target=target, status=status, date=date, evidence=Span(start=0, end=1, text="x"))


def _group(sentence: str, word: str) -> SimpleNamespace:
    return SimpleNamespace(head=SimpleNamespace(token=_noun(sentence, word)))


def _fold(events: list[Event], heads: list[tuple[str, str]]) -> list[Event]:
    f = filters()
    return fold_retold(events, [_group(s, w) for s, w in heads], f["retelling_determiners"], f["retelling_blockers"])


OFFER = "Mayor Ana Vell offered the Kell union a new contract on Monday."
UNDER = "Under the proposal, Kell workers would get two more days of leave."


def test_the_definite_noun_after_one_event_of_its_kind_folds_into_it():
    offered = _event("offered", 15, "intend_cooperate", actor="Ana Vell", target="Kell union")
    proposal = _event("proposal", 80, "intend_cooperate")
    out = _fold([offered, proposal], [(OFFER, "offered"), (UNDER, "proposal")])
    assert out == [offered]
    assert [m.text for m in offered.mentions] == ["proposal"]


def test_the_noun_told_first_stays():
    offered = _event("offered", 80, "intend_cooperate", actor="Ana Vell", target="Kell union")
    proposal = _event("proposal", 15, "intend_cooperate")
    assert _fold([offered, proposal], [(OFFER, "offered"), (UNDER, "proposal")]) == [offered, proposal]


def test_two_earlier_events_of_the_kind_fold_nothing():
    shot = _event("shot", 8, "assault", actor="Gunmen", target="guard")
    bombed = _event("bombed", 60, "assault", actor="Rebels", target="Kell bridge")
    attack = _event("attack", 140, "assault")
    sentence = "The Velka council met after the attack."
    out = _fold([shot, bombed, attack], [("Gunmen shot a guard.", "shot"), ("Rebels bombed a bridge.", "bombed"),
                                         (sentence, "attack")])
    assert out == [shot, bombed, attack]
    assert not shot.mentions and not bombed.mentions


def test_a_plural_a_possessive_or_a_counting_word_is_no_retelling():
    f = filters()
    d, b = f["retelling_determiners"], f["retelling_blockers"]
    assert retold_noun(_noun(UNDER, "proposal"), d, b)
    assert retold_noun(_noun("Shops stayed closed after the attack.", "attack"), d, b)
    assert not retold_noun(_noun("Shops stayed closed after the attacks.", "attacks"), d, b)
    assert not retold_noun(_noun("Under his proposal, workers would get more leave.", "proposal"), d, b)
    assert not retold_noun(_noun("Shops stayed closed after another attack.", "attack"), d, b)
    assert not retold_noun(_noun("Under the new proposal, workers would get more leave.", "proposal"), d, b)
    assert not retold_noun(_noun("Shops stayed closed after an attack.", "attack"), d, b)
    # a name among its modifiers is a participant, place or day of its own (round 32 amendment)
    assert not retold_noun(_noun("During the night, the Velka police raid engaged twenty agents.", "raid"), d, b)
    assert not retold_noun(_noun("Shops stayed closed after the Orvan attack.", "attack"), d, b)


def test_an_actor_of_its_own_or_another_status_keeps_the_event():
    offered = _event("offered", 15, "intend_cooperate", actor="Ana Vell", target="Kell union")
    theirs = _event("proposal", 80, "intend_cooperate", actor="Kell union")
    assert _fold([offered, theirs], [(OFFER, "offered"), (UNDER, "proposal")]) == [offered, theirs]
    planned = _event("proposal", 80, "intend_cooperate", status="planned")
    assert _fold([offered, planned], [(OFFER, "offered"), (UNDER, "proposal")]) == [offered, planned]
    assert not offered.mentions
