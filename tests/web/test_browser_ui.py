"""The UI in a real headless Chromium: submit the example story, hover a highlight, follow a conflict, and
make sure script payloads in an article never run (served pages and the offline report)."""

from __future__ import annotations

import time

import pytest
from browser_wait import wait_until

from newsprism.model import Analysis
from newsprism.report import render_report
from newsprism.report.demo import PAYLOAD_TEXT, demo_analysis, payload_document
from newsprism.report.highlight import human

pytestmark = pytest.mark.browser


def _csp_errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e["message"]
            or "Refused to" in e["message"]]


def _hover_tip(driver, el) -> str:
    from selenium.webdriver.common.action_chains import ActionChains

    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", el)
    ActionChains(driver).move_to_element(el).perform()
    tip = wait_until(lambda: next(iter(driver.find_elements("id", "np-tip")), None))
    wait_until(lambda: tip.is_displayed())
    return tip.text


def test_submit_example_story_highlights_tooltip_and_conflict(browser, live_server, examples_dir, artifacts):
    from selenium.webdriver.common.by import By

    browser.get(live_server + "/")
    paths = [str(p.resolve()) for p in sorted(examples_dir.iterdir()) if p.suffix in (".txt", ".json")]
    browser.find_element(By.ID, "files").send_keys("\n".join(paths))
    browser.find_element(By.ID, "submit").click()
    wait_until(lambda: "/stories/" in browser.current_url)
    assert len(browser.find_elements(By.CSS_SELECTOR, "article.source")) == 3

    marks = browser.find_elements(By.CSS_SELECTOR, "mark.t[data-tech]")
    assert marks, "no technique highlight rendered"
    name_calling = next(m for m in marks if m.get_attribute("data-tech") == "Name_Calling-Labeling")
    assert "fam-attack" in name_calling.get_attribute("class")
    assert name_calling.value_of_css_property("border-bottom-style") == "solid"  # author voice: solid
    tip = _hover_tip(browser, name_calling)
    assert "Name calling / labeling" in tip and "author's own voice" in tip
    quoted = next(m for m in marks if "v-attributed" in m.get_attribute("class"))
    assert quoted.value_of_css_property("border-bottom-style") == "dashed"  # attributed: visibly different

    conflicts = browser.find_elements(By.CSS_SELECTOR, "table.matrix td.st-conflict a.st-tag")
    assert len(conflicts) == 3 and conflicts[0].text == "conflicts"  # 40 / 65 / 40
    target = conflicts[0].get_attribute("href").split("#", 1)[1]
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", conflicts[0])
    conflicts[0].click()
    flashed = wait_until(lambda: browser.find_elements(By.CSS_SELECTOR, "mark.flash"))
    assert target in flashed[0].get_attribute("data-ev").split()
    assert "delegation of" in flashed[0].text

    browser.execute_script("window.scrollTo(0, 0)")
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1400, min(int(height) + 100, 8000))  # the whole page in one artifact
    browser.save_screenshot(str(artifacts / "story.png"))
    assert _csp_errors(browser) == []


def test_script_payloads_show_as_text_and_never_run(browser, live_server, artifacts):
    from selenium.webdriver.common.by import By

    browser.get(live_server + "/")
    browser.execute_script("window.__np_pwned = undefined")
    browser.find_element(By.ID, "text").send_keys(PAYLOAD_TEXT)
    browser.find_element(By.ID, "submit").click()
    wait_until(lambda: "/stories/" in browser.current_url and browser.find_elements(By.ID, "texts"))
    body = browser.find_element(By.ID, "texts").text
    assert '<script>window.__np_pwned = 1</script>' in body
    assert '<img src=x onerror="window.__np_pwned = 2">' in body
    comments = browser.find_element(By.ID, "comments").text
    assert "<script>window.__np_pwned = 5</script>" in comments
    assert not browser.find_elements(By.CSS_SELECTOR, "#texts img, #texts svg, #comments iframe, #comments b")
    for el in browser.find_elements(By.CSS_SELECTOR, "#texts p, #comments li")[:10]:
        browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))", el)
    time.sleep(0.5)
    assert browser.execute_script("return window.__np_pwned") is None
    # the page's own script did run (it marks <html> as js): only the payloads were stopped
    assert browser.execute_script("return document.documentElement.classList.contains('js')")
    browser.save_screenshot(str(artifacts / "payload.png"))


def test_offline_report_works_from_a_file_and_blocks_payloads(browser, tmp_path, artifacts):
    from selenium.webdriver.common.by import By

    path = tmp_path / "story.html"
    path.write_text(render_report(demo_analysis()), encoding="utf-8")
    browser.get(path.as_uri())
    assert browser.execute_script("return document.documentElement.classList.contains('js')"), \
        "the inline script did not run under the report's own CSP"
    slogan = browser.find_element(By.CSS_SELECTOR, 'mark[data-tech="Slogans"]')
    assert "Slogans" in _hover_tip(browser, slogan)
    assert browser.find_elements(By.CSS_SELECTOR, "svg.chart rect")
    browser.save_screenshot(str(artifacts / "report.png"))
    assert _csp_errors(browser) == []

    bad = tmp_path / "payload.html"
    bad.write_text(render_report(Analysis(documents=[payload_document()])), encoding="utf-8")
    browser.get(bad.as_uri())
    assert "<script>window.__np_pwned = 1</script>" in browser.find_element(By.ID, "texts").text
    assert browser.execute_script("return window.__np_pwned") is None


@pytest.mark.slow
def test_example_story_with_the_shipped_models(browser, serve_live, examples_dir, artifacts):
    """The same journey with the real pipeline (techniques and story layers), once those layers ship."""
    from selenium.webdriver.common.by import By

    from newsprism.pipeline.config import load_config

    if not any(c.factory.startswith("newsprism.techniques") for c in load_config().components):
        pytest.skip("the default pipeline has no techniques layer yet")
    base = serve_live(analyzer=None)
    browser.get(base + "/")
    paths = [str(p.resolve()) for p in sorted(examples_dir.iterdir()) if p.suffix in (".txt", ".json")]
    browser.find_element(By.ID, "files").send_keys("\n".join(paths))
    browser.find_element(By.ID, "submit").click()
    wait_until(lambda: "/stories/" in browser.current_url, timeout=120)
    marks = browser.find_elements(By.CSS_SELECTOR, "article.source mark.t[data-tech]")
    assert marks, "no technique highlighted in any source"
    first = marks[0].get_attribute("data-tech").split()[0]
    assert human(first) in _hover_tip(browser, marks[0])
    assert browser.find_elements(By.CSS_SELECTOR, "table.matrix td.st-conflict")
    browser.save_screenshot(str(artifacts / "story-real-models.png"))
