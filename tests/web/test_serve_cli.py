"""``newsprism serve`` starts the app from the command line (as a user would from a fresh clone)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from typer.testing import CliRunner

from newsprism.cli.app import app


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_help_lists_the_options():
    out = CliRunner().invoke(app, ["serve", "--help"]).output
    for opt in ("--db", "--host", "--port", "--token", "--allow-private", "--max-request-bytes", "--workers",
                "--max-pending"):
        assert opt in out


def test_serve_runs_and_answers(tmp_path):
    exe = Path(sys.executable).with_name("newsprism")
    port = _port()
    db = tmp_path / "served.sqlite"
    proc = subprocess.Popen([str(exe), "serve", "--db", str(db), "--port", str(port), "--token", "t0k"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(base + "/", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise AssertionError("newsprism serve did not come up") from None
                time.sleep(0.2)
        assert r.status_code == 200 and "script-src 'self'" in r.headers["content-security-policy"]
        assert httpx.post(base + "/api/analyze", json={"texts": [{"text": "T\nBody.\n"}]}).status_code == 401
        assert db.exists()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
