#!/usr/bin/env bash
# A/B timing of this checkout against an earlier revision, under the same machine load: the two alternate,
# ROUNDS times each, so a load that changes during the run hits both sides alike.
#
#   benchmarks/ab_compare.sh REV [ROUNDS] [OUT]      e.g. benchmarks/ab_compare.sh bf0c16b 2 training/runs/ab
#
# Runs benchmarks/bench_ingest.py (ingestion + NLP core over the PTC articles) and
# `benchmarks/bench_story.py throughput` (the 20-article story) on each side; writes one JSON per run to OUT.
# Needs ../shared/data. The revision is exported with `git archive` to a temporary folder (no worktree).
set -euo pipefail
REV=${1:?usage: benchmarks/ab_compare.sh REV [ROUNDS] [OUT]}
ROUNDS=${2:-2}
HERE=$(cd "$(dirname "$0")/.." && pwd)
OUT=$(mkdir -p "${3:-$HERE/training/runs/ab}" && cd "${3:-$HERE/training/runs/ab}" && pwd)
PY=${PY:-$HERE/.venv/bin/python}
BASE=$(mktemp -d)
trap 'rm -rf "$BASE"' EXIT
git -C "$HERE" archive "$REV" src benchmarks examples | tar -x -C "$BASE"
ln -s "$(cd "$HERE/../shared" && pwd)" "$(dirname "$BASE")/shared" 2>/dev/null || true  # bench_ingest reads ../shared
export OMP_NUM_THREADS=2
for round in $(seq 1 "$ROUNDS"); do
  for side in base head; do
    root=$([ "$side" = base ] && echo "$BASE" || echo "$HERE")
    echo "== $side round $round, load $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$OUT/log"
    (cd "$root" && PYTHONPATH="$root/src" nice -n 10 "$PY" benchmarks/bench_ingest.py > "$OUT/ingest_${side}_$round.json")
    (cd "$root" && PYTHONPATH="$root/src" nice -n 10 "$PY" benchmarks/bench_story.py throughput \
      > "$OUT/story_${side}_$round.json")
  done
done
