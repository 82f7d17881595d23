"""Round 15 (events engineer): general rules from the wrong shown events of r14 (a dev draw from round 15 on),
checked on r10, r11, r12 and the BASIL draws before shipping. Invented sentences, no audit text.

- a source described in a relative clause ("officials who were briefed on the reports") tells how a source knows
  what it says, no happening; a plain passive ("officials were briefed on Monday") stays an event;
- a sourcing line ("the paper cited anonymous officials") tells where the words come from; a reason cited stays;
- a market price ("shares are trading at $12.40") is a state; trading goods or accusations stays an event;
- what an adjective of exposure says could happen ("vulnerable to being blackmailed") is a possibility.
"""

from __future__ import annotations

import pytest
from events_floor import analyze_events, token_of

from newsprism.events.clauses import cites_source, describes_source_relative, exposed_to, quotes_price


def _triggers(text: str) -> list[str]:
    return [e.trigger for e in analyze_events(text, "r15").events]


@pytest.mark.parametrize(("sentence", "source"), [
    ("The Orvan Courier quoted two officials who were briefed on the audit.", True),
    ("Voters who were polled by the Velka institute favoured the dam.", True),
    ("Two officials were briefed on the audit on Monday.", False),  # no relative clause: a happening
    ("Miners who were injured in the blast were taken to Velka.", False),  # no verb of informing
])
def test_a_source_in_a_relative_clause_is_no_happening(sentence, source):
    assert describes_source_relative(token_of(sentence, _participle(sentence))) is source


def _participle(sentence: str) -> str:
    return next(w for w in ("briefed", "polled", "injured") if w in sentence)


@pytest.mark.parametrize(("sentence", "word", "sourcing"), [
    ("The Orvan Courier cited anonymous officials in its report.", "cited", True),
    ("The ministry closed the Velka mine, citing people familiar with the inspection.", "citing", True),
    ("The airline cited complaints from its pilots as the reason for the delay.", "cited", False),  # a reason
])
def test_a_sourcing_line_is_no_happening(sentence, word, sourcing):
    assert cites_source(token_of(sentence, word)) is sourcing


@pytest.mark.parametrize(("sentence", "word", "price"), [
    ("Orvan Mining is currently trading at $12.40, down 3%.", "trading", True),
    ("Shares of Velka Steel traded at 31 yuan on Tuesday.", "traded", True),
    ("The two leaders traded accusations at the summit.", "traded", False),
    ("The rebels traded weapons for fuel at the border.", "traded", False),
])
def test_a_market_price_is_no_happening(sentence, word, price):
    assert quotes_price(token_of(sentence, word)) is price


@pytest.mark.parametrize(("sentence", "word", "possible"), [
    ("The deception left the minister vulnerable to being blackmailed by the cartel.", "blackmailed", True),
    ("Officials said the servers were susceptible to being hacked.", "hacked", True),
    ("The minister was blackmailed by the cartel in 2019.", "blackmailed", False),
])
def test_what_exposure_could_bring_is_no_happening(sentence, word, possible):
    assert exposed_to(token_of(sentence, word)) is possible


def test_the_rules_state_no_event_and_keep_the_story():
    triggers = _triggers("Rebels attacked the Orvan police station on Monday, killing three officers. The Velka "
                         "Courier cited two officials who were briefed on the attack. Orvan Mining is trading at "
                         "$12.40.")
    assert "attacked" in triggers
    assert not {"cited", "briefed", "trading"} & set(triggers)
