"""Events leave one draw out through the pipeline (the protocol of rounds 17 and 18), for the src on PYTHONPATH.

    events_lodo.py run OUT FIT SCORED C_FRAG C_CONF
    events_lodo.py pool OUT_A OUT_B ...

``run``: FIT is the comma list of draws the fits may use. For each scored draw d the fragment check (C_FRAG) is fitted
on the fragment rows of FIT less (r6, r7, r8) less d, and the event confidence (C_CONF) on the confidence rows of FIT
less (r7, r8) less d. The confidence rows of a draw are recorded with the fragment check fitted without that draw, at
the ``max_fragment`` of the src under test; the duplicate check and the floors are the src's shipped ones. Rows are
cached in OUT; the scores go to OUT/scores.json and each draw's analysed documents to OUT/<draw>.jsonl.
``pool``: right / shown per draw and pooled (FNC-1, BASIL, both), and all stated events with their fragments.
``bar OUT --at 0.5 0.6667 --band 0.55 0.80`` (round 20): from a run's saved documents (OUT/<draw>.jsonl, each draw's
confidences those of the models fitted without it), pooled over FNC-1 and BASIL: the right / shown events at each bar,
the right stated events, and the calibration of the confidence: in the band and in 0.05 bins, the events' mean
confidence against the share of them that are right.

``run ... --duplicate-rows CACHE --duplicate-c C --duplicate-at T`` (round 19) also leaves the scored draw out of the
duplicate check: per scored draw d it is fitted (``train_event_duplicate.mi_fit``, C) on the pair rows of CACHE (the
rows cache ``train_event_duplicate.py --cache`` writes for the src under test) of FIT less d, and folds at T
(``min_duplicate``); without these options the src's shipped duplicate check and ``min_duplicate`` are used.

Round 18 (benchmarks/events.md, "Round 18: refit with r16 and r17"), base on a ``git archive`` of 7108d64's src with
FIT = its 14 dev draws, candidate on the refitted src with FIT = those and r16, r17:

    OMP_NUM_THREADS=1 NEWSPRISM_THREADS=1 PYTHONPATH=<src> .venv/bin/python benchmarks/events_lodo.py run OUT FIT \\
        r9,r10,r11,r12,r14,r15,r16,r17,dev,seed7,seed13,fresh,r4,r5 0.003 0.03
    .venv/bin/python benchmarks/events_lodo.py pool OUT_BASE OUT_CAND

Round 20 (benchmarks/events.md, "Round 20: refit with r19; the show bar"): r19 is a dev draw, scored and pooled with
the FNC-1 draws; base FIT = the 17 draws of round 19 (r19 scored, never fitted), candidate FIT = those and r19, each with
the C its refit chose (``chosen_C`` of training/runs/fragment_cv.json and confidence_cv.json):

    OMP_NUM_THREADS=1 NEWSPRISM_THREADS=1 PYTHONPATH=<src> .venv/bin/python benchmarks/events_lodo.py run OUT FIT \
        r9,r10,r11,r12,r14,r15,r16,r17,r18,r19,dev,seed7,seed13,fresh,r4,r5 C_FRAG C_CONF
    .venv/bin/python benchmarks/events_lodo.py bar OUT --at 0.5 0.6666666666666666 --band 0.55 0.80

Round 21: r20 (held out in round 20) is a dev draw in ``audit_events.DEV_DRAWS``, scored and pooled with the FNC-1
draws (r9-r20); SCORED gains r20.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "training")]

FRAG_NEVER, CONF_NEVER = ("r6", "r7", "r8"), ("r7", "r8")  # never fitted on, as the card's steps 6-7
FNC_DRAWS = ["r9", "r10", "r11", "r12", "r14", "r15", "r16", "r17", "r18", "r19", "r20"]
BASIL_DRAWS = ["dev", "seed7", "seed13", "fresh", "r4", "r5"]


def _draws() -> dict[str, Any]:
    import audit_events as audit

    draws = dict(audit.DEV_DRAWS)
    # r15 is held out from every fit but scored as a dev draw here; r16 and r17 for a src from before round 18
    extra = {"r15": (audit.select_r15, ["events_r15.jsonl", "events_r15_final.jsonl"]),
             "r16": (audit.select_r16, ["events_r16.jsonl", "events_r16_final.jsonl"]),
             "r17": (audit.select_r17, ["events_r17_second.jsonl", "events_r17.jsonl"])}
    for name, entry in extra.items():
        draws.setdefault(name, entry)
    return draws


def run(out: Path, fit: list[str], scored: list[str], c_frag: float, c_conf: float,
        duplicate_rows: Path | None = None, duplicate_c: float | None = None, duplicate_at: float | None = None) -> None:
    import audit_events as audit
    from event_audit_rows import AUDITS, ingest_draw, labelled_rows, standard_logit

    import newsprism
    from newsprism.api import load_pipeline
    from newsprism.events import confidence, fragment, group
    from newsprism.events.confidence import FEATURE_NAMES
    from newsprism.events.fragment import META_NAMES

    draws = _draws()
    out.mkdir(parents=True, exist_ok=True)
    cfg = group.confidence_config()
    print("src:", newsprism.__file__, "max_fragment", cfg.get("max_fragment"), "min_duplicate",
          cfg.get("min_duplicate"), flush=True)
    t0 = time.time()
    frag_draws = [d for d in fit if d not in FRAG_NEVER]
    conf_draws = [d for d in fit if d not in CONF_NEVER]
    shipped_frag, shipped_conf = fragment.get_fragment_model, confidence.get_confidence_model

    frag_cache = out / "frag_rows.npz"
    if frag_cache.exists():
        z = np.load(frag_cache, allow_pickle=False)
        fx, fy, fd = z["X"], z["y"], z["draw"]
    else:
        rows, _ = labelled_rows(fragment, {d: draws[d] for d in frag_draws}, META_NAMES.index("status=occurred"))
        fx = np.stack([r.row for r in rows]).astype(np.float32)
        fy = np.array([r.label == "fragment" for r in rows])
        fd = np.array([r.draw for r in rows])
        np.savez_compressed(frag_cache, X=fx, y=fy, draw=fd)
    print("fragment rows", len(fy), int(fy.sum()), round(time.time() - t0), flush=True)

    def fragment_without(draw: str) -> None:
        keep = (fd != draw) & np.isin(fd, frag_draws)
        model = standard_logit(fx[keep], fy[keep], c_frag)
        fragment.get_fragment_model = lambda fitted=model: fitted

    conf_cache = out / "conf_rows.npz"
    if conf_cache.exists():
        z = np.load(conf_cache, allow_pickle=False)
        cx, cy, cd = z["X"], z["y"], z["draw"]
    else:
        rows, unlabelled = labelled_rows(confidence, {d: draws[d] for d in conf_draws},
                                         FEATURE_NAMES.index("status=occurred"), fragment_without)
        fragment.get_fragment_model = shipped_frag
        cx = np.stack([r.row for r in rows]).astype(np.float32)
        cy = np.array([r.label == "correct" for r in rows])
        cd = np.array([r.draw for r in rows])
        np.savez_compressed(conf_cache, X=cx, y=cy, draw=cd)
        print("unlabelled", unlabelled)
    print("confidence rows", len(cy), int(cy.sum()), round(time.time() - t0), flush=True)

    from newsprism.events import duplicate

    shipped_dup, shipped_cfg = duplicate.get_duplicate_model, group.confidence_config
    dup_rows = None
    if duplicate_rows is not None:
        import train_event_duplicate as dup_train

        assert duplicate_c is not None and duplicate_at is not None, "--duplicate-c and --duplicate-at go with the rows"
        dup_rows = dup_train.collect(duplicate_rows)
        dup_cfg = {**cfg, "min_duplicate": duplicate_at}
        print("duplicate rows", len(dup_rows.label), int((dup_rows.label == "duplicate").sum()), "C", duplicate_c,
              "at", duplicate_at, flush=True)

    pipe = load_pipeline()
    results = {}
    for draw in scored:
        select, files = draws[draw]
        labels, missed = audit.load_labels(*[AUDITS / f for f in files])
        have = {k[0] for k in labels}
        docs = [x for x in ingest_draw(select()) if x.id in have]
        fragment_without(draw)
        keep = (cd != draw) & np.isin(cd, conf_draws)
        conf_model = standard_logit(cx[keep], cy[keep], c_conf)
        confidence.get_confidence_model = lambda model=conf_model: model
        if dup_rows is not None:
            dup_model = dup_train.mi_fit(dup_rows.subset((dup_rows.draw != draw) & np.isin(dup_rows.draw, fit)),
                                         duplicate_c)
            duplicate.get_duplicate_model = lambda model=dup_model: model  # type: ignore[assignment]
            group.confidence_config = lambda: dup_cfg  # type: ignore[assignment]
        try:
            analysed, _ = pipe.pipe_with_state(docs)
        finally:
            fragment.get_fragment_model, confidence.get_confidence_model = shipped_frag, shipped_conf
            duplicate.get_duplicate_model, group.confidence_config = shipped_dup, shipped_cfg  # type: ignore[assignment]
        dumped = [x.model_dump(mode="json") for x in analysed]
        (out / f"{draw}.jsonl").write_text("".join(json.dumps(x) + "\n" for x in dumped), encoding="utf-8")
        score = audit.score(dumped, labels, missed)
        results[draw] = score
        shown = score["shown_by_default"]
        print(draw, "stated", score["labelled_matched"], "unl", score["unlabelled"], "counts", score["counts"],
              "shown", shown["correct"], "/", shown["n"], round(time.time() - t0), flush=True)
    (out / "scores.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    print("done", round(time.time() - t0))


def _aggregate(results: dict[str, Any], names: list[str]) -> tuple[int, int, int, int, int, int]:
    rs = [results[d] for d in names if d in results]
    return (sum(x["shown_by_default"]["correct"] for x in rs), sum(x["shown_by_default"]["n"] for x in rs),
            sum(x["counts"]["correct"] for x in rs), sum(x["labelled_matched"] for x in rs),
            sum(x["counts"]["fragment"] for x in rs), sum(x["unlabelled"] for x in rs))


def _ratio(right: int, n: int) -> str:
    return f"{right}/{n} {right / n:.3f}" if n else f"{right}/{n}"


def pool(outs: list[Path]) -> None:
    results = [json.loads((o / "scores.json").read_text(encoding="utf-8")) for o in outs]
    print("draw | " + " | ".join(o.name for o in outs))
    for draw in FNC_DRAWS + BASIL_DRAWS:
        cells = []
        for r in results:
            a = _aggregate(r, [draw])
            cells.append(f"{_ratio(a[0], a[1])} (all {_ratio(a[2], a[3])}, frag {a[4]}, unl {a[5]})")
        print(draw, "|", " | ".join(cells))
    for name, names in (("FNC-1 r9-r20", FNC_DRAWS), ("BASIL", BASIL_DRAWS), ("FNC-1 + BASIL", FNC_DRAWS + BASIL_DRAWS)):
        aggs = [_aggregate(r, names) for r in results]
        print(f"**{name}** shown |", " | ".join(_ratio(a[0], a[1]) for a in aggs))
        print(f"**{name}** all stated (fragments; unlabelled) |",
              " | ".join(f"{_ratio(a[2], a[3])} ({a[4]}; {a[5]})" for a in aggs))


def _labelled_rows(out: Path, names: list[str]) -> list[tuple[float, bool]]:
    """(confidence, right) of every labelled stated event of the draws saved in OUT, scored as ``audit.score``
    scores them (a ``correct`` or ``wrong_status`` label re-judged by the current status; no confidence: 0)."""
    import audit_events as audit
    from event_audit_rows import AUDITS

    draws = _draws()
    rows: list[tuple[float, bool]] = []
    for name in names:
        path = out / f"{name}.jsonl"
        if not path.exists():
            continue
        labels, _ = audit.load_labels(*[AUDITS / f for f in draws[name][1]])
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            for e in doc.get("events", []):
                lab = labels.get((doc["id"], e["trigger_start"], e["trigger_end"], e["trigger"]))
                if lab is None:
                    continue
                label = lab["label"]
                if label in ("correct", "wrong_status") and lab.get("gold_status"):
                    label = "correct" if e["status"] == lab["gold_status"] else "wrong_status"
                rows.append((float(e.get("confidence") or 0.0), label == "correct"))
    return rows


def bar(out: Path, ats: list[float], band: tuple[float, float]) -> dict[str, Any]:
    rows = _labelled_rows(out, FNC_DRAWS + BASIL_DRAWS)
    right = sum(y for _, y in rows)
    result: dict[str, Any] = {"stated": len(rows), "right_stated": right, "at": {}}
    for at in ats:
        shown = [y for c, y in rows if c >= at]
        result["at"][str(at)] = {"shown": len(shown), "right": sum(shown),
                                 "precision": round(sum(shown) / len(shown), 4) if shown else None,
                                 "right_kept": round(sum(shown) / right, 4) if right else None}
    lo, hi = band
    inside = [(c, y) for c, y in rows if lo <= c < hi]
    result["band"] = {"lo": lo, "hi": hi, "n": len(inside),
                      "mean_confidence": round(sum(c for c, _ in inside) / len(inside), 4) if inside else None,
                      "right_rate": round(sum(y for _, y in inside) / len(inside), 4) if inside else None}
    bins = []
    for k in range(20):
        sel = [(c, y) for c, y in rows if 0.05 * k <= c < 0.05 * (k + 1) or (k == 19 and c >= 1.0)]
        if sel:
            bins.append({"bin": f"[{0.05 * k:.2f}, {0.05 * (k + 1):.2f})", "n": len(sel),
                         "mean_confidence": round(sum(c for c, _ in sel) / len(sel), 4),
                         "right_rate": round(sum(y for _, y in sel) / len(sel), 4)})
    result["bins"] = bins
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="leave one draw out for the src on PYTHONPATH")
    r.add_argument("out", type=Path)
    r.add_argument("fit", help="comma list of the draws the fits may use")
    r.add_argument("scored", help="comma list of the draws to score")
    r.add_argument("c_frag", type=float)
    r.add_argument("c_conf", type=float)
    r.add_argument("--duplicate-rows", type=Path, help="pair rows cache of train_event_duplicate.py: fit the "
                   "duplicate check per scored draw without it")
    r.add_argument("--duplicate-c", type=float, help="C of the duplicate check fitted per scored draw")
    r.add_argument("--duplicate-at", type=float, help="min_duplicate with the duplicate check fitted per scored draw")
    p = sub.add_parser("pool", help="right / shown per draw and pooled, for run OUT folders")
    p.add_argument("outs", type=Path, nargs="+")
    b = sub.add_parser("bar", help="right / shown at each bar and the confidence's calibration, for a run OUT folder")
    b.add_argument("out", type=Path)
    b.add_argument("--at", type=float, nargs="+", default=[0.5])
    b.add_argument("--band", type=float, nargs=2, default=[0.55, 0.80])
    args = ap.parse_args()
    if args.command == "run":
        run(args.out, args.fit.split(","), args.scored.split(","), args.c_frag, args.c_conf, args.duplicate_rows,
            args.duplicate_c, args.duplicate_at)
    elif args.command == "bar":
        print(json.dumps(bar(args.out, args.at, (args.band[0], args.band[1])), indent=1))
    else:
        pool(args.outs)


if __name__ == "__main__":
    main()
