"""The one encoder pass of a document: every unit (sentence, ``units.py``) through the shared MiniLM once.

It keeps each unit's sentence embedding (exactly ``Encoder.embed`` of the unit's text), its tokens' character
offsets into the document text with their last-layer states (float32, what ``Encoder.tokens`` gives) and the
states of the layers in ``PASS_LAYERS`` (float16), and the embedding of each reader comment. Frames, genre and
comments read the embeddings; the events layer reads the last-layer token states of its spaCy sentences
(``span_tokens``).

The pass needs only the paragraph layer, so the pipeline runs it first and in the background: the component
queues each document on one worker thread as a ``BackgroundJob`` and returns at once; the spaCy parse and the
rule layers run on the main thread meanwhile (onnxruntime releases the GIL), and the first reader of
``state.encoded`` runs its document's pass itself when the worker has not started it, or waits for it while
running queued jobs nobody has started (the next document's pass first, else the last technique-model run). Each call runs one thread
(``minilm.CPU_THREADS``), so the worker and the pipeline thread keep two cores busy and no more. Each document is
one encoder call of its own, so its result never depends on other documents.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, ClassVar, Generic, TypeVar

import numpy as np

from newsprism.encoder.minilm import DIM, Encoder, default_device, get_encoder
from newsprism.encoder.units import document_units
from newsprism.model import Document
from newsprism.pipeline.state import DocState

# Layers whose token states the pass keeps (0 = embeddings, 6 = last). None today: the shipped technique model
# runs its own fine-tuned encoder, and a technique head over these states (branch tech-wip-head) is not yet as
# good. With layers, the pass adds their outputs to the encoder graph (needs ``onnx``, see Encoder).
PASS_LAYERS: tuple[int, ...] = ()
# Tokens per encoder batch of comments, each batch of one token length (``Encoder.embed(batch_tokens=...)``).
# Comment lengths have a long tail (a few run to the 256-token window) and a batch is padded to its longest
# text: batches of 8 comments of neighbouring lengths still padded 298 Fox News comments by 14% (9,912 tokens
# run for 8,671) and took ~3.8 CPU-s against ~3.1 for equal-length batches, with bit-identical embeddings (a
# row's embedding does not depend on its batch; benchmarks/comments.md).
COMMENT_BATCH_TOKENS = 1024
_LOCK = threading.Lock()
_EXECUTOR: ThreadPoolExecutor | None = None
T = TypeVar("T")


@dataclass(frozen=True)
class PassResult:
    units: list[tuple[int, int, int]]  # (start, end, paragraph index) into Document.text / .paragraphs
    embeddings: np.ndarray  # (n_units, 384) float32, L2-normalized
    states: list[np.ndarray]  # per unit (n_tokens, len(layers), 384) float16
    offsets: list[np.ndarray]  # per unit (n_tokens, 2) int64 offsets into Document.text
    layers: tuple[int, ...]
    tokens: list[np.ndarray]  # per unit (n_tokens, 384) float32: the last layer's token states


class EncodedDocument:
    """Sentence embeddings and token states of one document's units, in text order, and its comments'
    embeddings. Built in the background: the first attribute read waits for the pass to finish (and raises
    what the pass raised). The comments are embedded when first read (by the reading thread), so that a run
    whose components never read them does not pay for them."""

    def __init__(self, result: PassResult | Future[PassResult] | BackgroundJob[PassResult],
                 comment_texts: Sequence[str] = (),
                 encoder: Encoder | None = None) -> None:
        self._result = result
        self._comment_texts = list(comment_texts)
        self._encoder = encoder
        self._comments: np.ndarray | None = None
        self._comments_lock = threading.Lock()
        self._flat: tuple[np.ndarray, np.ndarray] | None = None

    def _get(self) -> PassResult:
        if isinstance(self._result, Future | BackgroundJob):
            self._result = self._result.result()
        return self._result

    @property
    def units(self) -> list[tuple[int, int, int]]:
        return self._get().units

    @property
    def embeddings(self) -> np.ndarray:
        return self._get().embeddings

    @property
    def states(self) -> list[np.ndarray]:
        return self._get().states

    @property
    def offsets(self) -> list[np.ndarray]:
        return self._get().offsets

    @property
    def layers(self) -> tuple[int, ...]:
        return self._get().layers

    @property
    def tokens(self) -> list[np.ndarray]:
        return self._get().tokens

    def span_tokens(self, start: int, end: int) -> tuple[np.ndarray, np.ndarray]:
        """The last-layer states (n, 384) and document offsets (n, 2) of every word piece that overlaps
        [start, end), in text order, across units (a span that two units share takes pieces from both)."""
        if self._flat is None:
            res = self._get()
            offs = np.concatenate([*res.offsets, np.zeros((0, 2), np.int64)])
            self._flat = (offs, np.concatenate([*res.tokens, np.zeros((0, DIM), np.float32)]))
        offs, toks = self._flat
        keep = (offs[:, 0] < end) & (offs[:, 1] > start)
        return toks[keep], offs[keep]

    @property
    def comments(self) -> np.ndarray:
        """(n_comments, 384): ``Encoder.embed`` of each comment's text, in ``Document.comments`` order."""
        with self._comments_lock:
            if self._comments is None:
                self._comments = comment_embeddings(self._comment_texts, self._encoder or pass_encoder())
            return self._comments

    def unit_embeddings(self, start: int, end: int) -> np.ndarray:
        """Embeddings of the units inside [start, end) (e.g. a paragraph or the body)."""
        idx = [i for i, (a, b, _p) in enumerate(self.units) if a >= start and b <= end]
        return self.embeddings[idx] if idx else np.zeros((0, DIM), np.float32)


def comment_embeddings(texts: Sequence[str], encoder: Encoder) -> np.ndarray:
    """(n, 384): ``Encoder.embed`` of each comment text, in equal-length batches (``COMMENT_BATCH_TOKENS``)."""
    if not texts:
        return np.zeros((0, DIM), np.float32)
    return encoder.embed(texts, batch_tokens=COMMENT_BATCH_TOKENS)


@lru_cache(maxsize=4)
def _layered_encoder(device: str) -> Encoder:
    return Encoder(device=device, layers=PASS_LAYERS)


def pass_encoder(device: str | None = None) -> Encoder:
    """The process-wide encoder of the pass: ``get_encoder`` itself, or with ``PASS_LAYERS`` added as graph
    outputs (the same weights and graph otherwise, so its embeddings are identical)."""
    device = device or default_device()
    return _layered_encoder(device) if PASS_LAYERS else get_encoder(device)


def _encode(enc: Encoder, text: str, units: list[tuple[int, int, int]], parallel: bool = True) -> PassResult:
    """The pass over ``units`` of ``text``; ``parallel=False`` keeps it to the calling thread (a background job:
    the pipeline thread runs beside it)."""
    res = enc.states([text[a:b] for a, b, _ in units], last=True, parallel=parallel) if units else []
    return PassResult(
        units=units,
        embeddings=np.stack([r.embedding for r in res]) if res else np.zeros((0, DIM), np.float32),
        states=[r.hidden.astype(np.float16) for r in res],
        offsets=[r.offsets + a for r, (a, _b, _p) in zip(res, units, strict=True)],
        layers=enc.layers,
        tokens=[r.last for r in res if r.last is not None])


def _comment_texts(doc: Document) -> list[str]:
    return [doc.text[c.start : c.end] for c in doc.comments]


def run_pass(doc: Document, encoder: Encoder | None = None) -> PassResult:
    """The pass over one document's units, in batches of their own."""
    return _encode(encoder or pass_encoder(), doc.text, document_units(doc))


def encode_document(doc: Document, encoder: Encoder | None = None) -> EncodedDocument:
    """The pass over one document, now, on the calling thread."""
    return EncodedDocument(run_pass(doc, encoder), _comment_texts(doc), encoder)


class BackgroundJob(Generic[T]):
    """A job queued on the background worker (``background_executor``), which the thread that queued it may run
    itself. A reader that needs its result before the worker has started it runs it on the reading thread; one
    that finds the worker running it runs, while it waits, jobs it queued that the worker has not started: first
    the next queued job of the same kind (the same function: a reader that goes through the documents in order
    wants the next document's pass soonest, so reader and worker then take the remaining passes in turn), else
    the last job it queued (the worker takes jobs first-queued first, so that one is the furthest from it). So
    the worker and the pipeline's thread share the remaining background work instead of the pipeline thread
    waiting. The result is the same either way: the job is one function of its arguments, run once, by one
    thread."""

    _queued: ClassVar[list[BackgroundJob[Any]]] = []  # jobs not yet known to be started, oldest first
    _queued_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, fn: Callable[..., T], *args: Any) -> None:
        self._fn, self._args = fn, args
        self._owner = threading.get_ident()
        self._lock = threading.Lock()
        self._here: Future[T] | None = None  # set when a reader runs the job itself
        with BackgroundJob._queued_lock:
            BackgroundJob._queued.append(self)
        self._future: Future[T] = background_executor().submit(fn, *args)
        self._future.add_done_callback(self._forget)  # run by the worker, or cancelled to run on a reader

    def _forget(self, _future: Future[T]) -> None:
        with BackgroundJob._queued_lock:
            if self in BackgroundJob._queued:
                BackgroundJob._queued.remove(self)

    def _take(self) -> bool:
        """Run the job on this thread unless the worker (or another reader) has it; True when this thread ran it."""
        with self._lock:
            if self._here is not None or not self._future.cancel():  # cancel: not started, the worker skips it
                return False
            self._here = Future()
        try:
            self._here.set_result(self._fn(*self._args))
        except BaseException as exc:  # noqa: BLE001 - handed to the reader with the result
            self._here.set_exception(exc)
        return True

    def _take_other(self) -> bool:
        """Run, while this job runs elsewhere, a queued job of its owner that no thread has started: the first of
        this job's kind, else the last queued; False when there is none."""
        cls = BackgroundJob
        while True:
            with cls._queued_lock:
                mine = [k for k, job in enumerate(cls._queued) if job._owner == self._owner]
                if not mine:
                    return False
                same = [k for k in mine if cls._queued[k]._fn is self._fn]
                job = cls._queued.pop(same[0] if same else mine[-1])
            if job._take():
                return True

    def result(self) -> T:
        self._take()
        while self._here is None and not self._future.done() and self._take_other():
            pass
        with self._lock:
            here = self._here
        return here.result() if here is not None else self._future.result()


def background_executor() -> ThreadPoolExecutor:
    """The one worker thread of the pipeline's background passes (this encoder pass, the technique model):
    they run in the order queued, while the main thread parses."""
    global _EXECUTOR
    with _LOCK:
        if _EXECUTOR is None:
            _EXECUTOR = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsprism-encoder")
        return _EXECUTOR


class EncoderPassComponent:
    """The one encoder pass of each document (``state.encoded``); every head downstream reads it.

    ``background=True`` (the default) queues the pass as a ``BackgroundJob``, so that it overlaps the spaCy parse
    that follows it in the pipeline."""

    name: ClassVar[str] = "encoder_pass"
    assigns: ClassVar[tuple[str, ...]] = ("state.encoded",)
    requires: ClassVar[tuple[str, ...]] = ("paragraphs",)

    def __init__(self, background: bool = True) -> None:
        self.background = background

    def __call__(self, doc: Document, state: DocState) -> Document:
        if self.background:
            encoder = pass_encoder()  # built here, so that a load failure is this component's
            # what the pass reads is taken now, on this thread: later components may change the document
            job = BackgroundJob(_encode, encoder, doc.text, document_units(doc), False)
            state.encoded = EncodedDocument(job, _comment_texts(doc), encoder)
        else:
            state.encoded = encode_document(doc)
        return doc


__all__ = ["COMMENT_BATCH_TOKENS", "PASS_LAYERS", "BackgroundJob", "EncodedDocument", "EncoderPassComponent", "PassResult",
           "background_executor", "comment_embeddings", "encode_document", "pass_encoder", "run_pass"]
