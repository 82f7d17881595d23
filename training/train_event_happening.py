"""Train the happening filter (is this trigger a specific happening?) and write src/newsprism/events/data/event_happening.npz.

    OMP_NUM_THREADS=2 python training/train_event_happening.py --data ../shared/data --cache training/runs --ecb \
        --write src/newsprism/events/data/event_happening.npz --report training/runs/happening_cv.json

Data: MEANTIME and UW **train** splits (news; UDS-IH2 has no event class or genericity and is left out) and,
with ``--ecb`` (the shipped model), the ECB+ **train** topics; the dev splits (factuality dev, ECB+ dev topics)
measure it and are never trained on. Labels (``label_of``, ``ecb_rows``):
- UW rows aligned to a TempEval-3 TimeML event: class ``STATE`` or ``I_STATE`` -> 0 (a state, or an attitude
  to a proposition); ``OCCURRENCE``, ``I_ACTION``, ``ASPECTUAL``, ``PERCEPTION``, ``REPORTING`` -> 1; rows
  without an aligned TimeML event are skipped;
- MEANTIME: ``special_cases = GEN`` (a generic event) -> 0; every other annotated event -> 1;
- ECB+ event mentions in their sentence: ``ACTION_STATE``, ``ACTION_GENERIC`` and their negated forms -> 0;
  every other class (occurrence, reporting, aspectual, causative, perception, negated or not) -> 1.
Features: ``newsprism.events.happening.happening_features`` (the status model's row for the trigger: encoder
token states + clause rule features; then the participant block). Model: standardised logistic regression
**without** class weights, so that its probability is calibrated on news triggers (the run-time confidence
multiplies it in); C chosen by 5-fold CV grouped by document (log loss). Reported: CV and dev ROC AUC, log
loss, Brier score, calibration by decile, and the recall of happenings / share of non-happenings removed at a
grid of thresholds (``floor_grid``), from which the run-time floor is chosen on **dev** by the rule stated in
``data/event_confidence.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, log_loss, roc_auc_score
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
from factuality import Row, featurize, head_token, load_rows  # noqa: E402

from newsprism.events.happening import PARTICIPANT_NAMES, participant_features  # noqa: E402

POSITIVE = {"OCCURRENCE", "I_ACTION", "ASPECTUAL", "PERCEPTION", "REPORTING"}
NEGATIVE = {"STATE", "I_STATE"}
SETS = ("meantime", "uw")
# ECB+ event classes that are no specific happening (the others, ACTION_OCCURRENCE, _REPORTING, _ASPECTUAL,
# _CAUSATIVE, _PERCEPTION and their negated forms, are happenings: a negated happening is still a specific one)
ECB_NEGATIVE = {"ACTION_STATE", "NEG_ACTION_STATE", "ACTION_GENERIC", "NEG_ACTION_GENERIC"}


def ecb_rows(root: Path, split: str) -> tuple[list[Row], np.ndarray, np.ndarray]:
    """ECB+ event mentions of the annotated sentences of one split (``split_cybulska_vossen``), each in its
    sentence: rows, labels (0: ``ECB_NEGATIVE``), groups (topic)."""
    rows, ys, groups = [], [], []
    for gold in sorted((root / "ecbplus").glob("*/gold.json")):
        g = json.loads(gold.read_text(encoding="utf-8"))
        if g["split_cybulska_vossen"] != split:
            continue
        texts: dict[str, str] = {}
        for m in g["event_mentions"]:
            if not m.get("contiguous", True):
                continue
            doc = g["documents"][m["doc_id"]]
            if m["doc_id"] not in texts:
                texts[m["doc_id"]] = (gold.parent / doc["path"]).read_text(encoding="utf-8")
            sent = next((x for x in doc["sentences"] if x["start"] <= m["start"] and m["end"] <= x["end"]), None)
            if sent is None:
                continue
            text = texts[m["doc_id"]][sent["start"]:sent["end"]]
            rows.append(Row("ecbplus", f"ecb:{g['topic']}", text, m["start"] - sent["start"], m["end"] - sent["start"], 0))
            ys.append(0 if m["type"] in ECB_NEGATIVE else 1)
            groups.append(f"ecb:{g['topic']}")
    return rows, np.array(ys), np.array(groups)


def label_of(name: str, r: dict) -> int | None:
    if name == "uw":
        cls = (r.get("timeml") or {}).get("class")
        return 1 if cls in POSITIVE else 0 if cls in NEGATIVE else None
    return 0 if (r.get("orig") or {}).get("special_cases") == "GEN" else 1


def labelled(root: Path, split: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[tuple[str, int, int]]]:
    """(row indices into load_rows(root, split, SETS), labels, groups, (text, start, end)) of the labelled rows."""
    idx, ys, groups, spans = [], [], [], []
    k = 0
    for name in SETS:
        for line in (root / "factuality" / name / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            y = label_of(name, r)
            if y is not None:
                idx.append(k)
                ys.append(y)
                groups.append(f"{name}:{r.get('doc_id') or r.get('tempeval3_doc') or r['text']}")
                spans.append((r["text"], r["start"], r["end"]))
            k += 1
    return np.array(idx), np.array(ys), np.array(groups), spans


def participant_block(spans: list[tuple[str, int, int]], cache: Path) -> np.ndarray:
    lists = (Path(__file__).resolve().parents[1] / "src/newsprism/events/data/status_cues.json").read_bytes()
    key = hashlib.md5(json.dumps(spans).encode() + ",".join(PARTICIPANT_NAMES).encode() + lists + b"v4").hexdigest()[:12]
    path = cache / f"happening_part_{key}.npy"
    if path.exists():
        return np.load(path, allow_pickle=False)
    from newsprism.nlp.spacy_pipe import get_nlp

    texts = sorted({s[0] for s in spans})
    parsed = dict(zip(texts, get_nlp().pipe(texts, batch_size=128), strict=True))
    X = np.stack([participant_features(head_token(parsed[t], s, e)) for t, s, e in spans])
    cache.mkdir(parents=True, exist_ok=True)
    np.save(path, X, allow_pickle=False)
    return X


def features(root: Path, split: str, cache: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows = load_rows(root, split) if split == "train" else load_rows(root, split, SETS)
    status_x = featurize(rows, cache)  # train: the status model's cached rows (all three sets, same order)
    idx, y, groups, spans = labelled(root, split)
    assert all(rows[i].text == s[0] and rows[i].start == s[1] for i, s in zip(idx, spans, strict=True))
    return np.hstack([status_x[idx], participant_block(spans, cache)]), y, groups


def ecb_features(root: Path, split: str, cache: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows, y, groups = ecb_rows(root, split)
    spans = [(r.text, r.start, r.end) for r in rows]
    return np.hstack([featurize(rows, cache), participant_block(spans, cache)]), y, groups


def fit(X: np.ndarray, y: np.ndarray, c: float) -> tuple[np.ndarray, np.ndarray, LogisticRegression]:
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale < 1e-6] = 1.0
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit((X - mean) / scale, y)
    return mean, scale, clf


def proba(model: tuple[np.ndarray, np.ndarray, LogisticRegression], X: np.ndarray) -> np.ndarray:
    mean, scale, clf = model
    return clf.predict_proba((X - mean) / scale)[:, 1]


def scores(y: np.ndarray, p: np.ndarray) -> dict:
    out: dict = {"n": int(len(y)), "negatives": int((y == 0).sum()), "auc": round(float(roc_auc_score(y, p)), 4),
                 "log_loss": round(float(log_loss(y, p)), 4), "brier": round(float(brier_score_loss(y, p)), 4)}
    bins = np.quantile(p, np.linspace(0, 1, 11))
    cal = []
    for lo, hi in zip(bins[:-1], bins[1:], strict=True):
        m = (p >= lo) & (p <= hi)
        if m.any():
            cal.append([round(float(p[m].mean()), 3), round(float(y[m].mean()), 3), int(m.sum())])
    out["calibration_deciles_mean_p_vs_rate_n"] = cal
    out["floor_grid"] = [{"floor": t, "happenings_kept": round(float((p[y == 1] >= t).mean()), 4),
                          "non_happenings_removed": round(float((p[y == 0] < t).mean()), 4)}
                         for t in np.round(np.arange(0.3, 0.96, 0.05), 2).tolist()]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--cache", type=Path, default=Path("training/runs"))
    ap.add_argument("--write", type=Path)
    ap.add_argument("--report", type=Path)
    ap.add_argument("--ecb", action="store_true", help="add the ECB+ train topics' event mentions (class STATE, GENERIC: 0)")
    a = ap.parse_args()
    t0 = time.time()
    X, y, groups = features(a.data, "train", a.cache)
    if a.ecb:
        Xe, ye, ge = ecb_features(a.data, "train", a.cache)
        X, y, groups = np.vstack([X, Xe]), np.concatenate([y, ye]), np.concatenate([groups, ge])
    print(f"train {len(y)} rows ({(y == 0).sum()} non-happenings), {X.shape[1]} features, {time.time() - t0:.0f}s",
          flush=True)
    report: dict = {"train_rows": int(len(y)), "train_negatives": int((y == 0).sum()), "grid": []}
    folds = list(GroupKFold(n_splits=5).split(X, y, groups))
    best = (np.inf, 0.0, None)
    for c in (0.0003, 0.001, 0.003, 0.01):
        p = np.zeros(len(y))
        for tr, te in folds:
            p[te] = proba(fit(X[tr], y[tr], c), X[te])
        s = {"C": c, **scores(y, p)}
        print(json.dumps({k: v for k, v in s.items() if k in ("C", "auc", "log_loss", "brier")}), flush=True)
        report["grid"].append({k: v for k, v in s.items() if k in ("C", "auc", "log_loss", "brier")})
        if s["log_loss"] < best[0]:
            best = (s["log_loss"], c, s)
    c = best[1]
    report["cv"] = best[2]
    model = fit(X, y, c)
    Xd, yd, _ = features(a.data, "dev", a.cache)
    report["dev"] = scores(yd, proba(model, Xd))
    if a.ecb:
        Xe, ye, _ = ecb_features(a.data, "dev", a.cache)
        report["ecb_dev"] = {k: v for k, v in scores(ye, proba(model, Xe)).items() if k != "floor_grid"}
        print("ecb dev", json.dumps({k: report["ecb_dev"][k] for k in ("n", "negatives", "auc", "brier")}))
    print("C", c, "cv auc", report["cv"]["auc"], "dev", json.dumps({k: report["dev"][k] for k in
                                                                   ("n", "negatives", "auc", "log_loss", "brier")}))
    if a.write:
        mean, scale, clf = model
        a.write.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(a.write, mean=mean.astype(np.float32), scale=scale.astype(np.float32),
                            weight=clf.coef_[0].astype(np.float32), bias=np.float32(clf.intercept_[0]))
        report["shipped"] = {"C": c, "bytes": a.write.stat().st_size}
        print("wrote", a.write, a.write.stat().st_size, "bytes", flush=True)
    report["seconds"] = round(time.time() - t0)
    if a.report:
        a.report.parent.mkdir(parents=True, exist_ok=True)
        a.report.write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
