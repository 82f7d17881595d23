"""Round-4 experiment (issue 15): does transfer from NLI raise stance on unseen targets?

Not shipped (benchmarks/comments.md, "Transfer from NLI"): no route beat the shipped any-target head on
leave-one-target-out beyond noise. Kept so the recorded figures can be reproduced.

Settings fixed before measuring (not tuned on the stance figures). The NLI pairs (``../shared/data/nli``, only
sources whose licence allows a shipped model: SNLI dev/test (CC BY-SA), MultiNLI dev matched + mismatched-hard
(OANC; repos MIT), ConjNLI adversarial train (MIT); 49,011 pairs, about 61k sentences) are
embedded once with the shared encoder (``training/runs/nli/``, by ``embed_nli``), and an NLI head is trained on
``[p, h, p*h, |p-h|]`` (the same pair block the shipped stance head reads; MLP 1536 -> 256 -> 3, torch, training
only; 5% of premises held out to report its NLI accuracy). Then three routes, each on the same folds and
training sets as the shipped head (``train_stance.evaluate_any_target``: LOTO over the 5 SemEval targets,
in-target 5-fold, VAST 5-fold with zero-shot topics kept unseen; story rows at weight 10), figures after the
shipped calibration and mixing (``train_stance.calibrate_any_target``); ``baseline`` is the shipped recipe
in the same run:

* ``features``: the NLI head read as a relation extractor, no second encoder pass: its log-probabilities for
  (comment, target) and its entailment / contradiction probabilities for (comment, each favor / against template
  of the target: "I support {target}.", "{target} is wrong.", ...; the template embeddings are already computed
  for the shipped features), with summaries (favor-entailment minus against-entailment, the same for
  contradiction, and the net favor score); the block is appended to both the pair and the compact model.
* ``hidden``: the NLI head's 256-unit hidden layer for (comment, target) appended as well (frozen transfer).
* ``finetune``: the NLI head's first layer initializes a stance MLP over the pair block (plus the approval
  block into the output layer), fine-tuned on the stance training rows (first layer at lr 1e-4, the rest at
  1e-3, 6 epochs, class-balanced), with NLI pairs mapped to stance (entailment -> favor, contradiction ->
  against, neutral -> neutral; weight 0.1 per row, approval block zero) mixed into every epoch; it replaces the
  pair model in the shipped mixture (``ft_nli``; ``ft_init``: NLI init without NLI rows). Control
  (``ft_control``): the same MLP from a random first layer without NLI rows.
* ``nli_only``: a logistic regression over the NLI block alone (how much stance it carries by itself).
* ``bootstrap``: paired bootstrap of the LOTO difference against ``baseline`` (saved out-of-fold probabilities).

Torch runs on one thread: on the loaded 2-core box one thread trained 10x faster than two. Each route is a
separate process (run them side by side); the NLI head is trained once and cached (``nli_head_<pairs>.pt``).

    PYTHONPATH=src python training/comments/stance_nli_exp.py nli                  # embed NLI (~25 min) + head
    PYTHONPATH=src python training/comments/stance_nli_exp.py baseline features    # ~4 min each
    PYTHONPATH=src python training/comments/stance_nli_exp.py hidden               # or nli_only, ft_nli, ...
    PYTHONPATH=src python training/comments/stance_nli_exp.py bootstrap
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import torch
from sklearn.model_selection import GroupKFold, StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_stance as ts  # noqa: E402
from data import DATA, ROOT, vast_zero_shot  # noqa: E402

from newsprism.comments.stance_features import N_TEMPLATES  # noqa: E402

RUNS = ROOT / "training/runs/nli"
SOURCES = ("mnli/dev_matched", "snli/dev", "mnli/dev_mismatched_hard", "conjnli/adversarial_train", "snli/test")
NLI_LABELS = ("entailment", "contradiction", "neutral")  # index-aligned with favor / against / neutral
HIDDEN, EPOCHS, LR, BATCH, SEED = 256, 10, 1e-3, 256, 13
FT = {"epochs": 6, "lr_body": 1e-4, "lr_top": 1e-3, "nli_weight": 0.1, "nli_rows_per_epoch": 20000}
torch.set_num_threads(1)  # on the loaded 2-core box one thread ran 10x faster than two (contention)


def pair(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.hstack([a, b, a * b, np.abs(a - b)]).astype(np.float32)


def embed_nli() -> None:
    """Embed each source split's distinct sentences once (``RUNS/<source>__<split>.npz``; about 25 minutes
    for all five on the loaded box, two processes)."""
    from newsprism.encoder import get_encoder

    RUNS.mkdir(parents=True, exist_ok=True)
    for name in SOURCES:
        f = RUNS / (name.replace("/", "__") + ".npz")
        if f.exists():
            continue
        rows = [json.loads(line) for line in (DATA / "nli" / f"{name}.jsonl").read_text("utf-8").splitlines()]
        uniq = sorted({r["premise"] for r in rows} | {r["hypothesis"] for r in rows}, key=len)
        emb = get_encoder().embed(uniq, batch_size=64)
        np.savez(f, sentences=np.array(uniq), emb=emb.astype(np.float32))
        print(name, len(rows), len(uniq), flush=True)


def load_nli() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Premise and hypothesis embeddings, labels (index into NLI_LABELS) and premise group ids."""
    embed_nli()
    ps, hs, ys, gs = [], [], [], []
    for name in SOURCES:
        z = np.load(RUNS / (name.replace("/", "__") + ".npz"))
        index = {s: i for i, s in enumerate(z["sentences"].tolist())}
        rows = [json.loads(line) for line in (DATA / "nli" / f"{name}.jsonl").read_text("utf-8").splitlines()]
        emb = z["emb"]
        ps.append(emb[[index[r["premise"]] for r in rows]])
        hs.append(emb[[index[r["hypothesis"]] for r in rows]])
        ys.append(np.array([NLI_LABELS.index(r["label"]) for r in rows]))
        gs.append(np.array([f"{name}\x00{r['premise']}" for r in rows]))
    return np.vstack(ps), np.vstack(hs), np.concatenate(ys), np.concatenate(gs)


class NliHead(torch.nn.Module):
    def __init__(self, dim: int = 4 * 384) -> None:
        super().__init__()
        self.body = torch.nn.Linear(dim, HIDDEN)
        self.drop = torch.nn.Dropout(0.1)
        self.out = torch.nn.Linear(HIDDEN, 3)

    def hidden(self, x: torch.Tensor) -> torch.Tensor:
        return torch.relu(self.body(x))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.out(self.drop(self.hidden(x)))


def train_nli() -> NliHead:
    p, h, y, g = load_nli()
    path = RUNS / f"nli_head_{len(y)}.pt"
    x = pair(p, h)
    rng = np.random.default_rng(SEED)
    uniq = np.unique(g)
    dev_groups = set(rng.choice(uniq, size=len(uniq) // 20, replace=False).tolist())
    dev = np.array([gi in dev_groups for gi in g])
    torch.manual_seed(SEED)
    model = NliHead()
    if path.exists():
        model.load_state_dict(torch.load(path))
    else:
        opt = torch.optim.AdamW(model.parameters(), lr=LR, weight_decay=0.01)
        xt, yt = torch.from_numpy(x[~dev]), torch.from_numpy(y[~dev])
        t0 = time.time()
        for ep in range(EPOCHS):
            model.train()
            perm = torch.randperm(len(yt))
            for i in range(0, len(perm), BATCH):
                b = perm[i : i + BATCH]
                loss = torch.nn.functional.cross_entropy(model(xt[b]), yt[b])
                opt.zero_grad()
                loss.backward()
                opt.step()
            print(f"nli epoch {ep} dev acc {nli_acc(model, x[dev], y[dev]):.3f} ({time.time() - t0:.0f}s)", flush=True)
        torch.save(model.state_dict(), path)
    print(json.dumps({"nli_pairs": int(len(y)), "nli_train": int((~dev).sum()), "nli_dev": int(dev.sum()),
                      "nli_dev_accuracy": round(nli_acc(model, x[dev], y[dev]), 3)}), flush=True)
    return model


def nli_acc(model: NliHead, x: np.ndarray, y: np.ndarray) -> float:
    model.eval()
    with torch.no_grad():
        return float((model(torch.from_numpy(x)).argmax(1).numpy() == y).mean())


def nli_block(model: NliHead, c: np.ndarray, t: np.ndarray, tpl: np.ndarray, hidden: bool) -> np.ndarray:
    """The NLI relation block for stance rows (comment c, target t, its templates tpl)."""
    model.eval()
    with torch.no_grad():
        def run(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            xx = torch.from_numpy(pair(a, b))
            return (torch.log_softmax(model(xx), 1).numpy(), model.hidden(xx).numpy())

        lp_t, h_t = run(c, t)
        k = tpl.shape[1]
        lp = np.stack([run(c, tpl[:, j])[0] for j in range(k)], axis=1)  # (n, 2*N_TEMPLATES, 3)
    pr = np.exp(lp)
    ent, con = pr[:, :, 0], pr[:, :, 1]
    ef, ea = ent[:, :N_TEMPLATES].mean(1), ent[:, N_TEMPLATES:].mean(1)
    cf, ca = con[:, :N_TEMPLATES].mean(1), con[:, N_TEMPLATES:].mean(1)
    summ = np.stack([ef, ea, cf, ca, ef - ea, cf - ca, (ef - cf) - (ea - ca)], axis=1)
    blocks = [lp_t, ent, con, summ] + ([h_t] if hidden else [])
    return np.hstack(blocks).astype(np.float32)


def figures(s: ts.Sets, oof: dict, save: str | None = None) -> dict:
    cal = ts.calibrate_any_target(s, oof)
    cal.pop("in_target_probs")
    if save:  # the mixed, calibrated out-of-fold probabilities, for the paired bootstrap
        t, m = cal["temperatures"], cal["mix"]
        np.savez(RUNS / f"oof_{save}.npz", **{run: m * ts.softmax(oof["pair"][run] / t["pair"])
                                            + (1 - m) * ts.softmax(oof["compact"][run] / t["compact"])
                                            for run in oof["pair"]})
    f = cal["figures"]
    return {"mix": cal["mix"], "loto": f["semeval_loto_mean"], "loto_per_target": f["semeval_loto"],
            "in_target_head": f["semeval_in_target_5fold"], "vast": f["vast_macro_f1_5fold"],
            "vast_zero_shot": f["vast_zero_shot_macro_f1"], "by_mix": cal["figures_by_mix"],
            "temperatures": cal["temperatures"], "abstain_below": cal["abstain_below"]}


def with_block(s: ts.Sets, model: NliHead, hidden: bool) -> ts.Sets:
    s2 = ts.Sets.__new__(ts.Sets)
    s2.__dict__.update(s.__dict__)
    for attr, ds in (("xs", s.sem), ("xv", s.vast), ("xt_full", s.story)):
        c, t, tpl, _ = ts._inputs(ds)
        setattr(s2, attr, np.hstack([getattr(s, attr), nli_block(model, c, t, tpl, hidden)]))
    return s2


def bootstrap(s: ts.Sets, a: str, b: str, n: int = 2000) -> dict:
    """Paired bootstrap of the LOTO mean F_avg difference (route b minus route a), tweets resampled within
    each held-out target; from the saved out-of-fold probabilities."""
    pa, pb = np.load(RUNS / f"oof_{a}.npz")["semeval_loto"], np.load(RUNS / f"oof_{b}.npz")["semeval_loto"]
    y, tg = s.sem.labels, np.array(s.sem.targets)
    rng = np.random.default_rng(SEED)
    idx = {t: np.flatnonzero(tg == t) for t in sorted(set(tg))}
    diffs = []
    for _ in range(n):
        d = []
        for rows in idx.values():
            r = rng.choice(rows, size=len(rows))
            d.append(ts.f_avg(y[r], pb[r].argmax(1)) - ts.f_avg(y[r], pa[r].argmax(1)))
        diffs.append(100 * float(np.mean(d)))
    lo, hi = np.percentile(diffs, [2.5, 97.5])
    return {"loto_diff_mean": round(float(np.mean(diffs)), 2), "ci95": [round(float(lo), 2), round(float(hi), 2)],
            "share_above_0": round(float(np.mean(np.array(diffs) > 0)), 3)}


# ---- fine-tuning route --------------------------------------------------------------------------------------

class StanceMlp(torch.nn.Module):
    def __init__(self, n_approval: int, init: NliHead | None) -> None:
        super().__init__()
        self.body = torch.nn.Linear(4 * 384, HIDDEN)
        if init is not None:
            self.body.load_state_dict(init.body.state_dict())
        self.drop = torch.nn.Dropout(0.1)
        self.out = torch.nn.Linear(HIDDEN + n_approval, 3)

    def forward(self, x: torch.Tensor, a: torch.Tensor) -> torch.Tensor:
        return self.out(torch.cat([self.drop(torch.relu(self.body(x))), a], 1))


def finetune_logits(x: np.ndarray, y: np.ndarray, w: np.ndarray, x_test: np.ndarray, init: NliHead | None,
                    nli: tuple[np.ndarray, np.ndarray] | None) -> np.ndarray:
    cols = ts.PAIR_COLS
    mean, scale = x[:, cols:].mean(0), x[:, cols:].std(0) + 1e-6
    torch.manual_seed(SEED)
    model = StanceMlp(x.shape[1] - cols, init)
    opt = torch.optim.AdamW([{"params": model.body.parameters(), "lr": FT["lr_body"]},
                             {"params": model.out.parameters(), "lr": FT["lr_top"]}], weight_decay=0.01)
    counts = np.bincount(y, weights=w, minlength=3)
    cw = torch.tensor(counts.sum() / (3 * counts), dtype=torch.float32)
    xp, xa = torch.from_numpy(x[:, :cols]), torch.from_numpy(((x[:, cols:] - mean) / scale).astype(np.float32))
    yt, wt = torch.from_numpy(y), torch.from_numpy(w.astype(np.float32))
    rng = np.random.default_rng(SEED)
    for _ in range(FT["epochs"]):
        model.train()
        if nli is not None:
            pick = rng.choice(len(nli[1]), size=FT["nli_rows_per_epoch"], replace=False)
            ep_x = torch.cat([xp, torch.from_numpy(nli[0][pick])])
            ep_a = torch.cat([xa, torch.zeros((len(pick), xa.shape[1]))])
            ep_y = torch.cat([yt, torch.from_numpy(nli[1][pick])])
            ep_w = torch.cat([wt, torch.full((len(pick),), FT["nli_weight"])])
        else:
            ep_x, ep_a, ep_y, ep_w = xp, xa, yt, wt
        perm = torch.randperm(len(ep_y))
        for i in range(0, len(perm), 64):
            b = perm[i : i + 64]
            loss = (torch.nn.functional.cross_entropy(model(ep_x[b], ep_a[b]), ep_y[b], weight=cw, reduction="none")
                    * ep_w[b]).sum() / ep_w[b].sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        xa_test = torch.from_numpy(((x_test[:, cols:] - mean) / scale).astype(np.float32))
        return model(torch.from_numpy(x_test[:, :cols]), xa_test).numpy()


def finetune_oof(s: ts.Sets, init: NliHead | None, nli: tuple[np.ndarray, np.ndarray] | None) -> dict:
    """Out-of-fold logits of the fine-tuned MLP on exactly train_stance.evaluate_any_target's folds."""
    sem, vast = s.sem, s.vast

    def fit(xs: list[np.ndarray], ys: list[np.ndarray], x_test: np.ndarray) -> np.ndarray:
        ws = [np.ones(len(yy)) for yy in ys] + [np.full(len(s.story.labels), ts.W_STORY)]
        x = np.vstack([*xs, s.xt_full])
        y = np.concatenate([*ys, s.story.labels])
        return finetune_logits(x, y, np.concatenate(ws), x_test, init, nli)

    out: dict[str, np.ndarray] = {}
    tg = np.array(sem.targets)
    z = np.zeros((len(sem.labels), 3))
    for target in sorted(set(sem.targets)):
        test = tg == target
        z[test] = fit([s.xs[~test], s.xv], [sem.labels[~test], vast.labels], s.xs[test])
    out["semeval_loto"] = z
    zi = np.zeros((len(sem.labels), 3))
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=ts.SEED).split(s.xs, sem.labels):
        zi[te] = fit([s.xs[tr], s.xv], [sem.labels[tr], vast.labels], s.xs[te])
    out["semeval_in_target"] = zi
    zv = np.zeros((len(vast.labels), 3))
    topics = np.array([t.lower() for t in vast.targets])
    zero_shot = vast_zero_shot(vast)
    for tr, te in GroupKFold(5).split(s.xv, vast.labels, groups=vast.groups):
        unseen = set(topics[te][zero_shot[te]])
        keep = np.array([i for i in tr if topics[i] not in unseen])
        zv[te] = fit([s.xv[keep], s.xs], [vast.labels[keep], sem.labels], s.xv[te])
    out["vast"] = zv
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("routes", nargs="*", default=["baseline", "features", "hidden", "nli_only", "finetune"],
                    help="any of: nli (train the NLI head only), baseline, features, hidden, nli_only, finetune (= ft_nli, "
                         "ft_control, ft_init); bootstrap (after baseline and features: paired LOTO bootstrap)")
    args = ap.parse_args()
    t0 = time.time()
    model = train_nli() if args.routes not in (["baseline"], ["bootstrap"]) else None
    if args.routes == ["nli"]:
        return
    s = ts.Sets()
    if args.routes == ["bootstrap"]:
        for other in ("features", "ft_init"):
            if (RUNS / f"oof_{other}.npz").exists():
                print(json.dumps({"bootstrap": f"{other} - baseline", **bootstrap(s, "baseline", other)}), flush=True)
        return
    if "baseline" in args.routes:
        _, base_oof = ts.evaluate_any_target(s, ts.W_STORY)
        print(json.dumps({"route": "baseline (shipped recipe, this run)", **figures(s, base_oof, "baseline"),
                          "s": round(time.time() - t0)}), flush=True)
    for route in ("features", "hidden"):
        if route in args.routes and model is not None:
            s2 = with_block(s, model, hidden=route == "hidden")
            _, oof = ts.evaluate_any_target(s2, ts.W_STORY)
            print(json.dumps({"route": route, "block_dims": int(s2.xs.shape[1] - s.xs.shape[1]), **figures(s2, oof, route),
                              "s": round(time.time() - t0)}), flush=True)
    if "nli_only" in args.routes and model is not None:
        # How much stance the NLI block carries by itself: a logistic regression over it alone (argmax).
        s2 = with_block(s, model, hidden=False)
        cols = slice(s.xs.shape[1], None)
        _, oof = ts.evaluate_any_target(s2, ts.W_STORY, {"nli": (cols, ts.C_COMPACT)})
        f = ts._figures(s2, {run: ts.softmax(z) for run, z in oof["nli"].items()})
        print(json.dumps({"route": "NLI block alone (LR)", **f, "s": round(time.time() - t0)}), flush=True)
    variants = {"ft_nli": ("finetune (NLI init + NLI rows)", True, True),
                "ft_control": ("control: same MLP, random init, no NLI", False, False),
                "ft_init": ("finetune (NLI init only)", True, False)}
    wanted = [v for v in variants if v in args.routes or "finetune" in args.routes]
    if wanted and model is not None:
        # The compact model (approval block alone) of the shipped recipe; the fine-tuned MLP replaces the pair model.
        _, compact = ts.evaluate_any_target(s, ts.W_STORY, {"compact": ts.PARTS["compact"]})
        p, h, y, _ = load_nli()
        for v in wanted:
            name, init, rows = variants[v]
            oof = {"pair": finetune_oof(s, model if init else None, (pair(p, h), y) if rows else None),
                   "compact": compact["compact"]}
            print(json.dumps({"route": name, **figures(s, oof, v), "s": round(time.time() - t0)}), flush=True)

if __name__ == "__main__":
    main()
