"""Web hardening beyond the web suite's own tests: SSRF bypass spellings, redirect hops, DNS rebinding, and
the write token on every write route (found by walking the app's routes, so a new write route is covered)."""

from __future__ import annotations

import http.server
import shutil
import socket
import ssl
import subprocess
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


def _send_text(handler: http.server.BaseHTTPRequestHandler, body: bytes) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


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
            _send_text(self, SECRET.encode())

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

    def check(url: str) -> list[str]:
        checked.append(url)
        if "//127.0.0.1:" not in url:
            return real(url)
        return ["127.0.0.1"]

    monkeypatch.setattr(url_mod, "check_public", check)
    with pytest.raises(IngestError, match="private or loopback"):
        url_mod.fetch(f"http://127.0.0.1:{intranet}/hop", allow_private=False)
    assert checked == [f"http://127.0.0.1:{intranet}/hop", f"http://localhost:{intranet}/secret"]


class _Recorder(http.server.BaseHTTPRequestHandler):
    """A harmless "public" server: answers its page and the Host header it was sent."""

    def do_GET(self):  # noqa: N802
        self.server.seen.append((self.path, self.headers.get("Host")))
        _send_text(self, f"Public Page\nHost was {self.headers.get('Host')}.\n".encode())

    def log_message(self, *a):
        pass


def _serve_on(ip: str, port: int = 0, wrap=None) -> http.server.ThreadingHTTPServer:
    try:
        srv = http.server.ThreadingHTTPServer((ip, port), _Recorder)
    except OSError as exc:
        pytest.skip(f"cannot listen on {ip}: {exc}")
    srv.seen = []
    if wrap:
        srv.socket = wrap(srv.socket)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


@pytest.fixture
def public_ip(monkeypatch):
    """127.0.0.2 plays a public address (only it: 127.0.0.1 stays private)."""
    real = url_mod._refused
    monkeypatch.setattr(url_mod, "_refused", lambda ip: str(ip) != "127.0.0.2" and real(ip))
    return "127.0.0.2"


def _rebinding_dns(monkeypatch, name: str, first: str, then: str = "127.0.0.1") -> dict[str, int]:
    real = socket.getaddrinfo
    calls = {"n": 0}

    def rebinding(host, *args, **kw):
        if host == name:
            calls["n"] += 1
            ip = first if calls["n"] == 1 else then
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, args[0] if args and args[0] else 0))]
        return real(host, *args, **kw)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    return calls


def test_dns_rebinding_cannot_reach_the_intranet(monkeypatch, intranet, public_ip):
    # rebind.test answers a public address to the check and 127.0.0.1 to every later lookup. The intranet
    # listens on 127.0.0.1, a harmless public server on the checked address, both on the same port.
    public = _serve_on(public_ip, intranet)
    try:
        calls = _rebinding_dns(monkeypatch, "rebind.test", public_ip)
        data, _ = url_mod.fetch(f"http://rebind.test:{intranet}/secret", allow_private=False)
    finally:
        public.shutdown()
    assert b"hunter2" not in data and data.startswith(b"Public Page"), data
    assert calls["n"] == 1  # resolved once, for the check; the connection went to the checked address
    assert public.seen == [("/secret", f"rebind.test:{intranet}")]  # the Host header keeps the real name


def test_dns_rebinding_on_a_redirect_hop_cannot_reach_the_intranet(monkeypatch, intranet, public_ip):
    # The first hop is a plain public server redirecting to a name that rebinds: the hop is checked and
    # pinned on its own.
    class Hop(_Recorder):
        def do_GET(self):  # noqa: N802
            self.send_response(302)
            self.send_header("Location", f"http://rebind.test:{intranet}/secret")
            self.end_headers()

    hop = http.server.ThreadingHTTPServer((public_ip, 0), Hop)
    threading.Thread(target=hop.serve_forever, daemon=True).start()
    public = _serve_on(public_ip, intranet)
    try:
        _rebinding_dns(monkeypatch, "rebind.test", public_ip)
        data, _ = url_mod.fetch(f"http://{public_ip}:{hop.server_port}/start", allow_private=False)
    finally:
        hop.shutdown()
        public.shutdown()
    assert b"hunter2" not in data and data.startswith(b"Public Page"), data


def test_a_name_answering_private_and_public_addresses_is_refused(monkeypatch, intranet):
    real = socket.getaddrinfo

    def both(host, *args, **kw):
        if host == "mixed.test":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", 0)),
                    (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", 0))]
        return real(host, *args, **kw)

    monkeypatch.setattr(socket, "getaddrinfo", both)
    with pytest.raises(IngestError, match="private or loopback"):
        url_mod.fetch(f"http://mixed.test:{intranet}/secret", allow_private=False)


def _openssl_cert(tmp_path, name: str) -> tuple[str, str]:
    if not shutil.which("openssl"):
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / f"{name}.pem", tmp_path / f"{name}.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                    f"/CN={name}", "-addext", f"subjectAltName=DNS:{name}", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return str(cert), str(key)


@pytest.mark.parametrize("cert_name, ok", [("news.test", True), ("other.test", False)])
def test_pinned_https_keeps_sni_and_checks_the_certificate_for_the_name(monkeypatch, tmp_path, public_ip,
                                                                        cert_name, ok):
    # The connection goes to the checked IP, but TLS must still speak to (SNI) and verify (certificate) the
    # name in the URL: a certificate for another name is refused.
    cert, key = _openssl_cert(tmp_path, cert_name)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    sni: list[str | None] = []
    ctx.sni_callback = lambda sock, server_name, _ctx: sni.append(server_name)
    srv = _serve_on(public_ip, wrap=lambda s: ctx.wrap_socket(s, server_side=True))
    monkeypatch.setenv("SSL_CERT_FILE", cert)  # trust the test certificate (httpx reads it)
    try:
        _rebinding_dns(monkeypatch, "news.test", public_ip)
        url = f"https://news.test:{srv.server_port}/story"
        if ok:
            data, _ = url_mod.fetch(url, allow_private=False)
            assert data.startswith(b"Public Page") and srv.seen == [("/story", f"news.test:{srv.server_port}")]
        else:
            with pytest.raises(IngestError, match="CERTIFICATE_VERIFY_FAILED|certificate|hostname"):
                url_mod.fetch(url, allow_private=False)
            assert srv.seen == []
    finally:
        srv.shutdown()
    assert sni and sni[0] == "news.test"


def _write_routes(app) -> list[tuple[str, str]]:
    from newsprism.web.routes import table

    return sorted((p, m) for p, methods in table() for m in methods if m not in ("GET", "HEAD", "OPTIONS"))


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
