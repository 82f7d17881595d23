"""Speed without changed output: the technique model runs in the background and gives exactly what it gives in
the foreground; the story step takes the encoder pass's embeddings, which are exactly those it would compute."""

from __future__ import annotations

import numpy as np
import pytest
from docparts import doc_from_parts as make_doc

pytestmark = pytest.mark.slow  # loads the technique model and the encoder

PARTS = [
    "Port Elsin council approves harbour fee",
    "The Port Elsin council approved a new harbour fee on Tuesday by a vote of seven to two. The fee of "
    "four euros per berth takes effect in March.",
    'Critics called the plan a "sham" and a "disgraceful cash grab", while Mayor Ilse Varga said the money '
    "would pay for repairs to the north pier.",
]


def test_technique_model_in_the_background_gives_the_foreground_output():
    from newsprism.pipeline import Pipeline
    from newsprism.techniques.components import TechniqueModelComponent, TechniquesComponent

    def run(background: bool):
        docs = [make_doc(PARTS, "a"), make_doc(PARTS[:2], "b")]
        return Pipeline([TechniqueModelComponent(background=background), TechniquesComponent()]).pipe_with_state(docs)

    (bg_docs, bg), (fg_docs, fg) = run(True), run(False)
    for x, y in zip(bg, fg, strict=True):
        assert x.technique_lines is not None and y.technique_lines is not None
        assert len(x.technique_lines) == len(y.technique_lines) > 0
        for (pa, la), (pb, lb) in zip(x.technique_lines, y.technique_lines, strict=True):
            assert pa == pb and (la.start, la.end) == (lb.start, lb.end)
            assert np.array_equal(la.token_probs, lb.token_probs) and np.array_equal(la.unit_probs, lb.unit_probs)
    assert [d.model_dump() for d in bg_docs] == [d.model_dump() for d in fg_docs]


def test_story_step_reuses_pass_embeddings_that_equal_embed():
    from newsprism.api import pass_vectors
    from newsprism.encoder import get_encoder
    from newsprism.encoder.document import encode_document
    from newsprism.pipeline import DocState

    doc = make_doc(PARTS, "a")
    state = DocState(encoded=encode_document(doc))
    known = pass_vectors([doc], [state])
    assert "The fee of four euros per berth takes effect in March." in known
    texts = sorted(known)
    assert np.array_equal(np.stack([known[t] for t in texts]), get_encoder().embed(texts))
