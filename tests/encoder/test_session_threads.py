"""onnxruntime thread settings: NEWSPRISM_THREADS caps every session, a model's own cap (the technique model's
one thread on the CPU) caps it further."""

from __future__ import annotations

import pytest

pytest.importorskip("onnxruntime")

from newsprism.encoder import session_options  # noqa: E402


@pytest.mark.parametrize(("env", "threads", "expected"), [
    (None, None, 0),  # onnxruntime's default (one thread per core)
    ("2", None, 2),
    (None, 1, 1),
    ("2", 1, 1),
    ("1", 2, 1),
])
def test_threads_are_capped(monkeypatch: pytest.MonkeyPatch, env: str | None, threads: int | None,
                            expected: int) -> None:
    if env is None:
        monkeypatch.delenv("NEWSPRISM_THREADS", raising=False)
    else:
        monkeypatch.setenv("NEWSPRISM_THREADS", env)
    assert session_options(threads).intra_op_num_threads == expected


def test_the_technique_model_runs_one_thread_on_the_cpu(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsprism.techniques import model as tm

    monkeypatch.setenv("NEWSPRISM_THREADS", "2")
    monkeypatch.setenv("NEWSPRISM_DEVICE", "cpu")
    try:
        m = tm.TechniqueModel()
    except Exception as exc:  # noqa: BLE001 - model file not installed
        pytest.skip(f"technique model unavailable: {exc}")
    assert m.session.get_session_options().intra_op_num_threads == tm.CPU_THREADS == 1


def test_the_encoder_runs_one_thread_a_call_and_shares_batches_by_newsprism_threads(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from newsprism.encoder import minilm

    monkeypatch.setenv("NEWSPRISM_THREADS", "2")
    monkeypatch.setenv("NEWSPRISM_DEVICE", "cpu")
    try:
        enc = minilm.Encoder()
    except Exception as exc:  # noqa: BLE001 - model not installed
        pytest.skip(f"encoder unavailable: {exc}")
    assert enc.session.get_session_options().intra_op_num_threads == minilm.CPU_THREADS == 1
    assert enc.threads == 2


def test_shared_batches_each_run_once_and_errors_reach_the_caller() -> None:
    import threading

    from newsprism.encoder.minilm import share_batches

    seen: list[tuple[int, str]] = []
    lock = threading.Lock()

    def run(batch: list[int]) -> None:
        with lock:
            seen.extend((k, threading.current_thread().name) for k in batch)

    batches = [[k, k + 100] for k in range(40)]
    share_batches(run, batches, threads=2)
    assert sorted(k for k, _ in seen) == sorted(k for b in batches for k in b)

    def fail(batch: list[int]) -> None:
        if batch[0] == 7:
            raise ValueError("bad batch")

    with pytest.raises(ValueError, match="bad batch"):
        share_batches(fail, batches, threads=2)
