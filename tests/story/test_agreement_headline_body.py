"""Headline-body agreement (FNC-1 style) from embeddings and cue words, with its features exposed."""

from __future__ import annotations

import pytest

from newsprism.story.agreement import FEATURES, stance, weights

pytestmark = pytest.mark.slow

HEADLINE = "Kestorian President Concludes State Visit to Maravia"


def test_agreement_labels_agree_disagree_unrelated():
    assert weights() is not None, "story/data/agreement.json must ship with the package"
    agree = stance(HEADLINE, "The president of Kestoria ended a two-day visit to Maravia on Tuesday, officials "
                             "confirmed. He signed twelve accords with the chancellor.")
    assert agree["label"] == "agree"
    dispute = stance(HEADLINE, "Reports that the Kestorian president visited Maravia are false, a spokesman said. "
                               "The trip was a hoax invented online and never happened.")
    assert dispute["label"] == "disagree"
    assert dispute["features"]["refute_top"] > 0
    other = stance(HEADLINE, "Drava football club signed a new goalkeeper for the spring season.")
    assert other["label"] == "unrelated"
    assert set(other["features"]) == set(FEATURES)
