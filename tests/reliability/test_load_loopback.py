"""The CI shape of the load test (benchmarks/bench_reliability.py runs 200 concurrent clients for 60 s against
the real server): 20 concurrent requests on loopback, a mix of analyses and pages; no 5xx, no client error."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from fuzz.load import run_load  # noqa: E402


@pytest.mark.slow
def test_twenty_concurrent_requests_on_loopback(tmp_path):
    result = run_load(concurrency=20, requests=20, light=True, timeout=60, db_dir=tmp_path)
    assert result["requests"] == 20
    assert result["5xx"] == 0 and result["client_errors"] == {}, result
    assert sum(result["status"].values()) == 20 and all(k.endswith(" 200") for k in result["status"]), result
    assert result["alive_after"]
