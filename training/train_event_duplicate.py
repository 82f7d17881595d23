"""Train the events layer's duplicate check and write src/newsprism/events/data/event_duplicate.npz.

    OMP_NUM_THREADS=1 PYTHONPATH=src python training/train_event_duplicate.py \
        --cache training/runs/duplicate_rows.npz \
        --write src/newsprism/events/data/event_duplicate.npz --report training/runs/duplicate_cv.json

What it learns: P(a stated event repeats a happening that a more confident event of the same document already
states), the event audits' label ``duplicate`` (``benchmarks/audit_events.py``: coreference split, one statement
told twice, a complement split off its act) against every other label (correct, fragment, wrong status, wrong
arguments). Features: ``newsprism.events.duplicate.FEATURE_NAMES``, each event against the events ranked above it.

Data: every labelled development event of the event audits (``audit_events.DEV_DRAWS``: the BASIL draws, r6 and the
round-7 ECB+ draw, a development set from round 8 on; labels in ``benchmarks/audits``, one reader each; article text
read at run time from ``../shared/data``, never copied). The pipeline runs on the labelled articles with ``duplicate.RECORDER`` set
(nothing is folded while it records), so the rows are what the events layer states without the check.

Model: standardised logistic regression without class weights, C chosen on leave-one-draw-out folds (each draw
scored by a model fitted on the others): the grid value with the lowest out-of-fold log loss. The fold threshold
(``min_duplicate`` in ``data/event_confidence.json``) is chosen by a rule fixed before the grid was read: the lowest
threshold of a 0.05 grid (from 0.5 up: never fold an event that is more likely not a repeat) at which the
out-of-fold check folds at most 2% of the events labelled ``correct``. ``--pipeline-lodo`` then runs the pipeline on
each draw with the model fitted on the other draws and that threshold, and scores it with the audit (duplicates
removed, correct events lost, precision), the honest figure of the fold as shipped.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.metrics import log_loss, roc_auc_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import audit_events as audit  # noqa: E402
from event_audit_rows import fit, ingest_draw, labelled_rows, out_of_fold, write_model  # noqa: E402
from figures import emit  # noqa: E402

from newsprism.events import duplicate  # noqa: E402
from newsprism.events.duplicate import FEATURE_NAMES, STATUS_AT  # noqa: E402
from newsprism.events.logit import StandardLogit  # noqa: E402

DRAWS = audit.DEV_DRAWS  # draw -> (article files, label files): the BASIL draws, r6 and r7
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)
MAX_CORRECT_FOLDED = 0.02  # the threshold rule: fold at most this share of the events labelled correct
THRESHOLD_GRID = tuple(round(0.5 + 0.05 * k, 2) for k in range(10))


def collect(cache: Path | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows, audit labels and draw names of every labelled stated event (read from ``cache`` when it exists)."""
    if cache is not None and cache.exists():
        z = np.load(cache, allow_pickle=False)
        return z["X"], z["label"], z["draw"]
    rows, unlabelled = labelled_rows(duplicate, DRAWS, STATUS_AT)
    print("unlabelled per draw:", unlabelled, flush=True)
    X = np.stack([r.row for r in rows]).astype(np.float32)
    label = np.array([r.label for r in rows])
    draw = np.array([r.draw for r in rows])
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.savez(cache, X=X, label=label, draw=draw)
    return X, label, draw


def folded_by_label(label: np.ndarray, p: np.ndarray, at: float) -> dict[str, int]:
    return dict(Counter(label[p >= at].tolist()))


def choose_threshold(label: np.ndarray, p: np.ndarray) -> float | None:
    """The lowest grid threshold whose out-of-fold folds take at most ``MAX_CORRECT_FOLDED`` of the correct events."""
    n_correct = int((label == "correct").sum())
    for at in THRESHOLD_GRID:
        if ((label == "correct") & (p >= at)).sum() <= MAX_CORRECT_FOLDED * n_correct:
            return at
    return None


def pipeline_lodo(X: np.ndarray, y: np.ndarray, draw: np.ndarray, C: float, at: float, out_dir: Path) -> None:
    """Each draw run through the pipeline with the model fitted on the other draws, folding at ``at``; the
    analysed documents written to ``out_dir/<draw>.jsonl`` (scored with the audit like any saved run)."""
    from newsprism.api import load_pipeline
    from newsprism.events import group

    pipe = load_pipeline()
    out_dir.mkdir(parents=True, exist_ok=True)
    config = {**group.confidence_config(), "min_duplicate": at}
    saved_model, saved_config = duplicate.get_duplicate_model, group.confidence_config
    for name, (select, _files) in DRAWS.items():
        paths = select()
        docs = ingest_draw(paths)
        mean, scale, m = fit(X[draw != name], y[draw != name], C)
        model = StandardLogit(mean.astype(np.float32), scale.astype(np.float32), m.coef_[0].astype(np.float32),
                              float(m.intercept_[0]))
        duplicate.get_duplicate_model = lambda model=model: model  # type: ignore[assignment]
        group.confidence_config = lambda: config  # type: ignore[assignment]
        try:
            analysed, _ = pipe.pipe_with_state(docs)
        finally:
            duplicate.get_duplicate_model = saved_model  # type: ignore[assignment]
            group.confidence_config = saved_config  # type: ignore[assignment]
        (out_dir / f"{name}.jsonl").write_text(
            "".join(json.dumps(d.model_dump(mode="json")) + "\n" for d in analysed), encoding="utf-8")
        print(name, len(analysed), sum(len(d.events) for d in analysed), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, help="rows cache (read when present, else written)")
    ap.add_argument("--write", type=Path, help="write the model fitted on every row here")
    ap.add_argument("--report", type=Path, help="write the figures as JSON here")
    ap.add_argument("--pipeline-lodo", type=Path,
                    help="run each draw through the pipeline with the model fitted on the other draws and write the "
                         "analysed documents here (<draw>.jsonl)")
    args = ap.parse_args()
    X, label, draw = collect(args.cache)
    y = (label == "duplicate").astype(int)
    report: dict = {"rows": int(len(y)), "duplicates": int(y.sum()), "labels": dict(Counter(label.tolist())),
                    "per_draw": {d: int((draw == d).sum()) for d in np.unique(draw).tolist()}, "grid": {}}
    best_c, best_loss = C_GRID[0], float("inf")
    for C in C_GRID:
        p = out_of_fold(X, y, draw, C)
        loss = float(log_loss(y, p))
        report["grid"][str(C)] = {"log_loss": round(loss, 4), "auc": round(float(roc_auc_score(y, p)), 4)}
        if loss < best_loss:
            best_c, best_loss = C, loss
    p = out_of_fold(X, y, draw, best_c)
    at = choose_threshold(label, p)
    report.update({"C": best_c, "oof_auc": round(float(roc_auc_score(y, p)), 4), "oof_log_loss": round(best_loss, 4),
                   "fold_at": at,
                   "oof_folded_by_threshold": {str(t): folded_by_label(label, p, t) for t in THRESHOLD_GRID}})
    if args.write:
        model = write_model(args.write, X, y, best_c)
        report["weights"] = {n: round(float(w), 3) for n, w in zip(FEATURE_NAMES, model.coef_[0], strict=True)}
    emit(report, args.report)
    if args.pipeline_lodo and at is not None:
        pipeline_lodo(X, y, draw, best_c, at, args.pipeline_lodo)


if __name__ == "__main__":
    main()
