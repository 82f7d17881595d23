"""Word-level coverage of an "only one source" sentence in the other sources, and the ranked unique model.

Invented text (fictional outlets, people and places)."""

from __future__ import annotations

from newsprism.story.confidence import unique_confidence
from newsprism.story.coverage import FEATURES, Others, content, features, names, numbers

OTHERS = [
    "Harbor officials in Velmora said on Tuesday that five loading sites were closed after the storm.",
    "Port director Anika Straub told reporters the closures would last about two weeks.",
    "Fishing crews waited at the northern quay.",
]
STORY = [*OTHERS, "The mayor, Tomas Brevik, called the damage the worst in a decade.",
         "Five locations at the Velmora harbor were shut after the storm, officials said on Tuesday."]


def test_content_drops_stop_words_and_keeps_numbers() -> None:
    words = content("The 1,200 workers of the Velmora yard said they would strike.")
    assert "1200" in words
    assert "the" not in words and "said" not in words
    assert "velmor" in words  # a six-letter stem


def test_names_and_numbers() -> None:
    assert names("Officials said Anika Straub met the Velmora council.") == {"anika", "straub", "velmor"}
    assert numbers("Some 40 boats and 1,250 crew") == {"40", "1250"}


def test_paraphrase_elsewhere_is_covered_and_new_fact_is_not() -> None:
    others = Others.of(OTHERS, STORY)
    told = features(STORY[-1], others, cover=0.6, units=1, position=0.5)
    new = features(STORY[-2], others, cover=0.3, units=1, position=0.5)
    assert set(told) == set(FEATURES)
    assert told["idf_all"] > new["idf_all"]
    assert told["name_all"] == 1.0 and new["name_all"] == 0.0
    assert told["stem_best2"] > new["stem_best2"]


def test_ranked_model_prefers_the_fact_no_one_else_reports() -> None:
    others = Others.of(OTHERS, STORY)
    told = unique_confidence(0.6, 1, features(STORY[-1], others, 0.6, 1, 0.5))
    new = unique_confidence(0.3, 1, features(STORY[-2], others, 0.3, 1, 0.5))
    assert 0.0 <= told < new <= 1.0
