"""Measure a confidence.json refit offline: real dev draws left out one at a time, and the wire sets.

    OMP_NUM_THREADS=1 NEWSPRISM_THREADS=1 PYTHONPATH=src .venv/bin/python benchmarks/conf_lodo.py \
        --perturb training/runs/story/build.jsonl --nli-cache training/runs/story/nli \
        --audits training/runs/c17/audit_*.jsonl --wire training/runs/c17/wire_*.jsonl \
        --base training/runs/c17/base_confidence.json --candidate src/newsprism/story/data/confidence.json \
        --out training/runs/c17/lodo.json --unlabelled training/runs/c17/unlabelled.jsonl

Reads captures (``training/real_findings.py audit --draw D`` / ``wire --set S`` lines: every flag with the findings
behind it and their features) and re-rates each flag with another ``confidence.json`` through
``newsprism.story.confidence`` itself (a flag's confidence is the largest of its findings'; no flag is made or
dropped by its confidence, so a capture holds every flag any file would show). For each real dev draw D, the
``--families`` (``fit_story.AUDIT_FAMILIES``) are refitted as ``training/fit_story.py`` fits them (the same rows
and weights: perturbation build half, NLI dev, the audits' labelled flags) **without D's audit rows**, the other
families taken from ``--candidate``, and D's shown conflict / precision / status flags (confidence >= 0.5) are
scored with the dev labels (``fit_story.audit_labels``), and so are the flags ``--base`` shows (``base_mismatch``:
flags whose re-rating with ``--base`` differs from the captured confidence, 0 when the captures were made with it). A shown flag with no label is
written to ``--unlabelled`` with its key only (no confidence), to be labelled before its figure is read. Wire
sets: planted shown / compatible shown / other shown (``benchmarks/bench_wire.py``'s rules) with ``--candidate``;
with ``--wire-fit`` the wire captures are fitted on too (``fit_story.py --wire``) and each set is also scored by a
refit without its own rows (leave one set out, ``loso``). ``--no-audit-fit`` fits without the audits (the draws
are then scored by one fit that saw none of them), ``--inputs`` names the refitted families' inputs (as
``fit_story.py --inputs``), and each draw is also scored with ``--candidate`` itself (``candidate``, in-sample when
that file was fitted on the draw). No article text is read or written.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT / "benchmarks"))


def _shown_at() -> float:
    """The reports' "shown by default" bar (``report/data/flags.json`` ``confident_at``)."""
    from newsprism.report.flags import confident_at

    return confident_at()


def _flag_kinds() -> tuple[str, ...]:
    """The flag kinds scored here: those whose labels ``fit_story.py --audits`` reads."""
    import fit_story

    return fit_story.AUDIT_KINDS


def _side(value: str) -> SimpleNamespace:
    return SimpleNamespace(value=value)


def finding_confidence(f: dict[str, Any], model: dict[str, Any]) -> float:
    """A captured finding's confidence under ``model``: ``newsprism.story.confidence.confidence`` on a stand-in
    finding (kind, slot, features; the title values are stood in for by what ``one_person_title`` said of them)."""
    from newsprism.story import confidence as conf
    from newsprism.story.compare import settings

    doubtful = str(settings()["doubtful_rank_words"][0])
    value = "title" if f.get("one_person_title", True) else doubtful
    stand_in = SimpleNamespace(kind=f["kind"], slot=f["slot"], features=dict(f["features"]), a=_side(value),
                               b=_side(value))
    saved = conf.model
    conf.model = lambda: model  # type: ignore[assignment]
    try:
        return float(conf.confidence(stand_in))  # type: ignore[arg-type]
    finally:
        conf.model = saved  # type: ignore[assignment]


def flag_confidence(flag: dict[str, Any], model: dict[str, Any]) -> float:
    return round(max(finding_confidence(f, model) for f in flag["findings"]), 4)


def load_lines(paths: list[Path]) -> list[dict[str, Any]]:
    return [json.loads(line) for p in paths for line in p.read_text("utf-8").splitlines() if line.strip()]


def fit_rows(args: argparse.Namespace) -> list[dict[str, Any]]:
    """The rows ``fit_story.py --perturb --nli-cache --audits`` fits the ``--families`` on (NLI rows cached)."""
    import fit_story

    rows = [json.loads(line) for line in args.perturb.read_text("utf-8").splitlines() if line.strip()]
    for r in rows:
        r["part"] = "perturb"
    if not args.no_audit_fit:
        rows += fit_story.audit_rows(args.audits, tuple(args.families))
    if args.wire_fit:
        rows += fit_story.wire_rows(args.wire, tuple(args.families))
    cache = args.nli_cache / "nli_rows.jsonl"
    if not cache.exists():
        cache.write_text("".join(json.dumps(r) + "\n" for r in fit_story.nli_rows(args.data, args.nli_cache)),
                         encoding="utf-8")
    rows += [json.loads(line) for line in cache.read_text("utf-8").splitlines() if line.strip()]
    return rows


def refit(rows: list[dict[str, Any]], families: list[str], into: dict[str, Any],
          inputs: tuple[str, ...] | None = None) -> dict[str, Any]:
    import fit_story

    out = copy.deepcopy(into)
    for fam in families:
        fam_rows = [r for r in rows if fit_story.family_of(r) == fam]
        out["families"][fam], _ = fit_story.fit_family(fam_rows, fam, inputs)
    return out


def score_draw(lines: list[dict[str, Any]], model: dict[str, Any] | None,
               labels: dict[tuple[Any, ...], str]) -> dict[str, Any]:
    """Shown flags of one draw: right / wrong / unlabelled, with the unlabelled keys (``model`` None: the captured
    confidences)."""
    import fit_story

    out: dict[str, Any] = {"right": 0, "wrong": 0, "unlabelled": 0, "shown": [], "unlabelled_keys": []}
    kinds, shown_at = _flag_kinds(), _shown_at()
    for r in lines:
        for flag in r["flags"]:
            if flag["kind"] not in kinds or flag.get("final") is None:
                continue
            c = flag["final"] if model is None else flag_confidence(flag, model)
            if c < shown_at:
                continue
            key = fit_story.flag_key(r["story"], flag)
            lab = labels.get(key)
            tag = lab if lab in ("right", "wrong") else "unlabelled"
            out[tag] += 1
            out["shown"].append({"key": list(key), "label": tag})
            if tag == "unlabelled":
                out["unlabelled_keys"].append(list(key))
    return out


def check_base(lines: list[dict[str, Any]], base: dict[str, Any]) -> int:
    """How many flags' re-rating with the base file differs from its captured confidence by more than 1e-3."""
    bad = 0
    for r in lines:
        for flag in r["flags"]:
            if flag.get("final") is not None and abs(flag_confidence(flag, base) - flag["final"]) > 1e-3:
                bad += 1
    return bad


def score_wire(lines: list[dict[str, Any]], model: dict[str, Any] | None) -> dict[str, Any]:
    """Planted / compatible / other shown flags of a captured wire set, by ``bench_wire.on_plant``'s rule."""
    from bench_wire import on_plant

    def captured(flag: dict[str, Any]) -> SimpleNamespace:
        return SimpleNamespace(sides=[SimpleNamespace(document=d, start=s, end=e) for d, s, e in flag["sides"]])

    def plant(p: dict[str, Any]) -> dict[str, Any]:
        return {**p, "sides": [{"document": d, "start": s, "end": e} for d, s, e in p["sides"]]}

    kinds, shown_at = _flag_kinds(), _shown_at()
    planted = compat = other = 0
    found: list[str] = []
    compat_ids: list[str] = []
    for r in lines:
        shown = [captured(f) for f in r["flags"] if f["kind"] in kinds and f.get("final") is not None
                 and (f["final"] if model is None else flag_confidence(f, model)) >= shown_at]
        plants = [plant(p) for p in r["plants"]]
        for p in plants:
            hit = any(on_plant(f, p) for f in shown)
            if p["expect"] == "compatible":
                compat += hit
                if hit:
                    compat_ids.append(p["id"])
            else:
                planted += hit
                if hit:
                    found.append(p["id"])
        other += sum(not any(on_plant(f, p) for p in plants) for f in shown)
    n = sum(p["expect"] != "compatible" for r in lines for p in r["plants"])
    return {"planted_shown": planted, "planted": n, "compatible_shown": compat, "other_shown": other,
            "found": sorted(found), "compatible_ids": compat_ids}


def main() -> None:
    import fit_story

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--perturb", type=Path, required=True)
    ap.add_argument("--nli-cache", type=Path, required=True)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--audits", type=Path, nargs="+", required=True)
    ap.add_argument("--wire", type=Path, nargs="*", default=[])
    ap.add_argument("--base", type=Path, required=True, help="the file the captures were made with")
    ap.add_argument("--candidate", type=Path, required=True)
    ap.add_argument("--families", nargs="+", default=list(fit_story.AUDIT_FAMILIES))
    ap.add_argument("--general-inputs", action="store_true", help="as fit_story.py --general-inputs")
    ap.add_argument("--inputs", nargs="+", help="as fit_story.py --inputs: the refitted families' inputs")
    ap.add_argument("--wire-fit", action="store_true", help="fit on the --wire captures too (fit_story.py --wire): "
                    "each draw left out as before, and each wire set scored by a refit without its own rows (loso)")
    ap.add_argument("--no-audit-fit", action="store_true", help="fit without the audits' labelled flags (fit_story.py "
                    "without --audits): the draws are then scored by one fit that never saw any of them")
    ap.add_argument("--signed", action="store_true", help="as fit_story.py --signed: each weight held to its sign")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--unlabelled", type=Path, required=True)
    args = ap.parse_args()
    fit_story.SIGNED = args.signed
    base = json.loads(args.base.read_text("utf-8"))
    fit_story.KEPT_RAW.update(fit_story.kept_raw(base))  # the floors (fit_story.FLOORED) of the file refitted
    cand = json.loads(args.candidate.read_text("utf-8"))
    rows = fit_rows(args)
    inputs = tuple(args.inputs) if args.inputs else fit_story.GENERAL_INPUTS if args.general_inputs else None
    report: dict[str, Any] = {"draws": {}, "wire": {}}
    unl: list[dict[str, Any]] = []
    for path in args.audits:
        lines = load_lines([path])
        draw = lines[0]["draw"]
        labels = fit_story.audit_labels(draw)
        lodo = refit([r for r in rows if r.get("draw") != draw], args.families, cand,
                     inputs)
        b, a = score_draw(lines, base, labels), score_draw(lines, lodo, labels)
        c = score_draw(lines, cand, labels)  # the --candidate file itself (in-sample when it was fitted on D)
        report["draws"][draw] = {"base_mismatch": check_base(lines, base), "base": b, "lodo": a, "candidate": c}
        unl += [{"draw": draw, "key": k} for k in a["unlabelled_keys"] + b["unlabelled_keys"]]
        print(draw, {k: b[k] for k in ("right", "wrong", "unlabelled")}, "->",
              {k: a[k] for k in ("right", "wrong", "unlabelled")}, flush=True)
    tot = {w: {k: sum(d[w][k] for d in report["draws"].values()) for k in ("right", "wrong", "unlabelled")}
           for w in ("base", "lodo", "candidate")}
    report["total"] = tot
    print("total", tot)
    for path in args.wire:
        lines = load_lines([path])
        name = lines[0]["draw"]
        report["wire"][name] = {"base": score_wire(lines, base), "candidate": score_wire(lines, cand),
                                "installed": score_wire(lines, None)}
        if args.wire_fit:  # the set scored by a fit that never saw its rows
            loso = refit([r for r in rows if r.get("draw") != name], args.families, cand,
                         inputs)
            report["wire"][name]["loso"] = score_wire(lines, loso)
        print(name, *(f"{w} {({k: v for k, v in report['wire'][name][w].items() if k != 'found'})}"
                      for w in ("base", "candidate", "loso") if w in report["wire"][name]))
    if args.wire_fit:
        report["wire_total"] = {w: {k: sum(x[w][k] for x in report["wire"].values())
                                    for k in ("planted_shown", "planted", "compatible_shown", "other_shown")}
                                for w in ("base", "candidate", "loso")}
        print("wire total", report["wire_total"])
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    args.unlabelled.write_text("".join(json.dumps(u) + "\n" for u in unl), encoding="utf-8")


if __name__ == "__main__":
    main()
