"""Speed and size of the HTML report and of the web app's story page (no models: hand-built analyses).

    .venv/bin/python benchmarks/bench_report.py
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from newsprism.ingest import parse_text_article
from newsprism.model import Analysis, Comment, TechniqueSpan
from newsprism.report import render_report
from newsprism.report.demo import demo_analysis
from newsprism.web import Settings, create_app


def timed(fn, n: int) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def big_analysis(paragraphs: int, spans: int, comments: int) -> Analysis:
    rnd = random.Random(0)
    words = ["harbour", "council", "ferry", "tyrant", "betrayal", "accord", "vote", "delegation"]
    text = "A Large Synthetic Article\n" + "\n".join(
        " ".join(rnd.choice(words) for _ in range(60)) for _ in range(paragraphs)) + "\n"
    doc = parse_text_article(text, "big.txt")
    for _ in range(spans):
        s = rnd.randrange(doc.body.start, doc.body.end - 40)
        e = s + rnd.randint(3, 40)
        doc.techniques.append(TechniqueSpan(technique=rnd.choice(["Loaded_Language", "Doubt", "Slogans"]),
                                            start=s, end=e, text=doc.text[s:e], score=rnd.random(),
                                            voice=rnd.choice(["author", "attributed"])))
    doc.comments = [Comment(author=f"user{i}", text="a comment " * 20, start=0, end=1,
                            stance=rnd.choice(["favor", "against", "neutral"])) for i in range(comments)]
    return Analysis(documents=[doc])


def main() -> None:
    rows = []
    demo = demo_analysis()
    rows.append(("demo story (2 sources, 6 spans)", timed(lambda: render_report(demo), 20), len(render_report(demo))))
    for paras, spans, comments in ((300, 2000, 500), (3000, 20000, 5000)):
        a = big_analysis(paras, spans, comments)
        chars = len(a.documents[0].text)
        rows.append((f"{chars:,} chars, {spans:,} spans, {comments:,} comments", timed(lambda a=a: render_report(a), 3),
                     len(render_report(a))))
    print("| input | render (median s) | HTML size (MB) |\n|---|---|---|")
    for name, secs, size in rows:
        print(f"| {name} | {secs:.3f} | {size / 1e6:.2f} |")

    with tempfile.TemporaryDirectory() as d:
        app = create_app(Settings(db=Path(d) / "bench.sqlite", analyzer=lambda docs: demo_analysis(),
                                  allowed_hosts=["testserver"]))
        with TestClient(app) as c:
            sid = c.post("/api/analyze", json={"texts": [{"text": "T\nBody.\n"}]}).json()["story_id"]
            page = timed(lambda: c.get(f"/stories/{sid}"), 50)
            js = timed(lambda: c.get(f"/stories/{sid}.json"), 50)
            search = timed(lambda: c.get("/api/search", params={"q": "ferry"}), 50)
    print("\n| web request (in-process TestClient) | median ms |\n|---|---|")
    for name, secs in (("GET /stories/{id} (HTML)", page), ("GET /stories/{id}.json", js),
                       ("GET /api/search?q=ferry", search)):
        print(f"| {name} | {secs * 1000:.1f} |")


if __name__ == "__main__":
    main()
