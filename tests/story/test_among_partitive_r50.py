"""A count told as a part of a larger group by "among" is a partitive, as "four of the calves" is
(``groups.told_among``; switch ``counted_group_among``, round 50, issue 11). "In all, 30 elk were freed, among them
six yearling cows" counts a part of the 30, not a group of its own: set against "two yearling cows" that broke out
at another farm, it is two groups of one kind, not one count told two ways, and the one-fact lift
(``confidence.one_fact_figure``) must not show it. The whole group ("30 elk", "shared among 40 families") is no
part. Invented reports, fictional names and outlets."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, conflict_texts

from newsprism.story.compare import settings
from newsprism.story.groups import read_group

HEAD_A = "Elk return to the Velmor hills after a century"
HEAD_B = "Escaped elk seen grazing with cattle near Orsk"

A_TEXT = (f"{HEAD_A}\nThirty elk have been released into the Velmor hills reserve, the Velmor Wildlife Trust said on "
          "Monday, the first wild elk in the region for more than a hundred years.\n"
          "The animals were freed on March 3 from pens at the reserve's northern gate. In all, 30 elk were freed, "
          "among them six yearling cows, and keepers say the herd is doing well.\n"
          "Before the release, the elk spent a month in quarantine at a farm near Bratt, where vets tested them "
          "for disease.\n"
          "The trust hopes the herd will reach 100 animals within ten years.\n"
          "Keepers will follow the herd with radio collars through the summer.\n"
          "Walkers have been asked to keep dogs on leads inside the reserve.\n")

B_TEXT = (f"{HEAD_B}\nElk released into the Velmor hills this spring have twice broken out of the reserve, farmers "
          "near Orsk say, and the trust that runs it has promised to mend its fences.\n"
          "There was a second breakout, near Orsk on April 12, when two yearling cows wandered into a meadow and "
          "spent an afternoon grazing with a farmer's cows before keepers led them back.\n"
          "Most of the herd has stayed deep in the reserve, which covers 6,000 hectares of woodland, but a few "
          "animals have found the gaps.\n"
          "The trust said a repair crew would start work on the fences next week.\n"
          "Farmers in the valley have asked for a higher fence along the road to Orsk.\n"
          "A meeting between the trust and the farmers is planned for May.\n")

AMONG = [
    ("In all, 30 elk were freed, among them six yearling cows, and keepers say the herd is doing well.", "six", True),
    ("In all, 30 elk were freed, among them six yearling cows, and keepers say the herd is doing well.", "30", False),
    ("Keepers freed 30 elk, six yearling cows among them.", "six", True),
    ("Among the 30 elk were six yearling cows.", "six", True),
    ("Six yearling cows were among the 30 elk freed.", "Six", True),
    ("The grain was shared among 40 families.", "40", False),
    ("There was a second breakout on April 12, when two yearling cows wandered into a meadow.", "two", False),
]


def _switch(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    rule = dict(settings()["counted_group_among"])
    rule["enabled"] = on
    monkeypatch.setitem(settings(), "counted_group_among", rule)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,figure,part", AMONG)
def test_among_reads_a_part_of_a_group(sentence: str, figure: str, part: bool) -> None:
    at = sentence.index(figure)
    assert read_group(sentence, at, at + len(figure), figure, None, "count")[0] is part


@pytest.mark.slow
def test_switch_off_reads_no_part(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch, False)
    sentence, figure, _ = AMONG[0]
    at = sentence.index(figure)
    assert read_group(sentence, at, at + len(figure), figure, None, "count")[0] is False


def _shown(monkeypatch: pytest.MonkeyPatch, on: bool) -> list[tuple[str, str, float]]:
    _switch(monkeypatch, on)
    r = analyzed_reports(("a_velmor", "Velmor Trust Newsletter", HEAD_A, A_TEXT),
                         ("b_orsk", "The Orsk Herald", HEAD_B, B_TEXT))
    return [(a, b, c) for a, b, c in conflict_texts(r, "count", "a_velmor", "b_orsk")
            if "six" in a and "two" in b and c >= 0.5]


@pytest.mark.slow
def test_part_among_a_released_herd_is_not_one_count_with_another_breakouts_pair(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert _shown(monkeypatch, True) == []


@pytest.mark.slow
def test_switch_off_shows_the_false_conflict(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _shown(monkeypatch, False), "the hole no longer reproduces with the switch off"
