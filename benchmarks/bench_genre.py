"""Speed of the genre head on SemEval-2023 English articles (benchmarks/techniques.md, genre section).

    NEWSPRISM_THREADS=2 .venv/bin/python benchmarks/bench_genre.py --data ../shared/data --n 90

Times ``GenreHead.predict`` on ``n`` articles three ways: as the pipeline runs it today (the head embeds the
sentences itself), with the sentence vectors given (what it costs once the shared encoder pass hands them over),
and the not-an-article check alone.

    NEWSPRISM_THREADS=2 .venv/bin/python benchmarks/bench_genre.py --data ../shared/data --n 60 --agreement

``--agreement``: how far the pipeline's genre (vectors from the shared encoder pass, whose units are split by
``newsprism.encoder.units``) is from the head embedding its own sentence split (what the head was trained on):
label agreement and the mean absolute difference of the calibrated probabilities.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsprism.genre.features import sentence_embeddings  # noqa: E402
from newsprism.genre.head import GenreHead  # noqa: E402
from newsprism.genre.pageform import not_article_rule  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--n", type=int, default=90)
    ap.add_argument("--agreement", action="store_true", help="shared pass against the head's own embedding")
    args = ap.parse_args()
    if args.agreement:
        agreement(args.data, args.n)
        return
    d = args.data / "semeval2023-en/train-articles-subtask-1"
    texts = [p.read_text(encoding="utf-8") for p in sorted(d.glob("article*.txt"))[: args.n]]
    words = sum(len(t.split()) for t in texts)
    head = GenreHead()
    head.predict(texts[:2])  # load the encoder once
    t0 = time.perf_counter()
    head.predict(texts)
    full = time.perf_counter() - t0
    vecs = sentence_embeddings(texts)
    t0 = time.perf_counter()
    head.predict(texts, vectors=vecs)
    given = time.perf_counter() - t0
    t0 = time.perf_counter()
    for t in texts:
        not_article_rule(t)
    page = time.perf_counter() - t0
    print(f"{len(texts)} articles, {words} words")
    print(f"genre head, embedding itself: {full:.1f} s ({len(texts) / full:.1f} articles/s)")
    print(f"genre head, vectors given:    {given:.2f} s ({len(texts) / given:.1f} articles/s)")
    print(f"not_article check alone:      {page * 1000 / len(texts):.2f} ms/article")


def agreement(data: Path, n: int) -> None:
    import numpy as np

    from newsprism.encoder.document import EncoderPassComponent
    from newsprism.genre.component import genre_text, shared_vectors
    from newsprism.genre.head import get_genre_head
    from newsprism.ingest import parse_text_article
    from newsprism.pipeline import Pipeline

    d = data / "semeval2023-en/train-articles-subtask-1"
    docs = [parse_text_article(p.read_text(encoding="utf-8"), p.name) for p in sorted(d.glob("article*.txt"))[:n]]
    docs, states = Pipeline([EncoderPassComponent(background=False)]).pipe_with_state(docs)
    head = get_genre_head()
    texts, langs = [genre_text(x) for x in docs], [x.language or "en" for x in docs]
    own = head.predict(texts, langs, [None] * len(docs))
    shared = head.predict(texts, langs, [shared_vectors(x, s.encoded) for x, s in zip(docs, states, strict=True)])
    same = sum(a.label == b.label for a, b in zip(own, shared, strict=True))
    diffs = [abs(a.scores.get(k, 0) - b.scores.get(k, 0)) for a, b in zip(own, shared, strict=True) for k in a.scores]
    print(f"{len(docs)} articles: same label {same}/{len(docs)}; mean |probability difference| "
          f"{float(np.mean(diffs)) if diffs else 0.0:.3f}, max {max(diffs, default=0.0):.3f}")


if __name__ == "__main__":
    main()
