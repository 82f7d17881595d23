"""The first five consensus (or, with ``--kind unique``, "only one source") items per story (the order a reader meets
them: by confidence) on the labelled dev story draws, judged by every label file of each draw (round 18, consensus
refit of ``story/data/confidence.json``; round 19, unique items).

    PYTHONPATH=src .venv/bin/python benchmarks/consensus_first5.py --save OUT_DIR        # run compare, then score
    PYTHONPATH=src .venv/bin/python benchmarks/consensus_first5.py --results OUT_DIR     # score saved outputs
    ... --results OUT_DIR --unlabelled LISTING.txt   # the unlabelled first-five items in context, to label by hand
    ... --results OUT_DIR --kind unique              # the first five "only one source" items instead

The draws are those of ``audit_story.py`` whose consensus items are judged (the flags-only draws r10f, r11f, r12f,
r14f and ECB+ dev judge no consensus item): BASIL dev, heldout, fresh, r4, r5, r6-r12, r14-r17. A draw's labels are
its ``fit_story.AUDIT_LABELS`` files (every re-judged file: ``_consensus_r8dev``, ``_consensusr9``, ...), then its
``audit_story.py`` label files, then ``story_<stem>_consr18.jsonl`` (items first met in a first five in round 18,
labelled before their confidence was read); a later file's line replaces an earlier one. With ``--kind unique`` the
draws are the same plus r18 (dev from round 19), and the labels are those files, then every re-judged unique file of
the draw (``story_<stem>_unique*.jsonl``: ``_uniquer9``, ``_uniquer10``, ``_uniquer11``), then
``story_<stem>_uniq19.jsonl`` (unique items first met in a first five in round 19, labelled before their confidence was
read), then ``story_<stem>_role21.jsonl`` (round 21: items first met in a first five with the standing-facts units,
labelled the same way). The run uses whatever
``newsprism`` is on ``PYTHONPATH``, so the same command measures a snapshot with another ``confidence.json``.
The unlabelled listing gives each item's sides in context and no confidence.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "training"))

import audit_story as au  # noqa: E402
from basil import rate  # noqa: E402
from fit_story import AUDIT_LABELS  # noqa: E402

AUDITS = HERE / "audits"
# audit_story draws whose first-five consensus items are judged ("dev": the 25 BASIL dev triplets)
DRAWS = ("dev", "heldout", "fresh", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12", "r14", "r15", "r16", "r17",
         "r18")
CONSENSUS_DRAWS = DRAWS[:-1]  # r18 (dev from round 19) states no consensus item; the round-18 figures leave it out
KINDS = ("consensus", "unique")
# the label file of items first met in a first five by a later change, read last (per list kind)
# (round 21: ``_role21``, unique items first met in a first five with the standing-facts units, read after ``_uniq19``)
LAST_FILES = {"consensus": ("consr18",), "unique": ("uniq19", "role21")}


def spec(draw: str) -> au.DrawSpec:
    return au.DEV_DRAW if draw == "dev" else au.DRAWS[draw]


def stem(draw: str) -> str:
    """The label files' stem of a draw (``story_<stem>.jsonl``): basil, basil_heldout, ..., r6, ..."""
    return spec(draw)[1][0].stem.removeprefix("story_")


def label_files(draw: str, kind: str = "consensus") -> list[Path]:
    files = [AUDITS / f"{n}.jsonl" for n in AUDIT_LABELS.get(draw, ())]
    files += [p for p in spec(draw)[1] if p not in files]
    last = [AUDITS / f"story_{stem(draw)}_{n}.jsonl" for n in LAST_FILES[kind]]
    if kind == "unique":  # every re-judged unique file of the draw (_uniquer9, _uniquer10, _uniquer11), oldest first
        rejudged = sorted(AUDITS.glob(f"story_{stem(draw)}_uniquer*.jsonl"), key=lambda p: int(p.stem.rsplit("r", 1)[1]))
        files += [p for p in rejudged if p not in files]
    return [*(p for p in files if p not in last), *last]


def first_five(results: dict[str, dict], kind: str = "consensus") -> list[tuple[str, dict]]:
    cut = au.confident_at()
    return [(t, f) for t, res in results.items() for g, f in au.audited(au.flags(res), cut) if g == kind]


def score(draw: str, results: dict[str, dict], kind: str = "consensus") -> dict[str, Any]:
    labels = au.load_labels(*label_files(draw, kind))
    cut = au.confident_at()
    items = first_five(results, kind)
    got = [(labels.get(au.key(t, f)), (f.get("confidence") or 0.0) >= cut) for t, f in items]
    lab = [(g, shown) for g, shown in got if g is not None]
    right = sum(g["label"] == "right" for g, _ in lab)
    shown = [g for g, s in lab if s]
    every = [f for res in results.values() for f in au.flags(res) if f["kind"] == kind]
    return {"stories": len(results), "items": len(items), "labelled": len(lab), "right": right,
            "wrong": len(lab) - right, "unlabelled": len(items) - len(lab), "precision": rate(right, len(lab)),
            # of the labelled first-five items, those shown by default (confidence at or above the cut)
            "shown_labelled": len(shown), "shown_right": sum(g["label"] == "right" for g in shown),
            # the labelled-wrong first-five items by the label's cause
            "wrong_causes": dict(Counter(str(g.get("cause")) for g, _ in lab if g["label"] != "right").most_common()),
            # every item of the kind in the draw, and those at or above the cut
            "all_items": len(every), "all_shown": sum((f.get("confidence") or 0.0) >= cut for f in every)}


def listing(draw: str, results: dict[str, dict], kind: str = "consensus") -> list[str]:
    """The unlabelled first-five items of a draw with their sides in context (no confidence)."""
    labels = au.load_labels(*label_files(draw, kind))
    out = []
    for t, f in first_five(results, kind):
        if au.key(t, f) in labels:
            continue
        docs = {d["id"]: d for d in results[t]["documents"]}
        sides = sorted([s["document"], s["start"], s["end"]] for s in f.get("sides", []))
        out.append(f"\n=== {draw} | {json.dumps({'story': t, 'kind': f['kind'], 'slot': f.get('slot'), 'sides': sides})}")
        out.append(f"   id={f['id']} topic={f.get('topic')!r}")
        out.append(f"   STATEMENT: {f.get('statement')}")
        for s in f.get("sides", []):
            text = docs[s["document"]]["text"]
            a, b = s["start"], s["end"]
            ctx = text[max(0, a - 200):a] + "[[" + text[a:b] + "]]" + text[b:b + 150]
            out.append(f"   - {s['document']} ({s.get('outlet')}): " + ctx.replace("\n", " / "))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--save", type=Path, help="run compare on every draw and save the outputs here (<draw>.json)")
    ap.add_argument("--results", type=Path, help="score the outputs saved here instead of running compare")
    ap.add_argument("--kind", choices=KINDS, default="consensus", help="the list judged (default: consensus)")
    ap.add_argument("--draws", nargs="+", choices=DRAWS,
                    help="default: every draw judging the kind (consensus: all but r18; unique: all)")
    ap.add_argument("--unlabelled", type=Path, help="write the unlabelled first-five items in context here")
    ap.add_argument("--out", type=Path, help="write the figures as JSON here")
    a = ap.parse_args()
    if not (a.save or a.results):
        ap.error("give --save or --results")
    draws = a.draws or list(CONSENSUS_DRAWS if a.kind == "consensus" else DRAWS)
    per: dict[str, Any] = {}
    lines: list[str] = []
    for draw in draws:
        if a.results:
            results = json.loads((a.results / f"{draw}.json").read_text("utf-8"))["results"]
        else:
            results, timing = au.run_compare(spec(draw)[0]())
            a.save.mkdir(parents=True, exist_ok=True)
            (a.save / f"{draw}.json").write_text(json.dumps({"results": results, "timing": timing}), encoding="utf-8")
        per[draw] = score(draw, results, a.kind)
        lines += listing(draw, results, a.kind)
        print(draw, json.dumps(per[draw]), flush=True)
    pooled = {k: sum(p[k] for p in per.values()) for k in ("stories", "items", "labelled", "right", "wrong", "unlabelled",
                                                           "shown_labelled", "shown_right", "all_items", "all_shown")}
    pooled["precision"] = rate(pooled["right"], pooled["labelled"])
    pooled["shown_precision"] = rate(pooled["shown_right"], pooled["shown_labelled"])
    out = {"kind": a.kind, "pooled": pooled, "draws": per, "confident_at": au.confident_at()}
    print(json.dumps({"pooled": pooled}))
    if a.out:
        a.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    if a.unlabelled:
        a.unlabelled.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
