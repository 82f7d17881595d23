"""Train the contradiction judge (not shipped; it would go to src/newsprism/story/data/judge.npz) on CPU from
../shared/data/nli (about four hours on the shared 2-core box; see benchmarks/story.md).

    OMP_NUM_THREADS=2 python training/train_judge.py --data ../shared/data --cache training/runs/judge \
        --cv --write training/runs/judge/judge.npz --report training/runs/judge/report.json

Steps: (1) sentence embeddings of every distinct text with the shared encoder (training/judge_embed.py,
cached); (2) typed slots of every text from the spaCy parse and the slot features of every pair, computed by
``newsprism.story.judge.slot_features`` (the run-time code), cached; (3) a one-hidden-layer MLP over
``[u, v, |u-v|, u*v]`` + standardised slot features, trained with a loss that accepts every label the gold
allows (2-class EQUATE sets: "not entailed" = neutral or contradiction). Contradiction is symmetric, so each
contradiction pair is also used in the other order.

``--cv``: 5-fold GroupKFold by premise over the training sets; out-of-fold accuracy, macro-F1 and
contradiction F1 per source set. Then one model on every training pair is scored on the evaluation-only sets
(ANLI, SICK, Emergent, Climate-FEVER: never trained on) and written with ``--write``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from judge_data import LABELS, Pair, group_key, load_pairs  # noqa: E402
from judge_embed import load_cache, texts_of  # noqa: E402

from newsprism.story.judge import SLOT_FEATURES, embed_features, merge, slot_features  # noqa: E402

HIDDEN = 128
EPOCHS = 8
SEED = 13


def _slots_for(texts: list[str], cache: Path | None = None) -> dict[str, object]:
    """Typed slots of every text from the spaCy parse; cached (a local pickle under training/runs, never
    shipped) because parsing 108k texts takes most of the run on two cores."""
    import pickle

    from newsprism.claims.slots import sentence_slots
    from newsprism.nlp.spacy_pipe import get_nlp

    key = hashlib.sha1("\x00".join(texts).encode()).hexdigest()[:16]
    path = cache / f"parsed-{key}.pkl" if cache else None
    if path is not None and path.exists():
        with path.open("rb") as fh:
            return pickle.load(fh)  # noqa: S301 - our own local cache
    nlp = get_nlp()
    out: dict[str, object] = {}
    t0 = time.time()
    for i, doc in enumerate(nlp.pipe(texts, batch_size=256)):
        out[texts[i]] = merge([sentence_slots(s, 0) for s in doc.sents] or [sentence_slots(doc[:], 0)])
        if i % 20000 == 0:
            print(f"parsed {i}/{len(texts)} in {time.time() - t0:.0f} s", flush=True)
    if path is not None:
        with path.open("wb") as fh:
            pickle.dump(out, fh)
    return out


def features(cache: Path, pairs: list[Pair], emb: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Slot features of every pair in both orders, (premise, hypothesis) and (hypothesis, premise), cached by
    the pair list and the feature names."""
    h = hashlib.sha1(("|".join(SLOT_FEATURES) + str(len(pairs))).encode())
    for p in pairs:
        h.update(p.premise.encode() + b"\x00" + p.hypothesis.encode() + b"\x01")
    path = cache / f"slots-{h.hexdigest()[:16]}.npz"
    if path.exists():
        with np.load(path, allow_pickle=False) as z:
            return z["fwd"], z["rev"]
    texts = sorted({t for p in pairs for t in (p.premise, p.hypothesis)})
    slots = _slots_for(texts, cache)
    fwd = np.stack([slot_features(slots[p.premise], slots[p.hypothesis], emb[p.premise], emb[p.hypothesis])  # type: ignore[arg-type]
                    for p in pairs]).astype(np.float32)
    rev = np.stack([slot_features(slots[p.hypothesis], slots[p.premise], emb[p.hypothesis], emb[p.premise])  # type: ignore[arg-type]
                    for p in pairs]).astype(np.float32)
    np.savez(path, fwd=fwd, rev=rev)
    return fwd, rev


def _allowed_mask(pairs: list[Pair]) -> np.ndarray:
    m = np.zeros((len(pairs), 3), dtype=np.float32)
    for i, p in enumerate(pairs):
        m[i, list(p.allowed)] = 1.0
    return m


def _weights(pairs: list[Pair]) -> np.ndarray:
    """Each source set weighs about the square root of its size, so that no single set dominates."""
    n: dict[str, int] = defaultdict(int)
    for p in pairs:
        n[p.source] += 1
    w = np.array([1.0 / np.sqrt(n[p.source]) for p in pairs], dtype=np.float32)
    return w / w.mean()


def train(x_emb: np.ndarray, x_slot: np.ndarray, mask: np.ndarray, weight: np.ndarray,
          epochs: int = EPOCHS, seed: int = SEED) -> dict[str, np.ndarray]:
    import torch

    torch.manual_seed(seed)
    torch.set_num_threads(2)
    mean = x_slot.mean(axis=0)
    std = x_slot.std(axis=0) + 1e-6
    x = np.concatenate([x_emb, (x_slot - mean) / std], axis=1).astype(np.float32)
    net = torch.nn.Sequential(torch.nn.Dropout(0.1), torch.nn.Linear(x.shape[1], HIDDEN), torch.nn.ReLU(),
                              torch.nn.Dropout(0.2), torch.nn.Linear(HIDDEN, 3))
    opt = torch.optim.AdamW(net.parameters(), lr=1e-3, weight_decay=1e-4)
    xt, mt, wt = torch.from_numpy(x), torch.from_numpy(mask), torch.from_numpy(weight)
    rng = np.random.default_rng(seed)
    steps = epochs * ((len(x) + 255) // 256)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=2e-3, total_steps=steps)
    net.train()
    for _ in range(epochs):
        order = rng.permutation(len(x))
        for k in range(0, len(x), 256):
            idx = torch.from_numpy(order[k : k + 256])
            logp = torch.log_softmax(net(xt[idx]), dim=1)
            # -log of the probability mass on the labels the gold allows
            loss = -(torch.logsumexp(logp + torch.log(mt[idx] + 1e-12), dim=1) * wt[idx]).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
    lin1, lin2 = net[1], net[4]
    return {"w1": lin1.weight.detach().numpy().T.copy(), "b1": lin1.bias.detach().numpy().copy(),
            "w2": lin2.weight.detach().numpy().T.copy(), "b2": lin2.bias.detach().numpy().copy(),
            "slot_mean": mean.astype(np.float32), "slot_std": std.astype(np.float32)}


def predict(w: dict[str, np.ndarray], x_emb: np.ndarray, x_slot: np.ndarray) -> np.ndarray:
    from newsprism.story.judge import forward

    return np.concatenate([forward(w, x_emb[k : k + 4096], x_slot[k : k + 4096]) for k in range(0, len(x_emb), 4096)])


def scores(pairs: list[Pair], probs: np.ndarray) -> dict[str, dict[str, float]]:
    """Accuracy, macro-F1 and contradiction F1 per source (2-class sets: entailed vs not)."""
    by: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(pairs):
        by[p.source].append(i)
    out: dict[str, dict[str, float]] = {}
    for src, idx in sorted(by.items()):
        gold = np.array([pairs[i].label for i in idx])
        pred = probs[idx].argmax(axis=1)
        two = any(len(pairs[i].allowed) > 1 for i in idx) or src.startswith(("equate_newsnli", "equate_rte_quant"))
        if two:
            g, q = gold == 0, pred == 0
            acc = float((g == q).mean())
            out[src] = {"n": len(idx), "accuracy": round(acc, 4), "two_class": 1.0}
            continue
        f1s = []
        for c in range(3):
            tp = float(((pred == c) & (gold == c)).sum())
            prec = tp / max(1.0, float((pred == c).sum()))
            rec = tp / max(1.0, float((gold == c).sum()))
            f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
        present = [c for c in range(3) if (gold == c).any()]
        out[src] = {"n": len(idx), "accuracy": round(float((pred == gold).mean()), 4),
                    "macro_f1": round(float(np.mean([f1s[c] for c in present])), 4),
                    "contradiction_f1": round(f1s[2], 4) if (gold == 2).any() else float("nan")}
    return out


def _augment(pairs: list[Pair], emb: np.ndarray, slot: np.ndarray, rev_slot: np.ndarray, idx: np.ndarray
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Training rows for ``idx`` plus every contradiction pair in the other order."""
    c = np.array([i for i in idx if pairs[i].allowed == (2,)], dtype=int)
    d = emb.shape[1] // 4
    u, v = emb[:, :d], emb[:, d : 2 * d]
    rev = embed_features(v[c], u[c])
    x_emb = np.concatenate([emb[idx], rev])
    x_slot = np.concatenate([slot[idx], rev_slot[c]])
    mask = np.concatenate([_allowed_mask([pairs[i] for i in idx]), _allowed_mask([pairs[i] for i in c])])
    weight = np.concatenate([_weights([pairs[i] for i in idx]), _weights([pairs[i] for i in c]) * 0.5])
    return x_emb, x_slot, mask, weight


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--cache", type=Path, default=Path("training/runs/judge"))
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--parse-only", action="store_true", help="only parse and cache the slots of every text")
    ap.add_argument("--write", type=Path)
    ap.add_argument("--report", type=Path)
    a = ap.parse_args()
    t0 = time.time()
    a.cache.mkdir(parents=True, exist_ok=True)
    pairs = load_pairs(a.data)
    if a.parse_only:
        _slots_for(sorted({t for p in pairs for t in (p.premise, p.hypothesis)}), a.cache)
        return
    emb_map = load_cache(a.data, a.cache, texts_of(a.data))
    u = np.stack([emb_map[p.premise] for p in pairs])
    v = np.stack([emb_map[p.hypothesis] for p in pairs])
    emb = embed_features(u, v)
    slot, rev_slot = features(a.cache, pairs, emb_map)
    print(f"features ready in {time.time() - t0:.0f} s", flush=True)
    train_idx = np.array([i for i, p in enumerate(pairs) if p.role == "train"])
    eval_idx = np.array([i for i, p in enumerate(pairs) if p.role == "eval"])
    report: dict[str, object] = {"labels": LABELS, "slot_features": SLOT_FEATURES, "hidden": HIDDEN,
                                 "epochs": EPOCHS}
    if a.cv:
        from sklearn.model_selection import GroupKFold

        groups = np.array([group_key(pairs[i]) for i in train_idx])
        oof = np.zeros((len(pairs), 3), dtype=np.float32)
        for fold, (tr, te) in enumerate(GroupKFold(n_splits=5).split(train_idx, groups=groups)):
            w = train(*_augment(pairs, emb, slot, rev_slot, train_idx[tr]))
            oof[train_idx[te]] = predict(w, emb[train_idx[te]], slot[train_idx[te]])
            print(f"fold {fold} done, {time.time() - t0:.0f} s", flush=True)
        report["cv"] = scores([pairs[i] for i in train_idx], oof[train_idx])
        np.save(a.cache / "oof.npy", oof, allow_pickle=False)
    w = train(*_augment(pairs, emb, slot, rev_slot, train_idx))
    report["heldout"] = scores([pairs[i] for i in eval_idx], predict(w, emb[eval_idx], slot[eval_idx]))
    np.save(a.cache / "heldout.npy", predict(w, emb[eval_idx], slot[eval_idx]), allow_pickle=False)
    report["seconds"] = round(time.time() - t0)
    print(json.dumps(report, indent=1))
    if a.report:
        a.report.write_text(json.dumps(report, indent=1))
    if a.write:
        np.savez_compressed(a.write, **{k: val.astype(np.float16 if k in ("w1",) else np.float32)
                                        for k, val in w.items()})
        print(f"wrote {a.write} ({a.write.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
