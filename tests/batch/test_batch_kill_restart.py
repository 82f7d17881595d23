"""kill -9 in the middle of a batch, then restart: the store ends complete, with no duplicates."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from newsprism.batch import run_batch

N = 60

SCRIPT = textwrap.dedent("""
    import sys, time
    from typing import ClassVar
    from newsprism.pipeline import register
    from newsprism.batch import run_batch

    class Slow:
        name: ClassVar[str] = "slow"
        assigns: ClassVar[tuple] = ()
        requires: ClassVar[tuple] = ()
        def __call__(self, doc):
            time.sleep(0.05)
            return doc

    register("test.slow.v1", Slow)
    run_batch([sys.argv[1]], db=sys.argv[2], pipeline=sys.argv[3], embed=False, partition_size=2)
""")


def _count(db) -> int:
    try:
        conn = sqlite3.connect(db, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_batch_kill9_then_restart_completes_without_duplicates(tmp_path):
    src = tmp_path / "c.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i}", "title": f"Item {i} of the test run",
                                       "text": f"Paragraph about matter {i}, which differs from {i + 1} "
                                               f"and from {i * 13} in many ways."}) + "\n" for i in range(N)))
    slow = tmp_path / "slow.json"
    slow.write_text(json.dumps({"components": [{"factory": "test.slow.v1"}]}))
    db = tmp_path / "s.sqlite"
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, str(src), str(db), str(slow)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 120
    while time.time() < deadline and _count(db) < 10 and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, proc.stderr.read().decode()[-2000:]
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done = _count(db)
    assert 10 <= done < N

    light = tmp_path / "light.json"
    light.write_text(json.dumps({"components": []}))
    report = run_batch([str(src)], db=db, pipeline=light, embed=False, partition_size=2)
    assert report.skipped == done and report.analyzed == N - done and report.exit_code == 0
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*), count(DISTINCT content_hash), count(DISTINCT id) FROM documents"
                        ).fetchone() == (N, N, N)
    assert conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == N
    assert conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')").fetchall() == []
