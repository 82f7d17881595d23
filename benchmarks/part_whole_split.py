"""Round 37 (prt37): what the part-and-whole rule (story/flags.part_of_whole) changes on the wire sets' flags, all of
them, shown or not, on a plant or on none. Each story is analysed once; its rated findings are turned into flags twice,
with the rule and with it switched off (everything else identical), and the flags of each kind are counted: on a
planted conflict, on a compatible variation, and on no plant. Only stories whose texts hold a number followed by "of"
can hold a partitive, so only those are analysed (the others cannot change).

    OMP_NUM_THREADS=1 NEWSPRISM_THREADS=1 PYTHONPATH=src .venv/bin/python benchmarks/part_whole_split.py wire wire2 ...
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_wire import COMPATIBLE, FLAG_KINDS, SHOWN, load_plants, on_plant, set_dir  # noqa: E402

NUMBER_OF = re.compile(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                       r"\w+ty(?:-\w+)?|hundred|dozen)\s+of\b", re.IGNORECASE)


def _count(flags: list[Any], plants: list[dict[str, Any]]) -> dict[str, int]:
    out = {"planted_any": 0, "planted_shown": 0, "compatible_any": 0, "no_plant_any": 0, "no_plant_shown": 0}
    for x in flags:
        on = [p for p in plants if on_plant(x, p)]
        shown = x.confidence >= SHOWN
        if not on:
            out["no_plant_any"] += 1
            out["no_plant_shown"] += int(shown)
    for p in plants:
        on = [x for x in flags if on_plant(x, p)]
        key = "compatible" if p["expect"] == COMPATIBLE else "planted"
        out[f"{key}_any"] += int(bool(on))
        if key == "planted":
            out["planted_shown"] += int(any(x.confidence >= SHOWN for x in on))
    return out


def main() -> None:
    import newsprism.story.build as build
    import newsprism.story.flags as flags
    from newsprism.api import analyze_documents, ingest, load_pipeline

    pipe = load_pipeline()
    made: dict[str, list[Any]] = {"off": [], "on": []}
    to_flags, rule = flags.to_flags, flags.part_of_whole

    def both(findings: Any, sources: Any, docs: Any) -> Any:
        flags.part_of_whole = lambda f: False  # type: ignore[assignment]
        try:
            made["off"] += to_flags(findings, sources, docs)
        finally:
            flags.part_of_whole = rule
        on = to_flags(findings, sources, docs)
        made["on"] += on
        return on

    build.to_flags = both  # type: ignore[assignment]
    total: dict[str, dict[str, int]] = {"off": {}, "on": {}}
    for name in sys.argv[1:]:
        wire = set_dir(name)
        plants = load_plants(wire / "plants.json")
        for story in sorted({p["story"] for p in plants}):
            if not any(NUMBER_OF.search(t.read_text("utf-8")) for t in (wire / story).glob("*.txt")):
                continue
            made["off"], made["on"] = [], []
            docs, _ = ingest([wire / story])
            analyze_documents(docs, pipeline=pipe, story=True)
            mine = [p for p in plants if p["story"] == story]
            got = {side: _count([x for x in made[side] if x.kind in FLAG_KINDS], mine) for side in ("off", "on")}
            for side in ("off", "on"):
                for k, v in got[side].items():
                    total[side][k] = total[side].get(k, 0) + v
            if got["off"] != got["on"]:
                print(name, story, json.dumps({k: got["on"][k] - got["off"][k] for k in got["on"]}), flush=True)
    print(json.dumps(total))


if __name__ == "__main__":
    main()
