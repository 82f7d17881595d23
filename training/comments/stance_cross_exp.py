"""Experiment (round 5, issue 15): a pair encoder (cross-encoder) for stance toward unseen targets.

"[CLS] target [SEP] comment [SEP]" runs through all-MiniLM-L6-v2 (the shipped encoder's own weights, see
``stance_cross_model.py``); the top ``TRAIN_LAYERS`` layers and a 3-way head (mean-pooled last layer, dropout,
linear) are fine-tuned, the lower layers stay frozen. Frozen layers see the pair too (their attention runs over
target and comment together), so this is a true pair encoder; freezing them lets their output on every pair be
computed once by the shipped ONNX graph (``cache``) and shared by every fold, which is what makes the
leave-one-target-out protocol fit the 2-core box (one fold of the full 6-layer fine-tune measured ~25 ms a
token under load; see benchmarks/comments.md).

Same folds and training sets as the shipped any-target head (``train_stance.evaluate_any_target``): LOTO over
the 5 SemEval-2016 targets, training on the other 4 + VAST dev + our story-style set (weight ``W_STORY``).
Settings fixed before measuring (nothing tuned on the LOTO figures). Experiment only: it ships nothing.

    PYTHONPATH=src python training/comments/stance_cross_exp.py cache           # pairs -> frozen-layer states
    PYTHONPATH=src python training/comments/stance_cross_exp.py loto [TARGET..] # one model per held-out target
    PYTHONPATH=src python training/comments/stance_cross_exp.py vast [FOLD..]   # VAST folds (0-4) of the shipped protocol
    PYTHONPATH=src python training/comments/stance_cross_exp.py report          # figures + paired bootstrap
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import torch
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_stance as ts  # noqa: E402
from data import ROOT, load_semeval, load_story, load_vast, vast_zero_shot  # noqa: E402
from stance_cross_model import MiniLM  # noqa: E402

RUNS = ROOT / "training/runs/cross"
MAX_LEN = 96  # pair tokens (target kept whole, comment truncated)
TRAIN_LAYERS = 2  # of 6: the top layers fine-tuned; the lower 4 frozen and cached
CFG = {"epochs": 2, "batch": 32, "lr_body": 5e-5, "lr_head": 5e-4, "weight_decay": 0.01, "warmup": 0.1,
       "seed": 13, "w_story": ts.W_STORY}
torch.set_num_threads(1)  # two processes of one thread each on the shared 2-core box


def pair_tokenizer():
    from tokenizers import Tokenizer

    from newsprism.encoder.minilm import _tokenizer_path

    tok = Tokenizer.from_file(str(_tokenizer_path()))
    tok.no_padding()
    tok.enable_truncation(max_length=MAX_LEN, strategy="only_second")
    return tok


def sets() -> dict:
    return {"semeval": load_semeval(), "vast": load_vast(), "story": load_story()}


def cache() -> None:
    """Every pair's output of the frozen layers (the shipped ONNX graph's layer-``6 - TRAIN_LAYERS`` tensor),
    float16, concatenated with offsets; checks that the torch top layers on it give the ONNX last layer."""
    from newsprism.encoder.minilm import Encoder

    k = 6 - TRAIN_LAYERS
    enc = Encoder(layers=(k,))
    tok = pair_tokenizer()
    RUNS.mkdir(parents=True, exist_ok=True)
    for name, ds in sets().items():
        t0 = time.time()
        encs = tok.encode_batch(list(zip(ds.targets, ds.texts, strict=True)))
        lens = np.array([len(e.ids) for e in encs])
        states: list[np.ndarray] = [np.zeros(0)] * len(encs)
        order = sorted(range(len(encs)), key=lambda i: lens[i])
        from newsprism.encoder.minilm import equal_length_batches

        last_check = None
        for g in equal_length_batches(order, list(lens), 1024):
            out_last, out_k = enc.session.run(enc.output_names, enc._feeds([encs[i].ids for i in g]))
            for r, i in enumerate(g):
                states[i] = out_k[r].astype(np.float16)
            last_check = (out_last[0], out_k[0])
        offsets = np.concatenate([[0], np.cumsum(lens)])
        np.savez(RUNS / f"states_{name}_L{k}.npz", states=np.concatenate(states), offsets=offsets,
                 ids_first=np.array(encs[0].ids))
        assert last_check is not None
        model = top_model().eval()
        with torch.no_grad():
            x = torch.from_numpy(last_check[1][None].astype(np.float32))
            got = run_top(model, x, torch.ones(x.shape[:2]))[0].numpy()
        print(json.dumps({"set": name, "pairs": len(encs), "tokens": int(lens.sum()), "mean_len": round(float(lens.mean()), 1),
                          "truncated": int((lens >= MAX_LEN).sum()), "s": round(time.time() - t0),
                          "top_vs_onnx_max_abs": float(np.abs(got - last_check[0]).max())}), flush=True)


def load_states(name: str) -> list[np.ndarray]:
    d = np.load(RUNS / f"states_{name}_L{6 - TRAIN_LAYERS}.npz")
    s, o = d["states"], d["offsets"]
    return [s[o[i] : o[i + 1]] for i in range(len(o) - 1)]


def top_model() -> MiniLM:
    """The top TRAIN_LAYERS layers of the shipped encoder (weights from its ONNX file)."""
    full = MiniLM(6).load_onnx()
    top = MiniLM(TRAIN_LAYERS)
    top.layers.load_state_dict({k: v for k, v in
                                torch.nn.ModuleList(list(full.layers)[6 - TRAIN_LAYERS:]).state_dict().items()})
    return top


def run_top(model: MiniLM, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    bias = (1.0 - mask[:, None, None, :]) * -1e9
    for layer in model.layers:
        x = layer(x, bias)
    return x


class CrossHead(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.top = top_model()
        self.drop = torch.nn.Dropout(0.1)
        self.out = torch.nn.Linear(384, 3)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        h = run_top(self.top, x, mask)
        pooled = (h * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
        return self.out(self.drop(pooled))


def _batch(states: list[np.ndarray], idx: np.ndarray) -> tuple[torch.Tensor, torch.Tensor]:
    w = max(len(states[i]) for i in idx)
    x = np.zeros((len(idx), w, 384), np.float32)
    m = np.zeros((len(idx), w), np.float32)
    for r, i in enumerate(idx):
        x[r, : len(states[i])] = states[i]
        m[r, : len(states[i])] = 1
    return torch.from_numpy(x), torch.from_numpy(m)


def _buckets(lengths: np.ndarray, rows: np.ndarray, batch: int, rng: np.random.Generator) -> list[np.ndarray]:
    """Batches of neighbouring lengths (little padding), in random order; rows shuffled within equal lengths."""
    order = rows[np.lexsort((rng.random(len(rows)), lengths[rows]))]
    out = [order[k : k + batch] for k in range(0, len(order), batch)]
    rng.shuffle(out)  # type: ignore[arg-type]
    return out


def train_predict(states: list[np.ndarray], y: np.ndarray, w: np.ndarray, test: list[np.ndarray],
                  log: str = "") -> np.ndarray:
    """Fine-tune on (states, y, w) with class-balanced weights; logits for ``test``."""
    torch.manual_seed(CFG["seed"])
    rng = np.random.default_rng(CFG["seed"])
    model = CrossHead()
    counts = np.bincount(y, minlength=3).astype(float)
    cw = len(y) / (3 * np.maximum(counts, 1))
    sw = torch.from_numpy((w * cw[y]).astype(np.float32))
    yt = torch.from_numpy(y)
    lengths = np.array([len(s) for s in states])
    steps = CFG["epochs"] * int(np.ceil(len(y) / CFG["batch"]))
    opt = torch.optim.AdamW([{"params": model.top.parameters(), "lr": CFG["lr_body"]},
                             {"params": model.out.parameters(), "lr": CFG["lr_head"]}],
                            weight_decay=CFG["weight_decay"])
    warm = max(1, int(CFG["warmup"] * steps))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    model.train()
    t0, step = time.time(), 0
    for ep in range(CFG["epochs"]):
        total = 0.0
        for idx in _buckets(lengths, np.arange(len(y)), CFG["batch"], rng):
            x, m = _batch(states, idx)
            ce = torch.nn.functional.cross_entropy(model(x, m), yt[idx], reduction="none")
            loss = (ce * sw[idx]).sum() / sw[idx].sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += float(loss) * len(idx)
            step += 1
            if step % 25 == 0:
                print(json.dumps({"fold": log, "step": step, "of": steps, "s": round(time.time() - t0)}), flush=True)
        print(json.dumps({"fold": log, "epoch": ep + 1, "loss": round(total / len(y), 4), "steps": step,
                          "s": round(time.time() - t0)}), flush=True)
    model.eval()
    out = np.zeros((len(test), 3), np.float32)
    tl = np.array([len(s) for s in test])
    with torch.no_grad():
        order = np.argsort(tl)
        for k in range(0, len(order), 64):
            idx = order[k : k + 64]
            x, m = _batch(test, idx)
            out[idx] = model(x, m).numpy()
    return out


def loto(targets: list[str]) -> None:
    d = sets()
    st = {k: load_states(k) for k in d}
    sem = d["semeval"]
    tg = np.array(sem.targets)
    for target in targets or sorted(set(sem.targets)):
        t0 = time.time()
        test = tg == target
        tr = [st["semeval"][i] for i in np.flatnonzero(~test)] + st["vast"] + st["story"]
        y = np.concatenate([sem.labels[~test], d["vast"].labels, d["story"].labels])
        w = np.concatenate([np.ones(int((~test).sum()) + len(d["vast"].labels)),
                            np.full(len(d["story"].labels), CFG["w_story"])])
        z = train_predict(tr, y, w, [st["semeval"][i] for i in np.flatnonzero(test)], log=target)
        np.save(RUNS / f"loto_{target.replace(' ', '_')}.npy", z)
        f = 100 * ts.f_avg(sem.labels[test], z.argmax(1))
        print(json.dumps({"held_out": target, "f_avg": round(f, 1), "s": round(time.time() - t0)}), flush=True)


def vast(folds: list[str]) -> None:
    """VAST folds of the shipped protocol (GroupKFold(5) by comment; training rows of the test fold's zero-shot
    topics removed): train on the rest of VAST + SemEval + stories, save the fold's logits."""
    d = sets()
    st = {k: load_states(k) for k in d}
    v = d["vast"]
    topics = np.array([t.lower() for t in v.targets])
    zero_shot = vast_zero_shot(v)
    split = list(GroupKFold(5).split(np.zeros(len(v.labels)), v.labels, groups=v.groups))
    for k in [int(f) for f in folds] or range(5):
        t0 = time.time()
        tr, te = split[k]
        unseen = set(topics[te][zero_shot[te]])
        keep = np.array([i for i in tr if topics[i] not in unseen])
        rows = [st["vast"][i] for i in keep] + st["semeval"] + st["story"]
        y = np.concatenate([v.labels[keep], d["semeval"].labels, d["story"].labels])
        w = np.concatenate([np.ones(len(keep) + len(d["semeval"].labels)), np.full(len(d["story"].labels), CFG["w_story"])])
        z = train_predict(rows, y, w, [st["vast"][i] for i in te], log=f"vast{k}")
        np.save(RUNS / f"vast_{k}.npy", z)
        np.save(RUNS / f"vast_{k}_rows.npy", te)
        print(json.dumps({"vast_fold": k, "macro_f1": round(100 * ts.macro(v.labels[te], z.argmax(1)), 1),
                          "s": round(time.time() - t0)}), flush=True)


def _bootstrap(y: np.ndarray, tg: np.ndarray, pb: np.ndarray, pa: np.ndarray, n: int = 2000) -> dict:
    """Paired bootstrap of the LOTO mean F_avg difference (pb minus pa), tweets resampled within each held-out
    target (as round 4's ``stance_nli_exp.bootstrap``)."""
    rng = np.random.default_rng(ts.SEED)
    diffs = []
    for _ in range(n):
        d = []
        for t in sorted(set(tg)):
            r = rng.choice(np.flatnonzero(tg == t), size=int((tg == t).sum()))
            d.append(ts.f_avg(y[r], pb[r].argmax(1)) - ts.f_avg(y[r], pa[r].argmax(1)))
        diffs.append(100 * float(np.mean(d)))
    lo, hi = np.percentile(diffs, [2.5, 97.5])
    return {"mean": round(float(np.mean(diffs)), 2), "ci95": [round(float(lo), 2), round(float(hi), 2)]}


def report() -> None:
    sem = load_semeval()
    tg = np.array(sem.targets)
    z = np.zeros((len(tg), 3), np.float32)
    for target in sorted(set(tg)):
        z[tg == target] = np.load(RUNS / f"loto_{target.replace(' ', '_')}.npy")
    per = {t: round(100 * ts.f_avg(sem.labels[tg == t], z[tg == t].argmax(1)), 1) for t in sorted(set(tg))}
    base = np.load(ROOT / "training/runs/nli/oof_baseline.npz")["semeval_loto"]
    base_per = {t: round(100 * ts.f_avg(sem.labels[tg == t], base[tg == t].argmax(1)), 1) for t in sorted(set(tg))}
    temp = ts.fit_temperature(z, sem.labels)  # on LOTO out-of-fold logits, for the averaged rows only
    p = ts.softmax(z / temp)
    mixes: dict[float, dict] = {}
    for wgt in (0.3, 0.5):
        pm = wgt * p + (1 - wgt) * base
        per_w = [round(100 * ts.f_avg(sem.labels[tg == t], pm[tg == t].argmax(1)), 1) for t in sorted(set(tg))]
        mixes[wgt] = {"mean": round(float(np.mean(per_w)), 1), "per_target": per_w}
    np.savez(RUNS / "oof_cross.npz", semeval_loto=p)
    boot = {"cross": _bootstrap(sem.labels, tg, p, base)}
    for wgt in (0.3, 0.5):
        boot[f"averaged_{wgt}"] = _bootstrap(sem.labels, tg, wgt * p + (1 - wgt) * base, base)
    vast_rows = {}
    v = load_vast()
    zs = vast_zero_shot(v)
    base_v = np.load(ROOT / "training/runs/nli/oof_baseline.npz")["vast"]
    for k in range(5):
        if (RUNS / f"vast_{k}.npy").exists():
            te, zv = np.load(RUNS / f"vast_{k}_rows.npy"), np.load(RUNS / f"vast_{k}.npy")
            yv, z0 = v.labels[te], zs[te]
            vast_rows[k] = {"rows": len(te), "cross_macro_f1": round(100 * ts.macro(yv, zv.argmax(1)), 1),
                            "shipped_macro_f1": round(100 * ts.macro(yv, base_v[te].argmax(1)), 1),
                            "cross_zero_shot": round(100 * ts.macro(yv[z0], zv[z0].argmax(1)), 1),
                            "shipped_zero_shot": round(100 * ts.macro(yv[z0], base_v[te][z0].argmax(1)), 1)}
            for wgt in (0.3, 0.5):
                pm = wgt * ts.softmax(zv / temp) + (1 - wgt) * base_v[te]
                vast_rows[k][f"averaged_{wgt}_macro_f1"] = round(100 * ts.macro(yv, pm.argmax(1)), 1)
    if len(vast_rows) == 5:  # pooled over the 5 folds, as the shipped VAST figure
        zall = np.zeros((len(v.labels), 3), np.float32)
        for k in range(5):
            zall[np.load(RUNS / f"vast_{k}_rows.npy")] = np.load(RUNS / f"vast_{k}.npy")
        pv = ts.softmax(zall / temp)
        for name, pr in (("cross", pv), ("shipped", base_v), ("averaged_0.3", 0.3 * pv + 0.7 * base_v),
                         ("averaged_0.5", 0.5 * pv + 0.5 * base_v)):
            vast_rows[f"pooled_{name}"] = {"macro_f1": round(100 * ts.macro(v.labels, pr.argmax(1)), 1),
                                           "zero_shot": round(100 * ts.macro(v.labels[zs], pr[zs].argmax(1)), 1)}
    print(json.dumps({"vast_folds": vast_rows, "cross_loto": per, "cross_loto_mean": round(float(np.mean(list(per.values()))), 1),
                      "shipped_recipe_loto": base_per, "shipped_recipe_mean": round(float(np.mean(list(base_per.values()))), 1),
                      "bootstrap_minus_shipped": boot,
                      "averaged_with_shipped_by_weight": mixes, "cfg": CFG, "train_layers": TRAIN_LAYERS,
                      "max_len": MAX_LEN}), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("step", choices=("cache", "loto", "vast", "report"))
    ap.add_argument("targets", nargs="*")
    ap.add_argument("--epochs", type=int, default=CFG["epochs"])
    args = ap.parse_args()
    CFG["epochs"] = args.epochs
    {"cache": cache, "loto": lambda: loto(args.targets), "vast": lambda: vast(args.targets), "report": report}[args.step]()


if __name__ == "__main__":
    main()
