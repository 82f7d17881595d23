"""Which cap or which missing condition of ``one_fact_figure`` / ``one_fact_measure`` holds each planted amount
discrepancy of the dev wire sets that is found (a flag on the plant) but hidden (below 0.5). Round 28 (issue 11).

    PYTHONPATH=src python benchmarks/amount_hidden.py training/runs/amt28/wire/*.jsonl [--all]

Reads ``training/real_findings.py wire`` captures (features only, no text); prints one row per plant and a table of
causes. ``--all`` also lists compatible variations flagged at any confidence.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

AMOUNT_KINDS = ("count", "count_bound", "magnitude", "money", "vote_share")


def missing(f: dict[str, Any], cfg: dict[str, Any]) -> list[str]:
    """The conditions of the one-fact lifts that fail, and the caps that hold, for one captured finding."""
    x = f["features"]
    out: list[str] = []
    if f["kind"] != "conflict":
        out.append(f"kind={f['kind']}")
    if float(x.get("presence_clash", 0)) >= 1:
        out.append("CAP two_groups")
    if float(x.get("kind_contrast", 0)) >= 1:
        out.append("CAP kind_contrast")
    same_p = float(x.get("same_p", 0))
    if same_p < cfg["same_happening_shown"]:
        out.append(f"same_p<{cfg['same_happening_shown']} ({same_p:.2f})")
    if float(x.get("sentence", 1)) < cfg["shown_min_sentence"]:
        out.append(f"sentence<{cfg['shown_min_sentence']}")
    if float(x.get("depth", 1)) > cfg["one_fact_depth_max"]:
        out.append(f"depth>{cfg['one_fact_depth_max']} ({float(x.get('depth', 1)):.2f})")
    for k in ("partitive", "group_clash", "measured_clash"):
        if float(x.get(k, 0)) != 0:
            out.append(k)
    if float(x.get("vague", 1)) != 0:
        out.append("vague")
    if float(x.get("only_pair", 0)) < 1:
        out.append("only_pair=0")
    if float(x.get("told_across_dim", 0)) != 0:
        out.append("told_across_dim")
    counted = float(x.get("noun", 0)) >= 1 and float(x.get("counted", 0)) >= 1
    unit = (f["slot"] in cfg["one_fact_unit_slots"] and float(x.get("noun", 1)) == 0
            and float(x.get("noun_clash", 1)) == 0 and float(x.get("counted", 1)) == 0)
    if not counted and not unit:
        out.append(f"no counted noun (noun {x.get('noun', 0)}, counted {x.get('counted', 0)}, "
                   f"noun_clash {x.get('noun_clash', 0)}, slot {f['slot']})")
    if unit and not counted and float(x.get("sole_dim", 0)) < 1:
        out.append("sole_dim=0")
    return out


def main() -> None:
    from bench_wire import on_plant

    from newsprism.story.compare import settings

    p = argparse.ArgumentParser()
    p.add_argument("captures", nargs="+", type=Path)
    p.add_argument("--all", action="store_true", help="also list compatible variations flagged at any confidence")
    a = p.parse_args()
    cfg = settings()
    causes: Counter[str] = Counter()
    first: Counter[str] = Counter()
    for path in a.captures:
        for line in path.read_text("utf-8").splitlines():
            r = json.loads(line)
            for pl in r["plants"]:
                want = pl["expect"] == "conflict" and pl["kind"] in AMOUNT_KINDS
                if not want and not (a.all and pl["expect"] == "compatible"):
                    continue
                plant = {"sides": [{"document": d, "start": s, "end": e} for d, s, e in pl["sides"]]}
                on = [fl for fl in r["flags"] if fl["kind"] in ("conflict", "precision", "status")
                      and on_plant(SimpleNamespace(sides=[SimpleNamespace(document=d, start=s, end=e)
                                                          for d, s, e in fl["sides"]]), plant)]
                if not on:
                    continue
                best = max(on, key=lambda fl: fl["final"] or 0.0)
                conf = best["final"] or 0.0
                if want and conf >= 0.5:
                    continue
                fs = [f for f in best["findings"] if f["family"] == "amount"] or best["findings"]
                f = max(fs, key=lambda f: f["confidence"] or 0.0)
                miss = missing(f, cfg)
                if want:
                    for m in {m.split(" (")[0] for m in miss}:
                        causes[m] += 1
                    if miss:
                        first[miss[0].split(" (")[0]] += 1
                x = f["features"]
                print(f"{r['draw']:7s} {pl['id']:24s} {pl['kind']:12s} {pl['expect'][:6]} {best['kind'][:4]}/"
                      f"{best['slot']:10s} final {conf:.3f} fam {f['confidence']:.3f} sent {x.get('sentence', 0):.2f}"
                      f" gap {x.get('gap', 0):.2f} | " + "; ".join(miss))
    print("\nhidden planted amount plants, every failing condition or cap counted:")
    for k, n in causes.most_common():
        print(f"  {n:3d}  {k}")
    print("first failing (in the order listed: caps, same_p, sentence, depth, groups, vague, only_pair, told, noun):")
    for k, n in first.most_common():
        print(f"  {n:3d}  {k}")


if __name__ == "__main__":
    main()
