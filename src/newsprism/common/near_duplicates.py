"""Near-duplicate and syndicated copies: MinHash signatures of word shingles, cut into LSH bands.

The band keys live in the store (table ``minhash_bands``), so detection works across runs and across
processes; datasketch computes the signatures and picks the band layout for the threshold.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

from newsprism.model import Document

NUM_PERM = 128
THRESHOLD = 0.8  # estimated Jaccard of word 3-gram sets; syndicated copies with light edits score above it
SHINGLE = 3
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class LSHParams:
    threshold: float = THRESHOLD
    num_perm: int = NUM_PERM

    @property
    def bands(self) -> tuple[int, int]:
        """(number of bands, rows per band), datasketch's optimum for equal false-positive/negative weight."""
        return _band_layout(self.threshold, self.num_perm)


_LAYOUTS: dict[tuple[float, int], tuple[int, int]] = {}


def _band_layout(threshold: float, num_perm: int) -> tuple[int, int]:
    key = (threshold, num_perm)
    if key not in _LAYOUTS:
        from datasketch.lsh import _optimal_param  # datasketch imports scipy: load it only when used

        _LAYOUTS[key] = _optimal_param(threshold, num_perm, 0.5, 0.5)
    return _LAYOUTS[key]


def dedupe_text(doc: Document) -> str:
    """The body paragraphs only: syndicated copies often change the title, byline and meta lines."""
    paras = doc.body_paragraphs()
    if not paras:
        return doc.text[doc.body.start : doc.body.end]
    return "\n".join(doc.text[p.start : p.end] for p in paras)


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


def signature(text: str, num_perm: int = NUM_PERM) -> np.ndarray:
    """MinHash signature (uint64[num_perm]) of the text's word shingles; fixed seed, so stable across runs."""
    from datasketch import MinHash

    mh = MinHash(num_perm=num_perm, seed=1)
    sh = shingles(text)
    if sh:
        mh.update_batch(list(sh))
    return mh.hashvalues.astype(np.uint64)


def band_keys(sig: np.ndarray, params: LSHParams = LSHParams()) -> list[bytes]:
    """One short key per band; two documents sharing any key are candidate near-duplicates."""
    b, r = params.bands
    return [hashlib.blake2b(sig[i * r : (i + 1) * r].tobytes(), digest_size=8).digest() for i in range(b)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / float(len(a))


class MemoryLSH:
    """The same banding in memory, for documents not yet in a store (a batch in flight, JSONL output)."""

    def __init__(self, params: LSHParams = LSHParams()) -> None:
        self.params = params
        self._bands: dict[tuple[int, bytes], list[str]] = {}
        self._sigs: dict[str, np.ndarray] = {}

    def add(self, key: str, sig: np.ndarray) -> None:
        self._sigs[key] = sig
        for i, k in enumerate(band_keys(sig, self.params)):
            self._bands.setdefault((i, k), []).append(key)

    def query(self, sig: np.ndarray) -> tuple[str, float] | None:
        """The most similar stored key at or above the threshold, or None."""
        seen: set[str] = set()
        best: tuple[str, float] | None = None
        for i, k in enumerate(band_keys(sig, self.params)):
            for key in self._bands.get((i, k), ()):
                if key in seen:
                    continue
                seen.add(key)
                sim = similarity(sig, self._sigs[key])
                if sim >= self.params.threshold and (best is None or sim > best[1]):
                    best = (key, sim)
        return best

    def __len__(self) -> int:
        return len(self._sigs)
