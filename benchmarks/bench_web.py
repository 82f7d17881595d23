"""Time to first progress for a large paste, against the old one-request analysis (real HTTP on loopback).

    OMP_NUM_THREADS=2 .venv/bin/python benchmarks/bench_web.py [--mb 1.0] [--light]

Starts the web app under uvicorn on 127.0.0.1 with the default pipeline (``--light``: no models, to time the
web layer alone), then:

1. posts a pasted article of ``--mb`` megabytes through the home page's form, as a browser does, and times the
   answer (a redirect to the job's progress page), the first progress the page can show (``GET /api/jobs/ID``),
   and the end of the analysis;
2. posts the same text to ``POST /api/analyze``, which answers only when the analysis is done (what the form
   did before issue 13: nothing to show until then).
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from newsprism.model import Analysis, Story  # noqa: E402
from newsprism.web import Settings, create_app  # noqa: E402

PARAGRAPH = ("The harbour board of Port Vell met on Monday and raised mooring fees by four percent, officials "
             "said, after a long debate in which councillors from the fishing districts asked for a delay. ")


def big_text(mb: float, variant: str) -> str:
    lines = [f"Harbour Fees Rise Again ({variant})", "Port Vell, Maravia – " + PARAGRAPH * 3]
    size = sum(len(x) + 1 for x in lines)
    k = 0
    while size < mb * 1_000_000:
        line = f"{PARAGRAPH * 4}Paragraph {k} of the {variant} copy."
        lines.append(line)
        size += len(line) + 1
        k += 1
    return "\n".join(lines) + "\n"


def serve(settings: Settings) -> tuple[str, object, threading.Thread]:
    import socket

    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server, thread


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--light", action="store_true", help="no models: time the web layer alone")
    args = ap.parse_args()
    light = (lambda docs: Analysis(documents=list(docs), story=Story(documents=[d.id for d in docs]))) \
        if args.light else None
    with tempfile.TemporaryDirectory() as d:
        settings = Settings(db=Path(d) / "bench.sqlite", analyzer=light, comparer=(lambda docs: Story()) if light
                            else None, max_request_bytes=max(10_000_000, int(args.mb * 3_000_000)))
        base, server, thread = serve(settings)
        text = big_text(args.mb, "form")
        with httpx.Client(base_url=base, timeout=900) as c:
            t0 = time.perf_counter()
            r = c.post("/analyze", data={"text": text}, headers={"Accept": "text/html"}, follow_redirects=False)
            t_answer = time.perf_counter() - t0
            assert r.status_code == 303, (r.status_code, r.text[:300])
            job_id = r.headers["location"].rsplit("/", 1)[1]
            page = c.get(r.headers["location"])
            t_page = time.perf_counter() - t0
            first = c.get(f"/api/jobs/{job_id}").json()
            t_first = time.perf_counter() - t0
            stages = [(first["stage"], t_first)]
            while True:  # as the page does: one poll a second (here two), each stage timed when first seen
                job = c.get(f"/api/jobs/{job_id}").json()
                if job["stage"] != stages[-1][0]:
                    stages.append((job["stage"], time.perf_counter() - t0))
                if job["status"] in ("done", "failed"):
                    break
                time.sleep(0.5)
            t_done = time.perf_counter() - t0
            t1 = time.perf_counter()
            sync = c.post("/api/analyze", json={"texts": [{"text": big_text(args.mb, "api")}]})
            t_sync = time.perf_counter() - t1
        server.should_exit = True
        thread.join(timeout=30)
    print(f"date: {time.strftime('%Y-%m-%d %H:%M')} · machine: {platform.machine()}, "
          f"{__import__('os').cpu_count()} cores · pipeline: {'light (no models)' if args.light else 'default'}")
    print(f"paste: {len(text.encode()) / 1e6:.2f} MB, {text.count(chr(10))} lines")
    print("| step | seconds from the click |\n|---|---|")
    print(f"| form answered (redirect to the progress page) | {t_answer:.2f} |")
    print(f"| progress page shown ({page.status_code}) | {t_page:.2f} |")
    print(f"| first progress read by the page: \"{first['stage']}\" | {t_first:.2f} |")
    for stage, at in stages[1:]:
        print(f"| stage shown: \"{stage}\" | {at:.2f} |")
    print(f"| analysis done ({job['status']}) | {t_done:.2f} |")
    print(f"| before: `POST /api/analyze`, one request, nothing shown until it answers ({sync.status_code}) "
          f"| {t_sync:.2f} |")


if __name__ == "__main__":
    main()
