"""Train the frame head (SemEval-2023 Task 3 subtask 2, 14 frames) on the shared encoder pass.

Features of an article (``newsprism.techniques.frames.frame_features``, the code the pipeline runs): the mean and
the max of its sentence embeddings, and its title's embedding. One logistic regression per frame
(standardised features); a frame is picked when its probability reaches the decision threshold (tuned per label
or one for all, chosen by nested CV), and every article gets at least its most likely frame.

    python training/train_frames.py --cv --write src/newsprism/techniques/data/frames.npz --report cv.json
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

import numpy as np
from prep_spans import article_id, corpus_files
from sklearn.linear_model import LogisticRegression

from newsprism.ingest import iter_inputs
from newsprism.model import Document
from newsprism.techniques.frames import frame_features

ROOT = Path(__file__).resolve().parents[1]
FRAMES = json.loads((ROOT / "src/newsprism/techniques/data/labels.json").read_text())["frames"]
GRID = [round(x, 2) for x in np.arange(0.1, 0.91, 0.05)]


def title_paragraphs(data: Path, name: str) -> dict[str, set[int]]:
    """article id -> indices of its title paragraphs, as the pipeline's ingest marks them (the runtime's
    ``document_frame_features`` tells title units by ``Paragraph.kind``, and so does training)."""
    docs = [d for d in iter_inputs(corpus_files(data, name)) if isinstance(d, Document)]
    return {article_id(d): {i for i, p in enumerate(d.paragraphs) if p.kind == "title"} for d in docs}


def doc_features(spans: Path, data: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """Features, labels, folds and ids of every article with frame labels (SemEval subtask 3's articles and
    the few only subtasks 1-2 hold), from ``prep_spans.py``'s ``meta.npz`` of each corpus."""
    feats, ys, folds, ids = [], [], [], []
    for name in ("sem", "semx"):
        if not (spans / name / "meta.npz").exists():
            continue
        with np.load(spans / name / "meta.npz") as z:
            units, emb, docs, doc_ids, frames = z["units"], z["unit_emb"], z["docs"], z["doc_ids"], z["frames"]
        titles = title_paragraphs(data, name)
        for di in range(len(doc_ids)):
            if frames[di].sum() == 0:
                continue
            idx = np.where(units[:, 0] == di)[0]
            is_title = np.isin(units[idx, 3], sorted(titles[str(doc_ids[di])]))
            feats.append(frame_features(emb[idx], is_title))
            ys.append(frames[di].astype(int))
            folds.append(docs[di, 0])
            ids.append(str(doc_ids[di]))
    return np.stack(feats), np.stack(ys), np.array(folds), ids


class Frames:
    def __init__(self, c: float) -> None:
        self.c = c

    def fit(self, x: np.ndarray, y: np.ndarray) -> Frames:
        self.mu, self.sd = x.mean(0), x.std(0) + 1e-6
        z = (x - self.mu) / self.sd
        self.coef = np.zeros((y.shape[1], x.shape[1]), np.float32)
        self.bias = np.zeros(y.shape[1], np.float32)
        for j in range(y.shape[1]):
            if y[:, j].min() == y[:, j].max():
                self.bias[j] = 10.0 if y[0, j] else -10.0
                continue
            m = LogisticRegression(C=self.c, max_iter=2000, class_weight="balanced").fit(z, y[:, j])
            self.coef[j], self.bias[j] = m.coef_[0], m.intercept_[0]
        return self

    def proba(self, x: np.ndarray) -> np.ndarray:
        return 1 / (1 + np.exp(-(((x - self.mu) / self.sd) @ self.coef.T + self.bias)))


def decide(p: np.ndarray, thr: np.ndarray) -> np.ndarray:
    out = p >= thr
    none = ~out.any(1)
    out[none, p[none].argmax(1)] = True  # every article has at least one frame
    return out


def micro(pred: np.ndarray, y: np.ndarray) -> float:
    tp = (pred & (y == 1)).sum()
    fp = (pred & (y == 0)).sum()
    fn = (~pred & (y == 1)).sum()
    return 2 * tp / max(1, 2 * tp + fp + fn)


def tune(p: np.ndarray, y: np.ndarray, per_label: bool) -> np.ndarray:
    g = max(GRID, key=lambda t: micro(decide(p, np.full(p.shape[1], t)), y))
    thr = np.full(p.shape[1], g)
    if per_label:
        for _ in range(2):
            for j in range(p.shape[1]):
                best = max(GRID, key=lambda t: micro(decide(p, np.where(np.arange(p.shape[1]) == j, t, thr)), y))
                thr[j] = best
    return thr


def oof(x, y, folds, c: float, inner: bool = False):
    p = np.zeros(y.shape, np.float64)
    for f in sorted(set(folds.tolist())):
        tr, te = folds != f, folds == f
        p[te] = Frames(c).fit(x[tr], y[tr]).proba(x[te])
    return p


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--spans", default=str(ROOT / "training/runs/spans"))
    ap.add_argument("--data", default=str(ROOT.parent / "shared/data"))
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--write")
    ap.add_argument("--report")
    args = ap.parse_args()
    x, y, folds, arts = doc_features(Path(args.spans), Path(args.data))
    report: dict = {"articles": len(arts)}
    cs = (0.0003, 0.001, 0.003, 0.01)
    choice = {"c": 0.01, "per_label": False}
    if args.cv:
        # Nested: for each outer fold, choose C and the threshold scheme on the other four folds (their own
        # inner out-of-fold probabilities), then predict the outer fold.
        pred = np.zeros(y.shape, bool)
        picks = {}
        for f in sorted(set(folds.tolist())):
            tr = folds != f
            best = (-1.0, None)
            for c in cs:
                p_in = oof(x[tr], y[tr], folds[tr], c)
                for per in (False, True):
                    thr = tune(p_in, y[tr], per)
                    # score the scheme with thresholds tuned on the inner folds' pooled probabilities
                    s = micro(decide(p_in, thr), y[tr])
                    if s > best[0]:
                        best = (s, (c, per, thr))
            c, per, thr = best[1]
            picks[f] = {"c": c, "per_label": per}
            pred[folds == f] = decide(Frames(c).fit(x[tr], y[tr]).proba(x[folds == f]), thr)
        report["st2_nested_micro_f1"] = round(micro(pred, y), 4)
        report["picks"] = picks
        report["per_label_f1"] = {FRAMES[j]: round(micro(pred[:, j : j + 1], y[:, j : j + 1]), 3) for j in range(len(FRAMES))}
        rows = [f"{a}\t{','.join(FRAMES[j] for j in np.where(pred[i])[0])}" for i, a in enumerate(arts)]
        grows = [f"{a}\t{','.join(FRAMES[j] for j in np.where(y[i])[0])}" for i, a in enumerate(arts)]
        out = ROOT / "training/runs/frames_scored"
        out.mkdir(parents=True, exist_ok=True)
        (out / "st2_pred.txt").write_text("".join(r + "\n" for r in rows))
        (out / "st2_gold.txt").write_text("".join(r + "\n" for r in grows))
        print(report, flush=True)
        votes = defaultdict(int)
        for p in picks.values():
            votes[(p["c"], p["per_label"])] += 1
        c, per = max(votes, key=lambda k: votes[k])
        choice = {"c": c, "per_label": per}
    p_all = oof(x, y, folds, choice["c"])
    thr = tune(p_all, y, choice["per_label"])
    model = Frames(choice["c"]).fit(x, y)
    report["shipped"] = {**choice, "thresholds": dict(zip(FRAMES, thr.round(2).tolist(), strict=True))}
    if args.write:
        np.savez(args.write, mean=model.mu.astype(np.float32), scale=model.sd.astype(np.float32), coef=model.coef,
                 bias=model.bias, thresholds=thr.astype(np.float32), labels=np.array(FRAMES))
    if args.report:
        Path(args.report).write_text(json.dumps(report, indent=1))
    print(report.get("shipped"))


if __name__ == "__main__":
    main()
