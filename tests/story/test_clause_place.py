"""A place told for the counted noun's clause names the group it counts (story/groups.py, round 27): "In the city
of Orlen alone, the 140 schools ..." counts the city's schools, not the district's "all 612 schools of the
district", so the two figures are two groups (group_clash) and one_fact_figure does not lift the pair. A time told
with "in" ("In March") is no place. Invented sentences."""

from __future__ import annotations

import pytest

from newsprism.story.groups import read_group, same_group


def _group(sentence: str, figure: str, noun: str) -> str | None:
    at = sentence.index(figure)
    return read_group(sentence, at, at + len(figure), figure, noun, "count")[1]


@pytest.mark.slow  # read from the spaCy parse
@pytest.mark.parametrize("sentence,figure,noun,group", [
    ("In the city of Orlen alone, the 140 schools stayed shut on Monday.", "140", "schools", "orlen"),
    ("In Brevik, 300 houses lost power overnight.", "300", "houses", "brevik"),
    ("In March, 400 workers were laid off by the mill.", "400", "workers", None),
    ("The storm cut power to 300 houses on Monday.", "300", "houses", None),
    ("Inspectors checked all 612 schools of the district last week.", "612", "schools", "district"),
])
def test_clause_place(sentence, figure, noun, group):
    assert _group(sentence, figure, noun) == group


@pytest.mark.slow
def test_city_and_its_province_are_two_groups():
    a = _group("Inspectors checked all 612 schools of the district, the minister said.", "612", "schools")
    b = _group("In the city of Orlen alone, the 140 schools failed the check.", "140", "schools")
    assert a is not None and b is not None and not same_group(a, b)
    # the same place told both ways stays one group
    c = _group("In Orlen, the 140 schools failed the check.", "140", "schools")
    assert c is not None and same_group(b, c)
