#!/usr/bin/env bash
# The story layer's dev figures for one checkout, as each round's gate reads them: every dev wire set (flag dumps),
# the 22 real dev story draws, the seeds, the perturbation and planted report halves.
#   benchmarks/round_measure.sh CHECKOUT OUT [WIRE_SETS...]   (default: every set of bench_wire.SETS)
# CHECKOUT is a git archive or worktree with .venv and ../shared; compare two OUTs with benchmarks/cmp_draws.py
# (real draws) and by diffing OUT/wire*_flags.jsonl. Kept in the repo because the lead's /tmp copy was lost.
set -euo pipefail
snap=$(cd "$1" && pwd); out=$(mkdir -p "$2" && cd "$2" && pwd); shift 2
sets=("$@")
cd "$snap"
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1} NEWSPRISM_THREADS=${NEWSPRISM_THREADS:-1} PYTHONPATH=src
py=.venv/bin/python
[ ${#sets[@]} -gt 0 ] || read -r -a sets <<< "$($py -c 'import sys; sys.path.insert(0, "benchmarks"); import bench_wire; print(*bench_wire.SETS)')"
for s in "${sets[@]}"; do
    $py benchmarks/bench_wire.py --set "$s" --json "$out/${s}.json" --dump "$out/${s}_flags.jsonl" > "$out/${s}.log" 2>&1
    echo "$s done $(date -u +%H:%M:%S)"
done
benchmarks/story_draws.sh "$snap" "$out/draws"
$py benchmarks/audit_seeds.py --out "$out/seeds.json" > "$out/seeds.log" 2>&1
$py benchmarks/bench_perturb.py --half report --per-kind 60 --json "$out/perturb.json" > "$out/perturb.log" 2>&1
$py benchmarks/bench_planted.py --half report --json "$out/planted.json" > "$out/planted.log" 2>&1
echo "all done $(date -u +%H:%M:%S)"
