"""Every vote plant (`vote_share`) of the dev wire sets, by how each side tells the vote, and whether a run found it.

    python benchmarks/vote_plants.py RUN_DIR [--sets wire wire2 ...]

RUN_DIR holds `<set>_flags.jsonl` dumps of `bench_wire.py` (as `benchmarks/round_measure.sh` writes them). A side
is told as a `share` (a percentage), a `tally` (counts for and against: "by 118 votes to 42", "split 5 to 4", "27 in
favour and 18 against"), `unanimous`, or `part` ("eight of the nine members"). Round 25 (branch vote25, issue 11).
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SETS = ["wire"] + [f"wire{i}" for i in range(2, 16)]
NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"


def telling(text: str) -> str:
    t = text.lower()
    if re.search(r"percent|per cent|%", t):
        return "share"
    if "unanimous" in t:
        return "unanimous"
    if re.search(rf"\b{NUM} of the {NUM}\b", t):
        return "part"
    if re.search(rf"\b{NUM}(?: votes)? to {NUM}\b|\d+-\d+|in favour and", t):
        return "tally"
    return "other"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("run", type=Path)
    ap.add_argument("--sets", nargs="*", default=SETS)
    args = ap.parse_args()
    by_told: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for s in args.sets:
        rows = [json.loads(line) for line in (args.run / f"{s}_flags.jsonl").read_text("utf-8").splitlines()]
        got = {r["id"]: r for r in rows if r["type"] == "plant"}
        for p in json.loads((ROOT / s / "plants.json").read_text("utf-8"))["plants"]:
            if p["kind"] != "vote_share":
                continue
            told = " / ".join(sorted(telling(x["text"]) for x in p["sides"]))
            r = got[p["id"]]
            by_told[told] += 1
            shown[told] += int(r["shown"])
            found[told] += int(r["all"])
            conf = max((f["confidence"] for f in r["flags"]), default=None)
            print(f"{s:7} {p['id']:16} {told:18} shown={int(r['shown'])} any={int(r['all'])} conf={conf}")
    print("\n| told as | plants | shown | any |\n|---|---|---|---|")
    for told, n in by_told.most_common():
        print(f"| {told} | {n} | {shown[told]} | {found[told]} |")
    print(f"| **all** | **{sum(by_told.values())}** | **{sum(shown.values())}** | **{sum(found.values())}** |")


if __name__ == "__main__":
    main()
