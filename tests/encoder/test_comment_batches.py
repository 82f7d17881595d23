"""Speed without changed output: reader comments go through the encoder in batches of one token length each
(no padding), and every comment's embedding is exactly what batches of neighbouring lengths give."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.encoder.minilm import equal_length_batches

# Invented comments of very different lengths (one past the 256-token window), some of equal length.
COMMENTS = [
    "Good.",
    "Bad.",
    "The harbour fee is a fair price for the repairs.",
    "The harbour fee is a fair price for the berths.",
    "Nobody asked the fishermen, again.",
    " ".join(["The council never explains where the money goes and the pier is still broken."] * 30),
    "Why is the fee four euros and not three? The report does not say.",
    "Agreed, " + " ".join(["the north pier needs the work"] * 9) + ".",
    "",
    "Mayor Varga promised this in March and delivered in May, which is not bad for this town.",
]


def test_equal_length_batches_cover_each_text_once_in_batches_of_one_length():
    lengths = [5, 3, 3, 9, 3, 5, 1, 3]
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    batches = equal_length_batches(order, lengths, batch_tokens=7)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    for b in batches:
        assert len({lengths[i] for i in b}) == 1
        assert len(b) == 1 or len(b) * lengths[b[0]] <= 7
    assert [i for b in batches for i in b] == order  # shorter first, thread order within a length


@pytest.mark.slow
def test_equal_length_batches_give_the_same_embeddings():
    from newsprism.encoder import get_encoder
    from newsprism.encoder.document import comment_embeddings

    enc = get_encoder()
    reference = enc.embed(COMMENTS, batch_size=8)
    for budget in (1, 64, 1024):
        assert np.array_equal(enc.embed(COMMENTS, batch_tokens=budget), reference)
    assert np.array_equal(comment_embeddings(COMMENTS, enc), reference)
    assert np.array_equal(enc.embed(COMMENTS, batch_size=1), reference)
