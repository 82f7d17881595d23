"""Two happenings of one recurring kind are not one act's day (issue 11, round 47, story/compare.one_act,
``one_act_number``): a verb of an act that recurs (arrests, raids, thefts) told of one noun in its two grammatical
numbers ("three dockers were arrested" / "police arrested a docker") tells two acts, so the two days are not paired
as one act's day below the sentence floor. One arrest told with two days stays a shown conflict. Invented reports
in an invented port town (Tarvosk), slots built by hand as in test_date_one_act; the same-happening model, WordNet
and the confidence are the library's."""

from __future__ import annotations

import pytest
from test_date_one_act import UNLIKE, _flags, _report

from newsprism.lexicon import other_number
from newsprism.story.compare import Source, settings


def _three_arrested() -> Source:
    return _report(0, "Three dockers were arrested at a warehouse in Tarvosk on November 22, the harbour police said.",
                   [("November 22", 22, None, "arrested", "arrest", "occurred", None, "dockers")])


def _one_arrested() -> Source:
    return _report(1, "Police arrested a docker in Velmar on November 25, bringing the number held to four.",
                   [("November 25", 25, None, "arrested", "arrest", "occurred", "police", "docker")], vector=UNLIKE)


def test_one_noun_in_its_two_numbers() -> None:
    assert other_number("men", "man") and other_number("docker", "dockers") and other_number("raids", "raid")
    assert not other_number("docker", "docker") and not other_number("docker", "clerk")


def test_three_arrested_and_one_arrested_days_later_are_two_arrests() -> None:
    assert [f for f in _flags(_three_arrested(), _one_arrested()) if f.confidence >= 0.5] == []


def test_without_the_guard_the_two_arrests_are_read_as_one(monkeypatch: pytest.MonkeyPatch) -> None:
    # the base reading (round 37's one act): the wrong conflict the guard removes, shown by default
    monkeypatch.setitem(settings(), "one_act_number", False)
    (f,) = _flags(_three_arrested(), _one_arrested())
    assert f.features["one_act"] == 1.0 and f.confidence >= 0.5


@pytest.mark.parametrize("obj", ["dockers", "docker"])
def test_one_arrest_told_with_two_days_is_still_shown(obj: str) -> None:
    count = "three dockers" if obj == "dockers" else "the docker"
    other = _report(1, f"Police arrested {count} in Tarvosk on November 25 after a search of the quay.",
                    [("November 25", 25, None, "arrested", "arrest", "occurred", "police", obj)], vector=UNLIKE)
    first = _three_arrested() if obj == "dockers" else _report(
        0, "The docker was arrested at a warehouse in Tarvosk on November 22, the harbour police said.",
        [("November 22", 22, None, "arrested", "arrest", "occurred", None, "docker")])
    (f,) = _flags(first, other)
    assert (f.a.text, f.b.text) == ("November 22", "November 25")
    assert f.features["one_act"] == 1.0 and f.confidence >= settings()["one_act_confidence"] >= 0.5
