"""Cache the shared MiniLM sentence embeddings of articles (the slow part of training the genre head).

    python training/genre_embed.py --data ../shared/data --out training/runs/genre_emb.npz

Per article: the title vector and the body-sentence vectors of ``newsprism.genre.features.sentence_embeddings``
(float16), so any pooling can be tried without encoding again; with ``--babe`` also BABE's labelled sentences.
English only by default (the encoder is English-only): about 15 minutes for the 731 English pool articles on a
quiet 2-core box, 30 when it is shared.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from genre_data import Article, babe_sentences, load_all  # noqa: E402

from newsprism.genre.features import sentence_embeddings  # noqa: E402


def embed_babe(data: Path, out: Path) -> None:
    """BABE's sentences, their opinion and bias labels, outlets and vectors."""
    from newsprism.encoder import get_encoder

    texts, yo, yb, outlet = babe_sentences(data)
    vecs = get_encoder().embed(texts)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez(out, emb=vecs.astype(np.float16), y_opinion=yo, y_bias=yb, outlet=np.array(outlet))


def embed_articles(arts: list[Article], out: Path) -> None:
    """Write ids, title vectors, concatenated sentence vectors and offsets."""
    from newsprism.encoder import get_encoder

    enc = get_encoder()
    t0 = time.time()
    titles, sents, offs = [], [], [0]
    for k in range(0, len(arts), 64):
        for tv, sv, _ in sentence_embeddings([a.text for a in arts[k:k + 64]], enc):
            titles.append(tv)
            sents.append(sv)
            offs.append(offs[-1] + len(sv))
        print(f"{min(k + 64, len(arts))}/{len(arts)} articles {time.time() - t0:.0f}s", flush=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez(out, ids=np.array([a.id for a in arts]), title=np.stack(titles).astype(np.float16),
             sents=np.concatenate(sents).astype(np.float16), offsets=np.array(offs))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--out", type=Path, default=Path("training/runs/genre_emb.npz"))
    ap.add_argument("--langs", default="en", help="comma-separated languages of the articles to embed")
    ap.add_argument("--babe", type=Path, help="also embed BABE's sentences into this file")
    args = ap.parse_args()
    arts = [a for a in load_all(args.data) if a.lang in args.langs.split(",")]
    embed_articles(arts, args.out)
    if args.babe:
        embed_babe(args.data, args.babe)


if __name__ == "__main__":
    main()
