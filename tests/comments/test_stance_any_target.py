"""Stance toward a target given as text, with the shipped head (loads the encoder): any target, calibrated
probabilities, neutral when unsure, and the comment styles that fool sentiment: sarcasm and rhetorical
questions. Every example is invented here and none is in the training data."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.comments.stance import LABELS, predict_stance, stance_probs, story_stance

pytestmark = pytest.mark.slow

STORY = """Harbour Board Approves Night Ferry Service
Port Sella, Ostrand – The harbour board approved a night ferry service between Port Sella and the islands on April 2, 2026.
The service will run every hour from midnight to five in the morning, paid for by the city budget.
"""

SARCASM = [
    "Oh wonderful, another ferry nobody will ride at 3am. Money well spent.",
    "Sure, because what this town really needed was more diesel in the harbour.",
    "Brilliant plan, let's run empty boats all night and call it progress.",
]
RHETORICAL = [
    "Who in their right mind signs off on this?",
    "Did anyone on the board ever ride a ferry at night before voting?",
    "How is an empty boat at four in the morning a good use of our taxes?",
]
PLAIN_FAVOR = ["Great news for night shift workers on the islands, thank you.",
               "Finally a way home after a late shift. Good decision."]
PLAIN_AGAINST = ["A waste of public money.", "This is a bad decision and the board should reverse it."]
INFO_QUESTION = ["What time does the first ferry leave?"]


@pytest.fixture(scope="module")
def doc():
    from newsprism.ingest import parse_text_article

    return parse_text_article(STORY, "ferry.txt")


def _labels(doc, texts):
    return [r.label for r in story_stance(texts, doc)]


def test_probabilities_are_calibrated_distributions():
    p = stance_probs(["I fully support the new ferry.", "The ferry is a scandal."], ["the night ferry"] * 2)
    assert p.shape == (2, 3)
    assert np.allclose(p.sum(axis=1), 1.0, atol=1e-5) and (p >= 0).all()


def test_plain_comments_take_their_side(doc):
    assert _labels(doc, PLAIN_FAVOR) == ["favor"] * len(PLAIN_FAVOR)
    assert _labels(doc, PLAIN_AGAINST[:1]) == ["against"]


@pytest.mark.xfail(strict=True, reason="the story head reads it as favor (0.76), which pulls the approval score "
                                       "into the neutral band")
def test_plain_call_to_reverse_is_against(doc):
    assert _labels(doc, PLAIN_AGAINST[1:]) == ["against"]


# Known misses are kept as strict xfails so that a fix shows up (benchmarks/comments.md, "What is weak"): sarcastic
# praise without a sarcasm marker ("Brilliant plan, ...") reads as praise; main's rule misses it too.
@pytest.mark.xfail(strict=True, reason="sarcastic praise without a sarcasm marker reads as favor")
def test_sarcastic_praise_is_not_read_as_favor(doc):
    labels = _labels(doc, SARCASM)
    assert "favor" not in labels, labels
    assert labels.count("against") >= 2, labels


def test_rhetorical_questions_are_not_read_as_favor(doc):
    labels = _labels(doc, RHETORICAL)
    assert "favor" not in labels, labels


def test_rhetorical_questions_are_read_as_against(doc):
    assert _labels(doc, RHETORICAL).count("against") >= 2


def test_a_plain_question_is_neutral(doc):
    assert _labels(doc, INFO_QUESTION) == ["neutral"]


def test_story_stance_carries_head_probabilities_and_approval(doc):
    for r in story_stance(SARCASM + RHETORICAL + INFO_QUESTION, doc):
        assert set(LABELS) | {"approval"} == set(r.probs)
        assert abs(sum(r.probs[lab] for lab in LABELS) - 1.0) < 1e-3 and 0.0 <= r.score <= 1.0
        assert (r.label == "favor") == (r.probs["approval"] > 0 and r.label != "neutral")


def test_abstention_is_low_confidence():
    for r in predict_stance(SARCASM + RHETORICAL + INFO_QUESTION, ["the night ferry"] * 7):
        assert set(r.probs) == set(LABELS)
        if r.label == "neutral" and r.probs["neutral"] < max(r.probs.values()):
            assert r.score <= 0.5


@pytest.mark.xfail(strict=True, reason="the any-target head reads both as favor; unseen targets are its weak side "
                                       "(SemEval leave-one-target-out F_avg about 0.40, benchmarks/comments.md)")
def test_any_target_not_seen_in_training():
    texts = ["Nuclear plants are the only realistic way to cut emissions quickly.",
             "Every reactor is a disaster waiting to happen; shut them all down."]
    res = predict_stance(texts, ["nuclear power"] * 2, abstain=False)
    assert [r.label for r in res] == ["favor", "against"]
