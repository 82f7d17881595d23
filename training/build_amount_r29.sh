#!/usr/bin/env bash
# Round 29 (issue 11, branch amt29): the amount family of src/newsprism/story/data/confidence.json refitted with the
# sign of each input held (training/fit_story.py SIGNS, a bounded fit), on the perturbation build half, the NLI dev
# findings and the labelled flags of the 22 dev story draws, all captured with this checkout's code. The other families
# are kept from the file this round started from (main 8a3a706, rebuilt by training/build_story_confidence.sh).
#   bash training/build_amount_r29.sh OUT_DIR   (about 20-30 minutes on the 2-core box; prints whether the result is
#   byte-identical to this checkout's file)
set -euo pipefail
OUT=${1:?usage: build_amount_r29.sh OUT_DIR}
REPO=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$OUT/audit"
OUT=$(cd "$OUT" && pwd)
cd "$REPO"
export OMP_NUM_THREADS=1 NEWSPRISM_THREADS=1 PYTHONPATH=src
PY=.venv/bin/python
$PY benchmarks/bench_perturb.py --half build --per-kind 60 --dump "$OUT/build.jsonl" > "$OUT/perturb.log" 2>&1
for d in dev heldout fresh r4 r5 r6 r7 r8 r9 r10 r10f r11 r11f r12 r12f ecbdev r14 r14f r15 r16 r17 r18; do
    $PY training/real_findings.py audit --draw "$d" --out "$OUT/audit/$d.jsonl" > "$OUT/audit/$d.log" 2>&1
done
git show 8a3a706:src/newsprism/story/data/confidence.json > "$OUT/confidence.json"
$PY training/fit_story.py --perturb "$OUT/build.jsonl" --nli-cache "$OUT/nli" --audits "$OUT"/audit/*.jsonl \
    --signed --only amount --write "$OUT/confidence.json" --report "$OUT/fit_amount.json" > "$OUT/fit.log" 2>&1
if cmp "$OUT/confidence.json" src/newsprism/story/data/confidence.json; then
    echo "rebuilt file byte-identical to src/newsprism/story/data/confidence.json"
else
    echo "rebuilt file DIFFERS from src/newsprism/story/data/confidence.json"; exit 1
fi
