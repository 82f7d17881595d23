"""Train the events layer's duplicate check and write src/newsprism/events/data/event_duplicate.npz.

    OMP_NUM_THREADS=1 PYTHONPATH=src python training/train_event_duplicate.py \
        --cache training/runs/duplicate_rows.npz \
        --write src/newsprism/events/data/event_duplicate.npz --report training/runs/duplicate_cv.json

What it learns: P(a stated event repeats a happening that a more confident event of the same document already
states), the event audits' label ``duplicate`` (``benchmarks/audit_events.py``: coreference split, one statement
told twice, a complement split off its act) against every other label (correct, fragment, wrong status, wrong
arguments). Features: ``newsprism.events.duplicate.FEATURE_NAMES``, each event against the events ranked above it.

Data: every labelled development event of the event audits (``audit_events.DEV_DRAWS``: the BASIL draws, the ECB+ draws r6, r7
and r8 and the FNC-1 draws r9, r10 and r11, each a development set from the round after its own; labels in ``benchmarks/audits``, one reader each; article text
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
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.metrics import log_loss, roc_auc_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import audit_events as audit  # noqa: E402
from event_audit_rows import AUDITS, fit, ingest_draw  # noqa: E402
from event_audit_rows import recorded as recorded_draws  # noqa: E402
from figures import emit  # noqa: E402

from newsprism.events import duplicate  # noqa: E402
from newsprism.events.duplicate import FEATURE_NAMES, STATUS_AT  # noqa: E402
from newsprism.events.fragment import STATUS_ORDER  # noqa: E402
from newsprism.events.logit import StandardLogit  # noqa: E402

# draw -> (article files, label files): the BASIL draws, r6, r7, r8 and r9 (the FNC-1 draw held out in round 9, a
# development draw from round 10 on)
DRAWS = {**audit.DEV_DRAWS}
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)
MAX_CORRECT_FOLDED = 0.02  # the threshold rule: fold at most this share of the events labelled correct
NOTE_EVENT = re.compile(r"\be\d+\b")  # an event id in a label's note ("the same criticism as e3")
MI_ROUNDS = 10
# --named-witnesses: a duplicate whose label's note names the event it repeats takes that pair as its fixed witness
# (measured in round 9, not shipped: benchmarks/events.md)
USE_NAMED = False  # the multiple-instance fit: refits on the rows the last fit scores highest, at most this many
THRESHOLD_GRID = tuple(round(0.5 + 0.05 * k, 2) for k in range(10))


@dataclass
class Rows:
    """The pair rows of every labelled stated event: ``X[start[i]:start[i + 1]]`` are event i's rows, one per kept
    event above it (none for the first event of a document: it can repeat nothing)."""

    X: np.ndarray
    start: np.ndarray  # (events + 1,) row offsets
    label: np.ndarray  # (events,) the audit label, the status re-judged against the gold status
    draw: np.ndarray  # (events,)
    key: np.ndarray  # (events,) "article @start trigger", to name the events the check folds
    # (events,) the row of the kept event the label's note names as the one repeated, counted from the event's
    # first row; -1: none named, or not kept above it
    named: np.ndarray

    def event_of_row(self) -> np.ndarray:
        return np.repeat(np.arange(len(self.label)), np.diff(self.start))

    def subset(self, keep: np.ndarray) -> Rows:
        """The events where ``keep`` (a boolean mask over events) and their rows."""
        idx = np.flatnonzero(keep)
        parts = [self.X[self.start[i]:self.start[i + 1]] for i in idx]
        sizes = [len(x) for x in parts]
        X = np.concatenate(parts) if parts else np.zeros((0, self.X.shape[1]), dtype=np.float32)
        return Rows(X, np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64), self.label[idx], self.draw[idx],
                    self.key[idx], self.named[idx])


def named_hosts(files: list[str]) -> dict[tuple[str, int, int, str], int]:
    """(article, start, end, trigger) of a ``duplicate`` label -> the trigger start of the event its note names as
    the one repeated ("the same criticism as e3"): the note's first event id, read in the label file of the same
    labelling pass (ids are those of that pass's output). Notes that say "above" name none."""
    out: dict[tuple[str, int, int, str], int] = {}
    for f in files:
        lines = [json.loads(x) for x in (AUDITS / f).read_text("utf-8").splitlines() if x.strip()]
        ids = {(r["article"], r.get("event")): r for r in lines if r.get("kind") != "missed"}
        for r in lines:
            if r.get("kind") == "missed" or r["label"] != "duplicate":
                continue
            m = NOTE_EVENT.search(r.get("note") or "")
            host = ids.get((r["article"], m.group(0))) if m else None
            if host is not None:
                out[(r["article"], r["start"], r["end"], r["trigger"])] = int(host["start"])
    return out


def collect(cache: Path | None) -> Rows:
    """The pair rows, audit labels and draw names of every labelled stated event (read from ``cache`` when it
    exists)."""
    if cache is not None and cache.exists():
        z = np.load(cache, allow_pickle=False)
        return Rows(z["X"], z["start"], z["label"], z["draw"], z["key"], z["named"])
    parts: list[np.ndarray] = []
    labels: list[str] = []
    draws: list[str] = []
    keys: list[str] = []
    hosts: list[int] = []
    for name, files, gold, docs, recorded in recorded_draws(duplicate, DRAWS):
        named = named_hosts(files)
        unlabelled = 0
        for doc_id, start, end, text, rows, host_starts in recorded:
            lab = gold.get((doc_id, start, end, text))
            if lab is None:
                unlabelled += 1
                continue
            label = lab["label"]
            # the status re-judged as the audit does (the first event of a document has no row to read it from;
            # it is never folded)
            if label in ("correct", "wrong_status") and lab.get("gold_status") and len(rows):
                status = STATUS_ORDER[int(np.argmax(rows[0, STATUS_AT:STATUS_AT + len(STATUS_ORDER)]))]
                label = "correct" if status == lab["gold_status"] else "wrong_status"
            parts.append(rows)
            labels.append(label)
            draws.append(name)
            keys.append(f"{doc_id} @{start} {text}")
            at = named.get((doc_id, start, end, text))
            hosts.append(host_starts.index(at) if at in host_starts else -1)
        print(f"{name}: {len(docs)} articles, {len(recorded) - unlabelled} labelled events, {unlabelled} unlabelled",
              flush=True)
    sizes = [len(x) for x in parts]
    out = Rows(np.concatenate(parts).astype(np.float32), np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64),
               np.array(labels), np.array(draws), np.array(keys), np.array(hosts, dtype=np.int64))
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.savez(cache, X=out.X, start=out.start, label=out.label, draw=out.draw, key=out.key, named=out.named)
    return out


def event_max(p_rows: np.ndarray, rows: Rows) -> tuple[np.ndarray, np.ndarray]:
    """Per event: the highest row probability (0 without rows) and the index of that row (-1 without rows)."""
    p = np.zeros(len(rows.label))
    at = np.full(len(rows.label), -1)
    for i in range(len(rows.label)):
        a, b = rows.start[i], rows.start[i + 1]
        if b > a:
            k = a + int(np.argmax(p_rows[a:b]))
            p[i], at[i] = p_rows[k], k
    return p, at


def mi_fit(rows: Rows, C: float) -> StandardLogit:
    """A multiple-instance fit: an event is a repeat of *some* kept event above it, the audit does not say which.
    Each event is represented by its witness row, at first the row of the kept event of its highest pair (the
    coreference model's ``p_max``), then the row the model fitted on the witnesses scores highest; refitted until
    the witnesses stay (at most ``MI_ROUNDS`` fits). Events without rows take no part."""
    has = np.diff(rows.start) > 0
    y = (rows.label == "duplicate").astype(int)
    col = FEATURE_NAMES.index("p_max")
    _, witness = event_max(rows.X[:, col], rows)
    fixed = (rows.named >= 0) & (y == 1) & USE_NAMED
    witness[fixed] = rows.start[:-1][fixed] + rows.named[fixed]
    model = None
    for _ in range(MI_ROUNDS):
        mean, scale, m = fit(rows.X[witness[has]], y[has], C)
        model = StandardLogit(mean.astype(np.float32), scale.astype(np.float32), m.coef_[0].astype(np.float32),
                              float(m.intercept_[0]))
        _, again = event_max(model.proba(rows.X), rows)
        again[fixed] = witness[fixed]
        if np.array_equal(again, witness):
            break
        witness = again
    assert model is not None
    return model


def out_of_fold_events(rows: Rows, C: float) -> np.ndarray:
    """Each draw's event probabilities (the highest over its rows) from a model fitted on the other draws."""
    p = np.zeros(len(rows.label))
    for d in np.unique(rows.draw):
        model = mi_fit(rows.subset(rows.draw != d), C)
        test = rows.draw == d
        sub = rows.subset(test)
        p[test], _ = event_max(model.proba(sub.X) if len(sub.X) else np.zeros(0), sub)
    return p


def folded_by_label(label: np.ndarray, p: np.ndarray, at: float) -> dict[str, int]:
    return dict(Counter(label[p >= at].tolist()))


def choose_threshold(label: np.ndarray, p: np.ndarray) -> float | None:
    """The lowest grid threshold whose out-of-fold folds take at most ``MAX_CORRECT_FOLDED`` of the correct events."""
    n_correct = int((label == "correct").sum())
    for at in THRESHOLD_GRID:
        if ((label == "correct") & (p >= at)).sum() <= MAX_CORRECT_FOLDED * n_correct:
            return at
    return None


def pipeline_lodo(rows: Rows, C: float, at: float, out_dir: Path) -> None:
    """Each draw run through the pipeline with the model fitted on the other draws, folding at ``at``; the
    analysed documents written to ``out_dir/<draw>.jsonl`` (scored with the audit like any saved run)."""
    from newsprism.api import load_pipeline
    from newsprism.events import group

    pipe = load_pipeline()
    out_dir.mkdir(parents=True, exist_ok=True)
    config = {**group.confidence_config(), "min_duplicate": at}
    saved_model, saved_config = duplicate.get_duplicate_model, group.confidence_config
    for name, (select, _files) in DRAWS.items():
        docs = ingest_draw(select())
        model = mi_fit(rows.subset(rows.draw != name), C)
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
    ap.add_argument("--named-witnesses", action="store_true",
                    help="fix the witness of a duplicate whose label's note names the event it repeats to that pair")
    args = ap.parse_args()
    global USE_NAMED
    USE_NAMED = args.named_witnesses
    rows = collect(args.cache)
    label, draw = rows.label, rows.draw
    y = (label == "duplicate").astype(int)
    report: dict = {"events": int(len(y)), "pair_rows": int(len(rows.X)), "duplicates": int(y.sum()),
                    "labels": dict(Counter(label.tolist())),
                    "per_draw": {d: int((draw == d).sum()) for d in np.unique(draw).tolist()}, "grid": {}}
    best_c, best_loss = C_GRID[0], float("inf")
    for C in C_GRID:
        p = out_of_fold_events(rows, C)
        loss = float(log_loss(y, np.clip(p, 1e-6, 1 - 1e-6)))
        report["grid"][str(C)] = {"log_loss": round(loss, 4), "auc": round(float(roc_auc_score(y, p)), 4)}
        if loss < best_loss:
            best_c, best_loss = C, loss
    p = out_of_fold_events(rows, best_c)
    at = choose_threshold(label, p)
    report.update({"C": best_c, "oof_auc": round(float(roc_auc_score(y, p)), 4), "oof_log_loss": round(best_loss, 4),
                   "fold_at": at,
                   "oof_folded_by_threshold": {str(t): folded_by_label(label, p, t) for t in THRESHOLD_GRID}})
    if at is not None:  # what the check folds out of fold at the chosen threshold, by label, and what it leaves
        report["oof_folded"] = {f"{k} ({round(float(q), 3)})": str(lab) for k, q, lab in
                                zip(rows.key, p, label, strict=True) if q >= at}
        report["oof_duplicates_left"] = {f"{k}": round(float(q), 3) for k, q, lab in
                                         zip(rows.key, p, label, strict=True) if lab == "duplicate" and q < at}
    if args.write:
        model = mi_fit(rows, best_c)
        args.write.parent.mkdir(parents=True, exist_ok=True)
        np.savez(args.write, mean=model.mean, scale=model.scale, weight=model.weight, bias=np.float32(model.bias))
        report["weights"] = {n: round(float(w), 3) for n, w in zip(FEATURE_NAMES, model.weight, strict=True)}
    emit(report, args.report)
    if args.pipeline_lodo and at is not None:
        pipeline_lodo(rows, best_c, at, args.pipeline_lodo)


if __name__ == "__main__":
    main()
