"""Execution engines: map partitions of documents to analyzed results, in input order, with bounded memory.

Both engines keep at most ``2 x workers`` partitions in flight and hand results back in the order the
partitions were submitted, so the writer (story clustering, duplicate links) sees the same sequence
whichever engine ran: the local and Dask runs of one corpus produce the same store.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Generic, Protocol, TypeVar

from newsprism.batch.worker import ItemResult, PipelineSpec, analyze_partition, warm_up

log = logging.getLogger(__name__)

P = TypeVar("P")
F = TypeVar("F")


Task = Callable[[list[str], PipelineSpec], list[ItemResult]]


class Engine(Protocol):
    def map(self, parts: Iterable[tuple[P, list[str]]],
            task: Task = analyze_partition) -> Iterator[tuple[P, list[ItemResult]]]: ...

    def close(self) -> None: ...


def _failed(n: int, reason: str) -> list[ItemResult]:
    return [ItemResult(index=i, error=reason) for i in range(n)]


class _Window(Generic[P, F]):
    """Partitions submitted in input order, at most ``size`` of them ahead of the one awaited, so results come
    back in input order and memory stays bounded (the same for every engine)."""

    def __init__(self, parts: Iterable[tuple[P, list[str]]], size: int, submit: Callable[[list[str]], F]) -> None:
        self._parts = iter(parts)
        self._size = size
        self._submit = submit
        self._queue: deque[tuple[P, list[str], F]] = deque()

    def __iter__(self) -> Iterator[tuple[P, list[str], F]]:
        while True:
            while len(self._queue) < self._size:
                nxt = next(self._parts, None)
                if nxt is None:
                    break
                meta, docs = nxt
                self._queue.append((meta, docs, self._submit(docs)))
            if not self._queue:
                return
            yield self._queue.popleft()

    def resubmit(self) -> None:
        """Submit every queued partition again (its executor was replaced)."""
        self._queue = deque((m, d, self._submit(d)) for m, d, _ in self._queue)


def worker_threads(workers: int) -> int:
    """ONNX threads per worker so that workers x threads fills, and does not oversubscribe, the CPUs."""
    return max(1, (os.cpu_count() or 1) // max(1, workers))


class LocalEngine:
    """In this process (``workers=1``) or a pool of spawned worker processes, each loading models once."""

    def __init__(self, spec: PipelineSpec, workers: int = 1) -> None:
        self.spec = spec
        self.workers = max(1, workers)
        self._pool: ProcessPoolExecutor | None = None

    def _new_pool(self) -> ProcessPoolExecutor:
        # spawn, not fork: the parent runs a progress thread and SQLite; forked copies of those are unsafe.
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=mp.get_context("spawn"),
                                   initializer=warm_up, initargs=(self.spec,))

    def map(self, parts: Iterable[tuple[P, list[str]]],
            task: Task = analyze_partition) -> Iterator[tuple[P, list[ItemResult]]]:
        if self.workers == 1:
            for meta, docs in parts:
                yield meta, task(docs, self.spec)
            return
        if self._pool is None:
            self._pool = self._new_pool()

        def submit(docs: list[str]) -> Future[list[ItemResult]]:
            assert self._pool is not None
            return self._pool.submit(task, docs, self.spec)

        window = _Window(parts, 2 * self.workers, submit)
        for meta, docs, fut in window:
            try:
                yield meta, fut.result()
            except BrokenProcessPool as exc:
                # A worker died (killed, out of memory): its partition fails, the pool is rebuilt, and the
                # partitions still queued are resubmitted to the new pool.
                log.error("worker process died: %s", exc)
                yield meta, _failed(len(docs), f"worker process died: {exc}")
                assert self._pool is not None
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = self._new_pool()
                window.resubmit()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class DaskEngine:
    """Partitions run as tasks on a ``distributed`` cluster: the one at ``scheduler``, or a LocalCluster of
    ``workers`` single-threaded worker processes. Models load once per worker (``warm_up`` via client.run)."""

    def __init__(self, spec: PipelineSpec, workers: int = 2, scheduler: str | None = None,
                 client: Any = None) -> None:
        from distributed import Client, LocalCluster

        self.spec = spec
        self._own_cluster = None
        self._own_client = client is None
        if client is not None:
            self.client = client
        elif scheduler:
            self.client = Client(scheduler)
        else:
            self._own_cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                             dashboard_address=None)
            self.client = Client(self._own_cluster)
        self.client.run(warm_up, spec)
        self.slots = max(1, sum(self.client.nthreads().values()))

    def map(self, parts: Iterable[tuple[P, list[str]]],
            task: Task = analyze_partition) -> Iterator[tuple[P, list[ItemResult]]]:
        window = _Window(parts, 2 * self.slots, lambda docs: self.client.submit(task, docs, self.spec, pure=False))
        for meta, docs, fut in window:
            try:
                yield meta, fut.result()
            except Exception as exc:  # noqa: BLE001 - a lost task fails its documents, never the run
                log.error("dask task failed: %s", exc)
                yield meta, _failed(len(docs), f"dask task failed: {exc.__class__.__name__}: {exc}")
            finally:
                fut.release()

    def close(self) -> None:
        if self._own_client:
            self.client.close()
        if self._own_cluster is not None:
            self._own_cluster.close()
