"""Sentence embeddings of every NLI sentence with the shared encoder, cached (resumable) under training/runs/.

    OMP_NUM_THREADS=2 python training/judge_embed.py --data ../shared/data --cache training/runs/judge

The cache is keyed by the encoder model file and the sorted list of distinct texts, so a new encoder or new
data starts a new cache. Chunks are written as they finish, so an interrupted run resumes where it stopped.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from judge_data import load_pairs  # noqa: E402

CHUNK = 4096


def _key(texts: list[str]) -> str:
    from newsprism.encoder.minilm import _default_model_path

    h = hashlib.sha1()
    model = _default_model_path()
    h.update(f"{model.name}:{model.stat().st_size}".encode())
    for t in texts:
        h.update(t.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()[:16]


def texts_of(data: Path) -> list[str]:
    pairs = load_pairs(data)
    return sorted({t for p in pairs for t in (p.premise, p.hypothesis)})


def load_cache(data: Path, cache: Path, texts: list[str] | None = None) -> dict[str, np.ndarray]:
    """text -> embedding, after embedding whatever the cache lacks."""
    texts = texts if texts is not None else texts_of(data)
    key = _key(texts)
    folder = cache / f"emb-{key}"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "manifest.json").write_text(json.dumps({"texts": len(texts), "chunk": CHUNK}))
    n_chunks = (len(texts) + CHUNK - 1) // CHUNK
    enc = None
    t0 = time.time()
    for c in range(n_chunks):
        path = folder / f"chunk{c:04d}.npy"
        if path.exists():
            continue
        if enc is None:
            from newsprism.encoder import get_encoder

            enc = get_encoder()
        vecs = enc.embed(texts[c * CHUNK : (c + 1) * CHUNK], batch_size=64)
        np.save(path, vecs.astype(np.float32), allow_pickle=False)
        print(f"chunk {c + 1}/{n_chunks} done, {time.time() - t0:.0f} s", flush=True)
    mat = np.concatenate([np.load(folder / f"chunk{c:04d}.npy", allow_pickle=False) for c in range(n_chunks)])
    return {t: mat[i] for i, t in enumerate(texts)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--cache", type=Path, default=Path("training/runs/judge"))
    a = ap.parse_args()
    texts = texts_of(a.data)
    print(f"{len(texts)} distinct texts", flush=True)
    load_cache(a.data, a.cache, texts)


if __name__ == "__main__":
    main()
