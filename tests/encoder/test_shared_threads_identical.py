"""Sharing a call's batches between threads (one onnxruntime thread each) changes nothing: every embedding, token
state and pass output is bit-identical to the batches run one after the other on the calling thread, and to a
session running two onnxruntime threads a call (the encoder's setting before round 8)."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("onnxruntime")

# Invented sentences of very different lengths, one longer than the 256-token window (so states() cuts windows).
TEXTS = [
    "Port Vell dock workers walked out.",
    "The Kestorian transport minister said on Monday that talks with the union would resume next week.",
    "No.",
    "A spokesman for the Harbour Board declined to comment on the strike or on reports of a 4 per cent offer; "
    "the union's leader called any such offer an insult to the people who keep the port running. " * 9,
    "Ferries ran late, and shops near the quay closed early.",
]


@pytest.mark.slow
def test_outputs_do_not_depend_on_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsprism.encoder import minilm

    monkeypatch.setenv("NEWSPRISM_THREADS", "2")
    try:
        one = minilm.Encoder()
    except Exception as exc:  # noqa: BLE001 - model not installed
        pytest.skip(f"encoder unavailable: {exc}")
    two = minilm.Encoder()
    import onnxruntime as ort

    # the same model at two onnxruntime threads a call
    two.session = ort.InferenceSession(str(minilm._default_model_path()), sess_options=minilm.session_options(2),
                                       providers=["CPUExecutionProvider"])
    texts = TEXTS * 5
    ref = one.embed(texts, parallel=False)
    assert np.array_equal(one.embed(texts), ref)
    assert np.array_equal(two.embed(texts, parallel=False), ref)
    a, b = one.tokens(texts, parallel=False), one.tokens(texts)
    assert all(np.array_equal(x.hidden, y.hidden) and x.offsets == y.offsets for x, y in zip(a, b, strict=True))
    s, t = one.states(texts, last=True, parallel=False), one.states(texts, last=True)
    u = two.states(texts, last=True, parallel=False)
    for x, y, z in zip(s, t, u, strict=True):
        assert x.last is not None and y.last is not None and z.last is not None
        assert np.array_equal(x.embedding, y.embedding) and np.array_equal(x.last, y.last)
        assert np.array_equal(x.embedding, z.embedding) and np.array_equal(x.last, z.last)
