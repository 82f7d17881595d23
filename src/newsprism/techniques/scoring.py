"""SemEval metrics, written afresh for our CV and tests (no outside scorer code)."""

from __future__ import annotations

from collections.abc import Mapping

from newsprism.common.spans import merge_overlapping


def span_prf(pred: Mapping[str, list[tuple[int, int]]], gold: Mapping[str, list[tuple[int, int]]],
             ) -> tuple[float, float, float]:
    """SemEval-2020 SI: spans merged per article; partial credit |s∩t|/|s| (P) and |s∩t|/|t| (R)."""
    P = {a: merge_overlapping(v) for a, v in pred.items()}
    G = {a: merge_overlapping(v) for a, v in gold.items()}
    n_p = sum(len(v) for v in P.values())
    n_g = sum(len(v) for v in G.values())
    sp = sr = 0.0
    for a, ps in P.items():
        for s, e in ps:
            for gs, ge in G.get(a, []):
                inter = min(e, ge) - max(s, gs)
                if inter > 0:
                    sp += inter / (e - s)
                    sr += inter / (ge - gs)
    p = sp / n_p if n_p else 0.0
    r = sr / n_g if n_g else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def multilabel_prf(pred: Mapping[str, set[str]], gold: Mapping[str, set[str]], label: str | None = None,
                   ) -> tuple[float, float, float]:
    """Micro P/R/F1 over the gold keys (one label only when ``label`` is given)."""
    tp = fp = fn = 0
    for k, g in gold.items():
        p = pred.get(k, set())
        if label is not None:
            p, g = p & {label}, g & {label}
        tp += len(p & g)
        fp += len(p - g)
        fn += len(g - p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return prec, rec, (2 * tp / (2 * tp + fp + fn) if tp else 0.0)


def macro_f1(pred: Mapping[str, str], gold: Mapping[str, str]) -> float:
    labels = set(gold.values()) | {pred[k] for k in gold if k in pred}
    f1s = []
    for lab in sorted(labels):
        tp = sum(1 for k, g in gold.items() if g == lab and pred.get(k) == lab)
        fp = sum(1 for k, g in gold.items() if g != lab and pred.get(k) == lab)
        fn = sum(1 for k, g in gold.items() if g == lab and pred.get(k) != lab)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s) if f1s else 0.0
