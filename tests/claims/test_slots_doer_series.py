"""Round 13 (extract): "the first woman to lead the union" orders the doers of the verb, named by its agent noun
("leader"), as "the union's second female leader" writes it; other ordinals keep their noun. Invented sentences."""

from __future__ import annotations

import pytest

from newsprism.claims.slots import agent_noun


def test_agent_noun_by_the_regular_rule():
    assert [agent_noun(v) for v in ("lead", "drive", "win", "climb", "run", "speak")] == \
        ["leader", "driver", "winner", "climber", "runner", "speaker"]


@pytest.mark.slow
def test_the_first_woman_to_do_is_the_first_doer(slots):
    (o,) = slots("Ada Lind became the first woman to lead the dockers' union.").ordinals
    assert (o.value, o.noun) == (1, "leader")
    (p,) = slots("Lind is the union's second female leader.").ordinals
    assert (p.value, p.noun) == (2, "leader")
    (q,) = slots("Tor Vik was the first man to climb the east ridge.").ordinals
    assert q.noun == "climber"


@pytest.mark.slow
def test_other_ordinals_keep_their_noun(slots):
    (o,) = slots("She is the second woman in the cabinet.").ordinals
    assert o.noun == "woman"
    (p,) = slots("It was the third company to file for bankruptcy this year.").ordinals
    assert p.noun == "company"  # not a noun of a person: what is ordered is told by the noun itself
    (q,) = slots("Ada Lind was the first woman to be admitted to the guild.").ordinals
    assert q.noun == "woman"  # a passive infinitive orders those the verb was done to, not its doers
