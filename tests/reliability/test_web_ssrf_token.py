"""Web hardening beyond the web suite's own tests: SSRF bypass spellings, redirect hops, DNS rebinding, and
the write token on every write route (found by walking the app's routes, so a new write route is covered)."""

from __future__ import annotations

import http.server
import socket
import threading

import pytest
from fastapi.testclient import TestClient

from newsprism.errors import IngestError
from newsprism.ingest import url as url_mod
from newsprism.model import Analysis, Document
from newsprism.web import Settings, create_app

SECRET = "Internal Memo\nThe internal admin panel password is hunter2 and must never leave this network at all.\n"


def _echo_analyzer(docs: list[Document]) -> Analysis:
    return Analysis(documents=list(docs))


@pytest.fixture
def client(tmp_path):
    def make(**kw) -> TestClient:
        kw.setdefault("analyzer", _echo_analyzer)
        kw.setdefault("allowed_hosts", ["testserver"])
        c = TestClient(create_app(Settings(db=tmp_path / "w.sqlite", **kw)))
        c.__enter__()
        made.append(c)
        return c

    made: list[TestClient] = []
    yield make
    for c in made:
        c.__exit__(None, None, None)


@pytest.fixture
def intranet():
    """A loopback HTTP server standing in for an internal service: /secret, and /hop redirecting to it."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            if self.path == "/hop":
                self.send_response(302)
                self.send_header("Location", f"http://localhost:{self.server.server_port}/secret")
                self.end_headers()
                return
            body = SECRET.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a):
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv.server_port
    srv.shutdown()


BYPASSES = ["http://2130706433/", "http://0x7f000001/", "http://0177.0.0.1/", "http://127.1/", "http://[::1]/",
            "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/", "http://169.254.169.254/latest/meta-data/",
            "http://100.100.100.200/", "http://[fd00::1]/", "http://224.0.0.1/", "http://example.com@127.0.0.1/",
            "http://127.0.0.1#@example.com/", "http://[2002:7f00:1::]/", "http://10.0.0.1:8080/"]


@pytest.mark.parametrize("url", BYPASSES)
def test_ssrf_spellings_of_private_addresses_are_refused(url):
    with pytest.raises(IngestError, match="private or loopback"):
        url_mod.check_public(url)


def test_ssrf_refused_through_the_api_and_nothing_stored(client, intranet):
    c = client()
    urls = [f"http://127.0.0.1:{intranet}/secret", f"http://2130706433:{intranet}/secret",
            f"http://[::ffff:127.0.0.1]:{intranet}/secret"]
    r = c.post("/api/analyze", json={"urls": urls})
    assert r.status_code == 422 and "hunter2" not in r.text
    assert r.text.count("private or loopback") == len(urls)
    assert c.get("/api/documents").json() == []


def test_every_redirect_hop_is_checked(monkeypatch, intranet):
    # 127.0.0.1 plays a public host here; the redirect to "localhost" must be checked (and refused) itself.
    real = url_mod.check_public
    checked: list[str] = []

    def check(url: str) -> None:
        checked.append(url)
        if "//127.0.0.1:" not in url:
            real(url)

    monkeypatch.setattr(url_mod, "check_public", check)
    with pytest.raises(IngestError, match="private or loopback"):
        url_mod.fetch(f"http://127.0.0.1:{intranet}/hop", allow_private=False)
    assert checked == [f"http://127.0.0.1:{intranet}/hop", f"http://localhost:{intranet}/secret"]


@pytest.mark.xfail(strict=True, reason="DNS rebinding: check_public resolves the host, then httpx resolves it "
                   "again to connect, so a name that answers a public address first and 127.0.0.1 second reaches "
                   "the intranet. Fix (ingest owner): connect to the checked IP (custom httpx transport or "
                   "resolve once and pass the IP with a Host header / SNI)")
def test_dns_rebinding_cannot_reach_the_intranet(monkeypatch, intranet):
    real = socket.getaddrinfo
    calls = {"n": 0}

    def rebinding(host, *args, **kw):
        if host == "rebind.test":
            calls["n"] += 1
            ip = "93.184.216.34" if calls["n"] == 1 else "127.0.0.1"
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, args[0] if args else 0))]
        return real(host, *args, **kw)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    try:
        data, _ = url_mod.fetch(f"http://rebind.test:{intranet}/secret", allow_private=False)
    except IngestError:
        return
    assert b"hunter2" not in data


def _write_routes(app) -> list[tuple[str, str]]:
    return sorted((r.path, m) for r in app.routes for m in (getattr(r, "methods", None) or ())
                  if m not in ("GET", "HEAD", "OPTIONS"))


WIRE = "Harbour Fees Rise\nThe harbour board raised the mooring fees for every boat on Monday, officials said.\n"


def test_every_write_route_refuses_missing_wrong_and_misplaced_tokens(client):
    c = client(token="s3cret-token")
    routes = _write_routes(c.app)
    assert routes, "no write routes found"
    bad_headers = [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Bearer "},
                   {"Authorization": "Basic czNjcmV0LXRva2Vu"}, {"X-Newsprism-Token": "s3cret-toke"},
                   {"X-Newsprism-Token": "s3cret-token "}, {"Cookie": "token=s3cret-token"}]
    for path, method in routes:
        for headers in bad_headers:
            if path.startswith("/api/"):
                r = c.request(method, path + "?token=s3cret-token", json={"texts": [{"text": WIRE}]},
                              headers=headers)
            else:
                r = c.request(method, path + "?token=s3cret-token", data={"text": WIRE}, headers=headers)
            assert r.status_code in (401, 403), (path, method, headers, r.status_code)
    assert c.get("/api/documents").json() == []  # nothing was written by a refused request
    ok = c.post("/api/analyze", json={"texts": [{"text": WIRE}]}, headers={"Authorization": "Bearer s3cret-token"})
    assert ok.status_code == 200 and len(c.get("/api/documents").json()) == 1
