"""Event status through ``newsprism export events`` on the MEANTIME and UW dev sentences.

    .venv/bin/python benchmarks/bench_event_status.py --out out/bench/status_dev

Each unique dev sentence becomes one small document (a title line "Sentence N", a blank line, the sentence as
its body) in one folder per set; the folder is one story for ``export events``. For every gold trigger that an
exported trigger overlaps, the exported status is compared with the gold label (occurred = happened,
denied = negated, hypothetical = uncertain). Reports macro-F1 over the five labels, per-label F1, and how many
gold triggers were found. The dev splits are measured here, never trained or tuned on.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from sklearn.metrics import confusion_matrix, f1_score

ROOT = Path(__file__).resolve().parents[1]
TO_FACT = {"occurred": "happened", "planned": "planned", "ongoing": "ongoing", "denied": "negated",
           "hypothetical": "uncertain"}
LABELS = ["happened", "planned", "ongoing", "negated", "uncertain"]
SETS = ("meantime", "uw")


def write_docs(data: Path, out: Path) -> dict[str, list[dict]]:
    """One folder per set, one file per unique sentence; returns the gold rows with their document ids."""
    rows_by_set: dict[str, list[dict]] = {}
    for name in SETS:
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        rows = [json.loads(x) for x in (data / "factuality" / name / "dev.jsonl").read_text("utf-8").splitlines()]
        ids: dict[str, str] = {}
        for r in rows:
            if r["text"] not in ids:
                ids[r["text"]] = f"{name}-s{len(ids) + 1:05d}"
                (folder / f"{ids[r['text']]}.txt").write_text(f"Sentence {len(ids)}\n\n{r['text']}\n",
                                                              encoding="utf-8")
            r["document"] = ids[r["text"]]
        rows_by_set[name] = rows
    return rows_by_set


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "bench" / "status_dev")
    ap.add_argument("--reuse", action="store_true")
    a = ap.parse_args()
    rows_by_set = write_docs(a.data, a.out)
    export = a.out / "events.jsonl"
    t0 = time.time()
    if not a.reuse:
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
        subprocess.run([sys.executable, "-m", "newsprism", "export", "events",
                        *[str(a.out / s) for s in SETS], "-o", str(export)], check=True, env=env)
    took = time.time() - t0
    lines = [json.loads(x) for x in export.read_text(encoding="utf-8").splitlines()]
    texts = {r["document"]: r["text"] for r in lines if r["type"] == "document"}
    events = defaultdict(list)
    for r in lines:
        if r["type"] == "event":
            events[r["document"]].append(r)
    result: dict = {"seconds": round(took, 1)}
    all_gold, all_pred = [], []
    for name, rows in rows_by_set.items():
        gold, pred = [], []
        for r in rows:
            text = texts.get(r["document"])
            if text is None:
                continue
            base = text.find(r["text"])
            s, e = base + r["start"], base + r["end"]
            hits = [x for x in events[r["document"]] if x["start"] < e and x["end"] > s]
            if not hits:
                continue
            best = max(hits, key=lambda x: min(e, x["end"]) - max(s, x["start"]))
            gold.append(r["label"])
            pred.append(TO_FACT[best["status"]])
        all_gold += gold
        all_pred += pred
        result[name] = _scores(rows, gold, pred)
    result["both"] = _scores([r for rows in rows_by_set.values() for r in rows], all_gold, all_pred)
    print(json.dumps(result, indent=1))


def _scores(rows: list[dict], gold: list[str], pred: list[str]) -> dict:
    return {"gold_triggers": len(rows), "found": len(gold),
            "macro_f1": round(float(f1_score(gold, pred, labels=LABELS, average="macro", zero_division=0)), 4),
            "per_label_f1": dict(zip(LABELS, [round(float(x), 3) for x in f1_score(
                gold, pred, labels=LABELS, average=None, zero_division=0)], strict=True)),
            "confusion (rows gold, cols pred)": confusion_matrix(gold, pred, labels=LABELS).tolist()}


if __name__ == "__main__":
    main()
