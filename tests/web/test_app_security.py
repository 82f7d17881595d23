"""Security of the web app: headers, no inline script, escaping, body cap, token on every write, CSRF, SSRF."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from newsprism.report.demo import PAYLOAD_TEXT, WIRE
from newsprism.web.routes import table


class Scan(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []
        self.tags: list[str] = []
        self._script = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "script" and not a.get("src"):
            self.problems.append("inline <script>")
        self._script = tag == "script"
        for k in a:
            if k.startswith("on") or k == "style":
                self.problems.append(f"{tag}[{k}]")

    def handle_data(self, data):
        if self._script and data.strip():
            self.problems.append("script body")


def scan(html: str) -> Scan:
    s = Scan()
    s.feed(html)
    return s


def test_every_answer_carries_a_strict_csp(make_client):
    c = make_client(max_request_bytes=1000)
    for r in (c.get("/"), c.get("/api/stories"), c.get("/stories/none"), c.get("/static/report.js"),
              c.post("/api/analyze", content=b"x" * 2000, headers={"content-type": "application/json"})):
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "default-src 'none'" in csp and "unsafe-inline" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"
    js = c.get("/static/report.js")
    assert js.status_code == 200 and js.headers["content-type"].startswith("text/javascript")
    assert c.get("/static/../app.py").status_code == 404


def test_served_pages_hold_no_inline_script_or_handlers(make_client, examples_dir, follow):
    c = make_client()
    files = [("files", (p.name, p.read_bytes(), "text/plain")) for p in sorted(examples_dir.glob("*.txt"))]
    job = c.post("/analyze", files=files, follow_redirects=False)
    progress = c.get(job.headers["location"]).text
    story = follow(c, job).text
    pages = [story, progress, c.get("/").text, c.get("/stories").text, c.get("/documents").text,
             c.get("/search", params={"q": "Varkel"}).text, c.get("/api").text]
    for html in pages:
        s = scan(html)
        assert s.problems == [] and "script" in s.tags


def test_payload_article_is_shown_as_text(make_client, follow):
    c = make_client()
    r = follow(c, c.post("/analyze", data={"text": PAYLOAD_TEXT, "source": "<b>payload</b>.txt"},
                         follow_redirects=False))
    assert r.status_code == 200 and r.url.path.startswith("/stories/")
    s = scan(r.text)
    assert s.problems == [] and "img" not in s.tags and "iframe" not in s.tags
    assert "&lt;script&gt;window.__np_pwned = 1&lt;/script&gt;" in r.text
    assert "onerror=&#34;window.__np_pwned = 2&#34;" in r.text
    assert "&lt;b onmouseover=&#34;window.__np_pwned=4&#34;&gt;evil&lt;/b&gt;" in r.text  # comment author
    hits = c.get("/search", params={"q": "pwned"}).text
    assert scan(hits).problems == [] and "<script>window" not in hits


def test_body_over_the_limit_is_refused(make_client):
    c = make_client(max_request_bytes=5000)
    big = {"texts": [{"text": "A Title\n" + "word " * 2000}]}
    assert c.post("/api/analyze", json=big).status_code == 413

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(10):
            yield b"x" * 1000

    assert c.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"}).status_code == 413
    assert c.post("/api/analyze", json={"texts": [{"text": WIRE}]}).status_code == 200


def test_token_is_checked_on_every_write_endpoint(make_client):
    c = make_client(token="s3cret")
    writes = [(p, m) for p, methods in table() for m in methods if m not in ("GET", "HEAD", "OPTIONS")]
    assert {"/api/analyze", "/analyze", "/api/stories/{story_id}/documents", "/stories/{story_id}/sources"} <= \
        {p for p, _ in writes}
    for path, method in writes:
        r = c.request(method, path, json={"texts": [{"text": WIRE}]}) if path.startswith("/api") else \
            c.request(method, path, data={"text": WIRE})
        assert r.status_code == 401, path
        r = c.request(method, path, data={"text": WIRE, "token": "wrong"}) if not path.startswith("/api") else \
            c.request(method, path, json={"texts": [{"text": WIRE}]}, headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 401, path
    ok = c.post("/api/analyze", json={"texts": [{"text": WIRE}]}, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200
    assert c.post("/api/analyze", json={"texts": [{"text": WIRE}]},
                  headers={"X-Newsprism-Token": "s3cret"}).status_code == 200
    assert c.post("/analyze", data={"text": WIRE, "token": "s3cret"}, follow_redirects=False).status_code == 303
    assert c.get("/").status_code == 200  # reads stay open
    assert 'name="token"' in c.get("/").text


def test_cross_site_writes_are_refused(make_client):
    c = make_client()
    assert c.post("/analyze", data={"text": WIRE}, headers={"Origin": "https://evil.example"}).status_code == 403
    assert c.post("/analyze", data={"text": WIRE}, headers={"Origin": "null"}).status_code == 403
    assert c.post("/api/analyze", json={"texts": [{"text": WIRE}]},
                  headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert c.post("/analyze", data={"text": WIRE}, headers={"Sec-Fetch-Site": "same-site"}).status_code == 403
    vouched = c.post("/analyze", data={"text": WIRE}, headers={"Origin": "null", "Sec-Fetch-Site": "same-origin"},
                     follow_redirects=False)
    assert vouched.status_code == 303
    same = c.post("/analyze", data={"text": WIRE}, headers={"Origin": "http://testserver"}, follow_redirects=False)
    assert same.status_code == 303


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/a.html", "http://localhost:9/a.html", "http://10.1.2.3/x",
                                 "http://[::1]:9/x", "http://169.254.169.254/latest/meta-data/"])
def test_private_and_loopback_urls_are_refused(make_client, url):
    r = make_client().post("/api/analyze", json={"urls": [url]})
    assert r.status_code == 422 and "private or loopback" in r.text


def test_allow_private_lets_the_fetch_through(make_client):
    # Port 9 (discard) on loopback is closed: the fetch is attempted and fails, instead of being refused.
    r = make_client(allow_private=True).post("/api/analyze", json={"urls": ["http://127.0.0.1:9/a.html"]})
    assert r.status_code == 422 and "private or loopback" not in r.text and "fetch failed" in r.text


def test_non_http_urls_never_read_server_files(make_client):
    r = make_client(allow_private=True).post("/api/analyze", json={"urls": ["file:///etc/passwd", "/etc/passwd"]})
    assert r.status_code == 422 and "root:" not in r.text


def test_unknown_host_headers_are_refused_against_dns_rebinding(make_client):
    c = make_client(allowed_hosts=["127.0.0.1", "localhost"])
    assert c.get("/", headers={"Host": "attacker.example:8000"}).status_code == 400
    assert c.get("/", headers={"Host": "127.0.0.1:8000"}).status_code == 200
