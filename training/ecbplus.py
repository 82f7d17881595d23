"""ECB+ (``../shared/data/ecbplus``) as the events layer reads it: sub-topic folders (one story each) and the
gold event mentions of the evaluation subset, with scoring of an ``export events`` file the way the
maintainers do (``../shared/tools/coref_score.py``; a gold mention that no exported trigger overlaps is a
cluster of its own). Only the train and dev topics exist here; the test topics are held back.
"""

from __future__ import annotations

import csv
import importlib.util
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

TOOLS = Path(__file__).resolve().parents[2] / "shared" / "tools"


@dataclass
class Gold:
    line: str
    topic: str
    doc: str
    start: int
    end: int
    text: str
    cluster: str


def topics(root: Path, split: str) -> list[int]:
    sp = json.loads((root / "ecbplus" / "splits.json").read_text())["standard split (Cybulska & Vossen 2015)"]
    return [t for t in sp[split] if (root / "ecbplus" / str(t)).is_dir()]


def subtopic_dirs(root: Path, split: str) -> list[Path]:
    out = []
    for t in topics(root, split):
        for kind in ("ecb", "ecbplus"):
            d = root / "ecbplus" / str(t) / f"{t}{kind}"
            if d.is_dir():
                out.append(d)
    return out


def gold_mentions(root: Path, split: str) -> list[Gold]:
    path = root / "ecbplus" / "eval" / f"{split}_events.mentions.tsv"
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [Gold(r["line"], r["topic"], r["doc_id"], int(r["start"]), int(r["end"]), r["text"], r["cluster_id"])
            for r in rows]


def load_scorer():
    spec = importlib.util.spec_from_file_location("coref_score", TOOLS / "coref_score.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def response_from_export(gold: list[Gold], export_lines: list[dict]) -> tuple[dict[str, str], int]:
    """Each gold mention takes the story-wide id of the exported trigger that overlaps it most (ties: the
    first); one that none overlaps is its own cluster. Returns (response, number of gold mentions found)."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for r in export_lines:
        if r.get("type") == "event":
            by_doc[r["document"]].append(r)
    resp: dict[str, str] = {}
    found = 0
    for g in gold:
        best, size = None, 0
        for r in by_doc.get(g.doc, []):
            ov = min(g.end, r["end"]) - max(g.start, r["start"])
            if ov > size:
                best, size = r, ov
        if best is None:
            resp[g.line] = f"alone:{g.line}"
        else:
            resp[g.line] = f"{best['story']}:{best['event']}"
            found += 1
    return resp, found


def score(gold: list[Gold], resp: dict[str, str]) -> dict[str, float]:
    sc = load_scorer()
    key = {g.line: g.cluster for g in gold}
    conll, (m, b, e) = sc.conll(key, resp)
    return {"conll": round(100 * conll, 2), "muc": round(100 * m, 2), "b3": round(100 * b, 2),
            "ceafe": round(100 * e, 2)}
