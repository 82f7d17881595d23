"""Polling helper shared by the browser tests (pytest puts this folder on sys.path)."""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_until(predicate: Callable[[], T], timeout: float = 30.0, describe: Callable[[], str] | None = None) -> T:
    """Poll `predicate` until it returns something truthy; fail the test after `timeout` seconds, saying what
    `describe()` reports (e.g. what the page shows) so that a rare timeout can be read from the log."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = predicate()
        if got:
            return got
        time.sleep(0.1)
    raise AssertionError("timed out waiting in the browser" + (f": {describe()}" if describe else ""))
