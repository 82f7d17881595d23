"""How the technique model's windows are batched changes what it outputs: its int8 is dynamically quantized, so
onnxruntime scales the activations per call over the whole batch, padding included. This script measures, for
each batch size given, the SemEval exports of the shipped model (SI on the PTC dev articles, ST3 paragraph
techniques on the first N SemEval-2023 subtask-3 training articles), their CPU seconds, and their agreement
with a float reference: the same model with the same int8 weights dequantized and float activations (no
activation quantization), whose output depends on no batch.

The shipped model was trained on these articles, so the F1 figures against gold are in-sample: read them only
as the difference between batch sizes, never as the model's quality (benchmarks/techniques.md has the CV
figures). Needs ``onnx`` (a training dependency) for the reference.

    OMP_NUM_THREADS=2 NEWSPRISM_THREADS=2 .venv/bin/python benchmarks/bench_technique_batch.py --batches 32 1

``--basil-only``: only the deviation of the token and paragraph outputs from the reference on the 20 BASIL articles
of ``profile_compare.py`` (and the padding share of each batching).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SCORER = ROOT.parent / "shared" / "tools" / "semeval_score.py"


def dequantized(src: Path, dst: Path) -> None:
    """``src`` with every MatMulInteger (and its activation quantization) replaced by a float MatMul over the
    dequantized int8 weights."""
    import numpy as np
    import onnx
    from onnx import helper, numpy_helper

    m = onnx.load(str(src))
    g = m.graph
    init = {i.name: i for i in g.initializer}
    prod = {o: n for n in g.node for o in n.output}
    cons: dict[str, list] = {}
    for n in g.node:
        for i in n.input:
            cons.setdefault(i, []).append(n)

    def const(name: str):
        if name in init:
            return numpy_helper.to_array(init[name])
        return numpy_helper.to_array(prod[name].attribute[0].t)  # a Constant node

    drop, add = [], []
    for n in list(g.node):
        if n.op_type != "MatMulInteger":
            continue
        aq, wq, _azp, wzp = n.input
        dql = prod[aq]  # DynamicQuantizeLinear of the float activations
        cast = cons[n.output[0]][0]
        mul = cons[cast.output[0]][0]  # int32 result * (activation scale * weight scale)
        scales = prod[next(x for x in mul.input if x != cast.output[0])]
        wscale = next(x for x in scales.input if x != dql.output[1])
        w = (const(wq).astype(np.float32) - const(wzp).astype(np.float32)) * const(wscale).astype(np.float32)
        g.initializer.append(numpy_helper.from_array(w, wq + "_float"))
        add.append(helper.make_node("MatMul", [dql.input[0], wq + "_float"], [mul.output[0]], name=n.name + "_f"))
        drop += [n, cast, mul]
    for n in drop:
        g.node.remove(n)
    known = {i.name for i in g.input} | {i.name for i in g.initializer}
    order, todo = [], [*g.node, *add]
    while todo:  # topological order
        ready = [n for n in todo if all(i == "" or i in known for i in n.input)]
        order += ready
        known.update(o for n in ready for o in n.output)
        todo = [n for n in todo if n not in ready]
    needed, keep = {o.name for o in g.output}, []
    for n in reversed(order):  # drop what no output needs any more
        if any(o in needed for o in n.output):
            keep.append(n)
            needed.update(n.input)
    del g.node[:]
    g.node.extend(reversed(keep))
    used = {i for n in keep for i in n.input}
    kept_init = [i for i in g.initializer if i.name in used]
    del g.initializer[:]
    g.initializer.extend(kept_init)
    onnx.save(m, str(dst))


def basil_deviation(ref_path: Path, batches: list[int]) -> list[dict]:
    """Max and mean |p - p_reference| of the token and paragraph outputs on the 20 BASIL articles of
    ``profile_compare.py``, per batch size, and the padding share of each batching."""
    import numpy as np

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from profile_compare import basil_paths, write_records

    from newsprism.api import ingest
    from newsprism.techniques.components import body_lines
    from newsprism.techniques.model import TechniqueModel, line_windows

    with tempfile.TemporaryDirectory() as tmp:
        docs = ingest(write_records(basil_paths(20), Path(tmp)))[0]
    items = [(d.text, [ls for _, ls in body_lines(d)]) for d in docs]

    def run(model: TechniqueModel, b: int) -> list:
        model.batch_size = b
        return [lo for it in items for lo in model.run_many([it])[0]]

    ref = run(TechniqueModel(ref_path), 1)
    model = TechniqueModel()
    out = []
    for b in batches:
        c0 = time.process_time()
        got = run(model, b)
        cpu = time.process_time() - c0
        real = padded = 0
        for text, lines in items:
            w = sorted(bb - a + 2 for e in model.tokenizer.encode_batch([text[s:e] for s, e in lines],
                                                                         add_special_tokens=False)
                       for a, bb in (line_windows(e.ids) if e.ids else []))
            for k in range(0, len(w), b):
                real += sum(w[k : k + b])
                padded += max(w[k : k + b]) * len(w[k : k + b])
        tok = np.concatenate([np.abs(g.token_probs - r.token_probs).ravel() for g, r in zip(got, ref, strict=True)])
        unit = np.concatenate([np.abs(g.unit_probs - r.unit_probs) for g, r in zip(got, ref, strict=True)])
        out.append({"basil_batch": b, "cpu_s": round(cpu, 2), "padding_share": round(1 - real / padded, 3),
                    "token_dev_max": round(float(tok.max()), 4), "token_dev_mean": round(float(tok.mean()), 5),
                    "unit_dev_max": round(float(unit.max()), 4), "unit_dev_mean": round(float(unit.mean()), 5)})
        print(json.dumps(out[-1]), flush=True)
    return out


def score(task: str, pred: Path, gold: Path) -> float:
    out = subprocess.run([sys.executable, str(SCORER), task, str(pred), str(gold)], capture_output=True, text=True,
                         check=True).stdout.split()
    return round(float(out[1]), 4)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batches", type=int, nargs="+", default=[32, 1])
    ap.add_argument("--st3-articles", type=int, default=120)
    ap.add_argument("--basil-only", action="store_true", help="only the deviation on the 20 BASIL articles")
    args = ap.parse_args()
    import newsprism.cli.export as export
    from newsprism.techniques.model import TechniqueModel, _pkg_file

    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        st3_dir = t / "st3"
        st3_dir.mkdir()
        arts = sorted((DATA / "semeval2023-en/train-articles-subtask-3").glob("article*.txt"))[: args.st3_articles]
        ids = set()
        for p in arts:
            (st3_dir / p.name).write_text(p.read_text("utf-8"), "utf-8")
            ids.add(p.stem.removeprefix("article"))
        gold_st3 = t / "gold_st3.txt"
        gold_st3.write_text("".join(r for r in (DATA / "semeval2023-en/train-labels-subtask-3.txt").read_text(
            "utf-8").splitlines(keepends=True) if r.split("\t")[0] in ids), "utf-8")
        sets = {"si": (DATA / "ptc2020/dev-articles", DATA / "ptc2020/dev-task-si.labels"), "st3": (st3_dir, gold_st3)}
        ref_path = t / "reference.onnx"
        dequantized(_pkg_file("models/techniques-int8.onnx"), ref_path)
        basil_deviation(ref_path, args.batches)
        if args.basil_only:
            return
        runs = [("reference", ref_path, 1)] + [(f"int8 batch {b}", None, b) for b in args.batches]
        preds: dict[tuple[str, str], Path] = {}
        report = []
        for name, path, b in runs:
            model = TechniqueModel(path)
            model.batch_size = b
            export.get_model = lambda model=model: model  # export_semeval reads the module's get_model
            row: dict = {"run": name}
            for task, (folder, gold) in sets.items():
                out = t / f"{name.replace(' ', '_')}_{task}.txt"
                c0 = time.process_time()
                export.export_semeval(task, folder, out)
                row[f"{task}_cpu_s"] = round(time.process_time() - c0, 2)
                row[f"{task}_f1_gold_in_sample"] = score(task, out, gold)
                if name != "reference":
                    row[f"{task}_f1_vs_reference"] = score(task, out, preds[("reference", task)])
                preds[(name, task)] = out
            report.append(row)
            print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
