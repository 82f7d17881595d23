"""A background job that no worker has started yet is run by the thread that needs its result; one the worker
has started is waited for. Either way the reader gets the job's one result (or its exception)."""

from __future__ import annotations

import threading

import pytest

from newsprism.encoder.document import BackgroundJob, background_executor


def _blocked_worker() -> tuple[threading.Event, threading.Event]:
    """Occupy the one background worker until the returned ``release`` is set."""
    started, release = threading.Event(), threading.Event()

    def hold() -> None:
        started.set()
        release.wait(10)

    background_executor().submit(hold)
    assert started.wait(10)
    return started, release


def test_a_job_not_yet_started_runs_on_the_reading_thread() -> None:
    _, release = _blocked_worker()
    try:
        job = BackgroundJob(lambda x: (x * 2, threading.current_thread().name), 21)
        value, thread = job.result()
    finally:
        release.set()
    assert value == 42
    assert thread == threading.current_thread().name


def test_a_started_job_is_waited_for_on_the_worker() -> None:
    gate = threading.Event()
    running = threading.Event()

    def work() -> str:
        running.set()
        gate.wait(10)
        return threading.current_thread().name

    job = BackgroundJob(work)
    assert running.wait(10)
    threading.Timer(0.05, gate.set).start()
    assert job.result().startswith("newsprism-encoder")


def test_the_reader_gets_the_exception_of_a_job_it_runs() -> None:
    _, release = _blocked_worker()

    def fail() -> None:
        raise ValueError("broken input")

    try:
        job = BackgroundJob(fail)
        with pytest.raises(ValueError, match="broken input"):
            job.result()
    finally:
        release.set()


def test_a_reader_waiting_for_a_running_job_runs_the_last_queued_ones_meanwhile() -> None:
    gate, running = threading.Event(), threading.Event()
    ran: list[tuple[object, str]] = []

    def first() -> str:
        running.set()
        gate.wait(10)
        ran.append(("first", threading.current_thread().name))
        return "first"

    def other(k: int) -> int:
        ran.append((k, threading.current_thread().name))
        if k == 2:
            gate.set()  # the worker finishes its job only once the reader has taken the last queued one
        return k

    a = BackgroundJob(first)
    assert running.wait(10)
    b, c = BackgroundJob(other, 1), BackgroundJob(other, 2)
    assert a.result() == "first"
    assert (2, threading.current_thread().name) in ran
    assert b.result() == 1 and c.result() == 2
    assert sorted(str(k) for k, _ in ran) == ["1", "2", "first"]  # each job ran once
    assert not any(j in BackgroundJob._queued for j in (a, b, c))


def test_a_waiting_reader_runs_the_next_queued_job_of_the_same_kind_first() -> None:
    gate, running = threading.Event(), threading.Event()
    ran: list[tuple[str, int]] = []

    def encode(k: int) -> int:
        if k == 0:
            running.set()
            gate.wait(10)
        ran.append(("encode", k))
        if k == 1:
            gate.set()  # the worker's job ends once the reader has run the next pass
        return k

    def other(k: int) -> int:
        ran.append(("other", k))
        return k

    first = BackgroundJob(encode, 0)
    assert running.wait(10)
    nxt, later, last = BackgroundJob(encode, 1), BackgroundJob(encode, 2), BackgroundJob(other, 3)
    assert first.result() == 0
    assert ran[0] == ("encode", 1)  # the reader took the next pass, not the last job queued
    assert [j.result() for j in (nxt, later, last)] == [1, 2, 3]
    assert sorted(ran) == [("encode", 0), ("encode", 1), ("encode", 2), ("other", 3)]  # each job ran once
