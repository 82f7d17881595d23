"""Crash safety: ``kill -9`` during ``newsprism batch`` and during ``newsprism serve`` writes, at random points,
then a restart and a full check of the SQLite store.

"Reported done" means: for batch, a document a separate reader saw committed in the store before the kill
(what the web app and Datasette would already show); for serve, a document whose ``POST /api/analyze``
answered 200 with its id. After the restart every such document must still be there, the store must pass
``PRAGMA integrity_check``, the foreign-key and FTS checks, hold no duplicate, and every stored document must
have all its child rows (a document is written whole or not at all).

Used by ``tests/reliability/test_crash_safety.py`` (3 short runs) and ``benchmarks/bench_reliability.py``
(20 runs each).
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent

# A serve process with a light analyzer (the store and write path are what is under test, not the models).
LIGHT_SERVER = """
import sys, uvicorn
from newsprism.model import Analysis
from newsprism.web import Settings, create_app
app = create_app(Settings(db=sys.argv[1], analyzer=lambda docs: Analysis(documents=list(docs)), workers=2))
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
"""


def article(i: int, seed: int) -> str:
    """Distinct invented articles with comments (child rows), so partial writes would show."""
    return (f"Harbour Board Meeting {i} ({seed})\n"
            f"The harbour board of Port Vell met for session {i} on Monday and raised mooring fees by {i + 3} "
            f"percent, officials said.\nFishers in district {i * 7 % 13} said they would protest the "
            f"decision {i}.\n2 Comments\nreader{i}\nFees number {i} are too high.\nother{i}\nThe board is "
            f"right about {i}.\n")


def store_problems(db: Path, must_have: set[str]) -> list[str]:
    """Everything wrong with a store after a crash and restart (empty when sound)."""
    from newsprism.model import Document

    problems: list[str] = []
    conn = sqlite3.connect(db, timeout=30)
    try:
        ic = conn.execute("PRAGMA integrity_check").fetchall()
        if ic != [("ok",)]:
            problems.append(f"integrity_check: {ic[:5]}")
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"foreign_key_check: {fk[:5]}")
        try:
            conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as exc:
            problems.append(f"FTS integrity-check: {exc}")
        n, ids, hashes = conn.execute(
            "SELECT count(*), count(DISTINCT id), count(DISTINCT content_hash) FROM documents").fetchone()
        if not n == ids == hashes:
            problems.append(f"duplicates: {n} rows, {ids} ids, {hashes} content hashes")
        rows = conn.execute("SELECT id, json, (SELECT count(*) FROM comments c WHERE c.doc_id = d.id) "
                            "FROM documents d").fetchall()
        present = set()
        for doc_id, js, n_comments in rows:
            present.add(doc_id)
            doc = Document.model_validate_json(js)
            if len(doc.comments) != n_comments:
                problems.append(f"{doc_id}: {len(doc.comments)} comments in JSON, {n_comments} rows")
        lost = must_have - present
        if lost:
            problems.append(f"lost {len(lost)} document(s) reported done: {sorted(lost)[:5]}")
    finally:
        conn.close()
    return problems


def _committed_ids(db: Path) -> set[str]:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return {r[0] for r in conn.execute("SELECT id FROM documents")}
        finally:
            conn.close()
    except sqlite3.Error:
        return set()


def batch_kill_run(work: Path, seed: int, n: int = 40, timeout: float = 300) -> dict:
    """One run: start ``newsprism batch``, kill -9 after a random number of committed documents, restart."""
    rng = random.Random(seed)
    work.mkdir(parents=True, exist_ok=True)
    src = work / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"s{seed}-d{i}", "title": f"Harbour Board Meeting {i} ({seed})",
                                       "text": article(i, seed).split("\n2 Comments")[0],
                                       "comments": [{"author": f"reader{i}", "text": f"Fees {i} are too high."},
                                                    {"author": f"other{i}", "text": f"The board is right {i}."}]})
                           + "\n" for i in range(n)))
    db = work / "batch.sqlite"
    light = work / "light.json"
    light.write_text(json.dumps({"components": []}))
    cmd = [sys.executable, "-m", "newsprism", "batch", str(src), "--db", str(db), "-q", "--pipeline", str(light)]
    kill_after = rng.randint(1, n - 1)
    extra = rng.uniform(0, 0.3)
    seen: set[str] = set()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    t0 = time.monotonic()
    killed = False
    while proc.poll() is None and time.monotonic() - t0 < timeout:
        seen |= _committed_ids(db)
        if len(seen) >= kill_after:
            time.sleep(extra)
            seen |= _committed_ids(db)
            os.kill(proc.pid, signal.SIGKILL)
            killed = True
            break
        time.sleep(0.01)
    proc.wait()
    before = len(seen)
    restart = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    problems = store_problems(db, seen)
    total = len(_committed_ids(db))
    if restart.returncode != 0:
        problems.append(f"restart exit {restart.returncode}: {restart.stderr[-500:]}")
    if total != n:
        problems.append(f"{total} documents after the restart, expected {n}")
    return {"kind": "batch", "seed": seed, "killed": killed, "done_before_kill": before, "after_restart": total,
            "problems": problems}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_server(db: Path, port: int, real: bool) -> subprocess.Popen:
    cmd = ([sys.executable, "-m", "newsprism", "serve", "--db", str(db), "--port", str(port)] if real
           else [sys.executable, "-c", LIGHT_SERVER, str(db), str(port)])
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stderr.read().decode()[-1000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/documents", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not start")


def serve_kill_run(work: Path, seed: int, n: int = 16, real: bool = False, timeout: float = 300) -> dict:
    """One run: POST articles to a server (3 at a time), kill -9 it after a random number of 200 answers,
    restart it, check every answered document, re-send everything (retries must not duplicate)."""
    rng = random.Random(seed)
    work.mkdir(parents=True, exist_ok=True)
    db = work / "serve.sqlite"
    port = _free_port()
    texts = [article(i, seed) for i in range(n)]
    kill_after = rng.randint(1, n - 2)
    extra = rng.uniform(0, 0.3)
    done: set[str] = set()
    lock = threading.Lock()
    server = _start_server(db, port, real)
    base = f"http://127.0.0.1:{port}"

    def post(i: int) -> None:
        try:
            r = httpx.post(base + "/api/analyze", json={"texts": [{"text": texts[i], "source": f"t{i}.txt"}]},
                           timeout=timeout)
        except httpx.HTTPError:
            return
        if r.status_code == 200:
            with lock:
                done.update(r.json()["document_ids"])

    t0 = time.monotonic()
    with ThreadPoolExecutor(3) as pool:
        futures = [pool.submit(post, i) for i in range(n)]
        while time.monotonic() - t0 < timeout and not all(f.done() for f in futures):
            with lock:
                reached = len(done) >= kill_after
            if reached:
                break
            time.sleep(0.01)
        time.sleep(extra)
        os.kill(server.pid, signal.SIGKILL)
        server.wait()
    with lock:
        reported = set(done)
    problems = store_problems(db, reported)
    server = _start_server(db, port, real)
    try:
        for doc_id in reported:
            if httpx.get(f"{base}/api/documents/{doc_id}", timeout=30).status_code != 200:
                problems.append(f"{doc_id} answered 200 before the kill but is not served after the restart")
        done.clear()
        with ThreadPoolExecutor(3) as pool:  # the client retries everything, done or not
            list(pool.map(post, range(n)))
        if len(done) != n:
            problems.append(f"after retrying all {n}: {len(done)} distinct document ids answered")
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    problems += store_problems(db, reported | done)
    total = len(_committed_ids(db))
    if total != n:
        problems.append(f"{total} documents stored after retries, expected {n}")
    return {"kind": "serve-real" if real else "serve", "seed": seed, "reported_before_kill": len(reported),
            "after_restart": total, "problems": problems}
