"""Where each planted DENIAL of the wire sets is lost (round 30): ``where_plants_lost.py`` with ``denial`` read as a
status plant, and the statuses read in each of the plant's two spans listed (verb key, denied or not, status,
subject, object, blanket).

    OMP_NUM_THREADS=1 NEWSPRISM_THREADS=1 PYTHONPATH=src .venv/bin/python benchmarks/where_denials_lost.py \
        wire16 wire17 wire18 wire19 wire20 > /tmp/denials.jsonl

One JSON line per denial plant: ``where`` (the stage, as ``where_plants_lost.py`` names it), ``confidence`` (the best
flag on both spans, or null), ``statuses`` (per span) and ``pairs`` (the furthest status pairs and their gate).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import where_plants_lost as w  # noqa: E402


def _status_line(s: Any) -> str:
    return (f"{s.predicate} negated={s.negated} {s.status} subject={s.subject} object={s.object} "
            f"blanket={s.blanket}")


def main() -> None:
    w.FAMILY["denial"] = "statuses"
    diagnose = w._diagnose

    def with_statuses(c: Any, wire_set: str, p: dict[str, Any], result: Any, records: list[dict[str, Any]],
                      slots: dict[tuple[str, str], list[Any]]) -> dict[str, Any]:
        row = diagnose(c, wire_set, p, result, records, slots)
        row["statuses"] = [[_status_line(s) for s in slots.get(("statuses", side["document"]), [])
                            if w._inside(*w._span("statuses", s), side)] for side in p["sides"]]
        return row

    w._diagnose = with_statuses
    for row in w.run(sys.argv[1:]):
        if row["kind"] == "denial":
            print(json.dumps({k: row[k] for k in ("set", "id", "where", "confidence", "statuses", "pairs")}))


if __name__ == "__main__":
    main()
