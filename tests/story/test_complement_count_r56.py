"""A count told as a complement of a group already named is another group (round 56, issue 11).

``count_complement_apart``: "three other women", "the other two sources", "about a dozen more soldiers", "another
1,100 homes" count the things besides some already named. Set against a count of the same thing told without the
word, the two are two groups (the whole against the rest, or the named part against the rest), not one count told
twice, so ``story.compare`` does not pair them; two complements are still compared, and the bounds "more than" and "or
more" are not the word (``compare.complement_count``).

Invented sentences, fictional names, places and outlets."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hand_sources import parsed_slots, source, vectors

from newsprism.story.compare import Source, compare_pair, complement_count, settings

pytestmark = pytest.mark.slow  # every sentence is read from the spaCy parse


def _count_findings(a: str, b: str, cos: float = 0.8) -> list[tuple[str, str, str]]:
    va, vb = vectors(cos)
    found = compare_pair(source(0, parsed_slots(a), va), source(1, parsed_slots(b), vb))
    return [(f.kind, f.a.text, f.b.text) for f in found if f.slot == "count"]


def _flags(a: str, b: str) -> list[tuple[str, str, str]]:
    return [f for f in _count_findings(a, b) if f[0] in ("conflict", "precision")]


def _one(text: str) -> tuple[Source, int]:
    va, _ = vectors(1.0)
    return source(0, parsed_slots(text), va), 0


@pytest.fixture
def off(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    def turn(name: str) -> None:
        monkeypatch.setitem(settings(), name, False)
    return turn


ALL_ACCUSERS = "The Marden Courier said the accusations of four women against the Tallis councillor were false."
OTHER_ACCUSERS = "The Marden Courier interviewed three other women who said the Tallis councillor had harassed them."
MISSING = "Three Vessic soldiers went missing from the Orlan training camp on Saturday, the Vessic army said."
STILL_THERE = "About a dozen more Vessic soldiers are still taking part in the Orlan training exercise, the army said."


def test_switch_is_on() -> None:
    assert settings()["count_complement_apart"]


@pytest.mark.parametrize("text", [
    OTHER_ACCUSERS,
    STILL_THERE,
    "The other two sources backed the Harwick Gazette's account of the Tallis meeting.",
    "Another 1,100 homes in Pellan were reconnected to the gas network that afternoon.",
    "Two more survivors were pulled from the Dunmore mine on Monday morning.",
])
def test_a_complement_count_is_read(text: str) -> None:
    src, k = _one(text)
    assert any(complement_count(src, k, a) for a in src.sentences[k].amounts if a.dim == "count")


@pytest.mark.parametrize("text", [
    OTHER_ACCUSERS,
    STILL_THERE,
    "The other two sources backed the Harwick Gazette's account of the Tallis meeting.",
    "Mitt Orlay joined several other Pellan councillors on Tuesday in calling on the mayor to resign.",
])
def test_a_complement_count_is_read_without_its_noun_offsets(text: str) -> None:
    # a figure read back from the stored claims keeps its counted noun but not the noun's offsets: the parse finds it
    src, k = _one(text)
    bare = [replace(a, noun_start=None, noun_end=None) for a in src.sentences[k].amounts if a.dim == "count"]
    assert any(complement_count(src, k, a) for a in bare)


@pytest.mark.parametrize("text", [
    "More than 200 passengers were on board the Tessel ferry, the harbour office said.",
    "No more than 300 people protested outside the Pellan assembly, the police said.",
    "Five or more people were hurt when the Harl stand gave way, the club said.",
    "The blast at the Dunmore depot killed two workers and injured 14 others, the company said.",
    "Four women accused the Tallis councillor of harassment, the Marden Courier said.",
])
def test_no_complement_without_the_word_as_a_modifier(text: str) -> None:
    src, k = _one(text)
    assert not any(complement_count(src, k, a) for a in src.sentences[k].amounts)
    assert not any(complement_count(src, k, replace(a, noun_start=None, noun_end=None))
                   for a in src.sentences[k].amounts)


def test_the_whole_and_the_other_ones_are_two_groups() -> None:
    # "four women" in all against "three other women" besides the first accuser: no conflict
    assert _flags(ALL_ACCUSERS, OTHER_ACCUSERS) == []


def test_the_named_part_and_the_rest_are_two_groups() -> None:
    # the three soldiers who went missing against the dozen more still at the camp: two groups of one army
    assert _flags(MISSING, STILL_THERE) == []


def test_switch_off_pairs_the_two_groups(off) -> None:  # type: ignore[no-untyped-def]
    off("count_complement_apart")
    assert _flags(ALL_ACCUSERS, OTHER_ACCUSERS) or _flags(MISSING, STILL_THERE)  # the hole the switch closes


def test_one_group_counted_twice_still_conflicts() -> None:
    # the same group's two counts, neither a complement: still a conflict
    assert _flags("Three Vessic soldiers went missing from the Orlan training camp on Saturday, the army said.",
                  "Five Vessic soldiers went missing from the Orlan training camp on Saturday, the army said.")


def test_two_complements_are_still_compared() -> None:
    # "three other women" against "five other women": one group, each told as the rest besides the first accuser
    assert _flags(OTHER_ACCUSERS,
                  "The Marden Courier interviewed five other women who said the Tallis councillor had harassed them.")


def test_a_bound_is_no_complement() -> None:
    # the compatible look-alike: "more than 60" holds 64, and the bound word "more" does not set the two apart
    assert _flags("More than 60 cargo ships were waiting at anchor off Tessel, the harbour office said.",
                  "64 cargo ships were waiting at anchor off Tessel, the harbour office said.") == []


def test_a_complement_against_a_whole_it_fits_is_not_flagged() -> None:
    # the compatible look-alike of a running tally: "Two more survivors" found on Monday are not "14 survivors" in all
    assert _flags("Two more survivors were pulled alive from the Dunmore mine on Monday morning.",
                  "Rescuers have pulled 14 survivors alive from the Dunmore mine, the mine owner said.") == []


def test_a_bound_still_conflicts() -> None:
    assert _flags("More than 60 cargo ships were waiting at anchor off Tessel, the harbour office said.",
                  "23 cargo ships were waiting at anchor off Tessel, the harbour office said.")
