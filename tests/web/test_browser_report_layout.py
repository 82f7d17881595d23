"""The offline report in a real headless Chromium: no page-wide horizontal scroll on a 390 px phone, and a
jump to a flag's evidence lights up every side of it, with a way back."""

from __future__ import annotations

import time

import pytest

from newsprism.report import render_report
from newsprism.report.demo import demo_analysis

pytestmark = pytest.mark.browser


def _no_page_scroll(driver) -> tuple[int, int]:
    return (driver.execute_script("return document.documentElement.scrollWidth"),
            driver.execute_script("return document.documentElement.clientWidth"))


def test_report_fits_a_390px_phone(browser, tmp_path, artifacts):
    path = tmp_path / "story.html"
    path.write_text(render_report(demo_analysis()), encoding="utf-8")
    browser.set_window_size(390, 900)
    browser.get(path.as_uri())
    width, viewport = _no_page_scroll(browser)
    assert viewport <= 390 and width <= viewport, f"page is {width} px wide in a {viewport} px viewport"
    # the matrix became cards: each cell names its source
    label = browser.execute_script(
        "return getComputedStyle(document.querySelector('table.matrix td.cell'), '::before').content")
    assert "Lantern Wire" in label
    browser.save_screenshot(str(artifacts / "report-390.png"))


def test_a_jump_to_evidence_lights_every_side_and_leads_back(browser, tmp_path):
    from selenium.webdriver.common.by import By

    path = tmp_path / "story.html"
    path.write_text(render_report(demo_analysis()), encoding="utf-8")
    browser.set_window_size(1400, 1000)
    browser.get(path.as_uri())
    cell = browser.find_element(By.CSS_SELECTOR, "table.matrix td.st-conflict a.st-tag")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", cell)
    cell.click()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and len(browser.find_elements(By.CSS_SELECTOR, "mark.flash")) < 2:
        time.sleep(0.1)
    lit = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "mark.flash")]
    assert lit == ["voted 9 to 2", "voted 7 to 4"]  # both sources, not only the one clicked
    flag = browser.find_element(By.CSS_SELECTOR, "table.matrix tr.k-conflict").get_attribute("id")
    back = browser.find_elements(By.CSS_SELECTOR, f'a.back[href="#{flag}"]')[1]  # from the second source
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", back)
    back.click()
    assert browser.execute_script("return location.hash") == "#" + flag
    assert browser.execute_script("return document.querySelector(':target').tagName") == "TR"
