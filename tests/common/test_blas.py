"""numpy's BLAS is capped to one thread while a pipeline runs (its idle workers spin and take a core from the
pipeline's own threads); the cap may move a product by rounding only (OpenBLAS splits a product between threads
in another order: about 1e-14 here), never more."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.common.blas import blas_threads, cap_blas_threads


def test_numpys_blas_runs_one_thread_after_the_cap() -> None:
    if not blas_threads():
        pytest.skip("threadpoolctl finds no BLAS library behind numpy here")
    rng = np.random.default_rng(7)
    a, b = rng.standard_normal((300, 200)), rng.standard_normal((200, 250))
    before = a @ b
    cap_blas_threads(1)
    assert all(n == 1 for n in blas_threads().values())
    assert np.allclose(a @ b, before, rtol=1e-12, atol=1e-12)


def test_the_cap_is_cheap_to_repeat() -> None:
    cap_blas_threads(1)
    assert cap_blas_threads(1) == []  # nothing new to set
