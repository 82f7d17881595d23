"""Scoring out-of-fold genre predictions: realistic class mixes, per-class tables, the shared SemEval scorer."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from newsprism.genre.model import GENRES

SCORER = Path(__file__).resolve().parents[2] / "shared/tools/semeval_score.py"
# The realistic mix: every reporting and satire article of the slice, and as many opinion articles (drawn at
# random, ``MIX_DRAWS`` times) as make reporting this share of the whole.
REPORTING_SHARE = 0.55
MIX_DRAWS = 20


def mix_draws(y: np.ndarray, mask: np.ndarray, share: float = REPORTING_SHARE, draws: int = MIX_DRAWS,
              seed: int = 0) -> list[np.ndarray]:
    rep, op, sat = (np.where(mask & (y == k))[0] for k in range(3))
    n_op = int(round(len(rep) / share)) - len(rep) - len(sat)
    if n_op >= len(op):
        return [np.concatenate([rep, op, sat])]
    rng = np.random.default_rng(seed)
    return [np.sort(np.concatenate([rep, sat, rng.choice(op, n_op, replace=False)])) for _ in range(draws)]


def prf(pred: np.ndarray, gold: np.ndarray) -> dict[str, tuple[float, float, float, int]]:
    out = {}
    for k, g in enumerate(GENRES):
        tp = int(np.sum((pred == k) & (gold == k)))
        p = tp / max(1, int(np.sum(pred == k)))
        r = tp / max(1, int(np.sum(gold == k)))
        out[g] = (p, r, 2 * p * r / (p + r) if p + r else 0.0, int(np.sum(gold == k)))
    return out


def macro_f1(pred: np.ndarray, gold: np.ndarray) -> float:
    """Macro-F1 over the labels seen in gold or prediction (the shared scorer's definition)."""
    labels = set(gold.tolist()) | set(pred.tolist())
    return float(np.mean([prf(pred, gold)[GENRES[k]][2] for k in sorted(labels)]))


def shared_scorer(ids: list[str], pred: np.ndarray, gold: np.ndarray) -> float:
    """ST1 macro-F1 from ``../shared/tools/semeval_score.py st1 PRED GOLD`` (the maintainers' scorer)."""
    with tempfile.TemporaryDirectory() as d:
        pp, gp = Path(d) / "pred.txt", Path(d) / "gold.txt"
        pp.write_text("".join(f"{i}\t{GENRES[int(k)]}\n" for i, k in zip(ids, pred, strict=True)))
        gp.write_text("".join(f"{i}\t{GENRES[int(k)]}\n" for i, k in zip(ids, gold, strict=True)))
        out = subprocess.run([sys.executable, str(SCORER), "st1", str(pp), str(gp)], capture_output=True,
                             text=True, check=True).stdout
    return float(out.split()[1])


def mix_report(ids: np.ndarray, pred: np.ndarray, y: np.ndarray, mask: np.ndarray, use_scorer: bool = False,
               seed: int = 0) -> dict:
    """Macro-F1 (mean, sd, range over the draws) and mean per-class P/R/F1 on the realistic mix of ``mask``."""
    draws = mix_draws(y, mask, seed=seed)
    f1s, tables = [], []
    for d in draws:
        f1s.append(shared_scorer(list(ids[d]), pred[d], y[d]) if use_scorer else macro_f1(pred[d], y[d]))
        tables.append(prf(pred[d], y[d]))
    per = {g: [round(float(np.mean([t[g][j] for t in tables])), 3) for j in range(3)] + [tables[0][g][3]]
           for g in GENRES}
    return {"macro_f1": round(float(np.mean(f1s)), 3), "sd": round(float(np.std(f1s)), 3),
            "min": round(float(np.min(f1s)), 3), "max": round(float(np.max(f1s)), 3), "n": int(len(draws[0])),
            "per_class_p_r_f1_n": per, "scorer": "shared semeval_score.py" if use_scorer else "ours"}


def plain_report(pred: np.ndarray, y: np.ndarray, mask: np.ndarray) -> dict:
    t = prf(pred[mask], y[mask])
    return {"macro_f1": round(macro_f1(pred[mask], y[mask]), 3), "n": int(mask.sum()),
            "per_class_p_r_f1_n": {g: [round(v, 3) for v in t[g][:3]] + [t[g][3]] for g in GENRES}}


def selective_report(proba: np.ndarray, y: np.ndarray, mask: np.ndarray, margin: float) -> dict:
    """Coverage, and accuracy of the kept and of the abstained predictions, at ``margin``."""
    srt = np.sort(proba[mask], 1)
    kept = (srt[:, -1] - srt[:, -2]) >= margin
    right = np.argmax(proba[mask], 1) == y[mask]
    return {"margin": margin, "coverage": round(float(kept.mean()), 3),
            "accuracy_kept": round(float(right[kept].mean()), 3) if kept.any() else None,
            "accuracy_uncertain": round(float(right[~kept].mean()), 3) if (~kept).any() else None}


def calibration_report(proba: np.ndarray, y: np.ndarray, mask: np.ndarray, bins: int = 10) -> dict:
    """Expected calibration error of the top probability, and the multiclass Brier score."""
    p, g = proba[mask], y[mask]
    conf = p.max(1)
    right = (np.argmax(p, 1) == g).astype(float)
    edges = np.linspace(0, 1, bins + 1)
    ece = 0.0
    for a, b in zip(edges[:-1], edges[1:], strict=True):
        m = (conf > a) & (conf <= b)
        if m.any():
            ece += m.mean() * abs(conf[m].mean() - right[m].mean())
    onehot = np.eye(3)[g]
    return {"ece": round(float(ece), 3), "brier": round(float(((p - onehot) ** 2).sum(1).mean()), 3),
            "reliability": reliability(conf, right)}


def reliability(conf: np.ndarray, right: np.ndarray, edges: tuple[float, ...] = (0.0, 0.4, 0.5, 0.6, 0.7, 0.8,
                                                                                  0.9, 1.0)) -> list[dict]:
    """Reliability table of the top probability: per bin, the articles, their mean top probability and how
    often the top genre was right."""
    out = []
    for a, b in zip(edges[:-1], edges[1:], strict=True):
        m = (conf > a) & (conf <= b)
        if m.any():
            out.append({"bin": f"{a:.1f}-{b:.1f}", "n": int(m.sum()), "mean_probability": round(float(conf[m].mean()), 3),
                        "accuracy": round(float(right[m].mean()), 3)})
    return out
