"""Fitting and cross-validating the genre head (used by ``train_genre.py``).

Folds: ``StratifiedGroupKFold`` over the whole pool (SemEval-2023 in six languages + BASIL), stratified on
source x label, with groups that keep near-duplicate articles together and either BASIL's events (scheme
``event``: the three outlets' reports of one event share a fold) or BASIL's outlets (scheme ``outlet``: Fox,
NYT and HuffPost each sit in one fold, so the model is scored on an outlet it never saw).

Every article long enough has a shortened copy (its first paragraphs, ``genre_data.shorten``) in the pool, with
the same label, group and fold, at a lower sample weight; copies are trained on and scored separately, never
counted among the articles.

Fitting one model (``fit``) on a training set: each block is a logistic regression with class-balanced sample
weights; the block weights and the class bias are fitted on inner out-of-fold block logits (4 folds) with sample
weights that give the classes the prior of real use (``PRIOR``), which is also the calibration; the
``uncertain`` margin is chosen on the same inner scores (``choose_margin``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold

from newsprism.genre.features import STYLE_NAMES
from newsprism.genre.model import GENRES, Block, Combiner, GenreParams, softmax

# The class mix the output is calibrated to: coverage of one event is mostly reports (the realistic mixes we
# score on hold 55% reporting and 2-9% satire).
PRIOR = np.array([0.55, 0.37, 0.08])
# Abstaining costs this fraction of an error when the ``uncertain`` margin is chosen.
ABSTAIN_COST = 0.5
MARGIN_GRID = np.round(np.arange(0.0, 0.51, 0.02), 2)


@dataclass
class Pool:
    """Features and labels of every article in the pool (rows aligned)."""

    y: np.ndarray  # class index into GENRES
    lang: np.ndarray  # ISO code
    source: np.ndarray
    outlet: np.ndarray
    event: np.ndarray
    dup_group: np.ndarray
    feats: dict[str, np.ndarray]  # block name -> (n, F); English-only blocks hold zeros for other languages
    short: np.ndarray  # True for a shortened copy of an article (same label, fold and group as the article)
    weight: np.ndarray  # sample weight before class balancing: 1, or SHORT_WEIGHT for shortened copies

    def subset(self, idx: np.ndarray) -> Pool:
        return Pool(self.y[idx], self.lang[idx], self.source[idx], self.outlet[idx], self.event[idx],
                    self.dup_group[idx], {k: v[idx] for k, v in self.feats.items()}, self.short[idx],
                    self.weight[idx])

    @property
    def english(self) -> np.ndarray:
        return (self.lang == "en").astype(np.float64)


def make_folds(pool: Pool, scheme: str = "event", n: int = 5, seed: int = 0) -> np.ndarray:
    groups = np.array([f"d{g}" for g in pool.dup_group], dtype=object)
    basil = pool.source == "basil"
    key = pool.event if scheme == "event" else pool.outlet
    # a BASIL article joins its event's (or outlet's) group, and so does every near-duplicate of it
    remap = {}
    for g, k in zip(groups[basil], key[basil], strict=True):
        remap.setdefault(g, f"b{k}")
    for g in list(remap):
        members = np.where(groups == g)[0]
        groups[members] = remap[g]
    strat = np.array([f"{s}|{y}" for s, y in zip(pool.source, pool.y, strict=True)])
    folds = np.zeros(len(pool.y), int)
    skf = StratifiedGroupKFold(n, shuffle=True, random_state=seed)
    for k, (_, te) in enumerate(skf.split(np.zeros(len(strat)), strat, groups)):
        folds[te] = k
    return folds


def balanced_weights(y: np.ndarray, prior: np.ndarray | None = None) -> np.ndarray:
    counts = np.bincount(y, minlength=3).astype(float)
    target = np.full(3, 1 / 3) if prior is None else prior
    w = target / np.maximum(counts / counts.sum(), 1e-9)
    return w[y] / w[y].mean()


def fit_block(name: str, x: np.ndarray, y: np.ndarray, lang_idx: np.ndarray, n_langs: int, C: float,
              weight: np.ndarray, drop: list[int] | None = None) -> Block:
    """One block's logistic regression; the ``drop`` columns get weight 0 (the model ignores them)."""
    if name == "style":  # per language: centred on that language's opinion articles, scaled by its spread
        center = np.zeros((n_langs, x.shape[1]), np.float32)
        scale = np.ones((n_langs, x.shape[1]), np.float32)
        for li in range(n_langs):
            m = lang_idx == li
            if m.sum() < 10:
                m = np.ones(len(y), bool)
            op = m & (y == 1)
            center[li] = x[op].mean(0) if op.sum() >= 5 else x[m].mean(0)
            scale[li] = x[m].std(0) + 1e-3
    else:
        center, scale = x.mean(0), x.std(0) + 1e-3
    blk = Block(np.zeros((3, x.shape[1])), np.zeros(3), center, scale)
    z = np.clip((x - (center if center.ndim == 1 else center[lang_idx]))
                / (scale if scale.ndim == 1 else scale[lang_idx]), -6, 6)
    if drop:
        z[:, drop] = 0.0
    lr = LogisticRegression(C=C, max_iter=5000)
    lr.fit(z, y, sample_weight=balanced_weights(y) * weight)
    blk.coef, blk.intercept = lr.coef_.astype(np.float32), lr.intercept_.astype(np.float32)
    if drop:
        blk.coef[:, drop] = 0.0
    return blk


def block_logits(blocks: dict[str, Block], pool: Pool, idx: np.ndarray, lang_idx: np.ndarray) -> dict:
    return {k: b.logits(pool.feats[k][idx], lang_idx[idx]) for k, b in blocks.items()}


def rows_for(name: str, pool: Pool, idx: np.ndarray) -> np.ndarray:
    """Training rows of a block: English-only blocks train on the English articles only."""
    return idx if name == "style" else idx[pool.lang[idx] == "en"]


def fit_blocks(pool: Pool, idx: np.ndarray, cfg: dict, lang_idx: np.ndarray, n_langs: int) -> dict[str, Block]:
    out = {}
    for name in cfg["blocks"]:
        r = rows_for(name, pool, idx)
        drop = [STYLE_NAMES.index(f) for f in cfg.get("drop", ())] if name == "style" else None
        out[name] = fit_block(name, pool.feats[name][r], pool.y[r], lang_idx[r], n_langs, cfg["C"][name],
                              pool.weight[r], drop)
    return out


def fit_combiner(logits: dict[str, np.ndarray], y: np.ndarray, english: np.ndarray, names: list[str],
                 weight: np.ndarray, prior: np.ndarray = PRIOR) -> Combiner:
    """Block weights (>= 0) and class bias minimising the log loss with sample weights for ``prior``."""
    sw = balanced_weights(y, prior) * weight
    en_only = ("emb", "voice")

    def unpack(v):
        return dict(zip(names, np.exp(v[: len(names)]), strict=True)), np.r_[0.0, v[len(names):]]

    def loss(v):
        w, b = unpack(v)
        comb = Combiner({k: float(x) for k, x in w.items()}, b, 1.0, en_only)
        p = softmax(comb.logits(logits, english))
        return -(sw * np.log(p[np.arange(len(y)), y] + 1e-12)).sum() / sw.sum() + 1e-3 * (v ** 2).sum()

    v0 = np.zeros(len(names) + 2)
    res = minimize(loss, v0, method="L-BFGS-B")
    w, b = unpack(res.x)
    return Combiner({k: round(float(x), 5) for k, x in w.items()}, b - b.mean(), 1.0, en_only)


def choose_margin(p: np.ndarray, y: np.ndarray, prior: np.ndarray = PRIOR, cost: float = ABSTAIN_COST) -> float:
    """Margin minimising (prior-weighted) errors + ``cost`` x abstentions on out-of-fold scores."""
    sw = balanced_weights(y, prior)
    srt = np.sort(p, 1)
    gap = srt[:, -1] - srt[:, -2]
    wrong = np.argmax(p, 1) != y
    best = (np.inf, 0.0)
    for m in MARGIN_GRID:
        ab = gap < m
        risk = (sw * (wrong & ~ab)).sum() + cost * (sw * ab).sum()
        if risk < best[0] - 1e-9:
            best = (risk, float(m))
    return best[1]


def fit(pool: Pool, idx: np.ndarray, cfg: dict, langs: list[str], seed: int = 0) -> tuple[GenreParams, float]:
    """Fit blocks on ``idx``; combiner, calibration and margin on inner out-of-fold logits."""
    lang_idx = np.array([langs.index(x) for x in pool.lang])
    n_langs = len(langs)
    inner = np.zeros(len(pool.y), int) - 1
    inner[idx] = make_folds(pool.subset(idx), cfg.get("scheme", "event"), cfg.get("inner_folds", 4), seed)
    oof = {k: np.zeros((len(pool.y), 3)) for k in cfg["blocks"]}
    for f in range(cfg.get("inner_folds", 4)):
        tr, te = idx[inner[idx] != f], idx[inner[idx] == f]
        blocks = fit_blocks(pool, tr, cfg, lang_idx, n_langs)
        for k, z in block_logits(blocks, pool, te, lang_idx).items():
            oof[k][te] = z
    logits = {k: v[idx] for k, v in oof.items()}
    prior = np.asarray(cfg.get("prior", PRIOR), float)
    comb = fit_combiner(logits, pool.y[idx], pool.english[idx], list(cfg["blocks"]), pool.weight[idx], prior)
    orig = ~pool.short[idx]  # the margin is chosen on whole articles
    margin = choose_margin(softmax(comb.logits({k: v[orig] for k, v in logits.items()}, pool.english[idx][orig])),
                           pool.y[idx][orig], prior)
    blocks = fit_blocks(pool, idx, cfg, lang_idx, n_langs)
    params = GenreParams(config={"genres": list(GENRES), "prior": prior.tolist(), "margin": margin,
                                 "C": cfg["C"], **({"dropped": list(cfg["drop"])} if cfg.get("drop") else {})},
                         blocks=blocks, combiner=comb, langs=langs)
    return params, margin


def predict(params: GenreParams, pool: Pool, idx: np.ndarray) -> np.ndarray:
    lang_idx = params.lang_index(list(pool.lang))
    z = params.combiner.logits(block_logits(params.blocks, pool, idx, lang_idx), pool.english[idx])
    return softmax(z)


def cross_validate(pool: Pool, cfg: dict, langs: list[str], scheme: str, seed: int = 0,
                   n: int = 5) -> tuple[np.ndarray, np.ndarray, list[float]]:
    """Out-of-fold calibrated probabilities of every row (articles and their shortened copies, which share a
    fold), the folds, and each fold's chosen margin."""
    folds = make_folds(pool, scheme, n, seed)
    proba = np.zeros((len(pool.y), 3))
    margins = []
    for f in range(n):
        tr, te = np.where(folds != f)[0], np.where(folds == f)[0]
        params, m = fit(pool, tr, dict(cfg, scheme=scheme), langs, seed)
        proba[te] = predict(params, pool, te)
        margins.append(m)
    return proba, folds, margins
