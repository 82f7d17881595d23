"""Take the README's screenshot: the web app's story page on a 390 px phone, in headless Chromium.

    .venv/bin/python docs/screenshot.py            # writes docs/workspace.png

The story is the bundled hand-built demo (two invented sources, no models loaded), stored in a temporary SQLite
file with one flag confirmed, served by the real app on loopback.
"""

from __future__ import annotations

import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsprism.report.demo import demo_analysis  # noqa: E402
from newsprism.store import Store  # noqa: E402
from newsprism.web import Settings, create_app  # noqa: E402

OUT = ROOT / "docs" / "workspace.png"


def main() -> None:
    import uvicorn
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    with tempfile.TemporaryDirectory() as d:
        db = Path(d) / "demo.sqlite"
        with Store(db) as store:
            sid = store.save_analysis(demo_analysis())
            store.rename_story(sid, "Lantern Bay ferry vote")
            story, _ = store.load_story(sid)
            store.review_flag(sid, story.discrepancies[0], "confirmed", "Both tallies checked against the minutes")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(Settings(db=db)), host="127.0.0.1", port=port,
                                               log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        opts = webdriver.ChromeOptions()
        opts.binary_location = "/usr/bin/chromium"
        for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=390,1200",
                    f"--user-data-dir={Path(d) / 'chrome'}", "--force-device-scale-factor=1"):
            opts.add_argument(arg)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
        try:
            driver.set_window_size(390, 1200)
            driver.get(f"http://127.0.0.1:{port}/stories/{sid}")
            driver.execute_script("document.getElementById('sources').scrollIntoView()")
            time.sleep(0.3)
            driver.save_screenshot(str(OUT))
        finally:
            driver.quit()
            server.should_exit = True
            thread.join(timeout=10)
    print(f"wrote {OUT} ({OUT.stat().st_size / 1000:.0f} kB)")


if __name__ == "__main__":
    main()
