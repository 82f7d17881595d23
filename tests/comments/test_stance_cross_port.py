"""The training-side torch port of the shared encoder (``training/comments/stance_cross_model.py``, used by the
pair-encoder stance experiment) must compute what the shipped ONNX encoder computes, from the same weights.
Invented texts only."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training" / "comments"))

from stance_cross_model import MiniLM  # noqa: E402

from newsprism.encoder import get_encoder  # noqa: E402


@pytest.fixture(scope="module")
def full():
    return MiniLM(6).load_onnx().eval()


def test_torch_port_matches_onnx_on_single_texts_and_pairs(full):
    enc = get_encoder()
    model = full
    pairs = [("The Harrow bridge tolls", "Doubling the toll on the Harrow bridge is robbery, plain and simple."),
             ("Mayor Ilsa Prent", "Prent finally kept a promise. Good for her.")]
    rows = [enc.tokenizer.encode(t).ids for t, _ in pairs] + [enc.tokenizer.encode(t, c).ids for t, c in pairs]
    for ids in rows:
        ref = enc.session.run(["last_hidden_state"], enc._feeds([ids]))[0][0]
        with torch.no_grad():
            x = torch.tensor([ids])
            got = model(x, torch.ones_like(x), torch.zeros_like(x))[0].numpy()
        assert got.shape == ref.shape
        assert np.abs(got - ref).max() < 1e-3


def test_top_layers_alone_continue_the_frozen_pass(full):
    enc = get_encoder()
    top = MiniLM(2)
    top.layers.load_state_dict(torch.nn.ModuleList(list(full.layers)[4:]).state_dict())
    ids = torch.tensor([enc.tokenizer.encode("Tolls on the Harrow bridge", "Nobody asked for this.").ids])
    mask, types = torch.ones_like(ids), torch.zeros_like(ids)
    with torch.no_grad():
        x = full.drop(full.ln(full.word(ids) + full.pos(torch.arange(ids.shape[1])[None]) + full.tok_type(types)))
        bias = (1.0 - mask[:, None, None, :].float()) * -1e9
        for layer in list(full.layers)[:4]:
            x = layer(x, bias)
        for layer in top.eval().layers:
            x = layer(x, bias)
        assert torch.allclose(x, full(ids, mask, types), atol=1e-5)
