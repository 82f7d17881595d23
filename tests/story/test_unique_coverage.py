"""Word-level coverage of an "only one source" sentence in the other sources, and the ranked unique model.

Invented text (fictional outlets, people and places)."""

from __future__ import annotations

import numpy as np

from newsprism.story.compare import settings
from newsprism.story.confidence import unique_confidence
from newsprism.story.coverage import (
    FEATURES,
    MEANING_FEATURES,
    Others,
    Told,
    closest_words_cover,
    content,
    copied,
    features,
    junk_span,
    meaning_features,
    names,
    numbers,
    run_together,
    shingles,
    told_elsewhere,
    told_in_other_words,
    word_vector,
    words,
    words_cover,
)

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


def _unit(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


# the other source tells the fact over two adjacent sentences: neither alone is as close as the pair
SPLIT = Told(np.stack([_unit(1, 0, 0.2), _unit(0, 1, 0.2), _unit(0, 0, 1)]),
             ["Harbor officials in Velmora closed five loading sites.", "The storm had hit the northern quay.",
              "Fishing crews waited."])
ITEM = "The storm shut five loading sites at the Velmora harbor, officials said."


def test_window_of_two_sentences_comes_closer_than_either() -> None:
    m = meaning_features(_unit(1, 1, 0), ITEM, [SPLIT])
    assert m["window_cover"] > max(float(x) for x in SPLIT.vectors @ _unit(1, 1, 0))
    assert m["near_name"] == 1.0 and m["near_number"] == 1.0  # "Velmora"; no digits in either
    assert m["near_stem"] > 0.5
    assert set(m) == set(MEANING_FEATURES)


def test_told_elsewhere_needs_close_meaning_and_the_same_names() -> None:
    rule = settings()["unique"]["told"]
    assert told_elsewhere(meaning_features(_unit(1, 1, 0), ITEM, [SPLIT]), rule)
    # as close in meaning, but about another town: another happening of the same kind
    other = "The storm shut five loading sites at the Norbeck harbor, officials said."
    assert not told_elsewhere(meaning_features(_unit(1, 1, 0), other, [SPLIT]), rule)
    # the same names, far in meaning
    assert not told_elsewhere(meaning_features(_unit(0, 0, 1), ITEM, [SPLIT]), rule)
    assert not told_elsewhere(meaning_features(_unit(1, 1, 0), ITEM, []), rule)


def test_word_vectors_bring_synonyms_closer_than_unrelated_words() -> None:
    # the encoder's own word-piece table, read out of context
    for a, b, far in (("tremor", "quake", "pudding"), ("odor", "smelled", "harbor"), ("arrested", "detained", "sang")):
        assert float(word_vector(a) @ word_vector(b)) > float(word_vector(a) @ word_vector(far))
    assert abs(float(np.linalg.norm(word_vector("quay"))) - 1.0) < 1e-5


def test_words_cover_counts_a_synonym_and_not_an_unrelated_word() -> None:
    similar = settings()["unique"]["told_in_other_words"]["similar"]
    assert words("The tremor hit 40 villages, officials said.") == ["hit", "officials", "tremor", "villages"]
    mine = ["arrested", "suspect", "harbor"]
    told = words_cover(mine, ["detained", "suspect", "harbor"], {}, similar)
    other = words_cover(mine, ["pudding", "suspect", "harbor"], {}, similar)
    assert told == 1.0 and other < 1.0
    assert words_cover([], ["detained"], {}, similar) == 0.0 and words_cover(mine, [], {}, similar) == 0.0


# the other source tells the fact in other words, spread over sentences that are not adjacent
APART = Told(np.stack([_unit(1, 0.3, 0), _unit(0, 0, 1), _unit(1, 0, 0.3)]),
             ["A quake damaged houses in two villages of Qesmar island on Sunday.", "Fishing crews waited.",
              "Relief teams were dispatched to the damaged villages, the governor said."])


def test_told_in_other_words_needs_close_meaning_and_most_of_the_wording() -> None:
    rule = settings()["unique"]["told_in_other_words"]
    item = "The tremor damaged houses in villages on Qesmar island, and relief teams were sent."
    near = _unit(1, 0.2, 0.2)
    held = closest_words_cover(near, item, [APART], {}, int(rule["closest"]), rule["similar"])
    assert held >= rule["words"]
    assert told_in_other_words(float(max(APART.vectors @ near)), held, rule)
    # the same closeness, but a fact the other source does not give
    new = "The mayor, Tomas Brevik, resigned over a budget scandal."
    assert closest_words_cover(near, new, [APART], {}, int(rule["closest"]), rule["similar"]) < rule["words"]
    # most of the wording, far in meaning
    assert not told_in_other_words(0.2, held, rule)


def test_junk_span_reads_page_debris_and_keeps_short_facts() -> None:
    rule = settings()["unique"]["junk"]
    for debris in ("10", "April 24, 2013-4: 45pm", "39am on Saturday.",
                   "(Reporting by Mira Olsen in Velmora; Editing by Jonas Hart)",
                   "By Mira Olsen Feb 15 (Reuters) -", "[+] EnlargeAnika Straub",
                   "Photo: Harbor crews at the northern quay", "Tomas Brevik contributed to this report.",
                   "#StormWatch pic.twitter.com/aB3dE — Velmora Port (@VelmoraPort) March 3, 2026",
                   "March 4, 9:10 a.m.: An earlier version of this article misspelled the port director's name.",
                   "percent overall and just 11-of-36 after the break.",
                   # a page's related-article links stored as text, each headline run into the next (round 11)
                   "RelatedVelmora: Storm closes five loading sites at the harborsFerry crews strike over pay in "
                   "the northern portsMayor Lind opens the new fish market"):
        assert junk_span(debris, rule), debris
    for fact in ("Parliament has 125 seats.", "More than 200 people were arrested.",
                 "By Friday, 40 boats had left the harbor.", "Reporters saw 12 cranes topple in Velmora.",
                 "iPhone sales in Velmora fell 12 percent.", "308 with 33 homers and 121 runs batted in.",
                 "The port's JavaScript booking page went down on Tuesday, SportsDesk reported."):
        assert not junk_span(fact, rule), fact


def test_run_together_counts_words_joined_without_a_space() -> None:
    assert run_together("the harborsFerry crews and the portsMayor") == 2
    assert run_together("on the QuayVelmora port news agencyVelmora") == 2
    # brands and names start with a capital; "iPhone" has one lower-case letter
    assert run_together("A JavaScript page of VanDeest and SportsDesk, an iPhone") == 0


def test_copied_needs_most_of_the_sentence_word_for_word_in_one_other_document() -> None:
    rule = settings()["unique"]["copied"]
    sentence = "The port authority said it had closed 28 loading sites, but one of them reopened on Friday."
    agency = shingles("VELMORA, March 3 - The port authority said it had closed 28 loading sites, but one of them "
                      "reopened on Friday. Crews worked through the night.", int(rule["words"]))
    # curly quotes, case and spacing do not matter
    assert copied(sentence.replace("said", "SAID"), [agency], rule)
    retold = shingles("Officials closed 28 of the harbor's loading sites and reopened one of them on Friday.",
                      int(rule["words"]))
    assert not copied(sentence, [retold], rule)
    assert not copied(sentence, [], rule)
