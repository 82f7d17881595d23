#!/usr/bin/env bash
# Rebuild the story flags' real-coverage confidence model (measured in round 7, not shipped) from
# ../shared/data: the bench_planted build half, the six labelled dev audit draws and the perturbation build half,
# each captured with the real-coverage model switched off, then the fit. About 60 minutes on the loaded 2-core box.
#   OMP_NUM_THREADS=2 bash training/build_real_confidence.sh [RUNS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-training/runs/real_confidence}
PY=${PY:-.venv/bin/python}
export PYTHONPATH=$PWD/src
mkdir -p "$RUNS"
$PY training/real_findings.py planted --half build --plants "$RUNS/plants_build.json" \
    --out "$RUNS/find_planted_build.jsonl" > "$RUNS/planted_build.log"
for d in dev heldout fresh r4 r5 r6; do
    $PY training/real_findings.py audit --draw "$d" --out "$RUNS/find_audit_$d.jsonl"
done
$PY training/real_findings.py perturb --per-kind 25 --out "$RUNS/perturb_build.jsonl" > "$RUNS/perturb_build.log" 2>&1
$PY training/fit_real_confidence.py --planted "$RUNS/find_planted_build.jsonl" --plants "$RUNS/plants_build.json" \
    --audits "$RUNS"/find_audit_{dev,heldout,fresh,r4,r5,r6}.jsonl --perturb "$RUNS/perturb_build.jsonl" \
    --write "$RUNS/real_confidence.json" --report "$RUNS/fit_real.json"
