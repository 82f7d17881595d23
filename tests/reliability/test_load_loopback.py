"""The CI shape of the load test (benchmarks/bench_reliability.py runs 200 concurrent clients for 60 s against
the real server): 20 concurrent requests on loopback, a mix of analyses and pages; no 5xx but busy 503s, no
client error. Then back-pressure: beyond ``max_pending`` analyses the app answers 503 + Retry-After at once, and a
missing or broken model file is a clear 503, not a 500."""

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
    assert result["5xx_not_busy"] == 0 and result["client_errors"] == {}, result
    assert sum(result["status"].values()) == 20, result
    # Every answer is a 200, or a quick busy 503 with Retry-After for an analysis beyond the server's cap.
    assert all(k.endswith(" 200") or k == "analyze 503" for k in result["status"]), result
    assert result["busy_429_503"] == result["status"].get("analyze 503", 0), result
    assert result["busy_without_retry_after"] == 0, result
    assert result["alive_after"]


def _slow(seconds: float):
    import time

    from newsprism.model import Analysis

    def analyze(docs):
        time.sleep(seconds)
        return Analysis(documents=list(docs))

    return analyze


TEXT = "Fees Rise\nThe harbour board raised the mooring fees for every boat on Monday, officials said {}.\n"


def test_overload_is_answered_with_429_or_503_quickly(tmp_path):
    import asyncio
    import time

    import httpx

    from newsprism.web import Settings, create_app

    app = create_app(Settings(db=tmp_path / "o.sqlite", analyzer=_slow(0.3), workers=1,
                              allowed_hosts=["testserver"]))

    async def go():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as c:
            async def one(i):
                t0 = time.perf_counter()
                r = await c.post("/api/analyze", json={"texts": [{"text": TEXT.format(i)}]})
                return r.status_code, time.perf_counter() - t0, r

            async def page():
                await asyncio.sleep(0.05)  # while the analyses are queued
                t0 = time.perf_counter()
                r = await c.get("/documents.json")
                return r.status_code, time.perf_counter() - t0

            return await asyncio.gather(page(), *(one(i) for i in range(12)))

    page, *results = asyncio.run(go())
    refused = [(s, r) for code, s, r in results if code in (429, 503)]
    assert refused and max(s for s, _ in refused) < 1.0, results
    assert not [code for code, _, _ in results if code >= 500 and code != 503]
    # Default cap: 2 x workers = 2 admitted (one running, one queued); the other 10 refused at once.
    assert sorted(code for code, _, _ in results) == [200] * 2 + [503] * 10
    for _, r in refused:
        body = r.json()
        assert body["error"] == "busy" and "max_pending" in body["detail"], body
        assert int(r.headers["Retry-After"]) >= 1 and r.headers["content-security-policy"]
    assert page[0] == 200 and page[1] < 1.0, page  # pages keep answering while analyses are refused


def test_max_pending_is_configurable_and_slots_come_back(tmp_path):
    import asyncio

    import httpx

    from newsprism.web import Settings, create_app

    app = create_app(Settings(db=tmp_path / "m.sqlite", analyzer=_slow(0.2), workers=1, max_pending=5,
                              allowed_hosts=["testserver"]))

    async def go():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as c:
            burst = await asyncio.gather(*(c.post("/api/analyze", json={"texts": [{"text": TEXT.format(i)}]})
                                           for i in range(8)))
            after = await c.post("/api/analyze", json={"texts": [{"text": TEXT.format(99)}]})
            return [r.status_code for r in burst], after.status_code

    burst, after = asyncio.run(go())
    assert sorted(burst) == [200] * 5 + [503] * 3, burst
    assert after == 200 and app.state.np.pending == 0  # every slot was given back


def test_the_form_is_refused_with_503_when_busy(tmp_path):
    from fastapi.testclient import TestClient

    from newsprism.web import Settings, create_app

    with TestClient(create_app(Settings(db=tmp_path / "f.sqlite", allowed_hosts=["testserver"]))) as c:
        c.app.state.np.pending = c.app.state.np.settings.pending_cap  # every slot taken
        r = c.post("/analyze", data={"text": TEXT.format(1)}, headers={"Accept": "text/html"})
        assert r.status_code == 503 and "Retry-After" in r.headers and "busy" in r.text
        assert c.get("/").status_code == 200
        c.app.state.np.pending = 0


@pytest.mark.parametrize("failure", ["missing", "corrupt", "model-error"])
def test_missing_or_broken_model_files_answer_a_clear_503(tmp_path, failure):
    import json

    from fastapi.testclient import TestClient

    from newsprism.errors import ModelError
    from newsprism.web import Settings, create_app

    secret_dir = tmp_path / "private-install-dir"

    def broken(docs):
        if failure == "missing":
            return json.loads((secret_dir / "thresholds.json").read_text())
        if failure == "corrupt":
            return json.loads("{not json")
        raise ModelError("technique model not found at models/techniques.onnx")

    with TestClient(create_app(Settings(db=tmp_path / "b.sqlite", analyzer=broken,
                                        allowed_hosts=["testserver"])), raise_server_exceptions=True) as c:
        r = c.post("/api/analyze", json={"texts": [{"text": TEXT.format(1)}]})
        assert r.status_code == 503, r.text
        body = r.json()
        assert body["error"] == "ModelError" and body["detail"].startswith("analysis is unavailable"), body
        assert "Traceback" not in r.text and "private-install-dir" not in r.text
        if failure == "missing":
            assert "thresholds.json" in body["detail"] and "FileNotFoundError" in body["detail"]
        assert c.get("/api/documents").json() == []  # nothing half-stored
        # The form keeps what was sent: the source is stored, its analysis fails with the same reason, and
        # the job's page and the story's page say so (it can be analyzed again once the models are back).
        form = c.post("/analyze", data={"text": TEXT.format(2)}, headers={"Accept": "text/html"},
                      follow_redirects=False)
        assert form.status_code == 303 and form.headers["location"].startswith("/jobs/")
        job_id = form.headers["location"].split("/jobs/", 1)[1]
        job = c.get(f"/api/jobs/{job_id}", params={"wait": 10}).json()
        assert job["status"] == "failed" and job["error"].startswith("analysis is unavailable"), job
        page = c.get(form.headers["location"]).text
        assert "analysis is unavailable" in page and "private-install-dir" not in page
        (doc,) = c.get("/api/documents").json()
        assert doc["state"] == "failed"
        story = c.get(f"/api/stories/{job['story_id']}").json()
        assert story["sources"][0]["state_reason"].startswith("analysis is unavailable")
        assert c.get("/").status_code == 200  # pages keep answering
        assert c.app.state.np.pending == 0
