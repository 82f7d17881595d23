"""Two runs of the events dev draws side by side: every labelled dev draw scored and pooled, and which events one run
states that the other does not (round 31: what a duplicate fold removes, and where it went).

    # each run: audit_events.py --dev-draws OUT/dev, then --draw r15|r21|r22 --save OUT/dev/<draw>.jsonl
    PYTHONPATH=src .venv/bin/python benchmarks/events_fold_diff.py score OUT/dev [EXTRA_LABELS...]
    PYTHONPATH=src .venv/bin/python benchmarks/events_fold_diff.py diff BASE/dev CANDIDATE/dev

The draws: ``audit_events.DEV_DRAWS`` (their label files, partial audits scored on their labelled articles) and the
dev draws kept in ``HELD_OUT`` that are in no fit (r15, r21, r22: their own label files). ``score`` prints per draw and
pooled: stated, right, shown by default (``audit_events.SHOWN_AT``) and right shown, status right / judged, unlabelled
events. ``diff`` prints each event of the base run that the candidate no longer states (its label, and the candidate
event whose mentions now hold its trigger), and each event only the candidate states (to be read and labelled).
Prints offsets, labels and the two sentences (for the reader; nothing is written).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import audit_events as audit  # noqa: E402

DEV_HELD_OUT = ("r15", "r21", "r22")  # dev draws in no fit, scored with their own label files


def draws() -> dict[str, list[Path]]:
    """draw -> its label files, in the order a later line wins."""
    out = {name: [audit.HERE / "audits" / f for f in files] for name, (_, files) in audit.DEV_DRAWS.items()}
    for name in DEV_HELD_OUT:
        held = audit.HELD_OUT[name]
        out[name] = [p for p in held[1:] if p.exists()]
    return out


def _docs(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]


def score(saved: Path, extra: list[Path]) -> dict:
    pooled = dict.fromkeys(("stated", "right", "shown", "shown_right", "status_right", "status_n", "unlabelled"), 0)
    per = {}
    for name, files in draws().items():
        labels, missed = audit.load_labels(*files, *extra)
        docs = _docs(saved / f"{name}.jsonl")
        if name in audit.DEV_DRAWS:  # a partial audit: its labelled articles only, as --dev-draws scores it
            have = {k[0] for k in labels}
            docs = [d for d in docs if d["id"] in have]
        r = audit.score(docs, labels, missed)
        st = r["status"]
        row = {"stated": r["labelled_matched"], "right": r["counts"]["correct"], "shown": r["shown_by_default"]["n"],
               "shown_right": r["shown_by_default"]["correct"], "status_right": round((st["accuracy"] or 0) * st["n"]),
               "status_n": st["n"], "unlabelled": r["unlabelled"]}
        per[name] = {**row, "unlabelled_events": r["unlabelled_events"]}
        for k in pooled:
            pooled[k] += row[k]
    pooled_out: dict = dict(pooled)
    pooled_out["shown_precision"] = audit.rate(pooled["shown_right"], pooled["shown"])
    pooled_out["precision"] = audit.rate(pooled["right"], pooled["stated"])
    pooled_out["status_accuracy"] = audit.rate(pooled["status_right"], pooled["status_n"])
    return {"draws": per, "pooled": pooled_out}


def _sentence(text: str, at: int) -> str:
    a = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [x for x in (text.find(". ", at), text.find("\n", at)) if x >= 0]
    return text[a:min(ends or [len(text)]) + 1].strip()


def diff(base: Path, cand: Path) -> None:
    for name, files in draws().items():
        labels, _ = audit.load_labels(*files)
        b = {d["id"]: d for d in _docs(base / f"{name}.jsonl")}
        c = {d["id"]: d for d in _docs(cand / f"{name}.jsonl")}
        for did, d in b.items():
            kb = {(e["trigger_start"], e["trigger_end"], e["trigger"]): e for e in d["events"]}
            kc = {(e["trigger_start"], e["trigger_end"], e["trigger"]): e for e in c[did]["events"]}
            for k in sorted(kb.keys() - kc.keys()):
                e, lab = kb[k], labels.get((did, *k), {})
                print(f"GONE {name} {did} {e['trigger']!r}@{k[0]} conf={e['confidence']} "
                      f"label={lab.get('label')}:{lab.get('cause')} actor={e['actor']!r} target={e['target']!r}")
                print("    ", _sentence(d["text"], k[0]))
                host = next((h for h in c[did]["events"] if any(m["start"] == k[0] for m in h["mentions"])), None)
                if host is not None:
                    hl = labels.get((did, host["trigger_start"], host["trigger_end"], host["trigger"]), {})
                    print(f"    INTO {host['trigger']!r}@{host['trigger_start']} conf={host['confidence']} "
                          f"label={hl.get('label')} actor={host['actor']!r} target={host['target']!r}")
                    print("    ", _sentence(d["text"], host["trigger_start"]))
            for k in sorted(kc.keys() - kb.keys()):
                print(f"NEW {name} {did} {kc[k]['trigger']!r}@{k[0]} label={labels.get((did, *k), {}).get('label')}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("score")
    s.add_argument("saved", type=Path)
    s.add_argument("extra", type=Path, nargs="*", help="label files read after each draw's own (re-judged lines)")
    d = sub.add_parser("diff")
    d.add_argument("base", type=Path)
    d.add_argument("candidate", type=Path)
    args = ap.parse_args()
    if args.cmd == "score":
        print(json.dumps(score(args.saved, args.extra), indent=1))
    else:
        diff(args.base, args.candidate)


if __name__ == "__main__":
    main()
