"""numpy's (and scipy's) OpenBLAS thread pools, capped while newsprism runs its own threads.

OpenBLAS sizes its pool by OMP_NUM_THREADS (or OPENBLAS_NUM_THREADS), and its idle workers spin for a while
after every call that used them before they sleep. The pipeline keeps the cores busy by itself: the pipeline
thread parses and runs the rule layers while the background worker runs the encoder pass and the technique
model (``encoder/document.py``), each onnxruntime call on one thread. Its matrix products are small (pair
features, similarity rows), so a second BLAS thread had nothing to do but spin: in a ``compare`` of 20 BASIL
articles at OMP_NUM_THREADS=2 on a 2-core box the one extra OpenBLAS thread took 1.6-2.1 CPU-s (~15% of the
run's CPU) from the encoder worker, and with it capped to one the compare JSON is identical (every product is
computed the same way on one thread; ``benchmarks/scale.md``, round 8).

The cap is set on every OpenBLAS the process has loaded (numpy's, and scipy's once ``scipy.sparse`` is in) by
the symbol OpenBLAS exports for it, found through ``/proc/self/maps``; elsewhere (no /proc: macOS, Windows) this
does nothing. It is process-wide and left in place: a process that runs a newsprism pipeline gives its cores
to the pipeline's own threads.
"""

from __future__ import annotations

import ctypes
import logging
import threading
from pathlib import Path

log = logging.getLogger(__name__)

# BLAS threads while a pipeline or a story comparison runs (see the module docstring).
BLAS_THREADS = 1
# The names OpenBLAS builds export the setter under: numpy's and scipy's wheels (scipy-openblas, 64- and
# 32-bit integers) and a plain OpenBLAS.
_SETTERS = ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads", "openblas_set_num_threads64_",
            "openblas_set_num_threads")
_MAPS = Path("/proc/self/maps")
_LOCK = threading.Lock()
_DONE: dict[str, int] = {}  # library path -> the thread count set on it


def loaded_openblas() -> list[str]:
    """Paths of the OpenBLAS libraries this process has loaded (none where /proc is not available)."""
    try:
        maps = _MAPS.read_text()
    except OSError:
        return []
    return sorted({line.split()[-1] for line in maps.splitlines()
                   if "openblas" in line.rsplit("/", 1)[-1].lower() and ".so" in line})


def cap_blas_threads(threads: int = BLAS_THREADS) -> list[str]:
    """Set ``threads`` on every loaded OpenBLAS not yet set to it; returns the libraries set now. Cheap when
    there is nothing new (one read of /proc/self/maps)."""
    done = []
    with _LOCK:
        for path in loaded_openblas():
            if _DONE.get(path) == threads:
                continue
            try:
                lib = ctypes.CDLL(path)
            except OSError:
                continue
            setter = next((getattr(lib, name) for name in _SETTERS if hasattr(lib, name)), None)
            if setter is None:
                continue
            setter(ctypes.c_int(threads))
            _DONE[path] = threads
            done.append(path)
            log.debug("OpenBLAS %s: %d thread(s)", path, threads)
    return done


__all__ = ["BLAS_THREADS", "cap_blas_threads", "loaded_openblas"]
