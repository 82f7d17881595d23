"""The labelled rows of the event audits, for the models fitted on them (``train_event_confidence.py``,
``train_event_fragment.py``): one way to run the events layer on the dev draws, record the rows a module builds,
and match them to the audits' labels; and the standardized logistic fit both use, with its leave-one-draw-out
predictions."""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import audit_events as audit  # noqa: E402
from basil import to_record  # noqa: E402

from newsprism.events.fragment import STATUS_ORDER  # noqa: E402
from newsprism.events.logit import StandardLogit  # noqa: E402

AUDITS = ROOT / "benchmarks" / "audits"


@dataclass
class Labelled:
    draw: str
    article: str
    row: np.ndarray
    label: str  # the audit's cause code, with the status re-judged against the gold status where one is given


def ingest_draw(paths: list[Path]) -> list[Any]:
    """A draw's articles as documents, as a user would give them: ECB+ ``.txt`` files as they are, BASIL ``.json``
    files as records of one JSONL file."""
    from newsprism.api import ingest

    if all(p.suffix == ".txt" for p in paths):
        return list(ingest(paths)[0])
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_text("".join(json.dumps(to_record(p)) + "\n" for p in paths), encoding="utf-8")
        return list(ingest(src)[0])


Draws = dict[str, tuple[Callable[[], list[Path]], list[str]]]


def recorded(owner: Any, draws: Draws, before_draw: Callable[[str], None] | None = None,
             ) -> Iterator[tuple[str, list[str], dict, list[Any], list[Any]]]:
    """Per draw: its name, its label files, the audits' labels (keyed by document id, trigger start, end and
    trigger), its labelled articles as documents, and what ``owner.RECORDER`` recorded while the pipeline ran on
    them (the one way to run the events layer on the dev draws and record a module's rows). ``before_draw(name)``,
    when given, runs before each draw's pipeline run (to set a model fitted without that draw)."""
    from newsprism.api import load_pipeline

    pipe = load_pipeline()
    for name, (select, files) in draws.items():
        labels, _ = audit.load_labels(*[AUDITS / f for f in files])
        have = {k[0] for k in labels}
        docs = [d for d in ingest_draw(select()) if d.id in have]
        if before_draw is not None:
            before_draw(name)
        owner.RECORDER = []
        try:
            pipe.pipe_with_state(docs)
            rows = owner.RECORDER
        finally:
            owner.RECORDER = None
        yield name, files, labels, docs, rows


def labelled_rows(owner: Any, draws: Draws, status_at: int, before_draw: Callable[[str], None] | None = None,
                  ) -> tuple[list[Labelled], dict[str, int]]:
    """Run the pipeline on every draw's labelled articles while ``owner.RECORDER`` records (document id, trigger
    start, end, trigger, row) per event; the rows with a label, and the unlabelled count per draw. ``status_at``
    is where the row's one-hot status starts (read to re-judge a status against the label's gold status);
    ``before_draw`` as in ``recorded``."""
    out: list[Labelled] = []
    unlabelled: dict[str, int] = {}
    for name, _files, labels, docs, rows in recorded(owner, draws, before_draw):
        unlabelled[name] = 0
        before = len(out)
        for doc_id, start, end, text, row in rows:
            lab = labels.get((doc_id, start, end, text))
            if lab is None:
                unlabelled[name] += 1
                continue
            status = STATUS_ORDER[int(np.argmax(row[status_at:status_at + len(STATUS_ORDER)]))]
            label = lab["label"]
            if label in ("correct", "wrong_status") and lab.get("gold_status"):
                label = "correct" if status == lab["gold_status"] else "wrong_status"
            out.append(Labelled(name, doc_id, row, label))
        print(f"{name}: {len(docs)} articles, {len(out) - before} labelled rows, {unlabelled[name]} unlabelled",
              flush=True)
    return out, unlabelled


def fit(X: np.ndarray, y: np.ndarray, C: float) -> tuple[np.ndarray, np.ndarray, LogisticRegression]:
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale < 1e-6] = 1.0
    model = LogisticRegression(C=C, max_iter=5000).fit((X - mean) / scale, y)
    return mean, scale, model


def out_of_fold(X: np.ndarray, y: np.ndarray, draw: np.ndarray, C: float,
                never_train: tuple[str, ...] = ()) -> np.ndarray:
    """Each draw's probabilities from a model fitted on the other draws, less the draws in ``never_train`` (scored
    but never fitted on: the figures of a model fitted on fewer draws, on the same rows, for a fair before/after)."""
    p = np.zeros(len(y))
    for d in np.unique(draw):
        test = draw == d
        train = ~test & ~np.isin(draw, never_train)
        mean, scale, model = fit(X[train], y[train], C)
        p[test] = model.predict_proba((X[test] - mean) / scale)[:, 1]
    return p


def standard_logit(X: np.ndarray, y: np.ndarray, C: float) -> StandardLogit:
    """Fit on every row: the model ``write_model`` would write, in memory (the same float32 arrays)."""
    mean, scale, model = fit(X, y, C)
    return StandardLogit(mean.astype(np.float32), scale.astype(np.float32), model.coef_[0].astype(np.float32),
                         float(np.float32(model.intercept_[0])))


def write_model(path: Path, X: np.ndarray, y: np.ndarray, C: float) -> LogisticRegression:
    """Fit on every row and write the plain-array model file ``newsprism.events.logit.StandardLogit`` reads."""
    mean, scale, model = fit(X, y, C)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, mean=mean.astype(np.float32), scale=scale.astype(np.float32),
             weight=model.coef_[0].astype(np.float32), bias=np.float32(model.intercept_[0]))
    return model
