"""The held-out BASIL audit draws (benchmarks/basil.py): each new round's draws share no triplet with any earlier
draw or with each other, so a round's held-out figures come from text no earlier round looked at."""

import importlib.util
import random
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def basil():
    spec = importlib.util.spec_from_file_location("basil", ROOT / "benchmarks" / "basil.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    if not mod.BASIL.is_dir():
        pytest.skip("../shared/data/media-bias/basil is not present on this machine")
    return mod


def test_every_round_draws_triplets_no_earlier_round_drew(basil):
    ids = basil.triplet_ids()
    assert len(ids) == 100
    rounds = {
        "round1/2": basil.round2_used(),
        "fresh": set(basil.fresh_draw(*basil.FRESH_EVENTS)) | set(basil.fresh_draw(*basil.FRESH_STORY)),
        "r4_events": set(basil.r4_events_draw()),
        "r4_story": set(basil.r4_story_draw()),
        "r5_events": set(basil.r5_events_draw()),
        "r5_story": set(basil.r5_story_draw()),
    }
    order = list(rounds)
    for i, later in enumerate(order[2:], start=2):
        for earlier in order[:i]:
            assert not rounds[later] & rounds[earlier], f"{later} shares a triplet with {earlier}"
    for name in ("r4_events", "r4_story", "r5_events", "r5_story"):
        assert len(rounds[name]) == 8 and rounds[name] <= set(ids)
    assert basil.used_before_r5() == set().union(*(rounds[k] for k in order[:4]))


def test_the_r5_draws_follow_their_fixed_rule(basil):
    ids = basil.triplet_ids()
    used = basil.used_before_r5()
    rest = [t for t in ids if t not in used]
    assert basil.r5_events_draw() == random.Random(71).sample(rest, 8)
    rest = [t for t in rest if t not in set(basil.r5_events_draw())]
    assert basil.r5_story_draw() == random.Random(73).sample(rest, 8)
