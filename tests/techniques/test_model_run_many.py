"""The technique model over several documents: each gets back its own lines, in order, and exactly the figures
it gets alone (the same article gets the same spans in the web app and in a batch run)."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.techniques.model import get_model, split_lines

pytestmark = pytest.mark.slow  # loads the int8 technique model

TEXT_A = ("The mayor said the new bridge would open in May.\n"
          "Critics called the plan a reckless waste of money that only a fool would back.\n\n"
          "Work began last year.\n")
TEXT_B = "Short line.\n\nA much longer line about the harbour strike, the talks with the port authority and pay.\n"


def test_run_many_matches_each_document_alone():
    m = get_model()
    items = [(TEXT_A, split_lines(TEXT_A)), (TEXT_B, split_lines(TEXT_B)), ("", [])]
    many = m.run_many(items)
    assert [len(x) for x in many] == [3, 2, 0]
    for (text, lines), outs in zip(items, many, strict=True):
        alone = m.run_lines(text, lines)
        for lo, one in zip(outs, alone, strict=True):
            assert (lo.start, lo.end, lo.n_tokens) == (one.start, one.end, one.n_tokens)
            assert np.array_equal(lo.offsets, one.offsets)  # offsets point into this document's text
            assert lo.token_probs.shape == (lo.n_tokens, 24) and lo.unit_probs.shape == (40,)
            # int8 dynamic quantization scales activations per batch: a document never shares a batch, so
            # its figures are exactly those it gets alone
            assert np.array_equal(lo.token_probs, one.token_probs)
            assert np.array_equal(lo.unit_probs, one.unit_probs)
    first = many[0][0].offsets[0]
    assert TEXT_A[first[0] : first[1]] == "The"
    second_doc = many[1][1]
    assert TEXT_B[second_doc.offsets[0][0] : second_doc.offsets[0][1]] == "A"


def test_each_window_alone_on_the_cpu():
    """On the CPU every window is run on its own: a line's figures do not depend on the other lines of its
    document (int8 dynamic quantization would otherwise scale them with their batch, padding included)."""
    m = get_model()
    if m.batch_size != 1:
        pytest.skip("batched on a GPU")
    lines = split_lines(TEXT_A)
    together = m.run_lines(TEXT_A, lines)
    for k, line in enumerate(lines):
        alone = m.run_lines(TEXT_A, [line])[0]
        assert np.array_equal(alone.token_probs, together[k].token_probs)
        assert np.array_equal(alone.unit_probs, together[k].unit_probs)
