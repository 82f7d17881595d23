"""The shipped multi-head technique model: one MiniLM int8 ONNX pass per line feeds four heads.

Outputs per line: token probabilities for the 23 SemEval-2023 techniques and the SI (any propaganda) bit, the
paragraph's technique probabilities, and genre and frame probabilities that the document averages. Lines longer
than the window are cut into overlapping windows; a token seen twice gets the mean of its probabilities.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsprism.common.data_files import data_path, load_json
from newsprism.encoder import default_device, providers_for, session_options
from newsprism.errors import ModelError

MAX_TOKENS = 256
STRIDE = 192  # must match training/prep_techniques.py
# Windows per onnxruntime call. On the CPU each window runs alone: the model's int8 is dynamically quantized, so
# activations are scaled per call over the whole batch, padding included, and a window's probabilities moved
# with whatever shared its batch. Alone, a window's output depends on that window only, no token is padding,
# and it costs ~60% less CPU (20 BASIL articles: 2.1 against 5.6-6.3 CPU-s for batches of 32, which were 43%
# padding); its probabilities are as close to the float reference (the same int8 weights, float activations)
# as batches of 32 were (benchmarks/bench_technique_batch.py, benchmarks/techniques.md). A GPU wants batches.
CPU_BATCH = 1
GPU_BATCH = 32
# onnxruntime threads of the technique model on the CPU. The pipeline runs it as background jobs
# (``TechniqueModelComponent``) on the worker thread while the pipeline thread parses and runs the rule layers,
# and the pipeline thread runs a job itself when it needs a document's output before the worker has started it
# (``BackgroundJob``): one thread a run keeps those two runs to the two cores of the box, where two threads a run
# put three or four threads on them.
CPU_THREADS = 1
N_TECH = 23
GENRES = ["reporting", "opinion", "satire"]
_LOCK = threading.Lock()
_MODEL: dict[str, TechniqueModel] = {}


def _pkg_file(rel: str) -> Path:
    return data_path("newsprism.techniques", rel)


def labels() -> dict[str, list[str]]:
    data: dict[str, list[str]] = load_json("newsprism.techniques", "data/labels.json")
    return data


def thresholds() -> dict:
    data: dict = load_json("newsprism.techniques", "data/thresholds.json")
    return data


@dataclass
class LineOutput:
    start: int  # offset of the line in the analyzed text
    end: int
    offsets: np.ndarray  # (n_tokens, 2) absolute character offsets
    token_probs: np.ndarray  # (n_tokens, 24): 23 techniques + SI
    unit_probs: np.ndarray  # (40,): 23 paragraph techniques, 3 genres, 14 frames
    n_tokens: int


def line_windows(ids: list[int], max_tokens: int = MAX_TOKENS, stride: int = STRIDE) -> list[tuple[int, int]]:
    """Token index ranges of the windows of one line (same cut as training)."""
    room = max_tokens - 2
    out, k = [], 0
    while True:
        out.append((k, min(len(ids), k + room)))
        if k + room >= len(ids):
            return out
        k += stride


class TechniqueModel:
    def __init__(self, path: str | Path | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        path = Path(path) if path else _pkg_file("models/techniques-int8.onnx")
        if not path.is_file():
            raise ModelError(f"technique model not found at {path}")
        tok = Tokenizer.from_file(str(data_path("newsprism.encoder", "assets/minilm-tokenizer.json")))
        tok.no_padding()
        tok.no_truncation()
        self.tokenizer = tok
        self.batch_size = GPU_BATCH if default_device() == "cuda" else CPU_BATCH
        try:
            threads = None if default_device() == "cuda" else CPU_THREADS
            self.session = ort.InferenceSession(str(path), sess_options=session_options(threads),
                                                providers=providers_for(default_device()))
        except Exception as exc:  # onnxruntime raises its own untyped errors
            raise ModelError(f"cannot load technique model {path}: {exc}") from exc

    def run_lines(self, text: str, lines: list[tuple[int, int]], batch_size: int | None = None) -> list[LineOutput]:
        """Analyze the given (start, end) line spans of ``text``; empty lines give empty outputs."""
        return self.run_many([(text, lines)], batch_size=batch_size)[0]

    def run_many(self, items: list[tuple[str, list[tuple[int, int]]]],
                 batch_size: int | None = None) -> list[list[LineOutput]]:
        """``run_lines`` over several documents' (text, lines) at once: tokenized together, but every batch
        holds windows of one document only, sorted by length (``batch_size`` windows; default ``CPU_BATCH`` =
        each window alone, or ``GPU_BATCH``).

        Why not batch across documents (9% padded tokens per 16 PTC documents against 42% one document at a
        time, ~34% less CPU for this stage)? int8 dynamic quantization scales activations per batch, so a
        document's probabilities would move (by up to 0.19 on the PTC articles) with whatever else shares its
        batch: the same article would get other spans in the web app than in a batch run. One document's
        result must depend on that document alone (on the CPU, each window's on that window alone)."""
        batch_size = batch_size or self.batch_size
        flat = [(t, ln) for t, lines in items for ln in lines]
        doc_of = [d for d, (_, lines) in enumerate(items) for _ in lines]
        encs = self.tokenizer.encode_batch([t[s:e] for t, (s, e) in flat], add_special_tokens=False)
        jobs: list[tuple[int, int, int]] = []  # (line index, token start, token end)
        for li, enc in enumerate(encs):
            if enc.ids:
                jobs.extend((li, a, b) for a, b in line_windows(enc.ids))
        by_doc: dict[int, list[int]] = {}
        for j, (li, _a, _b) in enumerate(jobs):
            by_doc.setdefault(doc_of[li], []).append(j)
        batches = []
        for js in by_doc.values():
            js.sort(key=lambda j: jobs[j][2] - jobs[j][1])
            batches += [js[k : k + batch_size] for k in range(0, len(js), batch_size)]
        tok_sum = [np.zeros((len(e.ids), N_TECH + 1), np.float32) for e in encs]
        tok_cnt = [np.zeros(len(e.ids), np.float32) for e in encs]
        unit_sum = np.zeros((len(flat), N_TECH + 3 + 14), np.float32)
        unit_cnt = np.zeros(len(flat), np.float32)
        for batch_ids in batches:
            batch = [jobs[j] for j in batch_ids]
            width = max(b - a for _, a, b in batch) + 2
            ids = np.zeros((len(batch), width), np.int64)
            mask = np.zeros_like(ids)
            for r, (li, a, b) in enumerate(batch):
                ids[r, : b - a + 2] = [101, *encs[li].ids[a:b], 102]
                mask[r, : b - a + 2] = 1
            t, p, g, f = self.session.run(None, {"input_ids": ids, "attention_mask": mask})
            for r, (li, a, b) in enumerate(batch):
                tok_sum[li][a:b] += t[r, 1 : b - a + 1]
                tok_cnt[li][a:b] += 1
                w = float(b - a)  # longer windows weigh more in the line's unit output
                unit_sum[li] += w * np.concatenate([p[r], g[r], f[r]])
                unit_cnt[li] += w
        out: list[list[LineOutput]] = []
        li = 0
        for _, lines in items:
            doc_out = []
            for s, e in lines:
                enc = encs[li]
                offs = np.array(enc.offsets, np.int64).reshape(-1, 2) + s
                probs = tok_sum[li] / np.maximum(tok_cnt[li], 1)[:, None]
                doc_out.append(LineOutput(s, e, offs, probs, unit_sum[li] / max(unit_cnt[li], 1.0), len(enc.ids)))
                li += 1
            out.append(doc_out)
        return out


def get_model(path: str | Path | None = None) -> TechniqueModel:
    """The process-wide technique model, loaded once."""
    key = str(path or "")
    with _LOCK:
        if key not in _MODEL:
            _MODEL[key] = TechniqueModel(path)
        return _MODEL[key]


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line of text[start:end]."""
    end = len(text) if end is None else end
    out, pos = [], start
    for line in text[start:end].split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out
