"""An order conflict of one thing named alike in both reports is rated by the ordinal model itself, not held below
the bar by how unlike the two sentences are (story/confidence.one_ordered_thing, issue 11). Findings built by hand
(the features compare gives), rated by the shipped ordinal model."""

from __future__ import annotations

from newsprism.story.compare import Finding, Side, settings
from newsprism.story.confidence import confidence, one_ordered_thing

FIRST = Side(source=0, sentence=0, start=30, end=35, text="first", value="1")
SECOND = Side(source=1, sentence=0, start=12, end=18, text="second", value="2")


def _finding(**features: float) -> Finding:
    # "... the first national port strike in a decade" / "... the second national port strike since 2019": the
    # ordered thing named alike (noun 1), each sentence's only ordinal, sentences otherwise told in other words
    base = {"sentence": 0.46, "noun": 1.0, "context": 0.1, "names": 0.0, "only_pair": 1.0, "gap": 1.0,
            "score": 1.0, "same_p": 1.0, "told_across": 0.0}
    return Finding(kind="conflict", slot="ordinal", detail="ordinal", a=FIRST, b=SECOND, features=base | features)


def test_an_order_of_one_named_thing_is_shown_across_unlike_sentences() -> None:
    f = _finding()
    assert f.features["sentence"] < settings()["shown_min_sentence"]
    assert one_ordered_thing(f)
    assert confidence(f) >= 0.5


def test_a_weak_same_happening_lowers_it_but_is_no_cap() -> None:
    weak = _finding(same_p=0.64)
    assert confidence(weak) < confidence(_finding())
    assert confidence(weak) > settings()["unsure_happening_confidence"]


def test_orders_of_different_things_keep_the_caps() -> None:
    # "first quarter" against "second half": the ordered things differ (noun 0)
    f = _finding(noun=0.0)
    assert not one_ordered_thing(f)
    assert confidence(f) <= settings()["unsure_happening_confidence"]


def test_a_sentence_with_two_ordinals_keeps_the_caps() -> None:
    f = _finding(only_pair=0.0)
    assert not one_ordered_thing(f)
    assert confidence(f) <= settings()["unsure_happening_confidence"]
