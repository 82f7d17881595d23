"""Inter-reader agreement of two label files of one events audit draw (round 17: r17's second reader).

    .venv/bin/python benchmarks/compare_event_readers.py benchmarks/audits/events_r17.jsonl \
        benchmarks/audits/events_r17_second.jsonl

Events are matched by (article, trigger start, trigger end, trigger): the label files are read by
`audit_events.load_labels`, as the audit reads them.
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

from audit_events import SHOWN_AT, load_labels
from sklearn.metrics import cohen_kappa_score


def kappa(a: list[str], b: list[str]) -> float:
    """Cohen's kappa of two readers' categorical labels of the same items (1.0 when both give one label only)."""
    return 1.0 if len(set(a) | set(b)) == 1 else float(cohen_kappa_score(a, b))


def _right(r: dict) -> str:
    return "right" if r["label"] == "correct" else "wrong"


def _line(r: dict) -> str:
    cause = f":{r['cause']}" if r.get("cause") else ""
    return f"{r['label']}{cause} [{r.get('gold_status') or '-'}] {r['note']}"


def compare(first: Path, second: Path) -> dict:
    """Agreement figures of two readers over the events both labelled."""
    (a, _), (b, _) = load_labels(first), load_labels(second)
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
