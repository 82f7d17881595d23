"""HTML, JSON and JSONL records, raw text and URLs all become Documents with valid offsets."""

from __future__ import annotations

import http.server
import json
import threading

import pytest

from newsprism.errors import IngestError
from newsprism.ingest import from_text, iter_inputs

HTML = """<!doctype html><html><head><title>Dam Talks Stall Again | The Valley Courier</title>
<meta property="og:title" content="Dam Talks Stall Again">
<meta name="author" content="Pia Kestrel"><meta property="article:published_time" content="2026-02-11">
</head><body><nav>Home | World | Sport</nav>
<article><h1>Dam Talks Stall Again</h1>
<p>Negotiators from Orlavia and Tessmark left the river commission meeting without an agreement on water quotas
on Tuesday, the third failed round this year.</p>
<p>Orlavian delegates said the upstream dam must keep at least 40 percent of the spring flow, while Tessmark
insisted on an equal split of the seasonal water.</p>
<p>The commission will meet again in April, officials said, though neither side expects a quick deal.</p>
</article>
<section class="comments">
 <div class="comment"><span class="comment-author">riverfan</span><p class="comment-body">Equal split is only fair.</p>
 <time datetime="2026-02-11T10:00:00Z">Feb 11</time></div>
 <div class="comment"><span class="comment-author">k.otto</span><p class="comment-body">Upstream should decide, it is their dam.</p></div>
</section></body></html>"""


def test_html_article_and_comments_kept_apart():
    doc = from_text(HTML, "page.html")
    assert doc.title == "Dam Talks Stall Again"
    assert "Negotiators from Orlavia" in doc.body.text
    assert "Equal split" not in doc.body.text
    assert [c.author for c in doc.comments] == ["riverfan", "k.otto"]
    assert doc.comments[0].posted == "2026-02-11T10:00:00Z"
    for c in doc.comments:
        assert doc.text[c.start : c.end] == c.text


def test_html_without_article_is_an_error(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><body><nav>Home</nav><div>Login</div></body></html>")
    (item,) = list(iter_inputs([p]))
    assert isinstance(item, IngestError) and "no article text" in item.reason


def test_json_record_fields_and_comments(tmp_path):
    rec = {"id": "r1", "url": "https://valley.invalid/a", "outlet": "Valley Courier", "title": "Bridge Opens",
           "published": "2026-05-02T08:00:00Z", "text": "Bridge Opens\nThe new bridge opened to traffic today.\n"
           "It took three years to build.", "comments": [{"author": "z", "text": "Finally!", "posted": "2026-05-02"}]}
    p = tmp_path / "r.json"
    p.write_text(json.dumps(rec))
    (doc,) = list(iter_inputs([p]))
    assert doc.id == "r1" and doc.outlet == "Valley Courier" and doc.published == "2026-05-02"
    assert doc.title == "Bridge Opens" and doc.body.text.count("Bridge Opens") == 1
    assert doc.comments[0].text == "Finally!" and doc.comments[0].posted == "2026-05-02"


def test_jsonl_bad_line_reported_good_lines_kept(tmp_path):
    good = {"id": "a", "title": "T", "text": "A body paragraph of some length here."}
    p = tmp_path / "recs.jsonl"
    p.write_text(json.dumps(good) + "\n{\"id\": \"b\", \"text\": \n" + json.dumps({**good, "id": "c"}) + "\n")
    items = list(iter_inputs([p]))
    assert [getattr(i, "id", None) for i in items] == ["a", None, "c"]
    assert isinstance(items[1], IngestError) and items[1].input.endswith("recs.jsonl:2")


def test_glob_and_folder_expansion(tmp_path):
    for n in ("a", "b"):
        (tmp_path / f"{n}.txt").write_text(f"Title {n}\nBody text number {n} with words.\n")
    (tmp_path / "skip.bin").write_bytes(b"\x00\x01")
    assert len(list(iter_inputs([tmp_path]))) == 2
    assert len(list(iter_inputs([str(tmp_path / "*.txt")]))) == 2


@pytest.fixture
def local_server(tmp_path):
    (tmp_path / "story.html").write_text(HTML)
    (tmp_path / "big.txt").write_text("Title\n" + "word " * 400_000)

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **kw):
            super().__init__(*a, directory=str(tmp_path), **kw)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_url_fetch_from_loopback(local_server):
    (doc,) = list(iter_inputs([f"{local_server}/story.html"]))
    assert doc.title == "Dam Talks Stall Again" and len(doc.comments) == 2


def test_url_size_cap_and_missing_page(local_server):
    from newsprism.limits import Limits

    (big,) = list(iter_inputs([f"{local_server}/big.txt"], limits=Limits(fetch_max_bytes=100_000)))
    assert isinstance(big, IngestError) and "fetch_max_bytes" in big.reason
    (missing,) = list(iter_inputs([f"{local_server}/nope.html"]))
    assert isinstance(missing, IngestError) and "404" in missing.reason


def test_url_private_address_refused_when_asked(local_server):
    (item,) = list(iter_inputs([f"{local_server}/story.html"], allow_private=False))
    assert isinstance(item, IngestError) and "private or loopback" in item.reason
