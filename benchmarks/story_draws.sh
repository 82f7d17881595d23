#!/usr/bin/env bash
# Run `compare` on every real dev story draw (audit_story.py's 22 draws) with the code of one checkout, saving the
# outputs, so that two checkouts can be compared flag by flag with `benchmarks/cmp_draws.py BASE OUT`.
#   benchmarks/story_draws.sh CHECKOUT OUT       (CHECKOUT: a git archive or worktree with .venv and ../shared)
# Why a script in the repo: the lead's copy lived in /tmp and was lost with the machine; every round's "22 real dev
# draws" figure comes from this loop.
set -euo pipefail
snap=$(cd "$1" && pwd); out=$(mkdir -p "$2" && cd "$2" && pwd)
cd "$snap"
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1} NEWSPRISM_THREADS=${NEWSPRISM_THREADS:-1} PYTHONPATH=src
for draw in dev heldout fresh r4 r5 r6 r7 r8 r9 r10 r10f r11 r11f r12 r12f r14 r14f r15 r16 r17 r18 ecbdev; do
    opt=""; [ "$draw" = dev ] || opt="--$draw"
    .venv/bin/python benchmarks/audit_story.py $opt --save "$out/$draw.json" --out "$out/${draw}_fig.json" \
        > "$out/$draw.log" 2>&1 || { echo "draw $draw failed: $out/$draw.log" >&2; exit 1; }
    echo "$draw done $(date -u +%H:%M:%S)"
done
