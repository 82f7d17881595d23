"""Perturbation benchmark for story comparison: planted changes must be flagged, compatible rewrites must not.

    OMP_NUM_THREADS=2 .venv/bin/python benchmarks/bench_perturb.py                 # report half, figures
    .venv/bin/python benchmarks/bench_perturb.py --half build --dump training/runs/story/build.jsonl

Pairs come from :mod:`perturb` (real PTC and BASIL sentences, generated at run time with a fixed seed; the
text is never written into the repository). Each pair is two JSON records run through the analysis pipeline
(sentences, entities, dates, claims) and compared with ``newsprism.story.build.compare_documents``, the code
``newsprism compare`` runs. A planted change counts as found when a flag of the expected kind and slot with
confidence >= 0.5 has a side in the target sentence of each source. A compatible pair has a false flag when
any conflict, precision or status flag reaches 0.5. ``--dump`` writes every finding with its features and a
label (right or wrong, see :func:`label`) for ``training/fit_story.py``; only the build half is ever used to
fit, and figures are reported on the report half.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import perturb  # noqa: E402
from figures import emit  # noqa: E402

SHOWN = 0.5
KEEP = ("encoder_pass", "sentences", "entities", "dates", "events", "claims")


def _overlap(a: tuple[int, int] | None, s: int, e: int) -> bool:
    return a is not None and a[0] < e and s < a[1]


def _sentence_of(spans: list[tuple[int, int, int]], pos: int) -> int:
    return next((j for a, b, j in spans if a <= pos < b + 1), -1)


def to_doc(pair: perturb.Pair, a_text: str, b_text: str) -> perturb.Pair:
    """The pair with every span moved to the stored texts of its two documents (ingest adds a title line)."""
    def move(raw: str, text: str, spans: list[tuple[int, int, int]]) -> tuple[dict[int, int], list[tuple[int, int, int]]]:
        shift: dict[int, int] = {}
        out = []
        for a, b, j in spans:
            k = text.find(raw[a:b])
            shift[j] = (k - a) if k >= 0 else 0
            out.append((a + shift[j], b + shift[j], j))
        return shift, out

    sa, a_sents = move(pair.a_text, a_text, pair.a_sents)
    sb, b_sents = move(pair.b_text, b_text, pair.b_sents)

    def mv(span: tuple[int, int] | None, shift: int) -> tuple[int, int] | None:
        return (span[0] + shift, span[1] + shift) if span else None

    ta, tb = sa.get(pair.target, 0), sb.get(pair.target, 0)
    return replace(pair, a_text=a_text, b_text=b_text, a_sents=a_sents, b_sents=b_sents,
                   a_target=(pair.a_target[0] + ta, pair.a_target[1] + ta),
                   b_target=(pair.b_target[0] + tb, pair.b_target[1] + tb),
                   a_change=mv(pair.a_change, ta), b_change=mv(pair.b_change, tb))


def label(pair: perturb.Pair, f: Any) -> int:
    """1 when a finding is right: consensus between the same sentence of both sources (unless it is the planted
    change), the expected flag on the planted change; 0 otherwise (any flag on unchanged or compatible text,
    any finding between different sentences)."""
    ia, ib = _sentence_of(pair.a_sents, f.a.start), _sentence_of(pair.b_sents, f.b.start)
    if ia != ib:
        return 0
    if ia != pair.target or not pair.planted:
        return int(f.kind == "consensus")
    kinds, slots = perturb.EXPECT[pair.kind]
    known = pair.a_change is not None or pair.b_change is not None
    on_change = _overlap(pair.a_change, f.a.start, f.a.end) or _overlap(pair.b_change, f.b.start, f.b.end)
    if f.slot in slots and (on_change or not known):
        return int(f.kind in kinds)
    return int(f.kind == "consensus")


def evaluate(pair: perturb.Pair, flags: list[Any], ids: tuple[str, str]) -> dict[str, Any]:
    """What the flags of one pair count for: found, false flags, uniques."""
    a_id, b_id = ids
    shown = [x for x in flags if x.confidence >= SHOWN]
    out: dict[str, Any] = {"found": False, "false": 0, "extra": 0, "unique_found": None, "unique_false": 0}

    def on_target(x: Any) -> bool:
        sa = [s for s in x.sides if s.document == a_id and s.start < pair.a_target[1] and pair.a_target[0] < s.end]
        sb = [s for s in x.sides if s.document == b_id and s.start < pair.b_target[1] and pair.b_target[0] < s.end]
        return bool(sa and sb)

    for x in shown:
        if x.kind in ("consensus", "unique"):
            continue
        if pair.planted:
            kinds, slots = perturb.EXPECT[pair.kind]
            if x.kind in kinds and x.slot in slots and on_target(x):
                out["found"] = True
                continue
            out["extra"] += 1
        else:
            out["false"] += 1
    omitted_span = next(((a, b) for a, b, j in pair.a_sents if j == pair.omitted), None)
    for x in shown:
        if x.kind != "unique":
            continue
        s = x.sides[0]
        if omitted_span and s.document == a_id and s.start < omitted_span[1] and omitted_span[0] < s.end:
            out["unique_found"] = True
        else:
            out["unique_false"] += 1
    if omitted_span and out["unique_found"] is None:
        out["unique_found"] = False
    return out


def run(half: str, per_kind: int, seed: int, dump: Path | None) -> dict[str, Any]:
    from newsprism.api import load_pipeline
    from newsprism.events.coref import cluster
    from newsprism.ingest.records import record_to_document
    from newsprism.pipeline.factories import registered
    from newsprism.story.build import compare_documents
    from newsprism.story.sources import Vectors

    t0 = time.time()
    pairs = perturb.generate(DATA, half, per_kind=per_kind, seed=seed)
    t_gen = time.time() - t0
    pipe = load_pipeline(disable=sorted(n for n in registered() if n.split(".")[1] not in KEEP))
    records = [rec for p in pairs for rec in perturb.iter_docs(p)]
    docs, states = pipe.pipe_with_state([record_to_document(r, r["id"]) for r in records])
    t_pipe = time.time() - t0 - t_gen
    vectors = Vectors()
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    rows: list[dict[str, Any]] = []
    flag_rows: list[tuple[float, int]] = []
    unique_rows: list[tuple[float, int]] = []
    for k, p in enumerate(pairs):
        da, db = docs[2 * k], docs[2 * k + 1]
        p = to_doc(p, da.text, db.text)
        # the events layer's cross-document coreference, as `newsprism compare` passes it
        event_ids = cluster([da, db], [states[2 * k], states[2 * k + 1]])
        comp = compare_documents([da, db], [0, 1], vectors, event_ids=event_ids)
        findings, flags = comp.findings, comp.flags
        ev = evaluate(p, flags, (da.id, db.id))
        c = stats[p.kind]
        c["n"] += 1
        c["found"] += int(ev["found"])
        c["false"] += int(ev["false"] > 0)
        c["extra"] += int(ev["extra"] > 0)
        if p.kind in ("number", "bound") and p.detail.get("dim"):
            stats[f"{p.kind}/{p.detail['dim']}"]["n"] += 1  # count, money or percent (vote shares, rates)
            stats[f"{p.kind}/{p.detail['dim']}"]["found"] += int(ev["found"])
        # every shown conflict, precision or status flag: right only when it is the planted change
        stats["shown"]["right"] += int(ev["found"])
        stats["shown"]["wrong"] += ev["extra"] + ev["false"]
        if ev["unique_found"] is not None:
            stats["unique"]["n"] += 1
            stats["unique"]["found"] += int(ev["unique_found"])
            omitted_text = next(p.a_text[a:b] for a, b, j in p.a_sents if j == p.omitted)
            if perturb.number_sites(omitted_text) or perturb._DATE_RX.search(omitted_text):
                stats["unique_checkable"]["n"] += 1  # the omitted sentence has a figure or a date of its own
                stats["unique_checkable"]["found"] += int(ev["unique_found"])
        stats["unique"]["false"] += int(ev["unique_false"] > 0)
        stats["unique"]["pairs"] += 1
        for f in findings:
            y = label(p, f)
            if f.kind != "consensus":
                flag_rows.append((f.confidence, y))
            if dump is not None:
                rows.append({"pair": p.id, "pair_kind": p.kind, "half": half, "kind": f.kind, "slot": f.slot,
                             "detail": f.detail, "confidence": f.confidence, "label": y,
                             "features": {k2: round(v, 5) for k2, v in f.features.items()}})
        omitted = next(((a, b) for a, b, j in p.a_sents if j == p.omitted), None)
        for x in flags:
            if x.kind != "unique" or x.id not in comp.unique_inputs:
                continue
            s0 = x.sides[0]
            y = int(omitted is not None and s0.document == da.id and s0.start < omitted[1] and omitted[0] < s0.end)
            unique_rows.append((x.confidence, y))
            if dump is not None:
                cover, units = comp.unique_inputs[x.id]
                rows.append({"pair": p.id, "pair_kind": p.kind, "half": half, "kind": "unique", "slot": "fact",
                             "detail": "", "confidence": x.confidence, "label": y,
                             "features": {"cover": round(cover, 5), "units": units}})
    t_all = time.time() - t0
    if dump is not None:
        dump.parent.mkdir(parents=True, exist_ok=True)
        with dump.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r) + "\n")
    def table(items: list[tuple[float, int]]) -> dict[str, dict[str, float]]:
        bins: dict[str, list[int]] = defaultdict(list)
        for conf, y in items:
            lo = min(int(conf * 5), 4) / 5
            bins[f"{lo:.1f}-{lo + 0.2:.1f}"].append(y)
        return {b: {"n": len(v), "right": round(sum(v) / len(v), 3)} for b, v in sorted(bins.items())}

    planted = {k: {"n": stats[k]["n"], "recall": round(stats[k]["found"] / max(1, stats[k]["n"]), 3),
                   "pairs_with_other_flags": round(stats[k]["extra"] / max(1, stats[k]["n"]), 3)}
               for k in perturb.PLANTED}
    compatible = {k: {"n": stats[k]["n"], "false_flag_rate": round(stats[k]["false"] / max(1, stats[k]["n"]), 3)}
                  for k in perturb.COMPATIBLE}
    n_compat = sum(stats[k]["n"] for k in perturb.COMPATIBLE)
    by_dim = {k: {"n": v["n"], "recall": round(v["found"] / max(1, v["n"]), 3)} for k, v in sorted(stats.items())
              if "/" in k}
    shown = stats["shown"]
    return {"half": half, "seed": seed, "pairs": len(pairs), "planted": planted, "planted_by_dimension": by_dim,
            "compatible": compatible,
            "shown_flags": {"right": shown["right"], "wrong": shown["wrong"],
                            "precision": round(shown["right"] / max(1, shown["right"] + shown["wrong"]), 3)},
            "false_flag_rate": round(sum(stats[k]["false"] for k in perturb.COMPATIBLE) / max(1, n_compat), 4),
            "unique": {"omissions": stats["unique"]["n"],
                       "recall": round(stats["unique"]["found"] / max(1, stats["unique"]["n"]), 3),
                       "omissions_with_a_figure_or_date": stats["unique_checkable"]["n"],
                       "recall_with_a_figure_or_date": round(stats["unique_checkable"]["found"]
                                                             / max(1, stats["unique_checkable"]["n"]), 3),
                       "pairs_with_false_unique": round(stats["unique"]["false"] / max(1, stats["unique"]["pairs"]), 3)},
            "calibration_flags": table(flag_rows), "calibration_unique": table(unique_rows),
            "seconds": {"generate": round(t_gen), "pipeline": round(t_pipe), "total": round(t_all)}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--half", choices=("build", "report"), default="report")
    ap.add_argument("--per-kind", type=int, default=60)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--json", type=Path, help="write the figures here")
    a = ap.parse_args()
    res = run(a.half, a.per_kind, a.seed, a.dump)
    emit(res, a.json, indent=1)


if __name__ == "__main__":
    main()
