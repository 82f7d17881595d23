"""Text set with typographic apostrophes ("’ll", "’d", "n’t") reads like text set with plain ones. Invented text."""

from __future__ import annotations

import pytest
from events_floor import analyze_events, token_of

from newsprism.events.clauses import is_past
from newsprism.events.status import _own_flags_of, cues
from newsprism.nlp.parse_tree import word

STRAIGHT = """Orvan harbour board to vote on the Velka levy

Velka, 2 May 2031. The Orvan harbour board will vote on the Velka levy next week, its chair Ilse Marrow said on
Friday. Marrow said she'll sign the levy if the board approves it. The dockers' union said it won't accept the
levy and that it'd strike if the board signed it. The board's treasurer Anton Brell has resigned over the plan.
"""


def test_word_makes_a_typographic_apostrophe_plain():
    assert word(token_of("He\u2019ll leave the Velka board.", "\u2019ll")) == "'ll"
    assert word(token_of("Velka is large.", "Velka")) == "velka"


@pytest.mark.parametrize(("sentence", "verb"), [("She'll sign the Velka levy.", "sign"),
                                                ("They'd sign the Velka levy.", "sign"),
                                                ("They'd signed the Velka levy before the vote.", "signed"),
                                                ("The board won't sign the Velka levy.", "sign")])
def test_clause_rules_and_status_features_read_curly_as_plain(sentence, verb):
    plain, curly = token_of(sentence, verb), token_of(sentence.replace("'", "\u2019"), verb)
    assert is_past(curly) == is_past(plain)
    assert _own_flags_of(curly, cues()) == _own_flags_of(plain, cues())


def test_statuses_do_not_depend_on_the_apostrophe_style():
    straight = analyze_events(STRAIGHT, "velka-straight.txt", published="2031-05-02")
    curly = analyze_events(STRAIGHT.replace("'", "\u2019"), "velka-curly.txt", published="2031-05-02")
    # the same events with the same statuses; their order is by confidence, which the parse of "she’ll" may move by
    # a few thousandths (two events 0.005 apart swap)
    assert sorted((e.trigger, e.status) for e in curly.events) == sorted((e.trigger, e.status) for e in straight.events)
    assert straight.events
