"""The training-side helpers of the "more targets" stance experiment (``training/comments/data.py``,
``train_stance.py``): an article body is cut to the sentences nearest its headline, and a leave-one-target-out
fold drops every extra row about the left-out target. Invented texts only."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training" / "comments"))

from data import cut_body  # noqa: E402
from train_stance import LOTO_KEYWORDS  # noqa: E402

from newsprism.encoder import get_encoder  # noqa: E402

SEMEVAL_TARGETS = ("Atheism", "Climate Change is a Real Concern", "Feminist Movement", "Hillary Clinton",
                   "Legalization of Abortion")


def test_body_is_cut_to_the_sentences_nearest_the_headline_in_document_order():
    enc = get_encoder()
    sentences = ["The Dornvale council met on Tuesday evening in the old library.",
                 "Officials denied that the Dornvale dam had cracked during the storm.",
                 "Parking near the library was limited.",
                 "Engineers said the dam showed no crack after a full inspection.",
                 "The next meeting is in March."]
    headline = "Crack found in the Dornvale dam after the storm"
    body = " ".join(sentences)
    cut = cut_body(body, enc.embed([headline])[0], sentences, enc.embed(sentences), k=2)
    assert cut == f"{sentences[1]} {sentences[3]}"
    assert cut_body(body, enc.embed([headline])[0], sentences[:2], enc.embed(sentences[:2]), k=2) == \
        " ".join(sentences[:2])


def test_every_semeval_target_has_a_filter_that_catches_rows_about_it():
    assert set(LOTO_KEYWORDS) == set(SEMEVAL_TARGETS)
    about = {"Atheism": "pastor says god answered the town's prayers",
             "Climate Change is a Real Concern": "city quits the regional climate pact",
             "Feminist Movement": "singer calls herself a feminist at the awards",
             "Hillary Clinton": "new emails from the clinton campaign surface",
             "Legalization of Abortion": "state court strikes down abortion limits"}
    for target, pattern in LOTO_KEYWORDS.items():
        hits = np.array([re.search(pattern, text) is not None for text in about.values()])
        assert hits.tolist() == [t == target for t in about], target
