"""One factory for web apps over a temporary store, a deterministic analyzer, and (for browser tests) a live
server plus headless Chromium."""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsprism.model import Analysis, Discrepancy, Document, Side, Story, TechniqueSpan
from newsprism.web import Settings, create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

# Phrases of the example story (examples/story/EXPECTED.md) and of the tests' own texts.
PHRASES = [("the tyrant of Kestoria", "Name_Calling-Labeling", "author"),
           ("Shameful Betrayal", "Loaded_Language", "author"),
           ("Maravia is not for sale!", "Slogans", "author"),
           ("shameful charade", "Loaded_Language", "attributed"),
           ("reckless gamble", "Loaded_Language", "attributed")]
DELEGATION = re.compile(r"delegation of (\d+) business leaders")
VOTE = re.compile(r"voted (\d+) to (\d+)")


def example_analyzer(docs: list[Document]) -> Analysis:
    """Stands in for the models: marks known phrases as techniques and compares delegation sizes, so the
    web tests check the app, not model accuracy. Records the thread it ran on."""
    example_analyzer.threads.append(threading.current_thread().name)
    for d in docs:
        d.techniques = []
        for phrase, tech, voice in PHRASES:
            for m in re.finditer(re.escape(phrase), d.text, flags=re.IGNORECASE):
                d.techniques.append(TechniqueSpan(technique=tech, start=m.start(), end=m.end(), text=m.group(0),
                                                  score=0.9, voice=voice, explanation=f"Test rule for {phrase!r}."))
    return Analysis(documents=list(docs), story=example_comparer(docs))


def example_comparer(docs: list[Document]) -> Story:
    """Stands in for the story comparison: a conflict when the sources give different delegation sizes."""
    story = Story(documents=[d.id for d in docs])
    sides = [Side(document=d.id, text=m.group(0), start=m.start(), end=m.end(), value=m.group(1))
             for d in docs for m in [DELEGATION.search(d.text)] if m]
    if len({s.value for s in sides}) > 1:
        story.discrepancies.append(Discrepancy(kind="conflict", slot="count", topic="business delegation size",
                                               statement="The sources disagree on the business delegation size.",
                                               confidence=0.9, sides=sides, explanation="Different figures."))
    votes = [Side(document=d.id, text=m.group(0), start=m.start(), end=m.end(), value=f"{m.group(1)}-{m.group(2)}")
             for d in docs for m in [VOTE.search(d.text)] if m]
    if len({s.value for s in votes}) > 1:
        story.discrepancies.append(Discrepancy(kind="conflict", slot="count", topic="council vote",
                                               statement="The sources disagree on the council vote.",
                                               confidence=0.7, sides=votes, explanation="Different tallies."))
    return story


example_analyzer.threads = []


@pytest.fixture
def analyzer():
    example_analyzer.threads.clear()
    return example_analyzer


@pytest.fixture
def make_client(tmp_path):
    """``make_client(**settings)`` -> an in-process TestClient over a fresh store in tmp_path."""
    clients: list[TestClient] = []

    def _make(**overrides) -> TestClient:
        overrides.setdefault("analyzer", example_analyzer)
        if overrides["analyzer"] is example_analyzer:
            overrides.setdefault("comparer", example_comparer)
        overrides.setdefault("allowed_hosts", ["testserver"])  # TestClient's Host
        settings = Settings(db=tmp_path / f"np{len(clients)}.sqlite", **overrides)
        client = TestClient(create_app(settings))
        client.__enter__()
        clients.append(client)
        return client

    yield _make
    for c in clients:
        c.__exit__(None, None, None)


def settle(client: TestClient, story_id: str, timeout: float = 60.0) -> dict:
    """Wait until no analysis of the story is running; its API detail then."""
    deadline = time.monotonic() + timeout
    while True:
        detail = client.get(f"/api/stories/{story_id}").json()
        if not detail["jobs"]:
            return detail
        if time.monotonic() > deadline:
            raise AssertionError(f"story {story_id} still busy: {detail['jobs']}")
        time.sleep(0.05)


def follow_job(client: TestClient, response, timeout: float = 60.0):
    """Follow a form's redirect to its job page until the job is done; the page it ends on."""
    deadline = time.monotonic() + timeout
    r = response
    while r.status_code in (200, 303) and "/jobs/" in str(r.url if r.status_code == 200 else r.headers["location"]):
        url = r.headers["location"] if r.status_code == 303 else str(r.url)
        r = client.get(url, follow_redirects=True)
        if "/jobs/" not in str(r.url):
            return r
        if time.monotonic() > deadline:
            raise AssertionError("the job did not finish")
        time.sleep(0.05)
    return r


@pytest.fixture
def follow():
    """``follow(client, response)``: a form's redirect followed through its job page to where it ends."""
    return follow_job


@pytest.fixture
def settled():
    """``settled(client, story_id)``: the story's API detail once no analysis of it is running."""
    return settle


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def serve_live(tmp_path):
    """``serve_live(**settings)`` -> base URL of the app under uvicorn on 127.0.0.1 in a background thread."""
    import uvicorn

    servers: list[tuple[uvicorn.Server, threading.Thread]] = []

    def _start(**overrides) -> str:
        overrides.setdefault("analyzer", example_analyzer)
        if overrides["analyzer"] is example_analyzer:
            overrides.setdefault("comparer", example_comparer)
        port = free_port()
        app = create_app(Settings(db=tmp_path / f"live{len(servers)}.sqlite", **overrides))
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        servers.append((server, thread))
        deadline = time.monotonic() + 20
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                pytest.fail("uvicorn did not start")
            time.sleep(0.05)
        return f"http://127.0.0.1:{port}"

    yield _start
    for server, thread in servers:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def live_server(serve_live) -> str:
    return serve_live()


@pytest.fixture
def artifacts() -> Path:
    """test-artifacts/ at the repository root (git-ignored): screenshots for people and CI to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


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
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", f"--user-data-dir={tmp_path / 'chrome'}"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=opts)
    driver.set_page_load_timeout(60)
    ARTIFACTS.mkdir(exist_ok=True)
    yield driver
    driver.quit()
