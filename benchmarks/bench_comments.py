"""Reproduce the figures in benchmarks/comments.md.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_comments.py            # everything
    PYTHONPATH=src .venv/bin/python benchmarks/bench_comments.py --quick    # speed, threads, seed, examples

Reads ../shared/data (SemEval-2016 train, VAST dev, Fox News comments); every accuracy figure is
cross-validated on those training sets (the test sets are held by the maintainers and never read). The CV
figures come from the training scripts themselves (``training/comments/train_*.py``), so the benchmark and the
shipped models are measured by the same code.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training" / "comments"))
sys.path.insert(0, str(ROOT / "tests" / "ingest"))

# Seed 000's thread as I read it, in thread order: (sha-256 of the author's name, first 12 hex digits; stance
# toward the visit the story reports). A check, never a tuning target. The seed's text is read at run time and
# neither printed nor copied: authors are compared by their hashes, comments named by their position.
SEED_000 = [
    ("c4a371acd7c3", "against"),
    ("ab88510df834", "favor"),
    ("23ece9fa068a", "favor"),
    ("3733532fe990", "against"),
    ("359bc8e39979", "against"),
    ("b1f494a72286", "against"),
    ("8089d395636d", "against"),
    ("31446c860a79", "favor"),
    ("ac29c8603d0a", "favor"),
    ("67a8624eae34", "neutral"),
    ("179efc4efb3e", "neutral"),
]


def stance_cv() -> dict:
    import train_stance as ts

    s = ts.Sets()
    info, oof = ts.evaluate_any_target(s, ts.W_STORY)
    cal = ts.calibrate_any_target(s, oof)
    ts.ngram_weight(s, cal.pop("in_target_probs"))
    return {"any_target": {**info, **cal}, "story": ts.evaluate_story(s)}


def toxicity_cv() -> dict:
    import train_toxicity as tt

    d = tt.Data()
    res = tt.nested_cv(d)
    res["contrast_5fold"] = tt.contrast_cv(d, tt.toxicity_settings_shipped())
    return res


def _expected_thread() -> dict[str, str]:
    """Author -> stance from the comment-thread section of examples/story/EXPECTED.md."""
    text = (ROOT / "examples/story/EXPECTED.md").read_text("utf-8")
    sec = text.split("## Comment thread (01)", 1)[1]
    gold = {}
    for key, lab in (("against the visit:", "against"), ("for:", "favor"), ("neutral:", "neutral")):
        m = re.search(re.escape(key) + r"([^;)]*)", sec)
        for name in (m.group(1).split(",") if m else []):
            gold[name.strip()] = lab
    return gold


def _thread_doc(path: Path):
    from newsprism.comments.components import CommentsComponent
    from newsprism.comments.thread import ThreadComponent
    from newsprism.encoder.document import EncoderPassComponent
    from newsprism.ingest import load
    from newsprism.pipeline import Pipeline

    doc = next(iter(load(str(path))))
    return Pipeline([EncoderPassComponent(), CommentsComponent(), ThreadComponent()]).pipe([doc])[0]


def example_thread() -> dict:
    doc = _thread_doc(ROOT / "examples/story/01_harbour_wire.txt")
    gold = _expected_thread()
    rows = [(c.author, gold.get(c.author), c.stance, c.stance_score) for c in doc.comments]
    agree = sum(g == p for _, g, p, _ in rows if g)
    return {"accuracy": f"{agree}/{sum(1 for _, g, _, _ in rows if g)}", "rows": rows,
            "toxic": [c.author for c in doc.comments if c.toxic],
            "arguments": [(a.stance, a.size, a.label_author, a.label) for a in doc.thread.arguments]}


def seed_thread() -> dict:
    """Seed 000's parsed authors (by hash) and stances against SEED_000 (the seed's text is not printed)."""
    files = sorted((ROOT.parent / "shared/seeds").glob("000_*.txt"))
    if not files:
        return {}
    doc = _thread_doc(files[0])
    hashes = [_name_hash(c.author) for c in doc.comments]
    gold = dict(SEED_000)
    rows = [(k, gold.get(h), c.stance, c.stance_score) for k, (h, c) in enumerate(zip(hashes, doc.comments, strict=True))]
    return {"authors_exact": hashes == [h for h, _ in SEED_000],
            "stances_right": f"{sum(g == p for _, g, p, _ in rows)}/{len(SEED_000)}",
            "rows": rows, "toxic": [k for k, c in enumerate(doc.comments) if c.toxic]}


def _name_hash(name: str | None) -> str:
    return hashlib.sha256((name or "").encode()).hexdigest()[:12]


def pasted_threads() -> dict:
    """Exact-author and exact-reply parses of the invented pasted-thread fixtures (tests/ingest/thread_layouts*.py)."""
    import thread_layouts_fresh
    import thread_layouts_fresh2
    import thread_layouts_fresh3
    from thread_layouts import LAYOUTS as FIRST

    LAYOUTS = {**FIRST, **thread_layouts_fresh.LAYOUTS, **thread_layouts_fresh2.LAYOUTS,
               **thread_layouts_fresh3.LAYOUTS}

    from newsprism.ingest.threads import parse_thread

    out = {}
    for name, (text, authors, parents, _) in LAYOUTS.items():
        got = parse_thread(text, 0, len(text)).comments
        out[name] = {"authors": [c.author for c in got] == authors,
                     "replies": parents is None or [c.parent for c in got] == parents}
    return out


def _speed_doc(n: int):
    from newsprism.ingest import parse_text_article

    rng = np.random.default_rng(0)
    openers = ["The new port deal", "This summit", "Lower tariffs", "The customs pact", "Premier Korst",
               "The rail plan", "Cheaper machinery", "The steel mills"]
    verbs = ["will help", "will hurt", "is good for", "is a disaster for", "changes nothing for",
             "could finally help", "is a waste of money for", "sounds fine for"]
    objects = ["farmers in the valley.", "our workers.", "the coast towns.", "everyone.", "the budget.",
               "small businesses.", "the harbour.", "families like mine."]
    lines = ["Trade Summit Ends", "Velmora, Ostrand – Two premiers ended a trade summit on May 6, 2026.",
             f"{n} Comments"]
    for i in range(n):
        lines += [f"reader_{i % 97}", f"{rng.choice(openers)} {rng.choice(verbs)} {rng.choice(objects)} "
                  f"{'Really.' if i % 3 else 'I mean it, read the pact first.'}"]
    return parse_text_article("\n".join(lines) + "\n", "speed.txt")


def _fox_doc(n: int = 300):
    """A news-site thread of the first ``n`` Fox News comments (authors and texts as posted; read from
    ../shared/data at run time, never copied): comment lengths as real readers write them, with a long tail."""
    from data import load_fox_rows

    from newsprism.ingest import parse_text_article

    lines = ["Lawmakers Pass New Border Bill",
             "Capitol City - Lawmakers passed a border bill on Thursday after a long debate.",
             "The bill now goes to the senate, where its fate is unclear.", "", f"{n} Comments", ""]
    for r in load_fox_rows()[:n]:
        lines += [r["user"] or "anon", " ".join(r["text"].split()), ""]
    return parse_text_article("\n".join(lines), "fox-thread.txt")


def speed(n: int = 600, fox: bool = False) -> dict:
    """comments/s of newsprism.comments.v1 + newsprism.thread.v1 on a thread of n comments (invented, or the
    first n Fox News comments with ``fox``): wall clock with the encoder's pass over the comments (as the
    pipeline runs it: ``comment_embeddings``) and without it, and the CPU seconds of each part. ``cpu_2core_per_s``
    is n / (encoder CPU / 2 + the rest's CPU): the wall time on two otherwise idle cores if the encoder's two
    threads scale perfectly (the rest is one Python thread); a load-independent estimate, not a measurement."""
    from newsprism.comments.components import CommentsComponent
    from newsprism.comments.thread import ThreadComponent
    from newsprism.encoder import get_encoder
    from newsprism.encoder.document import EncoderPassComponent, comment_embeddings
    from newsprism.pipeline import Pipeline
    from newsprism.pipeline.state import DocState

    comp, thread = CommentsComponent(), ThreadComponent()
    Pipeline([EncoderPassComponent(), comp, thread]).pipe([_speed_doc(8)])  # warm the models
    doc, state = (_fox_doc(n) if fox else _speed_doc(n)), DocState()
    texts = [doc.text[c.start : c.end] for c in doc.comments]
    c0, t0 = time.process_time(), time.perf_counter()
    emb = comment_embeddings(texts, get_encoder())
    c1, t1 = time.process_time(), time.perf_counter()
    comp.annotate(doc, state, texts, emb)
    c2, t2 = time.process_time(), time.perf_counter()
    thread(doc, state)
    c3, t3 = time.process_time(), time.perf_counter()
    load = os.getloadavg()[0]
    return {"thread": "fox" if fox else "invented", "comments": len(texts), "load_average_1min": round(load, 1),
            "encoder_s": round(t1 - t0, 2), "comments_s": round(t2 - t1, 2), "thread_s": round(t3 - t2, 2),
            "with_encoder_per_s": round(len(texts) / (t3 - t0), 1),
            "without_encoder_per_s": round(len(texts) / (t3 - t1), 1),
            "cpu_s": {"encoder": round(c1 - c0, 2), "comments": round(c2 - c1, 2), "thread": round(c3 - c2, 2)},
            "cpu_2core_per_s": round(len(texts) / ((c1 - c0) / 2 + (c3 - c1)), 1),
            "stances": dict(Counter(c.stance for c in doc.comments))}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    print(json.dumps({"speed": speed()}), flush=True)
    print(json.dumps({"speed_fox": speed(300, fox=True)}), flush=True)
    print(json.dumps({"pasted_threads": pasted_threads()}), flush=True)
    print(json.dumps({"seed_000": seed_thread()}), flush=True)
    print(json.dumps({"example_thread": example_thread()}), flush=True)
    if not args.quick:
        print(json.dumps({"toxicity_fox_nested_10fold": toxicity_cv()}), flush=True)
        print(json.dumps({"stance_cv": stance_cv()}), flush=True)


if __name__ == "__main__":
    main()
