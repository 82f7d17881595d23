"""What a figure counts, read from its own phrase (story/groups.py, round 24): a partitive count counts a part of a
group, never the group, and two figures whose phrases name two different groups are not one fact told two ways
(story/confidence.one_group, asked only by one_fact_figure and one_fact_measure). Invented sentences."""

from __future__ import annotations

import pytest

from newsprism.claims.amounts import Amount
from newsprism.story.compare import Finding, Side
from newsprism.story.confidence import one_fact_figure, one_group
from newsprism.story.groups import measured_noun, names_noun, read_group, same_group, same_measured


def _read(sentence: str, figure: str, noun: str | None, dim: str = "count") -> tuple[bool, str | None]:
    at = sentence.index(figure)
    return read_group(sentence, at, at + len(figure), figure, noun, dim)


@pytest.mark.slow  # read from the spaCy parse
@pytest.mark.parametrize("sentence,figure,noun,dim,partitive,group", [
    ("The hamlet of Brevik has 310 inhabitants, most of whom fled.", "310", "inhabitants", "count", False,
     "brevik"),
    ("The port of Salmont, which has 7,200 inhabitants, was spared.", "7,200", "inhabitants", "count", False,
     "salmont"),
    ("Seven of the district's orchards were destroyed by hail.", "Seven", "orchards", "count", True, "district"),
    ("Two of the 12 board members resigned.", "Two", "members", "count", True, None),
    ("Hail destroyed 40 orchards on Tuesday.", "40", "orchards", "count", False, None),
    ("Of the district's 40 orchards, most lost their fruit.", "40", "orchards", "count", False, "district"),
    ("The council backed a three-year extension of the rent freeze.", "three-year", "extension", "duration", False,
     "freeze"),
    ("The deal left out an 18-month extension of jobless aid.", "18-month", "extension", "duration", False, "aid"),
    ("The candidate won 52 percent of the vote.", "52 percent", "vote", "percent", False, None),
])
def test_read_group(sentence, figure, noun, dim, partitive, group):
    assert _read(sentence, figure, noun, dim) == (partitive, group)


def test_same_group():
    assert same_group("velden", "north velden")
    assert same_group("resident", "people")  # synonyms of compare.json
    assert not same_group("village", "town")
    assert not same_group("freeze", "aid")


def _finding(**features: float) -> Finding:
    def side(i: int, value: float) -> Side:
        a = Amount(start=0, end=2, text=str(int(value)), value=value, low=value, high=value, bound="exact",
                   dim="count", noun="farm", noun_text="farms")
        return Side(source=i, sentence=0, start=0, end=2, text=str(int(value)), value=str(int(value)), amount=a)

    base = {"noun": 1.0, "counted": 1.0, "only_pair": 1.0, "vague": 0.0, "told_across_dim": 0.0, "same_p": 1.0,
            "depth": 0.1, "sentence": 0.3}
    base.update(features)
    return Finding(kind="conflict", slot="count", a=side(0, 9.0), b=side(1, 35.0), detail="value", features=base)


def test_a_partitive_or_two_groups_is_not_one_fact():
    assert one_group(_finding()) and one_fact_figure(_finding())
    assert one_group(_finding(group_clash=0.0, partitive=0.0))  # a group named on one side only
    assert not one_fact_figure(_finding(partitive=1.0))
    assert not one_fact_figure(_finding(group_clash=1.0))


@pytest.mark.slow  # read from the spaCy parse
@pytest.mark.parametrize("sentence,figure,measured", [
    ("Halvorsen broke a 27-yard run late in the game.", "27", "run"),
    ("The Herons took over at their own 40-yard line.", "40", "line"),
    ("The board granted Ms Quill a nine-year term.", "nine", "term"),
    ("Crews sealed a 300-metre section of the Dovra pipeline.", "300", "section"),
    ("The Herons returned the punt 32 yards.", "32", None),
    ("Ms Quill led the board for nine years.", "nine", None),
    ("Hail destroyed 40 orchards on Tuesday.", "40", None),
])
def test_measured_noun(sentence, figure, measured):
    at = sentence.index(figure)
    assert measured_noun(sentence, at, at + len(figure), figure) == measured


@pytest.mark.slow  # read from the spaCy parse
def test_a_measure_modifying_a_noun_reads_the_group_of_that_noun():
    s = "Crews sealed a 300-metre section of the Dovra pipeline."
    # the unit "metre" names no group; the section it measures is "of the Dovra pipeline", keyed by its name since
    # round 60 (counted_group.named_compound_key; "the pipeline" still meets it, groups.same_group)
    assert _read(s, "300-metre", "metre", "quantity") == (False, "dovra pipeline")


@pytest.mark.slow  # WordNet and compare.json's groups
def test_same_measured():
    assert same_measured("run", "run")
    assert same_measured("term", "terms")
    assert not same_measured("line", "touchdown")
    assert not same_measured("run", "line")


@pytest.mark.slow  # read from the spaCy parse
def test_names_noun():
    assert names_noun("The tunnel runs 14 kilometres under Mount Edda.", "tunnel")
    assert not names_noun("The Herons returned the punt 32 yards.", "line")
    # a noun that is itself measured by another figure is not the bare figure's thing
    assert not names_noun("He ran 32 yards to the 40-yard line.", "line")
