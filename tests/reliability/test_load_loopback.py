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


@pytest.mark.xfail(strict=True, reason="no back-pressure: /api/analyze queues every request on the analysis "
                   "pool without bound, so under overload latency grows (200 clients: analyze p50 10 s, p99 25 s, "
                   "pages p50 3.5 s) instead of a quick 429/503. Fix (web owner): cap pending analyses (e.g. "
                   "2 x workers) and answer 503 with Retry-After beyond it")
def test_overload_is_answered_with_429_or_503_quickly(tmp_path):
    import asyncio
    import time

    import httpx

    from newsprism.model import Analysis
    from newsprism.web import Settings, create_app

    def slow(docs):
        time.sleep(0.3)
        return Analysis(documents=list(docs))

    app = create_app(Settings(db=tmp_path / "o.sqlite", analyzer=slow, workers=1, allowed_hosts=["testserver"]))
    text = "Fees Rise\nThe harbour board raised the mooring fees for every boat on Monday, officials said {}.\n"

    async def go():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as c:
            async def one(i):
                t0 = time.perf_counter()
                r = await c.post("/api/analyze", json={"texts": [{"text": text.format(i)}]})
                return r.status_code, time.perf_counter() - t0
            return await asyncio.gather(*(one(i) for i in range(12)))

    results = asyncio.run(go())
    refused = [s for code, s in results if code in (429, 503)]
    assert refused and max(refused) < 1.0, results
    assert not [code for code, _ in results if code >= 500 and code != 503]
