"""Round 15 (events engineer): a general rule from the wrong shown events of r14 (a dev draw from round 15 on),
checked on the other dev draws and on FNC-1 dev bodies not read while writing it. Invented sentences, no audit text.

- a sourcing line ("the paper cited anonymous officials", "..., citing people familiar with the talks") tells where
  the report's words come from, no happening; a reason cited ("cited complaints as the reason") stays an event.
"""

from __future__ import annotations

import pytest
from events_floor import analyze_events, token_of

from newsprism.events.clauses import cites_source


def _triggers(text: str) -> list[str]:
    return [e.trigger for e in analyze_events(text, "r15").events]


@pytest.mark.parametrize(("sentence", "word", "sourcing"), [
    ("The Orvan Courier cited anonymous officials in its report.", "cited", True),
    ("The ministry closed the Velka mine, citing people familiar with the inspection.", "citing", True),
    ("The Velka Times quoted a senior aide as saying the talks had failed.", "quoted", True),
    ("The airline cited complaints from its pilots as the reason for the delay.", "cited", False),  # a reason
    ("The judge cited the 1998 ruling in her decision.", "cited", False),  # a precedent, not a source
])
def test_a_sourcing_line_is_no_happening(sentence, word, sourcing):
    assert cites_source(token_of(sentence, word)) is sourcing


def test_the_sourcing_line_states_no_event_and_keeps_the_story():
    triggers = _triggers("Rebels attacked the Orvan police station on Monday, killing three officers. The Velka "
                         "Courier cited two senior officials as saying the attackers fled north.")
    assert "attacked" in triggers
    assert "cited" not in triggers
