"""Round-3 experiment (issue 15): can the frozen encoder's TOKEN states raise stance on unseen targets?

Not shipped (benchmarks/comments.md, "Token states for unseen targets"): neither route beat the shipped
any-target head on leave-one-target-out. Kept so the recorded figures can be reproduced.

* ``relation``: text-target relation features appended to the shipped features, measured with the shipped
  logistic-regression recipe (``train_stance.PARTS``, the same LOTO folds and training sets): a target-focused
  pooled vector (softmax over each token's cosine with the target embedding, temperature 0.05) compared with the
  target's favor/against templates and the approval prototypes; the token-target similarity (max, top-3, mean);
  VADER compound and negation cues of the sentence holding the token nearest the target.
* ``attention``: a small trained head (torch, training only): K target-conditioned attention heads over the
  comment's token states (projected to 64 dims by a PCA of all cached tokens; no labels), the query a low-rank
  map of the target embedding; the pooled vectors, their products with the target and their cosines, plus the
  shipped approval block, into a linear layer. Class-balanced, story rows weighted as in train_stance. Settings
  fixed before measuring (not tuned): 4 heads, rank 32, 6 epochs, AdamW lr 1e-3, weight decay 0.01, dropout 0.1.

Token states come from ``Encoder.tokens`` (last layer, [CLS]/[SEP] dropped), cached once per set under
``training/runs/stance_tok/`` (SemEval-2016 train, VAST dev, our story set; about 10 minutes on a quiet box).

    PYTHONPATH=src python training/comments/stance_token_exp.py relation
    PYTHONPATH=src python training/comments/stance_token_exp.py attention --proto loto   # or intarget / vast
    PYTHONPATH=src python training/comments/stance_token_exp.py attention --no-tokens     # the control
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
from sklearn.model_selection import GroupKFold, StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_stance as ts  # noqa: E402
from data import ROOT, StanceSet, vast_zero_shot  # noqa: E402

from newsprism.comments.features import count_cues, sentiments  # noqa: E402
from newsprism.comments.stance_features import N_TEMPLATES  # noqa: E402
from newsprism.encoder import get_encoder  # noqa: E402

RUNS = ROOT / "training/runs/stance_tok"
SENTENCE = re.compile(r"[^.!?]+[.!?]*")
TAU = 0.05
MAX_TOKENS, PCA_DIMS = 128, 64
ATTENTION: dict[str, Any] = {"heads": 4, "rank": 32, "epochs": 6, "lr": 1e-3, "weight_decay": 0.01, "dropout": 0.1, "batch": 64}


def token_cache(name: str, ds: StanceSet) -> dict[str, np.ndarray]:
    """Token states (float16), token counts and offsets of each distinct text of ``ds``, cached on disk."""
    path = RUNS / f"tok_{name}.npz"
    if not path.exists():
        RUNS.mkdir(parents=True, exist_ok=True)
        uniq = sorted(set(ds.texts))
        outs = get_encoder().tokens(uniq, batch_size=32)
        np.savez(path, H=np.concatenate([o.hidden for o in outs]).astype(np.float16),
                 lens=np.array([len(o.offsets) for o in outs]),
                 offs=np.concatenate([np.array(o.offsets, dtype=np.int32).reshape(-1, 2) for o in outs]),
                 texts=np.array(uniq))
    z = np.load(path)
    return {k: z[k] for k in ("H", "lens", "offs", "texts")}


def _rows(z: dict[str, np.ndarray], texts: list[str]):
    starts = np.concatenate([[0], np.cumsum(z["lens"])[:-1]])
    index = {u: i for i, u in enumerate(z["texts"].tolist())}
    for x in texts:
        i = index[x]
        yield int(starts[i]), int(z["lens"][i])


def relation_features(name: str, ds: StanceSet) -> np.ndarray:
    c, t, tpl, protos = ts._inputs(ds)
    z = token_cache(name, ds)
    h_all = z["H"].astype(np.float32)
    h_all /= np.maximum(np.linalg.norm(h_all, axis=1, keepdims=True), 1e-6)
    out = np.zeros((len(ds.texts), 29), np.float32)
    focus = []
    for r, (x, (s, n)) in enumerate(zip(ds.texts, _rows(z, ds.texts), strict=True)):
        if n == 0:
            focus.append(x)
            continue
        h = h_all[s : s + n]
        cs = h @ t[r]
        a = np.exp((cs - cs.max()) / TAU)
        v = (a / a.sum()) @ h
        v /= max(float(np.linalg.norm(v)), 1e-6)
        sims, pr = tpl[r] @ v, protos @ v
        diff = sims[:N_TEMPLATES] - sims[N_TEMPLATES:]
        out[r, :27] = np.concatenate([sims, diff, [diff.mean()], pr, [pr[0] - pr[1], v @ t[r], cs.max(),
                                                                       np.sort(cs)[-3:].mean(), cs.mean()]])
        ch = int(z["offs"][s + int(np.argmax(cs))][0])
        focus.append(next((m.group() for m in SENTENCE.finditer(x) if m.start() <= ch < m.end()), x))
    out[:, 27] = sentiments(focus)[:, 0]
    out[:, 28] = [np.log1p(count_cues(f, "negation")) for f in focus]
    return out


def loto_lr(s: ts.Sets) -> dict[str, np.ndarray]:
    """Out-of-fold LOTO logits of the shipped recipe's two models on ``s``'s (possibly extended) features."""
    tg = np.array(s.sem.targets)
    z = {k: np.zeros((len(tg), 3)) for k in ts.PARTS}
    for target in sorted(set(tg)):
        te = tg == target
        x = np.vstack([s.xs[~te], s.xv, s.xt_full])
        y = np.concatenate([s.sem.labels[~te], s.vast.labels, s.story.labels])
        w = np.concatenate([np.ones(int((~te).sum()) + len(s.vast.labels)), np.full(len(s.story.labels), ts.W_STORY)])
        for k, (cols, c_reg) in ts.PARTS.items():
            z[k][te] = ts.Fit(x[:, cols], y, c_reg, w).logits(s.xs[te][:, cols])
    return z


def per_target(s: ts.Sets, p: np.ndarray) -> dict[str, float]:
    tg = np.array(s.sem.targets)
    per = {t: round(100 * ts.f_avg(s.sem.labels[tg == t], p[tg == t].argmax(1)), 1) for t in sorted(set(tg))}
    return {"mean": round(float(np.mean(list(per.values()))), 1), **per}


def run_relation(s: ts.Sets) -> None:
    base = loto_lr(s)
    extra = [relation_features(n, d) for n, d in (("sem", s.sem), ("vast", s.vast), ("story", s.story))]
    s.xs, s.xv, s.xt_full = (np.hstack([a, b]) for a, b in zip((s.xs, s.xv, s.xt_full), extra, strict=True))
    rel = loto_lr(s)
    for k in ts.PARTS:
        print(json.dumps({"model": k, "loto_shipped_features": per_target(s, base[k]),
                          "loto_with_relation_features": per_target(s, rel[k])}), flush=True)


class AttentionHead(torch.nn.Module):
    def __init__(self, dx: int, heads: int, rank: int, dropout: float) -> None:
        super().__init__()
        self.heads, self.rank = heads, rank
        self.q = torch.nn.Linear(384, heads * rank, bias=False)
        self.k = torch.nn.Linear(PCA_DIMS, heads * rank, bias=False)
        self.u = torch.nn.Linear(PCA_DIMS, heads)
        self.out = torch.nn.Linear(dx + heads * (2 * PCA_DIMS + 1), 3)
        self.drop = torch.nn.Dropout(dropout)

    def forward(self, x, h, m, t, tp):  # noqa: ANN001, ANN201 - torch tensors
        b = h.shape[0]
        q = self.q(t).view(b, self.heads, self.rank)
        keys = self.k.weight.view(self.heads, self.rank, PCA_DIMS).transpose(1, 2)
        v = torch.einsum("bkr,kdr->bkd", q, keys) / self.rank**0.5 + self.u.weight[None]
        score = (torch.einsum("bld,bkd->bkl", h, v) + self.u.bias[None, :, None]).masked_fill(~m[:, None, :], -1e4)
        p = torch.einsum("bkl,bld->bkd", torch.softmax(score, dim=-1), h)
        p = p / p.norm(dim=-1, keepdim=True).clamp_min(1e-6)
        tn = tp / tp.norm(dim=-1, keepdim=True).clamp_min(1e-6)
        pooled = torch.cat([p, p * tn[:, None, :] * 8, (p * tn[:, None, :]).sum(-1, keepdim=True)], -1)
        return self.out(self.drop(torch.cat([x, pooled.reshape(b, -1)], -1)))


class TokenData:
    """All rows (SemEval, VAST, story) with the approval block, PCA-projected token states and targets."""

    def __init__(self, s: ts.Sets) -> None:
        from data import embed_cached

        self.s = s
        sets = (("sem", s.sem), ("vast", s.vast), ("story", s.story))
        self.x = np.vstack([s.xs, s.xv, s.xt_full])[:, ts.PAIR_COLS :].astype(np.float32)
        self.y = np.concatenate([d.labels for _, d in sets])
        self.w = np.concatenate([np.ones(len(s.sem.labels) + len(s.vast.labels)), np.full(len(s.story.labels), ts.W_STORY)])
        t = np.vstack([embed_cached(d.targets) for _, d in sets]).astype(np.float32)
        h = np.zeros((len(self.y), MAX_TOKENS, 384), np.float16)
        m = np.zeros((len(self.y), MAX_TOKENS), bool)
        r = 0
        for name, d in sets:
            z = token_cache(name, d)
            for s0, n in _rows(z, d.texts):
                n = min(n, MAX_TOKENS)
                hh = z["H"][s0 : s0 + n].astype(np.float32)
                h[r, :n] = hh / np.maximum(np.linalg.norm(hh, axis=1, keepdims=True), 1e-6)
                m[r, :n] = True
                r += 1
        flat = h[m][::7].astype(np.float32)  # PCA of the token states (no labels)
        _, _, vt = np.linalg.svd(flat - flat.mean(0), full_matrices=False)
        pca = vt[:PCA_DIMS].T.astype(np.float32)
        m[m.sum(1) == 0, 0] = True
        self.h = torch.from_numpy(np.einsum("bld,dk->blk", h.astype(np.float32), pca) * m[..., None])
        self.m, self.t, self.tp = torch.from_numpy(m), torch.from_numpy(t), torch.from_numpy(t @ pca)
        ns, nv = len(s.sem.labels), len(s.vast.labels)
        self.sem, self.vast = np.arange(ns), np.arange(ns, ns + nv)
        self.story = np.arange(ns + nv, len(self.y))

    def fit_predict(self, tr: np.ndarray, te: np.ndarray, seed: int = 0) -> np.ndarray:
        cfg = ATTENTION
        torch.manual_seed(seed)
        rng = np.random.default_rng(seed)
        mu, sd = self.x[tr].mean(0), self.x[tr].std(0) + 1e-6
        x = torch.from_numpy(((self.x - mu) / sd).astype(np.float32))
        cw = np.array([self.w[tr][self.y[tr] == c].sum() for c in range(3)])
        w = torch.from_numpy((self.w * (cw.sum() / (3 * cw))[self.y]).astype(np.float32))
        y = torch.from_numpy(self.y)
        net = AttentionHead(x.shape[1], cfg["heads"], cfg["rank"], cfg["dropout"])
        opt = torch.optim.AdamW(net.parameters(), lr=cfg["lr"], weight_decay=cfg["weight_decay"])
        for _ in range(cfg["epochs"]):
            net.train()
            perm = rng.permutation(tr)
            for b in range(0, len(perm), cfg["batch"]):
                i = torch.from_numpy(perm[b : b + cfg["batch"]])
                n = int(self.m[i].sum(1).max())
                logit = net(x[i], self.h[i, :n], self.m[i, :n], self.t[i], self.tp[i])
                loss = (torch.nn.functional.cross_entropy(logit, y[i], reduction="none") * w[i]).sum() / w[i].sum()
                opt.zero_grad()
                loss.backward()
                opt.step()
        net.eval()
        out = []
        with torch.no_grad():
            for b in range(0, len(te), 256):
                i = torch.from_numpy(te[b : b + 256])
                n = int(self.m[i].sum(1).max())
                out.append(net(x[i], self.h[i, :n], self.m[i, :n], self.t[i], self.tp[i]).numpy())
        return np.vstack(out)


def run_attention(s: ts.Sets, proto: str) -> None:
    d = TokenData(s)
    if ATTENTION.get("no_tokens"):
        d.h.zero_()
    sem, vast = s.sem, s.vast
    if proto == "loto":
        tg = np.array(sem.targets)
        z = np.zeros((len(tg), 3))
        for target in sorted(set(tg)):
            z[tg == target] = d.fit_predict(np.concatenate([d.sem[tg != target], d.vast, d.story]), d.sem[tg == target])
        p = ts.softmax(z / ts.fit_temperature(z, sem.labels))
        print(json.dumps({"attention_loto": per_target(s, p)}), flush=True)
    elif proto == "intarget":
        z = np.zeros((len(sem.labels), 3))
        for tr, te in StratifiedKFold(5, shuffle=True, random_state=ts.SEED).split(z, sem.labels):
            z[te] = d.fit_predict(np.concatenate([d.sem[tr], d.vast, d.story]), d.sem[te])
        print(json.dumps({"attention_in_target_f_avg": round(100 * ts.f_avg(sem.labels, z.argmax(1)), 1)}))
    else:
        z = np.zeros((len(vast.labels), 3))
        topics, zs = np.array([t.lower() for t in vast.targets]), vast_zero_shot(vast)
        for tr, te in GroupKFold(5).split(z, vast.labels, groups=vast.groups):
            unseen = set(topics[te][zs[te]])
            keep = np.array([i for i in tr if topics[i] not in unseen])
            z[te] = d.fit_predict(np.concatenate([d.vast[keep], d.sem, d.story]), d.vast[te])
        print(json.dumps({"attention_vast_macro_f1": round(100 * ts.macro(vast.labels, z.argmax(1)), 1),
                          "zero_shot": round(100 * ts.macro(vast.labels[zs], z[zs].argmax(1)), 1)}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("part", choices=("relation", "attention"))
    ap.add_argument("--proto", choices=("loto", "intarget", "vast"), default="loto")
    ap.add_argument("--epochs", type=int, default=ATTENTION["epochs"], help="a smoke run: fewer epochs")
    ap.add_argument("--no-tokens", action="store_true", help="the control: token states zeroed (approval block only)")
    args = ap.parse_args()
    ATTENTION["epochs"] = args.epochs
    ATTENTION["no_tokens"] = args.no_tokens
    torch.set_num_threads(2)
    t0 = time.time()
    s = ts.Sets()
    run_relation(s) if args.part == "relation" else run_attention(s, args.proto)
    print(f"done in {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
