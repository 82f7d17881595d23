"""Inter-reader agreement of two label files of one events audit draw (round 17: r17's second reader).

    .venv/bin/python benchmarks/compare_event_readers.py benchmarks/audits/events_r17.jsonl \
        benchmarks/audits/events_r17_second.jsonl

Events are matched by (article, trigger start, trigger end, trigger), as `audit_events.py` matches labels.
Right = label `correct`; wrong = any other label. Printed: raw agreement and Cohen's kappa on right/wrong and on
the five labels, gold-status agreement where both readers give one, and per reader the precision over every stated
event and over the events shown by default (confidence at labelling >= SHOWN_AT), then every right/wrong
disagreement and every other difference (label, cause, gold status) with both readers' notes.
Reads label files only; runs no pipeline.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

SHOWN_AT = 0.5  # the reports' "shown by default" bar (Event.confidence), as at labelling

Key = tuple[str, int, int, str]


def load_events(path: Path) -> dict[Key, dict]:
    """The event lines of a label file (missed lines skipped), keyed as audit_events.py keys them."""
    out: dict[Key, dict] = {}
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        if r.get("kind") != "missed":
            out[(r["article"], r["start"], r["end"], r["trigger"])] = r
    return out


def kappa(a: list[str], b: list[str]) -> float:
    """Cohen's kappa of two readers' categorical labels of the same items."""
    n = len(a)
    po = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[c] * cb[c] for c in set(a) | set(b)) / (n * n)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0


def _right(r: dict) -> str:
    return "right" if r["label"] == "correct" else "wrong"


def _line(r: dict) -> str:
    cause = f":{r['cause']}" if r.get("cause") else ""
    return f"{r['label']}{cause} [{r.get('gold_status') or '-'}] {r['note']}"


def compare(first: Path, second: Path) -> dict:
    """Agreement figures of two readers over the events both labelled."""
    a, b = load_events(first), load_events(second)
    both = sorted(set(a) & set(b))
    ra, rb = [_right(a[k]) for k in both], [_right(b[k]) for k in both]
    la, lb = [a[k]["label"] for k in both], [b[k]["label"] for k in both]
    status = [k for k in both if a[k].get("gold_status") and b[k].get("gold_status")]
    out: dict = {"first_only": len(set(a) - set(b)), "second_only": len(set(b) - set(a)), "both": len(both),
                 "right_wrong_agree": sum(x == y for x, y in zip(ra, rb, strict=True)),
                 "right_wrong_kappa": round(kappa(ra, rb), 3),
                 "label_agree": sum(x == y for x, y in zip(la, lb, strict=True)),
                 "label_kappa": round(kappa(la, lb), 3),
                 "status_both_given": len(status),
                 "status_agree": sum(a[k]["gold_status"] == b[k]["gold_status"] for k in status),
                 "confusion": {f"{x}/{y}": c for (x, y), c in sorted(Counter(zip(la, lb, strict=True)).items())}}
    for name, lab in (("first", a), ("second", b)):
        rows = [lab[k] for k in both]
        shown = [r for r in rows if (r["at_labelling"].get("confidence") or 0.0) >= SHOWN_AT]
        out[name] = {"correct": sum(r["label"] == "correct" for r in rows), "stated": len(rows),
                     "shown_correct": sum(r["label"] == "correct" for r in shown), "shown": len(shown)}
    out["disagreements"] = [f"{k[0]} {a[k]['event']} {k[3]!r} conf {a[k]['at_labelling'].get('confidence')}: "
                            f"FIRST {_line(a[k])} || SECOND {_line(b[k])}"
                            for k in both if _right(a[k]) != _right(b[k])]
    out["other_differences"] = [f"{k[0]} {a[k]['event']} {k[3]!r}: FIRST {_line(a[k])} || SECOND {_line(b[k])}"
                                for k in both if _right(a[k]) == _right(b[k])
                                and (a[k]["label"], a[k].get("cause"), a[k].get("gold_status"))
                                != (b[k]["label"], b[k].get("cause"), b[k].get("gold_status"))]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("first", type=Path, help="the first reader's label file")
    ap.add_argument("second", type=Path, help="the second reader's label file")
    args = ap.parse_args()
    print(json.dumps(compare(args.first, args.second), indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
