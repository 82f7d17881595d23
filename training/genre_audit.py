"""Out-of-fold genre calls on BASIL's news reports, for reading by hand (the audit in benchmarks/techniques.md).

    PYTHONPATH=src python training/genre_audit.py --data ../shared/data --cache training/runs/genre \
        --out training/runs/basil_audit.json

Cross-validates the shipped configuration (event scheme, fold seed 0: every BASIL report is scored by a model
that never saw it nor the other outlets' reports of its event), applies the shipped ``uncertain`` margin, counts
the calls on BASIL and writes, for reading, a random 10 of the ``reporting`` calls and every other call (title
and opening). The texts stay under ``training/runs/`` (gitignored): research data is never copied into the
repository.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from genre_cv import cross_validate
from train_genre import LANGS, SHIPPED, load_pool

from newsprism.genre.model import decide

MARGIN = 0.10  # the shipped margin (config "margin" of src/newsprism/genre/data/genre.npz)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--cache", type=Path, default=Path("training/runs/genre"))
    ap.add_argument("--out", type=Path, default=Path("training/runs/basil_audit.json"))
    ap.add_argument("--sample", type=int, default=10)
    args = ap.parse_args()
    pool, arts, _ = load_pool(args.data, args.cache)
    proba, _, _ = cross_validate(pool, SHIPPED, LANGS, "event", seed=0)
    rows = np.where((pool.source == "basil") & ~pool.short)[0]
    calls = decide(proba[rows], MARGIN)
    print(json.dumps({"basil_reports": len(rows), "calls": {c: calls.count(c) for c in sorted(set(calls))}}))
    reporting = [i for i, c in zip(rows, calls, strict=True) if c == "reporting"]
    rng = np.random.default_rng(7)
    picked = [(int(i), "reporting") for i in rng.choice(reporting, args.sample, replace=False)]
    picked += [(int(i), c) for i, c in zip(rows, calls, strict=True) if c != "reporting"]
    out = [{"id": arts[i].id, "outlet": arts[i].outlet, "called": c, "p": np.round(proba[i], 3).tolist(),
            "opening": arts[i].text[:900]} for i, c in picked]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
