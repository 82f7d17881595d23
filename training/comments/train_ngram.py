"""Train the target-aware n-gram stance model on SemEval-2016 train and pick its ensemble weight with the
encoder head by 5-fold CV (the same folds as train_stance.py's in-target figure).

    .venv/bin/python training/comments/train_ngram.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_stance as ts  # noqa: E402
from data import ROOT, load_semeval, load_vast  # noqa: E402

from newsprism.comments.ngram import rows, target_key, vectorizer  # noqa: E402

OUT = ROOT / "src/newsprism/comments/models/stance_ngram.npz"
C = 10.0
WEIGHTS = [0.0, 0.3, 0.5, 0.7, 1.0]  # share of the n-gram model in the ensemble


def fit(x, y) -> LogisticRegression:
    return LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(x, y)


def cv_weights(sem, vast) -> dict[float, float]:
    """SemEval in-target 5-fold F_avg of the ensemble for each n-gram weight."""
    xs_ng = vectorizer().transform(rows(sem.texts, sem.targets))
    xs, xv = ts.featurise(sem), ts.featurise(vast)
    p_ng = np.zeros((len(sem.labels), 3))
    p_emb = np.zeros((len(sem.labels), 3))
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=ts.SEED).split(xs, sem.labels):
        p_ng[te] = fit(xs_ng[tr], sem.labels[tr]).predict_proba(xs_ng[te])
        clf, mean, scale = ts.fit(np.vstack([xs[tr], xv]), np.concatenate([sem.labels[tr], vast.labels]))
        p_emb[te] = clf.predict_proba((xs[te] - mean) / scale)
    res = {}
    for w in WEIGHTS:
        pred = np.argmax(w * p_ng + (1 - w) * p_emb, axis=1)
        res[w] = round(100 * ts.f_avg(sem.labels, pred), 1)
    return res


def main() -> None:
    sem, vast = load_semeval(), load_vast()
    res = cv_weights(sem, vast)
    print(json.dumps({"semeval_in_target_5fold_f_avg_by_ngram_weight": res}), flush=True)
    xs_ng = vectorizer().transform(rows(sem.texts, sem.targets))
    clf = fit(xs_ng, sem.labels)
    np.savez_compressed(OUT, W=clf.coef_.T.astype(np.float16), b=clf.intercept_.astype(np.float32),
                        targets=np.array(sorted({target_key(t) for t in sem.targets})),
                        weight=np.array(max(res, key=res.get), dtype=np.float32))
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.2f} MB), weight {max(res, key=res.get)}")


if __name__ == "__main__":
    main()
