"""Train the document genre classifier (SemEval-2023 Task 3 ST1) on CPU and write data/genre.npz.

    python training/train_genre.py --data ../shared/data --cache out/genre_feats.npz --cv --write \
        src/newsprism/techniques/data/genre.npz --report out/genre_cv.json

Features come from ``newsprism.techniques.genre`` (the same code runs at inference): style features, the MiniLM
sentence encoder pooled over sentences, hashed word n-grams. One multinomial logistic regression per block
(balanced class weights) is stacked by averaging their log-probabilities; the per-class decision weights are
tuned on inner folds. Extra ``reporting`` examples (BASIL news articles, FNC-1 bodies) join the training folds
only, with a lower sample weight; every score is on SemEval train articles of the held-out fold.
Folds: the md5-of-id split of training/prep_techniques.py (the split of the shipped CV figures), and repeated
seeded stratified 5-fold splits for the spread.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from newsprism.techniques.genre import (  # noqa: E402
    GENRES,
    STYLE_NAMES,
    embed_features,
    hashed_ngrams,
    style_features,
)

NGRAM_DIM = 2 ** 14
WEIGHT_GRID = [0.5, 0.7, 1.0, 1.4, 2.0, 3.0]


def fold_md5(art_id: str) -> int:
    return int(hashlib.md5(art_id.encode()).hexdigest(), 16) % 5


def load_semeval(root: Path) -> tuple[list[str], list[str], list[int]]:
    d = root / "semeval2023-en"
    ids, texts, ys = [], [], []
    for line in (d / "train-labels-subtask-1.txt").read_text().splitlines():
        if not line.strip():
            continue
        a, lab = line.split("\t")
        ids.append(a)
        texts.append((d / "train-articles-subtask-1" / f"article{a}.txt").read_text(encoding="utf-8"))
        ys.append(GENRES.index(lab.strip()))
    return ids, texts, ys


def load_basil(root: Path) -> list[str]:
    out = []
    for p in sorted((root / "media-bias/basil/raw/articles").rglob("*.json")):
        d = json.loads(p.read_text(encoding="utf-8"))
        paras = [" ".join(s for s in para) for para in d.get("body-paragraphs", [])]
        if paras:
            out.append(d.get("title", "").strip() + "\n\n" + "\n\n".join(paras))
    return out


def load_fnc(root: Path) -> list[str]:
    csv.field_size_limit(10 ** 9)
    d = root / "agreement/fnc1"
    heads: dict[str, str] = {}
    with open(d / "stances.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["Stance"] != "unrelated":
                heads.setdefault(r["Body ID"], r["Headline"])
    out = []
    with open(d / "bodies.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            body = r["articleBody"].strip()
            if len(body.split()) >= 80 and r["Body ID"] in heads:
                out.append(heads[r["Body ID"]].strip() + "\n\n" + body)
    return out


def build_cache(data: Path, cache: Path) -> None:
    ids, texts, ys = load_semeval(data)
    basil, fnc = load_basil(data), load_fnc(data)
    allt = texts + basil + fnc
    src = [0] * len(texts) + [1] * len(basil) + [2] * len(fnc)
    t0 = time.time()
    style = np.stack([style_features(t) for t in allt])
    ngram = np.stack([hashed_ngrams(t, NGRAM_DIM) for t in allt]).astype(np.float16)
    print(f"style+ngram {time.time() - t0:.1f}s", flush=True)
    t0 = time.time()
    emb = embed_features(allt)
    print(f"embeddings {time.time() - t0:.1f}s for {len(allt)} docs", flush=True)
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.savez(cache, ids=np.array(ids + [f"x{i}" for i in range(len(basil) + len(fnc))]), src=np.array(src),
             y=np.array(ys + [0] * (len(basil) + len(fnc))), style=style, ngram=ngram, emb=emb)


class Block:
    """Standardise then multinomial logistic regression with balanced class weights."""

    def __init__(self, C: float) -> None:
        self.C = C

    def fit(self, X, y, sw):
        self.mu = X.mean(0)
        self.sd = X.std(0) + 1e-6
        counts = np.bincount(y[sw >= 1], minlength=3).astype(float)  # balance on SemEval counts
        cw = counts.sum() / (3 * np.maximum(counts, 1))
        w = sw * cw[y]
        self.lr = LogisticRegression(C=self.C, max_iter=3000)
        self.lr.fit((X - self.mu) / self.sd, y, sample_weight=w)
        return self

    def logp(self, X):
        return self.lr.predict_log_proba((X - self.mu) / self.sd)


def macro_f1(pred, gold) -> float:
    return float(np.mean([prf(pred, gold, k)[2] for k in range(3)]))


def prf(pred, gold, k):
    tp = np.sum((pred == k) & (gold == k))
    p = tp / max(1, np.sum(pred == k))
    r = tp / max(1, np.sum(gold == k))
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def decide(logp, w):
    return np.argmax(logp + np.log(w), axis=1)


def tune_weights(logp, y):
    best = (-1.0, (1.0, 1.0, 1.0))
    for wr, ws in itertools.product(WEIGHT_GRID, WEIGHT_GRID):
        f = macro_f1(decide(logp, np.array([wr, 1.0, ws])), y)
        if f > best[0] + 1e-9:
            best = (f, (wr, 1.0, ws))
    return np.array(best[1])


class Model:
    def __init__(self, cfg: dict) -> None:
        self.cfg = cfg

    def fit(self, F: dict, y, sw):
        self.blocks = {}
        sem = sw >= 1  # SemEval rows have weight 1, extra rows their (smaller) weight
        for k in self.cfg["blocks"]:
            keep = np.ones(len(y), bool) if k in self.cfg.get("extra_blocks", self.cfg["blocks"]) else sem
            self.blocks[k] = Block(self.cfg["C"][k]).fit(F[k][keep], y[keep], sw[keep])
        return self

    def logp(self, F):
        z = sum(self.blocks[k].logp(F[k]) for k in self.cfg["blocks"]) / len(self.cfg["blocks"])
        return z - np.log(np.exp(z).sum(1, keepdims=True))


def features(c, idx) -> dict:
    return {"style": c["style"][idx], "emb": c["emb"][idx], "ngram": c["ngram"][idx].astype(np.float32)}


def train_idx(c, tr_sem: np.ndarray, extra_w: float, extra_src=(1, 2), hold: int = -1):
    ex = np.where(np.isin(c["src"], extra_src))[0] if extra_w > 0 else np.array([], int)
    if hold >= 0:
        ex = ex[ex % 5 != hold]
    idx = np.concatenate([tr_sem, ex])
    sw = np.concatenate([np.ones(len(tr_sem)), np.full(len(ex), extra_w)])
    return idx, sw


def fit_predict(c, cfg, tr, te, inner_splits=4, seed=0, hold=-1):
    """Fit on SemEval rows ``tr`` (+ extras); decision weights from inner CV on ``tr``; predict rows ``te``."""
    y = c["y"]
    if cfg.get("tune", True):
        inner = np.zeros((len(tr), 3))
        skf = StratifiedKFold(inner_splits, shuffle=True, random_state=seed)
        for a, b in skf.split(tr, y[tr]):
            idx, sw = train_idx(c, tr[a], cfg["extra_w"], cfg.get("extra_src", (1, 2)))
            m = Model(cfg).fit(features(c, idx), y[idx], sw)
            inner[b] = m.logp(features(c, tr[b]))
        w = tune_weights(inner, y[tr])
    else:
        w = np.ones(3)
    idx, sw = train_idx(c, tr, cfg["extra_w"], cfg.get("extra_src", (1, 2)), hold)
    m = Model(cfg).fit(features(c, idx), y[idx], sw)
    return decide(m.logp(features(c, te)), w), w, m


def run_cv(c, cfg, splits) -> dict:
    y = c["y"]
    sem = np.where(c["src"] == 0)[0]
    ext = np.where(c["src"] > 0)[0]
    res = []
    for si, folds in enumerate(splits):
        pred = np.full(len(sem), -1)
        ext_pred = np.full(len(ext), -1)
        for f in range(5):
            tr, te = sem[folds != f], sem[folds == f]
            te_all = np.concatenate([te, ext[ext % 5 == f]])
            p, _, _ = fit_predict(c, cfg, tr, te_all, seed=si, hold=f)
            pred[folds == f] = p[: len(te)]
            ext_pred[ext % 5 == f] = p[len(te):]
        gold = y[sem]
        res.append({"macro_f1": macro_f1(pred, gold), "ext_reporting_recall": float(np.mean(ext_pred == 0)),
                    "per_class": {g: prf(pred, gold, k) for k, g in enumerate(GENRES)}})
    mf = np.array([r["macro_f1"] for r in res])
    per = {g: np.mean([r["per_class"][g] for r in res], axis=0).round(3).tolist() for g in GENRES}
    return {"macro_f1_mean": round(float(mf.mean()), 3), "macro_f1_sd": round(float(mf.std()), 3),
            "macro_f1_min": round(float(mf.min()), 3), "macro_f1_max": round(float(mf.max()), 3),
            "per_class_prf_mean": per, "runs": [round(float(x), 3) for x in mf],
            "ext_reporting_recall": round(float(np.mean([r["ext_reporting_recall"] for r in res])), 3)}


def make_splits(c, repeats: int) -> tuple[np.ndarray, list[np.ndarray]]:
    sem = np.where(c["src"] == 0)[0]
    md5 = np.array([fold_md5(str(a)) for a in c["ids"][sem]])
    rep = []
    for r in range(repeats):
        f = np.zeros(len(sem), int)
        for k, (_, b) in enumerate(StratifiedKFold(5, shuffle=True, random_state=100 + r).split(sem, c["y"][sem])):
            f[b] = k
        rep.append(f)
    return md5, rep


def write_model(c, cfg, out: Path) -> None:
    sem = np.where(c["src"] == 0)[0]
    _, w, m = fit_predict(c, cfg, sem, sem[:1], inner_splits=5)
    arrays = {}
    for k, b in m.blocks.items():
        # fold the 1/len(blocks) average into the coefficients: sum of block logits = averaged log-probabilities
        # up to a per-row constant, which the softmax removes.
        arrays[f"{k}_mean"] = b.mu.astype(np.float32)
        arrays[f"{k}_scale"] = b.sd.astype(np.float32)
        arrays[f"{k}_coef"] = (b.lr.coef_ / len(m.blocks)).astype(np.float32)
    arrays["intercept"] = (sum(b.lr.intercept_ for b in m.blocks.values()) / len(m.blocks)).astype(np.float32)
    arrays["class_weights"] = w.astype(np.float32)
    conf = {"blocks": list(cfg["blocks"]), "ngram_dim": NGRAM_DIM, "style_names": STYLE_NAMES,
            "genres": GENRES, "C": cfg["C"], "extra_w": cfg["extra_w"]}
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, config=np.array(json.dumps(conf)), **arrays)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB), decision weights {w.tolist()}", flush=True)


SHIPPED = {"blocks": ["style", "emb"], "C": {"style": 0.01, "emb": 0.005}, "extra_w": 0.03,
           "extra_blocks": ["style", "emb"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--cache", type=Path, default=Path("out/genre_feats.npz"))
    ap.add_argument("--cv", action="store_true", help="report CV figures of the shipped configuration")
    ap.add_argument("--explore", action="store_true", help="CV of several configurations (md5 split)")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--write", type=Path)
    ap.add_argument("--report", type=Path)
    args = ap.parse_args()
    if not args.cache.is_file():
        build_cache(args.data, args.cache)
    c = dict(np.load(args.cache))
    md5, rep = make_splits(c, args.repeats)
    report = {}
    if args.explore:
        for cfg in explore_cfgs():
            t0 = time.time()
            r = run_cv(c, cfg, [md5])
            print(json.dumps(cfg), r["macro_f1_mean"], r["per_class_prf_mean"], f"{time.time() - t0:.0f}s",
                  flush=True)
    if args.cv:
        report["md5_split"] = run_cv(c, SHIPPED, [md5])
        print("md5 split", json.dumps(report["md5_split"]), flush=True)
        report[f"stratified_{args.repeats}x5"] = run_cv(c, SHIPPED, rep)
        print(f"{args.repeats}x5", json.dumps(report[f"stratified_{args.repeats}x5"]), flush=True)
        report["config"] = SHIPPED
    if args.write:
        write_model(c, SHIPPED, args.write)
    if args.report:
        args.report.write_text(json.dumps(report, indent=1))


def explore_cfgs():
    for blocks in (["style"], ["emb"], ["ngram"]):
        for C in (0.01, 0.1, 1.0):
            for ew in (0.0, 0.3):
                yield {"blocks": blocks, "C": {blocks[0]: C}, "extra_w": ew}


if __name__ == "__main__":
    main()
