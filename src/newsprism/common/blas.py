"""numpy's (and scipy's) BLAS thread pools, capped while newsprism runs its own threads.

OpenBLAS sizes its pool by OMP_NUM_THREADS (or OPENBLAS_NUM_THREADS), and its idle workers spin for a while
after every call that used them before they sleep. The pipeline keeps the cores busy by itself: the pipeline
thread parses and runs the rule layers while the background worker runs the encoder pass and the technique
model (``encoder/document.py``), each onnxruntime call on one thread. Its matrix products are small (pair
features, similarity rows), so a second BLAS thread had nothing to do but spin: in a ``compare`` of 20 BASIL
articles at OMP_NUM_THREADS=2 on a 2-core box the one extra OpenBLAS thread took 1.6-2.1 CPU-s (~15% of the
run's CPU) from the encoder worker. With it capped to one, a product may differ in its last bits (OpenBLAS sums a
split product in another order: about 1e-14), and the compare JSON of those 20 articles and of the example story
is identical (``benchmarks/scale.md``, round 8).

The cap is set with threadpoolctl (scikit-learn's own tool for this, already installed with it) on every BLAS
the process has loaded when it is called: numpy's, and scipy's once ``scipy.sparse`` is in, so callers repeat it
where a new library may have loaded. It is process-wide and left in place: a process that runs a newsprism
pipeline gives its cores to the pipeline's own threads.
"""

from __future__ import annotations

import threading

from threadpoolctl import threadpool_info, threadpool_limits

# BLAS threads while a pipeline or a story comparison runs (see the module docstring).
BLAS_THREADS = 1
_LOCK = threading.Lock()


def blas_threads() -> dict[str, int]:
    """Each loaded BLAS library's path -> its thread count now."""
    return {str(p["filepath"]): int(p["num_threads"]) for p in threadpool_info() if p.get("user_api") == "blas"}


def cap_blas_threads(threads: int = BLAS_THREADS) -> list[str]:
    """Set ``threads`` on every loaded BLAS above it; returns the libraries set now (none when nothing new has
    loaded since the last call)."""
    with _LOCK:
        over = [path for path, n in blas_threads().items() if n > threads]
        if over:
            threadpool_limits(limits=threads, user_api="blas")
    return over


__all__ = ["BLAS_THREADS", "blas_threads", "cap_blas_threads"]
