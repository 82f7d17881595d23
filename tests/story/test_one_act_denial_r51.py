"""A denial and a deed told with two verbs of one act (invented sentences, round 51, issue 11): the measured miss of
dvb51, kept as a record. English tells many acts with a verb and its particle or noun ("the operations were called
off" tells a cancelling, not a calling), and a manner of an act is that act (a stabbing is an injuring). Round 51
read each verb as WordNet lists it and compared two verbs of one act for WordNet, naming one participant in the act's
own role, as one verb's pair; it released one dev plant (wire31 s3_anaesthetists) where the gate asks two, so it was
not shipped (benchmarks/story.md, "Round 51: a denial and a deed told with two verbs of one act"). The look-alikes
below hold on the base code and must keep holding. Round 59 (dnl59, ``compare.kin_denied_act``) reads the two misses
as one act's pair; they are plain tests since."""

from __future__ import annotations

import pytest
from hand_sources import status_flags

from newsprism.story.confidence import confidence

pytestmark = pytest.mark.slow  # the slots are read from the spaCy parse

# round 59 (dnl59, switch status_denied_act_kin): the two misses below are read as one act's pair and now hold


def _best(a: str, b: str, cos: float = 0.55) -> float:
    return max((confidence(f) for f in status_flags(a, b, cos=cos)), default=0.0)


def test_cancelled_against_called_off_is_shown():
    assert _best("The Varnholm health board denied that any operation had been cancelled because of the porters' "
                 "strike.",
                 "The Varnholm health board admitted on Monday that 87 operations had been called off because of "
                 "the porters' strike.") >= 0.5


def test_a_manner_of_the_denied_act_meets_the_denial():
    assert _best("The Tessary prison service denied that any guard had been injured during the riot.",
                 "The Tessary prison service acknowledged on Friday that two guards had been stabbed during the "
                 "riot.") >= 0.5


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
