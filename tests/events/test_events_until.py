"""'not ... until T' tells a happening at T, it does not deny it (round 10, events engineer; ``clauses.delayed_until``,
``clauses.until_status``). Invented sentences, no audit text."""

from __future__ import annotations

import pytest
from events_floor import token_of

from newsprism.events.clauses import delayed_until, until_status


@pytest.mark.parametrize(("sentence", "word", "until", "status"), [
    ("The Orvan plant won't start production until June.", "start", True, "planned"),
    ("The Velka ferry did not sail until Tuesday.", "sail", True, "occurred"),
    ("The Velka ferry doesn't sail until nine.", "sail", True, None),  # a habit: the status stands
    ("The Velka ferry did not sail on Tuesday.", "sail", False, None),  # a plain denial
    ("The Velka ferry waited until Tuesday.", "waited", False, None),  # no negation
])
def test_not_until_tells_when(sentence, word, until, status):
    tok = token_of(sentence, word)
    assert delayed_until(tok) is until
    assert until_status(tok) == status
