"""Train the comment-stance head (stance toward any target given as text) and measure it.

Features: ``newsprism.comments.stance_features`` over the shared encoder (pair features, the target stated as
favor/against claims, approval prototypes, lexical cues). Logistic regression, class-balanced.
Data: SemEval-2016 Task 6 train (tweets, 5 targets), VAST dev (NYT comments, ~500 topics) and our invented
story-style set (``data/story_stance.jsonl``: reader comments toward a story's headline, 14 stories), weighted
``W_STORY`` times.

Evaluation (all cross-validated on the training sets; the SemEval-2016 and VAST test sets are held by the
maintainers and never read):
  * SemEval F_avg (mean of FAVOR and AGAINST F1), leave one target out: train on the other 4 targets + VAST +
    stories; the figure that predicts stance toward a new story;
  * SemEval F_avg in-target, 5-fold (train folds + VAST + stories); ``train_ngram.py`` adds the n-gram ensemble
    that ``newsprism export stance`` runs on the five SemEval targets;
  * VAST macro-F1, 5-fold grouped by comment, training on the other folds + SemEval + stories, with every
    training row whose topic is a zero-shot topic of the test fold removed (zero-shot topics stay unseen);
  * story set macro-F1, leave one story out (train: the other stories + SemEval + VAST).
Calibration: one temperature fit on the pooled out-of-fold logits of the three unseen-target runs (LOTO, VAST,
stories); then the abstention threshold: a favor/against pick whose calibrated probability is below it becomes
neutral, chosen to maximize macro-F1 on the same pooled out-of-fold predictions.

The n-gram model for the five SemEval targets (``train_ngram.py``) is written too, with its ensemble weight
picked on the same in-target folds.

    PYTHONPATH=src python training/comments/train_stance.py            # evaluate + write both models
    PYTHONPATH=src python training/comments/train_stance.py --grid     # also the C / W_STORY grid
    PYTHONPATH=src python training/comments/train_stance.py --no-eval  # only write them (weights as shipped)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold, StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_ngram  # noqa: E402
from data import (  # noqa: E402
    LABELS,
    ROOT,
    StanceSet,
    embed_cached,
    load_semeval,
    load_story,
    load_vast,
    vast_zero_shot,
)

from newsprism.comments.heads import save_head  # noqa: E402
from newsprism.comments.stance_features import prototype_matrix, stance_features, template_texts  # noqa: E402

OUT = ROOT / "src/newsprism/comments/models/stance.npz"
OUT_NGRAM = ROOT / "src/newsprism/comments/models/stance_ngram.npz"
SEED = 13
C = 0.02  # LR inverse regularization (grid below)
W_STORY = 5.0  # sample weight of the invented story-style rows (grid below)
GRID = {"C": (0.01, 0.02, 0.05), "W_STORY": (1.0, 5.0, 10.0)}
NGRAM_WEIGHT = 0.7  # used by --no-eval; the evaluated run picks it again
ABSTAIN_GRID = np.round(np.arange(0.34, 0.71, 0.02), 2)


def featurize(ds: StanceSet) -> np.ndarray:
    c = embed_cached(ds.texts)
    t = embed_cached(ds.targets)
    uniq = sorted(set(ds.targets))
    tpl = embed_cached([s for u in uniq for s in template_texts(u)]).reshape(len(uniq), -1, c.shape[1])
    index = {u: i for i, u in enumerate(uniq)}
    templates = tpl[[index[x] for x in ds.targets]]
    return stance_features(ds.texts, c, t, templates, prototype_matrix(embed_cached))


class Fit:
    """Standardize + class-balanced logistic regression; ``logits`` in the order of LABELS."""

    def __init__(self, x: np.ndarray, y: np.ndarray, w: np.ndarray, c_reg: float = C) -> None:
        self.mean, self.scale = x.mean(axis=0), x.std(axis=0) + 1e-6
        self.clf = LogisticRegression(C=c_reg, max_iter=3000, class_weight="balanced")
        self.clf.fit((x - self.mean) / self.scale, y, sample_weight=w)
        self.order = [list(self.clf.classes_).index(i) for i in range(len(LABELS))]

    def logits(self, x: np.ndarray) -> np.ndarray:
        return self.clf.decision_function((x - self.mean) / self.scale)[:, self.order]


def f_avg(y: np.ndarray, p: np.ndarray) -> float:
    return float(f1_score(y, p, labels=[0, 1], average=None, zero_division=0).mean())


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class Sets:
    def __init__(self, w_story: float) -> None:
        self.sem, self.vast, self.story = load_semeval(), load_vast(), load_story()
        t0 = time.time()
        self.xs, self.xv, self.xt = featurize(self.sem), featurize(self.vast), featurize(self.story)
        print(f"features {self.xs.shape} {self.xv.shape} {self.xt.shape} in {time.time() - t0:.0f}s", flush=True)
        self.w_story = w_story

    def train(self, parts: list[tuple[np.ndarray, StanceSet, np.ndarray]]) -> tuple[np.ndarray, ...]:
        """Stacked (x, y, sample weight) of the rows selected by each part's boolean mask."""
        x = np.vstack([p[0][p[2]] for p in parts])
        y = np.concatenate([p[1].labels[p[2]] for p in parts])
        w = np.concatenate([np.full(int(p[2].sum()), self.w_story if p[1] is self.story else 1.0) for p in parts])
        return x, y, w

    def all(self, ds: StanceSet) -> np.ndarray:
        return np.ones(len(ds.labels), dtype=bool)


def evaluate(s: Sets, c_reg: float) -> tuple[dict, dict[str, tuple[np.ndarray, np.ndarray]]]:
    """CV figures, and the out-of-fold (logits, labels) of the unseen-target runs."""
    sem, vast, story = s.sem, s.vast, s.story
    res: dict = {"C": c_reg, "W_STORY": s.w_story}
    oof: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    tg = np.array(sem.targets)
    z = np.zeros((len(sem.labels), 3))
    per = {}
    for target in sorted(set(sem.targets)):
        test = tg == target
        fit = Fit(*s.train([(s.xs, sem, ~test), (s.xv, vast, s.all(vast)), (s.xt, story, s.all(story))]), c_reg)
        z[test] = fit.logits(s.xs[test])
        per[target] = round(100 * f_avg(sem.labels[test], z[test].argmax(1)), 1)
    res["semeval_loto"] = per
    res["semeval_loto_mean"] = round(float(np.mean(list(per.values()))), 1)
    oof["semeval_loto"] = (z, sem.labels)
    zi = np.zeros((len(sem.labels), 3))
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=SEED).split(s.xs, sem.labels):
        mask = np.zeros(len(sem.labels), dtype=bool)
        mask[tr] = True
        fit = Fit(*s.train([(s.xs, sem, mask), (s.xv, vast, s.all(vast)), (s.xt, story, s.all(story))]), c_reg)
        zi[te] = fit.logits(s.xs[te])
    res["semeval_in_target_5fold"] = round(100 * f_avg(sem.labels, zi.argmax(1)), 1)
    oof["semeval_in_target"] = (zi, sem.labels)
    zv = np.zeros((len(vast.labels), 3))
    topics = np.array([t.lower() for t in vast.targets])
    zero_shot = vast_zero_shot(vast)
    for tr, te in GroupKFold(5).split(s.xv, vast.labels, groups=vast.groups):
        unseen = set(topics[te][zero_shot[te]])
        mask = np.zeros(len(vast.labels), dtype=bool)
        mask[[i for i in tr if topics[i] not in unseen]] = True
        fit = Fit(*s.train([(s.xv, vast, mask), (s.xs, sem, s.all(sem)), (s.xt, story, s.all(story))]), c_reg)
        zv[te] = fit.logits(s.xv[te])
    res["vast_macro_f1_5fold"] = round(100 * float(f1_score(vast.labels, zv.argmax(1), average="macro")), 1)
    res["vast_zero_shot_macro_f1"] = round(100 * float(f1_score(vast.labels[zero_shot], zv[zero_shot].argmax(1),
                                                                  average="macro")), 1)
    oof["vast"] = (zv, vast.labels)
    zs = np.zeros((len(story.labels), 3))
    groups = np.array(story.groups)
    for g in sorted(set(story.groups)):
        test = groups == g
        fit = Fit(*s.train([(s.xt, story, ~test), (s.xs, sem, s.all(sem)), (s.xv, vast, s.all(vast))]), c_reg)
        zs[test] = fit.logits(s.xt[test])
    res["story_macro_f1_leave_one_story_out"] = round(100 * float(f1_score(story.labels, zs.argmax(1),
                                                                          average="macro")), 1)
    oof["story"] = (zs, story.labels)
    return res, oof


def fit_temperature(z: np.ndarray, y: np.ndarray) -> float:
    """The temperature minimizing the negative log-likelihood of softmax(z / T)."""
    grid = np.exp(np.linspace(np.log(0.25), np.log(8.0), 120))
    nll = [-np.mean(np.log(softmax(z / t)[np.arange(len(y)), y] + 1e-12)) for t in grid]
    return float(grid[int(np.argmin(nll))])


def ece(p: np.ndarray, y: np.ndarray, bins: int = 10) -> float:
    conf, pred = p.max(axis=1), p.argmax(axis=1)
    edges = np.linspace(0, 1, bins + 1)
    total = 0.0
    for lo, hi in zip(edges[:-1], edges[1:], strict=True):
        m = (conf > lo) & (conf <= hi)
        if m.any():
            total += m.mean() * abs(float((pred[m] == y[m]).mean()) - float(conf[m].mean()))
    return total


def abstain(p: np.ndarray, threshold: float) -> np.ndarray:
    pred = p.argmax(axis=1)
    pred[(pred != 2) & (p.max(axis=1) < threshold)] = 2
    return pred


def calibrate(oof: dict[str, tuple[np.ndarray, np.ndarray]]) -> dict:
    keys = ("semeval_loto", "vast", "story")
    z = np.vstack([oof[k][0] for k in keys])
    y = np.concatenate([oof[k][1] for k in keys])
    temp = fit_temperature(z, y)
    p = softmax(z / temp)
    scores = {float(t): float(f1_score(y, abstain(p, t), average="macro")) for t in ABSTAIN_GRID}
    thr = max(scores, key=lambda t: (scores[t], -t))
    out = {"temperature": round(temp, 3), "abstain_below": thr,
           "ece_before": round(ece(softmax(z), y), 3), "ece_after": round(ece(p, y), 3)}
    for k in keys:
        zk, yk = oof[k]
        pk = softmax(zk / temp)
        pred = abstain(pk, thr)
        out[k] = {"macro_f1_argmax": round(100 * float(f1_score(yk, pk.argmax(1), average="macro")), 1),
                  "macro_f1_with_abstention": round(100 * float(f1_score(yk, pred, average="macro")), 1),
                  "f_avg_with_abstention": round(100 * f_avg(yk, pred), 1)}
    return out


def ngram_weight(s: Sets, head_probs: np.ndarray) -> float:
    """The n-gram share of the in-target ensemble with the best 5-fold F_avg (same folds as the head's)."""
    p_ng = train_ngram.oof_probs(s.sem.texts, s.sem.targets, s.sem.labels, SEED)
    scores = {w: round(100 * f_avg(s.sem.labels, np.argmax(w * p_ng + (1 - w) * head_probs, axis=1)), 1)
              for w in train_ngram.WEIGHTS}
    print(json.dumps({"semeval_in_target_5fold_f_avg_by_ngram_weight": scores}), flush=True)
    return max(scores, key=lambda w: (scores[w], -w))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-eval", action="store_true")
    ap.add_argument("--grid", action="store_true", help="evaluate every C and W_STORY in the grid")
    args = ap.parse_args()
    s = Sets(W_STORY)
    temp, thr, weight = 1.0, 0.5, NGRAM_WEIGHT
    if args.grid:
        for w in GRID["W_STORY"]:
            s.w_story = w
            for c_reg in GRID["C"]:
                print(json.dumps(evaluate(s, c_reg)[0]), flush=True)
        s.w_story = W_STORY
    if not args.no_eval:
        res, oof = evaluate(s, C)
        print(json.dumps(res), flush=True)
        cal = calibrate(oof)
        print(json.dumps({"calibration": cal}), flush=True)
        temp, thr = cal["temperature"], cal["abstain_below"]
        weight = ngram_weight(s, softmax(oof["semeval_in_target"][0] / temp))
        (ROOT / "training/runs").mkdir(exist_ok=True)
        np.savez(ROOT / "training/runs/stance_oof.npz", **{f"{k}_z": v[0] for k, v in oof.items()},
                 **{f"{k}_y": v[1] for k, v in oof.items()})
    fit = Fit(*s.train([(s.xs, s.sem, s.all(s.sem)), (s.xv, s.vast, s.all(s.vast)),
                        (s.xt, s.story, s.all(s.story))]), C)
    coef, icpt = fit.clf.coef_[fit.order], fit.clf.intercept_[fit.order]
    # Temperature folded into the last layer: softmax(logits / T).
    save_head(OUT, mean=fit.mean, scale=fit.scale, layers=[(coef.T / temp, icpt / temp)], labels=LABELS,
              threshold=thr)
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.2f} MB), temperature {temp}, abstain below {thr}")
    train_ngram.save(OUT_NGRAM, s.sem.texts, s.sem.targets, s.sem.labels, weight)
    print(f"wrote {OUT_NGRAM} ({OUT_NGRAM.stat().st_size / 1e6:.2f} MB), ensemble weight {weight}")


if __name__ == "__main__":
    main()
