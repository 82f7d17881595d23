"""Story grouping when many events' reports are compared in ONE run (a feed, a batch: the web app's and the Dask
batch's normal case): does ``newsprism.story.build.group_documents`` keep each event's reports together without
chaining different events into one story?

    OMP_NUM_THREADS=1 NEWSPRISM_THREADS=1 PYTHONPATH=src .venv/bin/python benchmarks/bench_grouping.py \\
        [--pool wire|basil|both|ecb] [--json OUT.json] [--cache FEATURES.pkl]

Two pools, each grouped in one run (round 55, issue 11):

(i) **wire**: every report of every story folder of the wire sets ``bench_wire.SETS`` names (the one list of sets)
pooled; the label (the event) is the story folder (``wire12/s3_fuel_protest``). Held-out sets that are in the tree
count as documents with their folder as the label: nothing of their text is printed.
(ii) **basil**: the 300 BASIL articles (``../shared/data/media-bias/basil``, read at run time through
``benchmarks/basil.py``, never copied): 100 events told by 3 outlets each; the label is the triplet id.

(iii) **ecb** (only with ``--pool ecb``): every ECB+ sub-topic folder (``../shared/data/ecbplus/<t>/<t>ecb``,
``<t>ecbplus``: 772 news texts, 770 of them ingested, read at run time, never copied) pooled; the label is the sub-topic folder. A topic's
two sub-topics are two events of one kind (two earthquakes, two arrests of one actress), and a sub-topic holds up to
20 reports of its event: a check of keeping a large story whole, which the pools of 2-3 reports an event do not
test. The texts have no title and no date (the lead is the first paragraph; no time window applies).

Each pool goes through ``ingest`` and the pipeline up to entities (sentences, entities, no events or claims), then
``link_across`` over the pool (as one run does), the lead vector ``_lead`` as ``build_story`` embeds it, and
``group_documents`` itself with its 21-day window, three times: single link (``merge_share`` and
``common_name_reports`` ``null``: the grouping before round 55), average link with every shared name counting
(``common_name_reports`` ``null``: round 55), and as configured (story/data/compare.json). Scores: pooled
pairwise precision / recall / F1 over document pairs (a pair is right when its two documents share a label and
one group), the false document pairs, and the **false merges** (groups holding more than one label), each listed
by its labels. Rows: the whole pool, and the halves round 56 chose on and checked on (wire..wire45 / wire46 on;
BASIL's first / second 50 triplet ids, sorted), each grouped in a run of its own.

``--scale 300,800,2000`` (round 56) times the average-link merge alone on random link graphs of one connected group
of that many reports (5 % of pairs linked, random unit vectors, seed = the size), one core: the heap merge of round
56; with ``--reference`` also the round 55 rescan (kept in tests/story/test_grouping_r56.py) and whether the two give
the same groups.

``--cache`` stores the features (labels, lead vectors, entities, dates: no text) and reads them back on a later
run, so another grouping setting is scored without the pipeline (the pipeline pass takes 5-10 min on 2 cores).
"""

from __future__ import annotations

import argparse
import itertools
import json
import pickle
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
DISABLE = ["encoder_pass", "genre", "events", "claims", "dates", "comments", "thread", "technique_model",
           "techniques", "frames", "technique_cues"]


def wire_docs() -> tuple[list[Any], list[str]]:
    from bench_wire import SETS  # the one list of wire sets (round 56: no glob of wire* folders)

    from newsprism.api import ingest
    docs, labels = [], []
    for d in (ROOT / "benchmarks" / name for name in SETS):
        for s in sorted(p for p in d.iterdir() if p.is_dir()):
            got, err = ingest([s])
            if err:
                raise SystemExit(f"{d.name}/{s.name}: {err}")
            docs += got
            labels += [f"{d.name}/{s.name}"] * len(got)
    return docs, labels


def basil_docs() -> tuple[list[Any], list[str]]:
    import basil

    from newsprism.api import ingest
    recs = [(basil.to_record(p), json.loads(p.read_text("utf-8"))["triplet-uuid"])
            for p in sorted(basil.BASIL.glob("*/*.json"))]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "basil.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r, _ in recs), encoding="utf-8")
        got, err = ingest([str(src)])
    if err or len(got) != len(recs):
        raise SystemExit(f"BASIL: {len(got)} of {len(recs)} ingested, {len(err)} errors")
    return got, [t for _, t in recs]


def ecb_docs() -> tuple[list[Any], list[str]]:
    from newsprism.api import ingest
    root = ROOT.parent / "shared" / "data" / "ecbplus"
    docs, labels, skipped = [], [], 0
    for d in sorted(p for p in root.glob("*/*") if p.is_dir() and p.name.startswith(p.parent.name + "ecb")):
        got, err = ingest(sorted(d.glob("*.txt")))  # a text ingest cannot read (no body) is left out, counted
        skipped += len(err)
        docs += got
        labels += [f"{d.parent.name}/{d.name}"] * len(got)
    print(f"ECB+: {len(docs)} texts ingested, {skipped} left out (ingest errors)", file=sys.stderr)
    return docs, labels


def features(pool: str) -> dict[str, Any]:
    """Labels, lead vectors and what ``group_documents`` reads of each document (entities, date): no text."""
    from newsprism.api import load_pipeline
    from newsprism.nlp import link_across
    from newsprism.story.build import _lead
    from newsprism.story.sources import Vectors
    docs, labels = {"wire": wire_docs, "basil": basil_docs, "ecb": ecb_docs}[pool]()
    docs = load_pipeline(disable=DISABLE).pipe(docs)
    link_across(docs)
    leads = Vectors().get([_lead(d) for d in docs])
    return {"labels": labels, "lead": leads, "published": [d.published for d in docs],
            "entities": [[(e.label, e.canonical) for e in d.entities] for d in docs]}


def stub_docs(f: dict[str, Any]) -> list[Any]:
    """Documents carrying only what grouping reads (the cached features), for ``group_documents``."""
    from types import SimpleNamespace as NS
    return [NS(published=p, entities=[NS(label=lab, canonical=c) for lab, c in ents])
            for p, ents in zip(f["published"], f["entities"], strict=True)]


def group(f: dict[str, Any], keep: list[int], overrides: dict[str, Any]) -> list[list[int]]:
    """``group_documents`` on the kept documents with some ``grouping`` settings overridden for the run."""
    from newsprism.story.build import group_documents
    from newsprism.story.compare import settings
    th = settings()["grouping"]
    saved = {k: th.get(k) for k in overrides}
    th.update(overrides)
    try:
        docs = stub_docs(f)
        return [[keep[k] for k in g] for g in group_documents([docs[i] for i in keep], f["lead"][keep])]
    finally:
        th.update(saved)


def score(labels: list[str], groups: list[list[int]]) -> dict[str, Any]:
    tp = fp = 0
    for g in groups:
        for i, j in itertools.combinations(g, 2):
            if labels[i] == labels[j]:
                tp += 1
            else:
                fp += 1
    members = Counter(labels[i] for g in groups for i in g)
    fn = sum(n * (n - 1) // 2 for n in members.values()) - tp
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    merges = [sorted({labels[i] for i in g}) for g in groups if len({labels[i] for i in g}) > 1]
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn, "false_merges": len(merges), "merged": merges}


def halves(pool: str, labels: list[str]) -> dict[str, list[int]]:
    every = list(range(len(labels)))
    if pool == "wire":
        def num(lab: str) -> int:
            return int(lab.split("/")[0][4:] or 1)
        return {"all": every, "wire..wire45 (chosen on)": [i for i in every if num(labels[i]) <= 45],
                "wire46.. (check)": [i for i in every if num(labels[i]) >= 46]}
    if pool == "ecb":
        return {"all": every}
    first = set(sorted(set(labels))[:50])
    return {"all": every, "first 50 ids (chosen on)": [i for i in every if labels[i] in first],
            "second 50 ids (check)": [i for i in every if labels[i] not in first]}


def run(pool: str, cache: Path | None) -> dict[str, Any]:
    from newsprism.story.compare import settings
    path = cache.with_name(f"{cache.stem}_{pool}{cache.suffix}") if cache else None
    t0 = time.perf_counter()
    if path and path.exists():
        f = pickle.loads(path.read_bytes())
    else:
        f = features(pool)
        if path:
            path.write_bytes(pickle.dumps(f))
    out: dict[str, Any] = {"documents": len(f["labels"]), "events": len(set(f["labels"])),
                           "features_seconds": round(time.perf_counter() - t0, 1), "rows": {}}
    th = settings()["grouping"]
    share, common = th.get("merge_share"), th.get("common_name_reports")
    configured = f"merge_share {share}, common_name_reports {common}"
    print(f"== {pool}: {out['documents']} documents, {out['events']} events; {configured}")
    variants = (("single link", {"merge_share": None, "common_name_reports": None}),
                (f"merge_share {share}, every name", {"common_name_reports": None}),
                (configured, {}))
    for name, keep in halves(pool, f["labels"]).items():
        row = {}
        for key, overrides in variants:
            t1 = time.perf_counter()
            s = score(f["labels"], group(f, keep, overrides))
            s["seconds"] = round(time.perf_counter() - t1, 2)
            row[key] = s
            print(f"  {name:26s} {key:44s} precision {s['precision']:.4f} recall {s['recall']:.4f} "
                  f"F1 {s['f1']:.4f} (tp {s['tp']}, fp {s['fp']}, fn {s['fn']}) false merges {s['false_merges']}")
        out["rows"][name] = row
    for m in out["rows"]["all"][configured]["merged"]:
        print("   false merge:", ", ".join(m))
    return out


def scale(sizes: list[int], reference: bool) -> dict[str, Any]:
    """Seconds of ``_average_link`` on one connected group of each size (and of the round 55 rescan)."""
    import importlib.util

    import numpy as np

    from newsprism.story.build import _average_link
    scan = None
    if reference:
        spec = importlib.util.spec_from_file_location("r56", ROOT / "tests" / "story" / "test_grouping_r56.py")
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        scan = mod._scan_average_link
    out: dict[str, Any] = {}
    for n in sizes:
        rng = np.random.default_rng(n)
        p = np.triu(rng.random((n, n)) < 0.05, 1)
        p = p | p.T
        v = rng.standard_normal((n, 16)).astype(np.float32)
        v /= np.linalg.norm(v, axis=1, keepdims=True)
        t = time.process_time()
        groups = _average_link(list(range(n)), p, v, 0.5)
        row: dict[str, Any] = {"heap_cpu_s": round(time.process_time() - t, 2), "groups": len(groups)}
        if scan is not None:
            t = time.process_time()
            same = scan(list(range(n)), p, v, 0.5) == groups
            row.update(rescan_cpu_s=round(time.process_time() - t, 2), same_groups=same)
        print(f"  {n} reports in one group: {row}")
        out[str(n)] = row
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pool", choices=("wire", "basil", "both", "ecb"), default="both")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--cache", type=Path, help="features pickle stem (one file per pool); read when present")
    ap.add_argument("--scale", help="comma-separated group sizes: time the average-link merge alone")
    ap.add_argument("--reference", action="store_true", help="with --scale: time the round 55 rescan too")
    a = ap.parse_args()
    if a.scale:
        result = {"scale": scale([int(x) for x in a.scale.split(",")], a.reference)}
        if a.json:
            a.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        return
    pools = ("wire", "basil") if a.pool == "both" else (a.pool,)
    result = {p: run(p, a.cache) for p in pools}
    if a.json:
        a.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
