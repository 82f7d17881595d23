"""numpy's OpenBLAS is capped to one thread while a pipeline runs (its idle workers spin and take a core from
the pipeline's own threads); the cap must leave every product as it was."""

from __future__ import annotations

import ctypes
import sys

import numpy as np
import pytest

from newsprism.common.blas import cap_blas_threads, loaded_openblas


def _threads(path: str) -> int | None:
    lib = ctypes.CDLL(path)
    for name in ("scipy_openblas_get_num_threads64_", "scipy_openblas_get_num_threads", "openblas_get_num_threads64_",
                 "openblas_get_num_threads"):
        if hasattr(lib, name):
            return int(getattr(lib, name)())
    return None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="finds OpenBLAS through /proc/self/maps")
def test_numpys_openblas_runs_one_thread_after_the_cap() -> None:
    libs = loaded_openblas()
    if not libs:
        pytest.skip("numpy is not linked to OpenBLAS here")
    rng = np.random.default_rng(7)
    a, b = rng.standard_normal((300, 200)), rng.standard_normal((200, 250))
    before = a @ b
    cap_blas_threads(1)
    assert all(_threads(p) in (1, None) for p in libs)
    assert np.array_equal(a @ b, before)  # bit for bit


def test_the_cap_is_cheap_to_repeat() -> None:
    cap_blas_threads(1)
    assert cap_blas_threads(1) == []  # nothing new to set
