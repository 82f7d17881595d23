"""The encoder's CPU batch size is a speed setting only: every row's output is the same whatever else shares
its batch, so the small default batches give exactly what one large batch gives."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.encoder import get_encoder
from newsprism.encoder.minilm import CPU_BATCH

# Invented sentences of very different lengths (so that batches are padded differently).
TEXTS = [
    "Port Vell dock workers walked out.",
    "The Kestorian transport minister, Ilse Marrow, said on Monday that talks with the union would resume "
    "next week, after three days in which no ship was unloaded at the harbour and 4,000 containers waited.",
    "No.",
    "Ferries ran late.",
    "A spokesman for the Harbour Board declined to comment on the strike, the second this year, or on reports "
    "that the board had offered a 4 per cent raise over two years; the union's leader, Tomas Varkel, called "
    "any such offer an insult to the men and women who keep the port running through every storm. " * 3,
    "Shops near the quay closed early.",
]


@pytest.mark.slow
def test_rows_do_not_depend_on_the_batch():
    enc = get_encoder()
    assert enc.batch_size == CPU_BATCH
    for other in (1, 32):
        assert np.array_equal(enc.embed(TEXTS), enc.embed(TEXTS, batch_size=other))
        a, b = enc.tokens(TEXTS), enc.tokens(TEXTS, batch_size=other)
        assert all(np.array_equal(x.hidden, y.hidden) and x.offsets == y.offsets for x, y in zip(a, b, strict=True))
        s, t = enc.states(TEXTS, last=True), enc.states(TEXTS, batch_size=other, last=True)
        assert all(np.array_equal(x.embedding, y.embedding) and x.last is not None and y.last is not None
                   and np.array_equal(x.last, y.last) for x, y in zip(s, t, strict=True))
