"""CPU seconds of the shared encoder pass over the 20 BASIL articles of ``profile_compare.py`` (the pass alone,
on one thread, as the pipeline's background worker runs it), for several CPU batch sizes, and optionally for
another encoder file (``--model``), with how far its sentence embeddings move from the shipped encoder's.

``--make-int8 F`` writes the shipped encoder with dynamically quantized int8 MatMuls (what the technique model
runs) to F, for ``--model F``. That is a model change (the embeddings move), measured in round 21 as the one
large lever left on `compare`'s CPU (benchmarks/summary.md, "Round 21: compare speed"); nothing ships it.

    OMP_NUM_THREADS=2 NEWSPRISM_THREADS=2 PYTHONPATH=src .venv/bin/python benchmarks/encoder_pass_cpu.py --batch 4 1 2 8
    PYTHONPATH=src .venv/bin/python benchmarks/encoder_pass_cpu.py --make-int8 /tmp/minilm-dyn-int8.onnx
    OMP_NUM_THREADS=2 NEWSPRISM_THREADS=2 PYTHONPATH=src .venv/bin/python benchmarks/encoder_pass_cpu.py \
        --model /tmp/minilm-dyn-int8.onnx
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from profile_compare import basil_paths, write_records  # noqa: E402


def make_int8(out: Path, per_channel: bool = False) -> None:
    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic

    from newsprism.encoder.minilm import _default_model_path

    with tempfile.TemporaryDirectory() as tmp:
        folded = Path(tmp) / "folded.onnx"  # the int8 weights folded to float, then quantized dynamically
        opts = ort.SessionOptions()
        opts.optimized_model_filepath = str(folded)
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
        ort.InferenceSession(str(_default_model_path()), opts, providers=["CPUExecutionProvider"])
        quantize_dynamic(str(folded), str(out), weight_type=QuantType.QInt8, per_channel=per_channel)


def pass_outputs(enc, items: list[tuple[str, list[tuple[int, int, int]]]], batch: int | None) -> tuple[float, np.ndarray,
                                                                                                       np.ndarray]:
    c0 = time.process_time()
    outs = [enc.states([t[a:b] for a, b, _ in units], batch_size=batch, last=True, parallel=False)
            for t, units in items]
    cpu = time.process_time() - c0
    emb = np.concatenate([np.stack([o.embedding for o in doc]) for doc in outs])
    tok = np.concatenate([o.last for doc in outs for o in doc if o.last is not None])
    return cpu, emb, tok


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", type=int, nargs="*", default=[4])
    ap.add_argument("--model", type=Path, help="another encoder file to compare with the shipped one")
    ap.add_argument("--make-int8", type=Path, metavar="OUT")
    ap.add_argument("--per-channel", action="store_true", help="with --make-int8: one weight scale per column")
    ap.add_argument("--repeats", type=int, default=2)
    args = ap.parse_args()
    if args.make_int8:
        make_int8(args.make_int8, args.per_channel)
        return
    from newsprism.api import ingest
    from newsprism.common.blas import cap_blas_threads
    from newsprism.encoder.document import document_units
    from newsprism.encoder.minilm import Encoder

    cap_blas_threads()
    with tempfile.TemporaryDirectory() as tmp:
        docs = ingest(write_records(basil_paths(20), Path(tmp)))[0]
    items = [(d.text, document_units(d)) for d in docs]
    report: dict[str, object] = {"units": sum(len(u) for _, u in items)}
    shipped = Encoder()
    ref = None
    for b in args.batch:
        runs = [pass_outputs(shipped, items, b) for _ in range(args.repeats)]
        _, emb, tok = runs[-1]
        ref = ref or (emb, tok)
        report[f"shipped batch {b}"] = {"cpu_s": [round(r[0], 2) for r in runs],
                                        "identical_to_first_batch": bool(np.array_equal(emb, ref[0])
                                                                         and np.array_equal(tok, ref[1]))}
    if args.model and ref is not None:
        other = Encoder(model_path=args.model)
        runs = [pass_outputs(other, items, None) for _ in range(args.repeats)]
        cos = (ref[0] * runs[-1][1]).sum(axis=1)
        report[str(args.model.name)] = {"cpu_s": [round(r[0], 2) for r in runs],
                                        "embedding_cosine_to_shipped": {"min": round(float(cos.min()), 4),
                                                                        "median": round(float(np.median(cos)), 4)}}
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
