#!/usr/bin/env bash
# A/B speed of the comment layers (benchmarks/bench_comments.py's speed(): the invented 600-comment thread,
# then 298 real Fox News comments) of this checkout against an earlier revision, under the same machine load:
# the two sides alternate, ROUNDS times each, one fresh process per run (as `bench_comments.py --quick`
# measures them: no cache warm from an earlier thread). Each checkout runs its own bench_comments.py.
#
#   benchmarks/ab_comments_speed.sh REV [ROUNDS] [OUT]      e.g. benchmarks/ab_comments_speed.sh db68039 6
#
# Writes one JSON line per thread and run to OUT/log.jsonl (side, round, speed()'s fields); needs ../shared/data.
set -euo pipefail
REV=${1:?usage: benchmarks/ab_comments_speed.sh REV [ROUNDS] [OUT]}
ROUNDS=${2:-6}
HERE=$(cd "$(dirname "$0")/.." && pwd)
OUT=$(mkdir -p "${3:-$HERE/training/runs/ab_comments}" && cd "${3:-$HERE/training/runs/ab_comments}" && pwd)
PY=${PY:-$HERE/.venv/bin/python}
BASE=$(mktemp -d -p "$(dirname "$HERE")" .ab-comments-XXXXXX)  # a sibling, so that ../shared resolves
trap 'rm -rf "$BASE"' EXIT
git -C "$HERE" archive "$REV" src benchmarks examples training/comments tests/ingest | tar -x -C "$BASE"
export OMP_NUM_THREADS=2
DRIVER='import json, sys, bench_comments as b
for fox in (False, True):
    r = b.speed(300, fox=True) if fox else b.speed()
    print(json.dumps({"side": sys.argv[1], "round": int(sys.argv[2]), **r}), flush=True)'
for round in $(seq 1 "$ROUNDS"); do
  for side in base head; do
    root=$([ "$side" = base ] && echo "$BASE" || echo "$HERE")
    (cd "$root/benchmarks" && PYTHONPATH="$root/src" "$PY" -c "$DRIVER" "$side" "$round" >> "$OUT/log.jsonl")
  done
done
