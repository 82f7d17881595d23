"""Round 60: a cross-encoder that reads two event clauses TOGETHER and gives P(they tell one happening).
Measured and NOT shipped (data card "Act pair cross-encoder (round 60)"; benchmarks/story.md, branch xenc60):
on ECB+ dev its precision on pairs of two trigger lemmas never reaches 0.8, so it lives here, with the training
scripts, and nothing in ``src`` reads it.

Two reports of one story often tell one act with two verbs ("were laid off" / "dismissed"); WordNet synonymy does
not join such verbs, and the ECB+ pair models built on features of two separate encoder states do not separate
them from two different acts of one story. This model (MiniLM-L6, fine-tuned on ECB+ same-happening pairs of gold
event mentions, ``train_act_pair.py``) sees both clauses in one input, each with its trigger marked, so attention
runs across the two.

Inference as newsprism would run it: onnxruntime (int8, one thread) + tokenizers + numpy; never torch. The
formatting and the tokenising below are the ones training uses (``train_act_pair.py`` loads this file by path; it
has no package imports at its top level), so training and inference see the same input. The session is loaded on
the first call; scores are cached per formatted pair. Each pair is run alone (its two orders as one batch), so its
score does not depend on what else is scored (see ``ActPairModel._logits``).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MODEL_FILE = "act_pair-int8.onnx"
# Words kept on each side of the trigger: the trigger's sentence, cut to about 25 words around it when longer
# (a long sentence's far end is mostly about something else, and two sides must fit 128 tokens together).
WINDOW_WORDS = 12
MAX_TOKENS = 128
OPEN, CLOSE = "[", "]"  # the trigger's marks (plain word pieces of the shared vocabulary)


@dataclass(frozen=True)
class Clause:
    """One side of a pair: a sentence (or clause) and the character span of its event trigger in it."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class ActPair:
    """Two clauses, each with its trigger; order does not matter (the model is trained on both orders and
    ``probability`` averages the two)."""

    a: Clause
    b: Clause


def format_side(c: Clause, window: int = WINDOW_WORDS) -> str:
    """One side as the model reads it: up to ``window`` words before the trigger, the trigger between marks, up
    to ``window`` words after it; whitespace collapsed."""
    start = max(0, min(c.start, len(c.text)))
    end = max(start, min(c.end, len(c.text)))
    left = c.text[:start].split()[-window:] if window else []
    right = c.text[end:].split()[:window] if window else []
    trig = " ".join(c.text[start:end].split())
    return " ".join([*left, OPEN, trig, CLOSE, *right])


REPO = Path(__file__).resolve().parents[1]


def _tokenizer_path() -> Path:
    return REPO / "src" / "newsprism" / "encoder" / "assets" / "minilm-tokenizer.json"


def _model_path() -> Path:
    return REPO / "training" / "runs" / "xenc60" / MODEL_FILE


def make_tokenizer(path: Path | None = None) -> Any:
    """The shared MiniLM tokenizer set for pairs: [CLS] a [SEP] b [SEP], longest-first truncation to
    ``MAX_TOKENS``, padded to the longest pair of a batch."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(path or _tokenizer_path()))
    tok.enable_truncation(max_length=MAX_TOKENS, strategy="longest_first")
    tok.enable_padding(pad_id=0, pad_token="[PAD]")
    return tok


def encode(tok: Any, pairs: Sequence[tuple[str, str]]) -> tuple[Any, Any, Any]:
    """(input_ids, attention_mask, token_type_ids) as int64 arrays for formatted (a, b) pairs."""
    import numpy as np

    encs = tok.encode_batch([(a, b) for a, b in pairs])
    ids = np.array([e.ids for e in encs], dtype=np.int64)
    mask = np.array([e.attention_mask for e in encs], dtype=np.int64)
    types = np.array([e.type_ids for e in encs], dtype=np.int64)
    return ids, mask, types


class ActPairModel:
    """The ONNX cross-encoder: ``probability(pairs)`` is P(one happening) for each pair, both orders averaged."""

    def __init__(self, model: Path | None = None, threads: int = 1) -> None:
        self.path = model or _model_path()
        self.threads = threads
        self._session: Any = None
        self._tok: Any = None
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, str], float] = {}

    def _load(self) -> None:
        if self._session is not None:
            return
        import onnxruntime as ort

        from newsprism.encoder.minilm import session_options
        from newsprism.errors import ModelError

        if not self.path.is_file():
            raise ModelError(f"act pair model not found: {self.path}")
        self._session = ort.InferenceSession(str(self.path), session_options(self.threads),
                                             providers=["CPUExecutionProvider"])
        self._tok = make_tokenizer()

    def _logits(self, a: str, b: str) -> tuple[float, float]:
        """The logits of (a, b) and (b, a), run as one batch of two rows. One pair a batch on purpose: dynamic
        int8 quantization scales each activation tensor over the whole batch, so a row's score moved with its
        batch mates (up to 0.04 in logit on ECB+ dev pairs at batch 16); alone, a pair scores the same whatever
        else is scored, at the same CPU cost per row (3.7 ms at 1 row, 3.8 at 16, one thread)."""
        ids, mask, types = encode(self._tok, [(a, b), (b, a)])
        logit = self._session.run(["logit"], {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
        return float(logit[0]), float(logit[1])

    def probability(self, pairs: Sequence[ActPair]) -> Any:
        """P(one happening) for each pair (numpy float64 array, same order; empty input gives an empty array)."""
        import numpy as np

        if not pairs:
            return np.zeros(0, dtype=np.float64)
        keys = [(format_side(p.a), format_side(p.b)) for p in pairs]
        with self._lock:
            todo = sorted({k for k in keys if k not in self._cache})
            if todo:
                self._load()
                for k in todo:
                    ab, ba = self._logits(*k)
                    self._cache[k] = 1.0 / (1.0 + float(np.exp(-0.5 * (ab + ba))))
            return np.array([self._cache[k] for k in keys], dtype=np.float64)


_MODELS: dict[Path, ActPairModel] = {}
_MODELS_LOCK = threading.Lock()


def act_pair_model(model: Path | None = None) -> ActPairModel:
    """The process's model (one per file), loaded on its first ``probability`` call."""
    path = model or _model_path()
    with _MODELS_LOCK:
        if path not in _MODELS:
            _MODELS[path] = ActPairModel(path)
        return _MODELS[path]


def probability(pairs: Sequence[ActPair]) -> Any:
    """P(one happening) for each pair with the shipped model (see :class:`ActPairModel`)."""
    return act_pair_model().probability(pairs)
