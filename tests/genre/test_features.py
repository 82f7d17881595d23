"""Genre style features read form (quotes, attribution, the author's own voice) in English and French alike;
the decision rule gives ``uncertain`` on a small margin (no model is loaded)."""

import genre_fixtures as pages
import numpy as np

from newsprism.genre.features import (
    STYLE_NAMES,
    pool_embeddings,
    quoted_flags,
    relayout,
    split_title_body,
    style_features,
)
from newsprism.genre.model import GENRES, VOICE_NAMES, decide, voice_features

IX = {n: i for i, n in enumerate(STYLE_NAMES)}


def test_features_report_and_opinion_differ_in_form():
    rep, op = style_features(pages.WIRE_REPORT, "en"), style_features(pages.OPINION, "en")
    assert rep.shape == (len(STYLE_NAMES),) and np.isfinite(rep).all()
    assert rep[IX["quote_char_share"]] > 0.2 > op[IX["quote_char_share"]]
    assert rep[IX["attrib_sent_share"]] > op[IX["attrib_sent_share"]]
    assert rep[IX["dateline"]] == 1.0 and op[IX["dateline"]] == 0.0
    for cue in ("first_sg", "first_pl", "second", "modal", "question_share"):
        assert op[IX[cue]] > rep[IX[cue]] == 0.0, cue


def test_features_use_the_word_lists_of_the_language():
    fr_rep, fr_op = style_features(pages.FRENCH_REPORT, "fr"), style_features(pages.FRENCH_OPINION, "fr")
    assert fr_rep[IX["attrib_per_sent"]] > 0 and fr_rep[IX["quote_char_share"]] > 0  # "a déclaré", « ... »
    assert fr_op[IX["first_sg"]] > 0 and fr_op[IX["exclaim_share"]] > 0 and fr_op[IX["question_share"]] > 0
    # read with the English lists, the French report shows no attribution at all
    assert style_features(pages.FRENCH_REPORT, "en")[IX["attrib_per_sent"]] == 0
    # an unknown language falls back to the English lists
    assert np.array_equal(style_features(pages.WIRE_REPORT, "xx"), style_features(pages.WIRE_REPORT, "en"))


def test_features_title_and_pooling():
    title, paras = split_title_body(pages.WIRE_REPORT)
    assert title.startswith("Ferry service") and len(paras) == 6
    v = pool_embeddings(np.ones(4, np.float32), np.array([[0, 1, 2, 3], [2, 1, 0, -1]], np.float32))
    assert v.tolist() == [1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 3]


def test_decide_gives_uncertain_on_a_small_margin():
    p = np.array([[0.50, 0.45, 0.05], [0.80, 0.15, 0.05], [0.1, 0.2, 0.7]])
    assert decide(p, 0.1) == ["uncertain", "reporting", "satire"]
    assert decide(p, 0.0) == ["reporting", "reporting", "satire"]
    assert list(GENRES) == ["reporting", "opinion", "satire"]


def test_voice_features_pool_the_authors_own_sentences():
    coef = np.array([[1.0, 0.0], [0.0, 1.0]], np.float32)  # probe 1 reads dimension 0, probe 2 dimension 1
    icpt = np.zeros(2, np.float32)
    sents = np.array([[10.0, -10], [-10.0, 10], [10.0, -10], [10.0, 10]], np.float32)
    quoted = np.array([False, False, False, True])  # the last sentence is quoted: left out
    v = dict(zip(VOICE_NAMES, voice_features(np.array([-10.0, 10]), sents, quoted, coef, icpt), strict=True))
    assert np.isclose(v["opinion_mean"], 2 / 3, atol=1e-3) and np.isclose(v["opinion_share"], 2 / 3, atol=1e-3)
    assert np.isclose(v["bias_mean"], 1 / 3, atol=1e-3) and np.isclose(v["quoted_sentences"], 0.25)
    assert v["title_opinion"] < 0.01 and v["title_bias"] > 0.99
    empty = voice_features(np.zeros(2), np.zeros((0, 2), np.float32), np.zeros(0, bool), coef, icpt)
    assert empty.shape == (len(VOICE_NAMES),) and empty[:-2].tolist() == [0] * (len(VOICE_NAMES) - 2)


def test_quoted_flags_mark_sentences_with_quotation_marks():
    assert quoted_flags(["He said “no” today.", "Plain words.", "« Non », a-t-il dit."]).tolist() == [True, False, True]


def test_a_body_pasted_without_paragraph_breaks_gets_paragraphs_back():
    title, paras = split_title_body(pages.WIRE_REPORT)
    _, (flat,) = split_title_body(title + "\n" + " ".join(paras))
    cut = relayout([flat])
    assert len(cut) > 1 and " ".join(cut).split() == flat.split()
    # Paragraphs the text already has are kept as they are.
    assert relayout(paras) == paras
    # The style features read the cut paragraphs: the pasted body looks like the laid-out one.
    laid_out, pasted = (style_features(t, "en") for t in (pages.WIRE_REPORT, title + "\n" + flat))
    i = IX["sents_per_para"]
    assert pasted[i] <= 3 and abs(pasted[i] - laid_out[i]) < 1.5
