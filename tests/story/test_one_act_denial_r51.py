"""A denial and a deed told with two verbs of one act (invented sentences, round 51, issue 11). English tells many
acts with a verb and its particle or noun ("the operations were called off" tells a cancelling, not a calling), and
a manner of an act is that act (a stabbing is an injuring): each verb is read as WordNet lists it
(``lexicon.verb_act``), and two verbs of one act for WordNet (``lexicon.same_act_verb``) that name one participant
in the act's own role are compared as one verb's pair, with its gates and lifts. Not joined: two acts of one thing
(received / upheld), a shared party alone or a denial of "anyone" (a verb's senses are many: "shot" may be
"killed"), two relayed words (an accusation against a denial)."""

from __future__ import annotations

import pytest
from hand_sources import status_flags

from newsprism.lexicon import verb_act
from newsprism.story.compare import settings
from newsprism.story.confidence import confidence

pytestmark = pytest.mark.slow  # the slots are read from the spaCy parse

DENIED = "The Varnholm health board denied that any operation had been cancelled because of the porters' strike."
CALLED_OFF = ("The Varnholm health board admitted on Monday that 87 operations had been called off because of the "
              "porters' strike.")


def _best(a: str, b: str, cos: float = 0.55) -> float:
    return max((confidence(f) for f in status_flags(a, b, cos=cos)), default=0.0)


def test_a_verb_read_with_its_particle():
    assert verb_act("called", ("off",)) == "call_off"
    assert verb_act("given", ("notice",)) == "give_notice"
    assert verb_act("cancelled") == "cancel"
    assert verb_act("called") == "call"


def test_cancelled_against_called_off_is_shown():
    flags = status_flags(DENIED, CALLED_OFF)
    assert flags and flags[0].kind == "status" and flags[0].detail == "denial"
    assert flags[0].features["fate"] == 0.0 and flags[0].features["own_word"] == 1.0
    assert confidence(flags[0]) >= 0.5


def test_switched_off_the_two_verbs_stay_behind_show_more(monkeypatch):
    monkeypatch.setitem(settings(), "status_one_act_verbs", False)
    assert _best(DENIED, CALLED_OFF) < 0.5


def test_a_manner_of_the_denied_act_meets_the_denial():
    a = "The Tessary prison service denied that any guard had been injured during the riot."
    b = "The Tessary prison service acknowledged on Friday that two guards had been stabbed during the riot."
    assert _best(a, b) >= 0.5


def test_switched_off_a_manner_of_the_act_is_not_lifted(monkeypatch):
    monkeypatch.setitem(settings(), "status_one_act_verbs", False)
    a = "The Tessary prison service denied that any guard had been injured during the riot."
    b = "The Tessary prison service acknowledged on Friday that two guards had been stabbed during the riot."
    assert _best(a, b) < 0.5


def test_two_acts_of_one_thing_are_not_joined():
    # received is not upheld: the confirmation tells another act than the denial
    assert _best("The Harrow council confirmed it had received the complaint about the noise.",
                 "No complaint about the noise was upheld, the Harrow council said.") < 0.5


def test_a_shared_party_alone_joins_no_two_verbs():
    # WordNet lists "shoot" as a way to kill, but "anyone" names no participant the shooting is done to
    assert _best("Police denied that anyone had been killed at the Orm border crossing.",
                 "Police shot two smugglers at the Orm border crossing, a police spokesman confirmed on Sunday.") < 0.5


def test_an_accusation_against_a_denial_is_not_lifted():
    # a relayed accusation against a relayed denial: two words, no fact told (compat_relayed_denial)
    assert _best("Dock unions accused the Orvane port authority of calling off the crane inspections.",
                 "The Orvane port authority denied that any crane inspection had been cancelled.") < 0.5


def test_round_32s_cancelled_and_voided_are_one_act():
    # round 32's fate pair (tests/story/test_status_fate_r32.py) is one act for WordNet: a one-verb pair now, lifted
    # as the party's own admission
    flags = status_flags("The Veldmark exchange denied that any trades had been cancelled during the outage.",
                         "The Veldmark exchange confirmed on Monday that it had voided 1,400 trades during the outage.",
                         cos=0.75)
    assert flags and flags[0].features["fate"] == 0.0 and flags[0].features["own_word"] == 1.0
    assert confidence(flags[0]) >= 0.5


def test_relayed_deed_of_one_act_is_not_lifted():
    # the deed relayed by a verb of saying that does not present it as fact: two words, not lifted
    assert _best("The Veldmark exchange denied that any trades had been cancelled during the outage.",
                 "The Veldmark exchange said on Monday that it had voided 1,400 trades during the outage.",
                 cos=0.75) < 0.5


def _report(i: int, text: str, vecs: list) -> object:
    import numpy as np

    from newsprism.claims.slots import sentence_slots
    from newsprism.nlp.spacy_pipe import get_nlp
    from newsprism.story.compare import Source

    sents = [sentence_slots(s) for s in get_nlp()(text).sents]
    return Source(index=i, name=f"Outlet {i}", sentences=sents, vectors=np.array(vecs[: len(sents)]), text=text)


def test_a_one_verb_pair_is_kept_over_two_verbs_of_one_act():
    # "cut" and "felled" are one act for WordNet, but the clause the denial meets with its own verb is the surer pair
    # (one_verb_first): the denial is not drawn to the other sentence
    import numpy as np

    from newsprism.story.compare import compare_pair

    a = _report(0, "The Orsk forestry agency said that no tree had been felled inside the reserve's core.",
                [np.array([1.0, 0.0, 0.0])])
    b = _report(1, "Logging crews have cut trees inside the reserve's core, the Orsk forestry agency admitted. "
                   "The agency conceded on Friday that a crew had felled 140 trees inside the reserve's core.",
                [np.array([0.8, 0.6, 0.0]), np.array([0.6, 0.0, 0.8])])
    flags = [f for f in compare_pair(a, b) if f.slot == "status" and f.kind == "status"]
    assert flags and all("felled 140 trees" in b.text[f.b.start : f.b.end] for f in flags)
