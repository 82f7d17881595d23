"""An XSS corpus (our own payloads in the style of the OWASP XSS filter-evasion cheat sheet) planted in every
user-controlled field: titles, bodies, comments, comment authors, outlet, URL, technique explanations, story
topics. Rendered by the HTML report and by every page of the served app, in headless Chromium: none runs.

Three independent checks per page: (1) no payload calls ``__np`` (it is undefined at load, so a run payload
leaves a ReferenceError in the console; after load it is defined and counts calls while we hover, focus and
click); (2) the DOM holds no payload-made script, event-handler attribute or javascript:/data: URL; (3) the
payload text is visible as text. A fast in-process variant checks the raw HTML of every page.
"""

from __future__ import annotations

import html
import os
import re
import socket
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsprism.ingest import parse_text_article
from newsprism.model import Analysis, Discrepancy, Document, Entity, Side, Story, TechniqueSpan

PAYLOADS = [
    "<script>__np(1)</script>",
    "<img src=x onerror=__np(2)>",
    "<svg onload=__np(3)>",
    "<svg><script>__np(4)</script></svg>",
    '"><script>__np(5)</script>',
    "'><img src=x onerror=__np(6)>",
    "</title><script>__np(7)</script>",
    "</textarea><script>__np(8)</script>",
    "</style><script>__np(9)</script>",
    '<iframe src="javascript:__np(10)"></iframe>',
    '<iframe srcdoc="<script>parent.__np(11)</script>"></iframe>',
    '<a href="javascript:__np(12)">click me</a>',
    "<body onload=__np(13)>",
    "<details open ontoggle=__np(14)>",
    "<input autofocus onfocus=__np(15)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=__np(16)>",
    '<noscript><p title="</noscript><img src=x onerror=__np(17)>">',
    "<scr<script>ipt>__np(18)</script>",
    "javascript:__np(19)",
    '" onmouseover="__np(20)" x="',
    "' onmouseover='__np(21)' x='",
    "` onmouseover=__np(22) x=`",
    "{{ __np(23) }} {% raw %}${__np(24)}",
    '<object data="javascript:__np(25)"></object>',
    '<embed src="javascript:__np(26)">',
    "<form><button formaction=javascript:__np(27)>go</button></form>",
    '<meta http-equiv="refresh" content="0;url=javascript:__np(28)">',
    '<base href="javascript:__np(29)//">',
    "<video><source onerror=__np(30)></video>",
    '<x style="animation-name:spin" onanimationstart=__np(31)>',
    '<!--<img src="--><img src=x onerror=__np(32)//">',
    "<img src=x onerror=&#95;&#95;np(33)>",
    "</script><script>__np(34)</script>",
    "<!--</script><script>__np(35)</script>",
    "]]><script>__np(36)</script>",
    '<a href="&#106;avascript:__np(37)">x</a>',
    '<svg><a xlink:href="javascript:__np(38)"><text y="20">x</text></a></svg>',
    "\u2028\u2029</script><script>__np(39)</script>",
    '<img src="x" onerror="__np(40)"',
]
MARK = "__np("


def _payload_document(doc_id: str, outlet_payload: str) -> Document:
    """A real ingested document (so all spans are right) whose every text field carries payloads."""
    body = [f"The harbour board met on Monday {p} and raised the mooring fees for every boat." for p in PAYLOADS]
    comments = "".join(f"{PAYLOADS[i % len(PAYLOADS)]}\nReader reply {PAYLOADS[(i + 7) % len(PAYLOADS)]} here.\n"
                       for i in range(len(PAYLOADS)))
    text = f"Fees Rise {PAYLOADS[0]} {PAYLOADS[4]}\n" + "\n".join(body) + f"\n{len(PAYLOADS)} Comments\n" + comments
    doc = parse_text_article(text, f"{doc_id}.txt", doc_id=doc_id)  # from_text would see HTML here
    doc.outlet, doc.url, doc.author = outlet_payload, "javascript:__np(41)", PAYLOADS[1]
    for para in doc.body_paragraphs()[:12]:
        seg = doc.text[para.start : para.end]
        k = seg.index("Monday") + 7
        doc.techniques.append(TechniqueSpan(technique="Loaded_Language", start=para.start + k,
                                            end=para.end, text=doc.text[para.start + k : para.end], score=0.9,
                                            explanation=f"Because {PAYLOADS[2]} {PAYLOADS[19]}"))
        doc.entities.append(Entity(text=seg[:4], label="ORG", canonical=PAYLOADS[5], start=para.start,
                                   end=para.start + 4))
    return doc


def payload_analysis() -> Analysis:
    a = _payload_document("doc-a", PAYLOADS[6])
    b = _payload_document("doc-b", "<b onmouseover=__np(42)>Outlet</b>")
    side = [Side(document=d.id, text=d.text[d.body.start : d.body.start + 20], start=d.body.start,
                 end=d.body.start + 20, value=PAYLOADS[8], outlet=d.outlet) for d in (a, b)]
    story = Story(id="story-x", documents=[a.id, b.id], discrepancies=[
        Discrepancy(kind="conflict", slot="fact", topic=PAYLOADS[3], statement=PAYLOADS[4], confidence=0.9,
                    sides=side, explanation=PAYLOADS[9])])
    return Analysis(documents=[a, b], story=story)


def _executable_payload_bits(page: str) -> list[str]:
    """Payload-made markup in raw HTML (parsed as a browser would): a script that calls ``__np``, an event
    handler attribute or a javascript:/data: URL carrying a payload. Escaped text is fine anywhere."""
    import lxml.html

    bad = []
    for el in lxml.html.document_fromstring(page).iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "script" and re.search(r"(^|[;\s])__np\(", el.text or ""):
            bad.append("script: " + (el.text or "")[:80])
        for name, value in el.attrib.items():
            v = re.sub(r"\s", "", value.lower())
            if name.startswith("on") and "__np" in value:
                bad.append(f"<{el.tag} {name}>")
            if name == "content" and "javascript:" in v:  # <meta http-equiv=refresh>
                bad.append(f"<{el.tag} {name}={value[:60]}>")
            if name in URL_ATTRS and (v.startswith(("javascript:", "data:text/html")) or "<script" in v):
                bad.append(f"<{el.tag} {name}={value[:60]}>")
    return bad


URL_ATTRS = {"href", "src", "action", "formaction", "data", "xlink:href", "srcdoc"}


# ---------------------------------------------------------------- fast, in-process: the raw HTML


def test_report_html_escapes_every_payload():
    from newsprism.report import render_report

    page = render_report(payload_analysis())
    assert _executable_payload_bits(page) == []
    assert html.escape(PAYLOADS[0], quote=False) in page or "\\u003cscript\\u003e__np(1)" in page


def _served_paths(story_id: str | None) -> list[str]:
    paths = ["/", "/stories", "/documents", "/documents/doc-a", "/documents/doc-b", "/search?q=harbour",
             "/search?q=%3Cscript%3E__np(50)%3C%2Fscript%3E", "/documents/%3Cscript%3E__np(51)%3C%2Fscript%3E",
             "/stories/%22%3E%3Csvg%20onload%3D__np(52)%3E", "/api"]
    if story_id:
        paths.append(f"/stories/{story_id}")
    return paths


@pytest.fixture
def seeded_app(tmp_path):
    from newsprism.store import Store
    from newsprism.web import Settings, create_app

    db = tmp_path / "xss.sqlite"
    store = Store(db)
    try:
        story_id = store.save_analysis(payload_analysis())
    finally:
        store.close()
    return (lambda **kw: create_app(Settings(db=db, **kw))), story_id


def test_served_pages_escape_every_payload(seeded_app):
    make, story_id = seeded_app
    with TestClient(make(allowed_hosts=["testserver"])) as client:
        for path in _served_paths(story_id):
            r = client.get(path)
            assert r.status_code < 500, (path, r.status_code)
            if "html" in r.headers.get("content-type", ""):
                assert _executable_payload_bits(r.text) == [], path
                assert "script-src 'self'" in r.headers["content-security-policy"]


# ---------------------------------------------------------------- headless Chromium

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

DOM_SCAN = """
const bad = [];
for (const el of document.querySelectorAll('*')) {
  if (el.tagName === 'SCRIPT' && /(^|[;\\s])__np\\(/.test(el.textContent)) bad.push('script: ' + el.textContent.slice(0, 80));
  for (const a of el.attributes) {
    const v = a.value.toLowerCase().replace(/\\s/g, '');
    if (a.name.startsWith('on') && a.value.includes('__np')) bad.push(el.tagName + ' ' + a.name);
    if (/^(href|src|action|formaction|data|xlink:href|srcdoc)$/.test(a.name) &&
        (v.startsWith('javascript:') || v.startsWith('data:text/html') || a.value.includes('<script')))
      bad.push(el.tagName + ' ' + a.name + '=' + a.value.slice(0, 60));
  }
}
return bad;
"""
POKE = """
window.__np_hits = window.__np_hits || [];
window.__np = (n) => window.__np_hits.push(n);
for (const el of Array.from(document.querySelectorAll('body *')).slice(0, 3000)) {
  for (const t of ['mouseover', 'mouseenter', 'focus', 'animationstart']) el.dispatchEvent(new Event(t, {bubbles: true}));
}
for (const el of document.querySelectorAll('mark, [data-tip], [tabindex]')) { try { el.focus(); } catch (e) {} }
"""


@pytest.fixture
def browser(tmp_path):
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        # CI sets NEWSPRISM_REQUIRE_BROWSER=1: there a missing browser is a failure, not a quiet skip.
        (pytest.fail if os.environ.get("NEWSPRISM_REQUIRE_BROWSER") else pytest.skip)(
            "chromium and chromium-driver are not installed (run scripts/install-browser.sh)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--no-first-run",
                f"--user-data-dir={tmp_path / 'chrome'}"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=opts)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def _assert_inert(driver, where: str) -> None:
    logs = [e["message"] for e in driver.get_log("browser")]
    ran = [m for m in logs if "__np is not defined" in m]
    assert not ran, f"{where}: a payload ran at load: {ran[:3]}"
    assert driver.execute_script(DOM_SCAN) == [], where
    driver.execute_script(POKE)
    time.sleep(0.3)
    assert driver.execute_script("return window.__np_hits") == [], where
    assert not [m for m in driver.get_log("browser") if "__np" in m], where


@pytest.mark.browser
def test_report_file_runs_no_payload_in_chromium(browser, tmp_path):
    from selenium.webdriver.common.by import By

    from newsprism.report import render_report

    path = tmp_path / "report.html"
    path.write_text(render_report(payload_analysis()), encoding="utf-8")
    browser.get(path.as_uri())
    _assert_inert(browser, "report")
    assert "<script>__np(1)</script>" in browser.find_element(By.TAG_NAME, "body").text


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.browser
def test_served_pages_run_no_payload_in_chromium(browser, seeded_app):
    import uvicorn

    make, story_id = seeded_app
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(make(), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started:
            assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
            time.sleep(0.05)
        for path in _served_paths(story_id):
            browser.get(f"http://127.0.0.1:{port}{path}")
            _assert_inert(browser, path)
        browser.get(f"http://127.0.0.1:{port}/documents/doc-a")
        assert "<img src=x onerror=__np(2)>" in browser.page_source.replace("&lt;", "<").replace("&gt;", ">")
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_the_detector_flags_unescaped_payloads():
    # The raw-HTML checks are only as good as this detector: payloads pasted unescaped must be caught. lxml's
    # parser differs from a browser's on three (a second <body>, <style> inside <math>, <noscript>); two are
    # inert even raw in a body ("<scr<script>ipt>", a comment); the Chromium tests use the real parser.
    skip = {13, 16, 17, 18, 35, 23, 39}
    number = {p: int(re.search(r"np\((\d+)\)", p).group(1)) for p in PAYLOADS}
    missed = [number[p] for p in PAYLOADS if "<" in p and number[p] not in skip
              and not _executable_payload_bits(f"<html><body><p title='x'>{p}</p></body></html>")]
    assert missed == []
