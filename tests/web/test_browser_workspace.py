"""The journalist's workspace in a real headless Chromium, over real HTTP on loopback and a real SQLite file:
a story built from two separate pastes with a third source added and then removed, a flag confirmed and another
rejected, an export holding only the confirmed flag, a refused paste that keeps its text, and every page fitting
a 390 px phone."""

from __future__ import annotations

import json
import time

import pytest
from browser_wait import wait_until

from newsprism.report.demo import OPINION, WIRE

pytestmark = pytest.mark.browser

WIRE12 = WIRE.replace("a debate", "a delegation of 12 business leaders and a debate")
VOICE30 = OPINION + "A delegation of 30 business leaders came too.\n"
THIRD = "Ferry Line Opens\nLantern Bay – The ferry to Oster Island carried a delegation of 45 business leaders.\n"
NAV_ONLY = "<html><body><nav>Home | World | Sport</nav><div>Log in to read my own notes</div></body></html>"




def _paste(driver, text: str, outlet: str, submit_id: str, *, leaves: bool = True) -> None:
    from selenium.webdriver.common.by import By

    box = driver.find_element(By.ID, "text")
    driver.execute_script("arguments[0].value = arguments[1]", box, text)  # a paste, not 600 keystrokes
    driver.find_element(By.ID, "outlet").send_keys(outlet)
    button = driver.find_element(By.ID, submit_id)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    if leaves:
        _submit(driver, button)
    else:  # the page itself stops the form
        button.click()


def _submit(driver, button) -> None:
    """Click a form's button and wait until the browser has left the page it was on, so that the next wait
    reads the page the form led to, not the old one (which also shows a story and no job). The old page is
    marked by a script variable; a new document does not have it."""
    driver.execute_script("window.__npLeft = false")
    button.click()
    wait_until(lambda: _left(driver), timeout=60)


def _left(driver) -> bool:
    from selenium.common.exceptions import WebDriverException

    try:
        return driver.execute_script("return window.__npLeft === undefined") is True
    except WebDriverException:  # between two documents: ask again
        return False


def _on_story(driver) -> str:
    """Wait until the job page has moved on to the story page (the page polls the job); its path."""
    wait_until(lambda: "/stories/" in driver.current_url and driver.find_elements("id", "workspace"), timeout=60)
    wait_until(lambda: not driver.find_elements("css selector", ".job-banner"), timeout=60,
               describe=lambda: f"{driver.current_url} shows " + " | ".join(
                   e.text for e in driver.find_elements("css selector", ".job-banner")))
    return driver.current_url.split("#")[0].split("?")[0]


def _sources(driver) -> list[str]:
    return [e.text for e in driver.find_elements("css selector", ".src-card .src-name")]


def _fits(driver) -> tuple[int, int]:
    return (driver.execute_script("return document.documentElement.scrollWidth"),
            driver.execute_script("return document.documentElement.clientWidth"))


def test_a_story_built_source_by_source_reviewed_and_exported(browser, live_server, artifacts):
    from selenium.webdriver.common.by import By

    browser.get(live_server + "/")
    browser.find_element(By.ID, "story-title").send_keys("Ferry vote")
    _paste(browser, WIRE12, "Lantern Wire", "submit")
    story = _on_story(browser)
    assert _sources(browser) == ["Lantern Wire"]
    assert browser.find_element(By.ID, "ws-title").text == "Ferry vote"

    _paste(browser, VOICE30, "The Bay Voice", "add-submit")  # a second, separate paste
    assert _on_story(browser) == story
    wait_until(lambda: _sources(browser) == ["Lantern Wire", "The Bay Voice"])
    assert len(browser.find_elements(By.CSS_SELECTOR, "#flags .flag-card")) == 2

    browser.find_element(By.CSS_SELECTOR, "#add-source summary").click()
    _paste(browser, THIRD, "Oster Post", "add-submit")  # a third source ...
    _on_story(browser)
    wait_until(lambda: _sources(browser) == ["Lantern Wire", "The Bay Voice", "Oster Post"])
    third = browser.find_elements(By.CSS_SELECTOR, "button.remove")[2]
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", third)
    _submit(browser, third)  # ... removed again
    _on_story(browser)
    wait_until(lambda: _sources(browser) == ["Lantern Wire", "The Bay Voice"])

    cards = browser.find_elements(By.CSS_SELECTOR, "#flags .flag-card")
    statements = [c.find_element(By.CSS_SELECTOR, ".statement").text for c in cards]
    first, second = cards
    note = first.find_element(By.NAME, "note")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", note)
    note.send_keys("Both articles checked")
    first.find_element(By.CSS_SELECTOR, "button.confirm").click()
    wait_until(lambda: browser.find_elements(By.CSS_SELECTOR, "#flags .flag-card.rv-confirmed"))
    second = browser.find_elements(By.CSS_SELECTOR, "#flags .flag-card")[1]
    button = second.find_element(By.CSS_SELECTOR, "button.reject")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()
    wait_until(lambda: browser.find_elements(By.CSS_SELECTOR, "#flags .flag-card.rv-rejected"))
    verdicts = {c.find_element(By.CSS_SELECTOR, ".statement").text: c.get_attribute("class")
                for c in browser.find_elements(By.CSS_SELECTOR, "#flags .flag-card")}
    assert "rv-confirmed" in verdicts[statements[0]] and "rv-rejected" in verdicts[statements[1]]
    assert "Both articles checked" in browser.find_element(By.ID, "flags").text

    href = browser.find_element(By.ID, "export-claimreview").get_attribute("href")
    exported = browser.execute_async_script(
        "fetch(arguments[0]).then(r => r.text()).then(arguments[arguments.length - 1])", href)
    graph = json.loads(exported)["@graph"]
    assert [(g["@type"], g["claimReviewed"]) for g in graph] == [("ClaimReview", statements[0])]
    md = browser.execute_async_script(
        "fetch(arguments[0]).then(r => r.text()).then(arguments[arguments.length - 1])",
        browser.find_element(By.ID, "export-md").get_attribute("href"))
    assert statements[0] in md and statements[1] not in md

    browser.set_window_size(390, 900)
    for path in (story, live_server + "/", live_server + "/stories"):
        browser.get(path)
        width, viewport = _fits(browser)
        assert width <= viewport <= 390, (path, width, viewport)
    browser.get(story)
    browser.save_screenshot(str(artifacts / "workspace-390.png"))


def test_a_refused_paste_keeps_its_text_and_says_why(browser, live_server, artifacts):
    from selenium.webdriver.common.by import By

    browser.get(live_server + "/")
    _paste(browser, NAV_ONLY, "Harbour Wire", "submit")
    wait_until(lambda: browser.find_elements(By.ID, "form-errors"))
    assert "no article text found" in browser.find_element(By.ID, "form-errors").text
    assert browser.find_element(By.ID, "text").get_attribute("value") == NAV_ONLY  # nothing lost
    assert browser.find_element(By.ID, "outlet").get_attribute("value") == "Harbour Wire"
    browser.set_window_size(390, 900)
    width, viewport = _fits(browser)
    assert width <= viewport
    browser.save_screenshot(str(artifacts / "refused-paste-390.png"))


def test_an_oversized_paste_is_stopped_in_the_page_before_it_is_sent(browser, serve_live):
    from selenium.webdriver.common.by import By

    base = serve_live(max_request_bytes=20_000)
    browser.get(base + "/")
    big = "Harbour fees rise again. " * 2000
    _paste(browser, big, "", "submit", leaves=False)
    warning = wait_until(lambda: [w for w in browser.find_elements(By.ID, "size-warning") if w.is_displayed()])
    assert "over the server's limit" in warning[0].text
    assert browser.current_url.rstrip("/") == base and len(browser.find_element(By.ID, "text")
                                                          .get_attribute("value")) == len(big)


def test_a_story_page_still_moves_on_when_its_job_polls_fail_for_a_while(browser, serve_live, analyzer):
    """The story page follows its running analysis by polling /api/jobs/ID. A poll that gets no answer (the
    network drops, the server is restarting) must not end the following: once the network is back, the page
    reloads by itself when the job ends and shows the analysed source."""
    import threading
    import urllib.request

    from selenium.webdriver.common.by import By

    gate = threading.Event()

    def held_analyzer(docs):  # the example analyzer, held until the test lets it finish
        gate.wait(60)
        return analyzer(docs)

    base = serve_live(analyzer=held_analyzer)
    browser.get(base + "/")
    browser.find_element(By.ID, "story-title").send_keys("Ferry fares")
    _paste(browser, THIRD, "Oster Post", "submit")
    wait_until(lambda: "/jobs/" in browser.current_url)
    job_api = base + "/api/jobs/" + browser.current_url.rstrip("/").split("/")[-1]

    def job() -> dict:
        with urllib.request.urlopen(job_api, timeout=5) as r:
            return json.load(r)

    browser.get(base + job()["href"])  # the story page, while its analysis is held
    wait_until(lambda: browser.find_elements(By.CSS_SELECTOR, "p.job-banner"))
    browser.execute_cdp_cmd("Network.enable", {})
    offline = {"latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}
    browser.execute_cdp_cmd("Network.emulateNetworkConditions", {"offline": True, **offline})
    try:
        time.sleep(3.5)  # two rounds of polls fail
        gate.set()
        wait_until(lambda: job()["status"] == "done")
        time.sleep(2)  # and one more round fails after the job ended
    finally:
        browser.execute_cdp_cmd("Network.emulateNetworkConditions", {"offline": False, **offline})
    wait_until(lambda: not browser.find_elements(By.CSS_SELECTOR, ".job-banner"), timeout=20,
               describe=lambda: " | ".join(e.text for e in browser.find_elements(By.CSS_SELECTOR, ".job-banner")))
    assert _sources(browser) == ["Oster Post"]
    assert not browser.find_elements(By.CSS_SELECTOR, ".s-pending")
