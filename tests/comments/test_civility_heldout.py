"""Held-out civility check, written before the round-3 toxicity model was trained (commit order shows it):
invented sharp-but-civil criticism must not be flagged, invented clear abuse must be. None of these texts is in
the training data, the contrast set or any other test; no setting was chosen by looking at them. (main's
decisions on this set were seen before this round's contrast rows were written; those rows avoid its misses'
wording.)"""

from __future__ import annotations

import pytest

from newsprism.comments.civility import score_civility
from newsprism.encoder import get_encoder

pytestmark = pytest.mark.slow

SHARP_CRITICISM = [
    "The chancellor's budget is a fraud on every pensioner in the country.",
    "This council is rotten to the core and the audit proves it.",
    "Mayor Pellin lied about the tender, and she knows she lied.",
    "An utterly shameless cover-up by the health ministry.",
    "The transport board are a bunch of cowards hiding behind consultants.",
    "Worst government in living memory. Every one of them should be voted out.",
    "The senator's speech was vile, cynical garbage aimed at frightened voters.",
    "The police commissioner should be fired and investigated, today.",
    "What a pathetic excuse for an apology from the bank's chairman.",
    "This ruling is a travesty and the appeal court must overturn it.",
    "Trade minister Osgard sold out the fishing towns for a photo opportunity.",
    "The party has become a cult of personality with no ideas left.",
    "These reforms are cruel, and the people who wrote them should be ashamed.",
    "The regime in Varsk jails journalists and tortures dissidents. Sanction it.",
    "Absolute disgrace. The inquiry was rigged from day one.",
    "The company poisoned the river and then lied about it for a decade.",
    "Your argument is nonsense and your figures are made up.",
    "Stop defending this government, it has failed at everything it promised.",
    "The board's greed is staggering; they should all be ashamed of themselves.",
    "The governor is a hypocrite, a coward and a disaster for this state.",
    "Incompetent, arrogant and dishonest: that is this cabinet in three words.",
    "The editor who approved this propaganda should resign.",
]
CLEAR_ABUSE = [
    "You are a brain-dead idiot and everyone here knows it.",
    "Shut up, you worthless piece of trash.",
    "Go die in a ditch, moron.",
    "Somebody needs to shoot the whole city council.",
    "These immigrants are cockroaches and should be exterminated.",
    "Refugees are filthy animals, send them all back.",
    "I will find you and break your legs.",
    "Hope your kids get cancer, you scumbag.",
    "Shut your mouth, you stupid old hag.",
    "People like you should be gassed.",
    "Kill every last one of those protesters.",
    "You're a pathetic little worm, crawl back to your basement.",
    "The reporter is a dumb slut who should be raped.",
    "Muslims are vermin, every one of them.",
    "What a retard. Get off the internet.",
    "Go back to your own country, you filthy foreigner.",
]


# Misses of the shipped model (main's, unchanged this round), recorded from its one run on this set before any
# training; not fixed, since fixing them would tune on the set.
KNOWN_CRITICISM_FLAGGED = frozenset({
    "The transport board are a bunch of cowards hiding behind consultants.",  # the model (0.65)
    "What a pathetic excuse for an apology from the bank's chairman.",  # the insult rule ("what a pathetic")
})
KNOWN_ABUSE_MISSED = frozenset({
    "Somebody needs to shoot the whole city council.",
    "People like you should be gassed.",
    "You're a pathetic little worm, crawl back to your basement.",
})


@pytest.fixture(scope="module")
def flags() -> dict[str, bool]:
    texts = SHARP_CRITICISM + CLEAR_ABUSE
    return {t: c.toxic for t, c in zip(texts, score_civility(texts, get_encoder().embed(texts)), strict=True)}


def _known(text: str, misses: frozenset[str]):
    mark = pytest.mark.xfail(strict=True, reason="missed by the shipped model on its held-out run")
    return pytest.param(text, marks=mark) if text in misses else text


@pytest.mark.parametrize("text", [_known(t, KNOWN_CRITICISM_FLAGGED) for t in SHARP_CRITICISM])
def test_sharp_criticism_is_not_flagged(flags, text):
    assert not flags[text]


@pytest.mark.parametrize("text", [_known(t, KNOWN_ABUSE_MISSED) for t in CLEAR_ABUSE])
def test_clear_abuse_is_flagged(flags, text):
    assert flags[text]
