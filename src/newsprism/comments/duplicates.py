"""Near-duplicate comments: MinHash LSH over character shingles, confirmed by an edit-distance ratio."""

from __future__ import annotations

import re
from collections.abc import Sequence

from datasketch import MinHash, MinHashLSH
from rapidfuzz import fuzz

NUM_PERM = 64
LSH_THRESHOLD = 0.5
# Ratio (0..100) of normalized texts above which two comments are the same text.
CONFIRM_RATIO = 88.0
SHINGLE = 5
MIN_CHARS = 12  # shorter comments ("+1", "so true") are too generic to call duplicates

def normalize(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _minhash(norm: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=7)
    grams = {norm[i : i + SHINGLE] for i in range(max(1, len(norm) - SHINGLE + 1))}
    m.update_batch([g.encode("utf-8") for g in grams])
    return m


def near_duplicates(texts: Sequence[str]) -> list[tuple[int, int, float]]:
    """Pairs ``(i, j, ratio)`` with i < j whose texts are near-identical."""
    norms = [normalize(t) for t in texts]
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    hashes: dict[int, MinHash] = {}
    for i, n in enumerate(norms):
        if len(n) >= MIN_CHARS:
            hashes[i] = _minhash(n)
            lsh.insert(str(i), hashes[i])
    pairs: set[tuple[int, int, float]] = set()
    for i, h in hashes.items():
        for key in lsh.query(h):
            j = int(key)
            if j <= i:
                continue
            ratio = fuzz.ratio(norms[i], norms[j])
            if ratio >= CONFIRM_RATIO:
                pairs.add((i, j, round(float(ratio), 1)))
    return sorted(pairs)


def duplicate_groups(n: int, pairs: Sequence[tuple[int, int, float]]) -> list[list[int]]:
    """Connected components of the duplicate pairs, each sorted, in order of first member."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j, _ in pairs:
        parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: g[0])
