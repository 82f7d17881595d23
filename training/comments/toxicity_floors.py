"""The toxicity model's precision floor, measured: nested CV and the contrast set at several floors.

    PYTHONPATH=src python training/comments/toxicity_floors.py [--floors 0.65 0.60 0.55] [--out FILE]

For each floor, ``train_toxicity.MIN_PRECISION`` is set and the script's own ``nested_cv`` (outer stratified
10-fold, inner 5-fold) and ``contrast_cv`` (at the setting that floor picks on all of Fox, 5-fold out-of-fold) are
run: the figures in benchmarks/comments.md ("Civility, round 6"). About 16 minutes per floor on the loaded 2-core box.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_toxicity as tt  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--floors", type=float, nargs="+", default=[0.65, 0.60, 0.55])
    ap.add_argument("--out", type=Path, help="write the figures as JSON here")
    args = ap.parse_args()
    d = tt.Data()
    fox = np.arange(d.n_fox)
    out = {}
    for floor in args.floors:
        tt.MIN_PRECISION = floor
        t0 = time.time()
        r = tt.nested_cv(d)
        ph, pg = tt.oof_parts(d, fox, 5, tt.SEED + 1)
        setting, _ = tt.pick(d.y[fox], ph, pg, d.rule[fox])
        r["full_setting"] = setting
        r["contrast"] = tt.contrast_cv(d, setting)
        r["seconds"] = round(time.time() - t0)
        out[str(floor)] = r
        print(floor, json.dumps(r), flush=True)
    if args.out:
        args.out.write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
