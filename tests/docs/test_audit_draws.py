"""The held-out audit draws (benchmarks/basil.py; rounds 6, 7 and 8: benchmarks/ecb_draw.py): each new round's draws share no triplet with any earlier
draw or with each other, so a round's held-out figures come from text no earlier round looked at."""

import importlib.util
import random
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _benchmark_module(name: str):
    """A module of benchmarks/ loaded from its file, as the scripts import each other."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def basil():
    mod = _benchmark_module("basil")
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


@pytest.fixture(scope="module")
def ecb(basil):
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))  # ecb_draw imports basil as the scripts do
    mod = _benchmark_module("ecb_draw")
    if not mod.ECBPLUS.is_dir():
        pytest.skip("../shared/data/ecbplus is not present on this machine")
    return mod


def _subtopic(doc: str) -> str:
    """`12_3ecbplus` -> `12ecbplus`."""
    topic, rest = doc.split("_")
    return topic + rest.lstrip("0123456789")


def _apart(story: dict[str, list[str]], events: list[str], n_stories: int) -> set[str]:
    """A story draw of ``n_stories`` sub-topics x 3 documents and an events draw of 8 documents, one per
    sub-topic, that share no sub-topic; the events draw's sub-topics."""
    assert len(story) == n_stories and all(len(set(docs)) == 3 for docs in story.values())
    subs_of_events = {_subtopic(d) for d in events}
    assert len(events) == 8 and len(subs_of_events) == 8  # one document per sub-topic
    assert not subs_of_events & set(story), "the events draw shares a sub-topic with the story draw"
    return subs_of_events


def test_the_r6_draws_are_train_only_disjoint_and_follow_their_fixed_rule(ecb, basil):
    train = set(ecb.train_topics())
    assert len(train) == 25 and not train & set(range(36, 46)) and not train & {2, 5, 12, 18, 21, 23, 34, 35}
    story = ecb.r6_ecb_story_draw()
    events = ecb.r6_events_draw()
    _apart(story, events, 8)
    docs = [d for ds in story.values() for d in ds] + events
    assert all(int(d.split("_")[0]) in train for d in docs)
    for d in docs:
        assert d in ecb.eligible(_subtopic(d)) and ecb.doc_path(d).is_file()
    # deterministic and by the rule in the docstring
    rng = random.Random(81)
    pool = [s for s in ecb.subtopics() if len(ecb.eligible(s)) >= 3]
    chosen = rng.sample(pool, 8)
    assert story == {s: rng.sample(ecb.eligible(s), 3) for s in chosen} == ecb.r6_ecb_story_draw()
    rng = random.Random(83)
    chosen = rng.sample([s for s in ecb.subtopics() if s not in story and ecb.eligible(s)], 8)
    assert events == [rng.choice(ecb.eligible(s)) for s in chosen] == ecb.r6_events_draw()
    # the BASIL part: every triplet in no earlier draw, and only those
    part = set(ecb.r6_basil())
    earlier = ecb.used_before_r6()
    assert len(part) == 3 and not part & earlier and part | earlier == set(basil.triplet_ids())
    stories = ecb.r6_story_draw()
    assert len(stories) == 11 and all(len(v) == 3 and all(p.is_file() for p in v) for v in stories.values())


def test_the_r7_draws_are_train_only_disjoint_from_r6_and_each_other_and_follow_their_fixed_rule(ecb):
    train = set(ecb.train_topics())
    r6 = set(ecb.r6_ecb_story_draw()) | {_subtopic(d) for d in ecb.r6_events_draw()}
    assert len(r6) == 16 and ecb.used_before_r7() == r6
    story = ecb.r7_ecb_story_draw()
    events = ecb.r7_events_draw()
    subs_of_events = _apart(story, events, 10)
    assert not (set(story) | subs_of_events) & r6, "an r7 draw shares a sub-topic with an r6 draw"
    docs = [d for ds in story.values() for d in ds] + events
    assert all(int(d.split("_")[0]) in train for d in docs)
    for d in docs:
        assert ecb.subtopic_of(d) == _subtopic(d)
        assert d in ecb.eligible(_subtopic(d)) and ecb.doc_path(d).is_file()
    # deterministic and by the rule in the docstring
    rng = random.Random(91)
    chosen = rng.sample([s for s in ecb.subtopics() if s not in r6 and len(ecb.eligible(s)) >= 3], 10)
    assert story == {s: rng.sample(ecb.eligible(s), 3) for s in chosen} == ecb.r7_ecb_story_draw()
    rng = random.Random(93)
    chosen = rng.sample([s for s in ecb.subtopics() if s not in r6 | set(story) and ecb.eligible(s)], 8)
    assert events == [rng.choice(ecb.eligible(s)) for s in chosen] == ecb.r7_events_draw()
    stories = ecb.r7_story_draw()
    assert list(stories) == [f"ecb:{s}" for s in story]
    assert all(len(v) == 3 and all(p.is_file() for p in v) for v in stories.values())


def test_the_r8_draws_are_train_only_disjoint_from_r6_r7_and_each_other_and_follow_their_fixed_rule(ecb):
    train = set(ecb.train_topics())
    r7_story = set(ecb.r7_ecb_story_draw())
    earlier = ecb.used_before_r7() | r7_story | {_subtopic(d) for d in ecb.r7_events_draw()}
    assert len(earlier) == 34 and ecb.used_before_r8() == earlier
    story = ecb.r8_ecb_story_draw()
    events = ecb.r8_events_draw()
    assert len(story) == 7 and all(len(set(docs)) == 3 for docs in story.values())
    subs_of_events = {_subtopic(d) for d in events}
    assert len(events) == 6 and len(subs_of_events) == 6  # one document per sub-topic
    assert not subs_of_events & set(story), "the events draw shares a sub-topic with the story draw"
    assert not (set(story) | subs_of_events) & earlier, "an r8 draw shares a sub-topic with an r6 or r7 draw"
    docs = [d for ds in story.values() for d in ds] + events
    assert all(int(d.split("_")[0]) in train for d in docs)
    for d in docs:
        assert ecb.subtopic_of(d) == _subtopic(d)
        assert d in ecb.eligible(_subtopic(d)) and ecb.doc_path(d).is_file()
    # every remaining sub-topic with an eligible document is in one r8 draw (the rule's n leaves 6 for events)
    assert set(story) | subs_of_events == {s for s in ecb.subtopics() if s not in earlier and ecb.eligible(s)}
    # deterministic and by the rule in the docstring
    rng = random.Random(101)
    chosen = rng.sample([s for s in ecb.subtopics() if s not in earlier and len(ecb.eligible(s)) >= 3], 7)
    assert story == {s: rng.sample(ecb.eligible(s), 3) for s in chosen} == ecb.r8_ecb_story_draw()
    rng = random.Random(103)
    chosen = rng.sample([s for s in ecb.subtopics() if s not in earlier | set(story) and ecb.eligible(s)], 6)
    assert events == [rng.choice(ecb.eligible(s)) for s in chosen] == ecb.r8_events_draw()
    stories = ecb.r8_story_draw()
    assert list(stories) == [f"ecb:{s}" for s in story]
    assert all(len(v) == 3 and all(p.is_file() for p in v) for v in stories.values())
