"""Which test of the figure lifts (story/confidence.py: ``one_fact_figure``, ``one_fact_measure``,
``one_fact_told_measure``) holds back each hidden figure finding, and how many findings fail ONE test alone.

    python benchmarks/why_lift.py WHY.jsonl [WHY.jsonl ...]        (lines of /tmp/lead/r34/why_hidden.py)
    python benchmarks/why_lift.py --real CAPTURE.jsonl [...]        (lines of training/real_findings.py audit)

A finding held by a guard ahead of every lift (two groups, a source count, figures ten times apart) is counted as
``guard``; the lifts' tests are read from the finding's features as the code asks them (round 44, issue 11; round 48
adds the one-side noun of round 44, the one owner of round 45 and the measured-anywhere test of round 48, which the
depth and groups tests here had left out).
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from newsprism.story.compare import settings  # noqa: E402

AMOUNT_SLOTS = ("count", "quantity", "percentage", "duration")
Test = Callable[[dict[str, float]], bool]


def _f(x: dict[str, float], k: str, d: float) -> float:
    return float(x.get(k, d))


def tests() -> dict[str, dict[str, Test]]:
    cfg = settings()
    shown, low, deep = float(cfg["same_happening_shown"]), float(cfg["same_happening_min"]), float(
        cfg["one_fact_depth_max"])

    def group(x: dict[str, float]) -> bool:
        return _f(x, "partitive", 0) == 0 and _f(x, "group_clash", 0) == 0 and _f(x, "measured_clash", 0) == 0

    def one_fig(x: dict[str, float]) -> bool:
        return max(_f(x, "only_pair", 0), _f(x, "only_figure", 0)) >= 1

    def sole_len(x: dict[str, float]) -> bool:
        return "sole_measured" not in x or x["sole_measured"] >= 1

    def named(x: dict[str, float]) -> bool:
        return (_f(x, "one_measured", 0) >= 1 and _f(x, "sole_measured", 0) >= 1 and _f(x, "noun", 0) >= 0.8
                and _f(x, "noun_clash", 1) == 0)

    def disjoint(x: dict[str, float]) -> bool:  # round 45: confidence.disjoint_pair
        return (bool(cfg.get("one_fact_disjoint_bounds", False)) and _f(x, "disjoint", 0) >= 1
                and _f(x, "noun_rival", 1) == 0 and _f(x, "act_clash", 1) == 0)

    def top(x: dict[str, float]) -> bool:  # confidence.top_or_one_owner (round 45)
        return _f(x, "depth", 1) <= deep or (bool(cfg.get("one_fact_depth_same_owner", False))
                                             and _f(x, "same_owner", 0) >= 1)

    def one_side(x: dict[str, float]) -> bool:  # confidence.one_side_measured (round 44)
        return (bool(cfg.get("one_fact_measure_one_side_noun", False)) and _f(x, "measured_one_side", 0) >= 1
                and _f(x, "partitive", 1) == 0 and _f(x, "group_clash", 1) == 0)

    def anywhere(x: dict[str, float]) -> bool:  # confidence.measured_anywhere (round 48)
        on = bool((cfg.get("one_fact_measure_one_measured_anywhere") or {}).get("enabled", False))
        return (on and _f(x, "one_measured", 0) >= 1 and _f(x, "measured_dated", 1) == 0
                and _f(x, "measured_several", 1) == 0)

    figure: dict[str, Test] = {
        "sole_length": sole_len, "noun": lambda x: _f(x, "noun", 0) >= 1, "counted": lambda x: _f(x, "counted", 0) >= 1,
        "one_figure": lambda x: one_fig(x) or _f(x, "only_count", 0) >= 1 or disjoint(x),
        "vague": lambda x: _f(x, "vague", 1) == 0,
        "told_across_dim": lambda x: _f(x, "told_across_dim", 0) == 0, "one_group": group,
        "same_p": lambda x: _f(x, "same_p", 0) >= shown, "depth": top}

    def m_groups(x: dict[str, float]) -> bool:
        if _f(x, "one_measured", 0) >= 1:
            return _f(x, "partitive", 0) == 0 and _f(x, "group_clash", 0) == 0
        return group(x) or one_side(x)

    measure: dict[str, Test] = {
        "counted": lambda x: named(x) or (_f(x, "noun", 1) == 0 and _f(x, "counted", 1) == 0),
        "noun_clash": lambda x: _f(x, "noun_clash", 1) == 0, "sole_dim": lambda x: _f(x, "sole_dim", 0) >= 1,
        "one_figure": one_fig, "vague": lambda x: _f(x, "vague", 1) == 0,
        "told_across_dim": lambda x: _f(x, "told_across_dim", 1) == 0, "groups": m_groups,
        "same_p": lambda x: _f(x, "same_p", 0) >= (low if _f(x, "one_measured", 0) >= 1 else shown),
        "depth": lambda x: top(x) or anywhere(x)}
    told: dict[str, Test] = {
        "one_told_measure": lambda x: _f(x, "one_told_measure", 0) >= 1, "one_figure": one_fig,
        "vague": lambda x: _f(x, "vague", 1) == 0, "told_across_dim": lambda x: _f(x, "told_across_dim", 1) == 0,
        "partitive": lambda x: _f(x, "partitive", 1) == 0, "group_clash": lambda x: _f(x, "group_clash", 1) == 0,
        "same_p": lambda x: _f(x, "same_p", 0) >= low}
    return {"figure": figure, "measure": measure, "told": told}


def guard(x: dict[str, float], slot: str) -> str | None:
    if slot == "count" and _f(x, "presence_clash", 0) >= 1:
        return "two_groups"
    if slot == "count" and _f(x, "source_count", 0) >= 1:
        return "source_count"
    if _f(x, "gap", 0) > math.log(float(settings()["two_things_ratio"])):
        return "far_figures"
    return None


def diagnose(slot: str, x: dict[str, float]) -> tuple[str, list[str]]:
    """("guard:NAME", []) or (best lift, its failing tests) -- the lift with the fewest failing tests."""
    g = guard(x, slot)
    if g:
        return "guard:" + g, []
    best: tuple[str, list[str]] | None = None
    for lift, ts in tests().items():
        if lift != "figure" and slot not in settings()["one_fact_unit_slots"]:
            continue
        fails = [name for name, t in ts.items() if not t(x)]
        if best is None or len(fails) < len(best[1]):
            best = (lift, fails)
    assert best is not None
    return best


def rows_why(paths: list[Path]) -> list[dict[str, Any]]:
    out = []
    for p in paths:
        for line in p.read_text("utf-8").splitlines():
            r = json.loads(line)
            if r["kind"] == "conflict" and r["slot"] in AMOUNT_SLOTS:
                out.append({"where": f"{r['set']}/{r['story']}", "label": r["label"], "slot": r["slot"],
                            "pkind": r.get("pkind"),
                            "a": r["a"], "b": r["b"], "feat": r["feat"], "conf": r["conf"]})
    return out


def rows_real(paths: list[Path]) -> list[dict[str, Any]]:
    out = []
    for p in paths:
        for line in p.read_text("utf-8").splitlines():
            r = json.loads(line)
            for fl in r["flags"]:
                if fl["kind"] != "conflict" or fl["slot"] not in AMOUNT_SLOTS or (fl.get("final") or fl["confidence"]) >= 0.5:
                    continue
                for f in fl["findings"][:1]:
                    out.append({"where": f"{r['draw']}/{r['story']}", "label": "real", "slot": f["slot"],
                                "a": f["a"], "b": f["b"], "feat": f["features"], "conf": fl["confidence"]})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--real", action="store_true")
    ap.add_argument("--label", default="plant")
    ap.add_argument("--kinds", default="count,count_bound,duration,magnitude,money",
                    help="plant kinds kept (the amount plants; empty: every kind)")
    ap.add_argument("--list", default="", help="print the findings failing only this test")
    a = ap.parse_args()
    rows = rows_real(a.files) if a.real else [r for r in rows_why(a.files) if r["label"] == a.label]
    if a.label == "plant" and not a.real and a.kinds:
        rows = [r for r in rows if r["pkind"] in a.kinds.split(",")]
    single: Counter[str] = Counter()
    anyfail: Counter[str] = Counter()
    nfail: Counter[int] = Counter()
    for r in rows:
        lift, fails = diagnose(r["slot"], r["feat"])
        if lift.startswith("guard"):
            nfail[-1] += 1
            anyfail[lift] += 1
            continue
        nfail[len(fails)] += 1
        for t in fails:
            anyfail[f"{lift}:{t}"] += 1
        if len(fails) == 1:
            single[f"{lift}:{fails[0]}"] += 1
            if fails[0] == a.list:
                print(r["where"], r["slot"], r["a"], "|", r["b"], {k: r["feat"].get(k) for k in ("depth", "same_p")})
    print(f"{len(rows)} hidden amount conflicts ({'real' if a.real else a.label}); failing tests (-1 = guard):",
          dict(sorted(nfail.items())))
    print("fail ONE test alone:", dict(single.most_common()))
    print("fail (any count) on best lift:", dict(anyfail.most_common()))


if __name__ == "__main__":
    main()
