"""A bounded load test on loopback: many concurrent clients against ``POST /api/analyze`` and the pages.

    .venv/bin/python -m fuzz.load --concurrency 200 --seconds 60            # real `newsprism serve`
    .venv/bin/python -m fuzz.load --concurrency 20 --requests 20 --light    # the CI shape

Each client loops (or sends its share of ``--requests``): one request in five is an analysis of a fresh
invented article, the rest are pages (home, lists, a document, a story list, a search, the JSON API). Records
status codes, client-side errors (timeouts, refused connections) and p50/p99 latency per kind: ``analyze``
(admitted analyses), ``analyze_refused`` (busy answers: 429/503 with Retry-After) and ``page``. The goal: no
5xx other than busy 503s; overload shows as quick 429/503, not as collapse. Clients do not wait for
Retry-After (the worst case for the server) unless ``--honour-retry-after`` is given.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from fuzz.crash import _free_port, _start_server, article  # noqa: E402

PAGES = ["/", "/documents", "/stories", "/search?q=harbour", "/api/documents", "/api/stories", "/documents.json"]


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    values = sorted(values)
    return round(values[min(len(values) - 1, int(q * len(values)))] * 1000, 1)


async def _run(base: str, concurrency: int, seconds: float | None, requests: int | None, timeout: float,
               seed: int, doc_ids: list[str], honour_retry_after: bool = False) -> dict:
    rng = random.Random(seed)
    lat: dict[str, list[float]] = {"analyze": [], "analyze_refused": [], "page": []}
    status: Counter = Counter()
    busy = {"n": 0, "503": 0, "without_retry_after": 0}
    errors: Counter = Counter()
    counter = {"n": 0}
    deadline = time.monotonic() + seconds if seconds else None
    pages = PAGES + [f"/documents/{d}" for d in doc_ids[:3]]

    async def one(client: httpx.AsyncClient) -> None:
        counter["n"] += 1
        i = counter["n"]
        kind = "analyze" if i % 5 == 0 else "page"
        t0 = time.perf_counter()
        try:
            if kind == "analyze":
                r = await client.post("/api/analyze", json={"texts": [{"text": article(10_000 + i, seed)}]})
            else:
                r = await client.get(rng.choice(pages))
            took = time.perf_counter() - t0
            status[f"{kind} {r.status_code}"] += 1
            if kind == "analyze" and r.status_code in (429, 503) and r.headers.get("content-type", "").startswith(
                    "application/json") and r.json().get("error") == "busy":
                busy["n"] += 1
                busy["503"] += r.status_code == 503
                busy["without_retry_after"] += "retry-after" not in r.headers
                lat["analyze_refused"].append(took)
                if honour_retry_after:
                    await asyncio.sleep(float(r.headers.get("retry-after", 1)))
            else:
                lat[kind].append(took)
        except httpx.HTTPError as exc:
            errors[f"{kind} {type(exc).__name__}"] += 1

    async def worker(client: httpx.AsyncClient, share: int | None) -> None:
        if share is not None:
            for _ in range(share):
                await one(client)
            return
        while time.monotonic() < deadline:  # type: ignore[operator]
            await one(client)

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    t0 = time.monotonic()
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits) as client:
        shares = ([requests // concurrency + (1 if k < requests % concurrency else 0) for k in range(concurrency)]
                  if requests else [None] * concurrency)
        await asyncio.gather(*(worker(client, s) for s in shares))
    wall = time.monotonic() - t0
    fivexx = sum(v for k, v in status.items() if k.split()[1].startswith("5"))
    return {"concurrency": concurrency, "wall_s": round(wall, 1), "requests": counter["n"],
            "throughput_rps": round(counter["n"] / wall, 1), "status": dict(sorted(status.items())),
            "client_errors": dict(errors), "5xx": fivexx, "busy_429_503": busy["n"],
            "5xx_not_busy": fivexx - busy["503"],
            "busy_without_retry_after": busy["without_retry_after"], "honour_retry_after": honour_retry_after,
            "latency_ms": {k: {"n": len(v), "p50": _pct(v, 0.5), "p99": _pct(v, 0.99), "max": _pct(v, 1.0),
                               "mean": round(statistics.mean(v) * 1000, 1) if v else None}
                           for k, v in lat.items()}}


def run_load(concurrency: int = 20, seconds: float | None = None, requests: int | None = 20, light: bool = True,
             timeout: float = 60.0, seed: int = 7, db_dir: Path | None = None,
             honour_retry_after: bool = False) -> dict:
    """Start a server on loopback, warm it (models load, a few documents stored), run the load, stop it."""
    work = Path(db_dir or tempfile.mkdtemp(prefix="np-load-"))
    port = _free_port()
    server = _start_server(work / "load.sqlite", port, real=not light)
    base = f"http://127.0.0.1:{port}"
    try:
        ids: list[str] = []
        for i in range(3):
            r = httpx.post(base + "/api/analyze", json={"texts": [{"text": article(i, seed)}]}, timeout=300)
            r.raise_for_status()
            ids += r.json()["document_ids"]
        result = asyncio.run(_run(base, concurrency, seconds, requests, timeout, seed, ids, honour_retry_after))
        # The server must still answer after the load.
        result["alive_after"] = httpx.get(base + "/", timeout=60).status_code == 200
        result["server"] = "light analyzer" if light else "newsprism serve (full pipeline)"
        return result
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=60)
        except Exception:  # noqa: BLE001
            server.kill()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--concurrency", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=None)
    ap.add_argument("--requests", type=int, default=None)
    ap.add_argument("--light", action="store_true", help="a light analyzer instead of the full pipeline")
    ap.add_argument("--timeout", type=float, default=60.0, help="client timeout per request (s)")
    ap.add_argument("--honour-retry-after", action="store_true",
                    help="a client refused as busy waits Retry-After seconds before its next request")
    a = ap.parse_args()
    if a.seconds is None and a.requests is None:
        a.seconds = 60
    print(json.dumps(run_load(a.concurrency, a.seconds, a.requests, a.light, a.timeout,
                              honour_retry_after=a.honour_retry_after), indent=1))


if __name__ == "__main__":
    main()
