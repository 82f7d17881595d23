"""Round 60: export the act pair cross-encoder checkpoint to ONNX (fp32) and int8 (dynamic quantization).

    /work/tvenv/bin/python training/export_act_pair.py --ckpt training/runs/xenc60/ckpt/model.pt \
        --fp32 training/runs/xenc60/act_pair-fp32.onnx --int8 training/runs/xenc60/act_pair-int8.onnx

Inputs input_ids, attention_mask, token_type_ids (int64, batch x tokens); output ``logit`` (batch), the head's
raw score (``act_pair_model.ActPairModel`` averages the two orders' logits and applies the sigmoid). Quantization:
onnxruntime ``quantize_dynamic``, QInt8 weights, per tensor (as the shipped techniques model).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_act_pair import BASE, CrossEncoder  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ckpt", type=Path, required=True)
    ap.add_argument("--base", type=Path, default=BASE)
    ap.add_argument("--fp32", type=Path, required=True)
    ap.add_argument("--int8", type=Path, required=True)
    args = ap.parse_args()
    from onnxruntime.quantization import QuantType, quantize_dynamic

    torch.manual_seed(60)
    model = CrossEncoder(args.base)
    model.load_state_dict(torch.load(args.ckpt, map_location="cpu"))
    model.eval()
    ids = torch.ones((2, 16), dtype=torch.long)
    args.fp32.parent.mkdir(parents=True, exist_ok=True)
    args.int8.parent.mkdir(parents=True, exist_ok=True)
    torch.onnx.export(model, (ids, torch.ones_like(ids), torch.zeros_like(ids)), str(args.fp32),
                      input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logit"],
                      dynamic_axes={"input_ids": {0: "b", 1: "t"}, "attention_mask": {0: "b", 1: "t"},
                                    "token_type_ids": {0: "b", 1: "t"}, "logit": {0: "b"}},
                      opset_version=17, dynamo=False)
    quantize_dynamic(str(args.fp32), str(args.int8), weight_type=QuantType.QInt8)
    print(f"wrote {args.fp32} ({args.fp32.stat().st_size / 1e6:.1f} MB), {args.int8} "
          f"({args.int8.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
