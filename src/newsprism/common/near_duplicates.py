"""Near-duplicate detection, the one way: MinHash signatures of shingles, cut into LSH bands.

Two documented settings live in ``common/data/near_duplicates.json`` and nowhere else:

- ``documents``: syndicated and re-posted article copies. The story comparison (``newsprism analyze``, the web
  app), the store and batch runs all use it, so they find the same copies in the same corpus.
- ``comments``: near-identical reader comments (LSH candidates confirmed by an edit-distance ratio).

Candidates are texts that share at least one LSH band; a candidate counts when the estimated Jaccard
similarity of the two signatures reaches the setting's threshold (and, for comments, the edit-distance ratio
reaches ``confirm_ratio``). The band layout (bands x rows) is datasketch's optimum for the threshold. Band
keys also live in the store (table ``minhash_bands``), so detection works across runs and processes;
signatures use a fixed seed, so they are stable across runs.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

import numpy as np

from newsprism.common.data_files import load_json
from newsprism.model import Document

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Settings:
    """How texts are shingled and hashed, and when two count as near-duplicates."""

    shingle: Literal["word", "char"]  # word n-grams of the lowercased text, or character n-grams
    size: int  # n of the n-grams
    num_perm: int  # MinHash permutations (signature length)
    seed: int  # MinHash seed: fixed, so signatures are stable across runs and processes
    threshold: float  # least estimated Jaccard similarity of two near-duplicates (also sets the LSH bands)
    min_chars: int = 0  # texts shorter than this (after normalizing) are never near-duplicates
    confirm_ratio: float = 0.0  # least edit-distance ratio (0..100) that confirms a candidate pair; 0: none

    @property
    def bands(self) -> tuple[int, int]:
        """(number of bands, rows per band), datasketch's optimum for equal false-positive/negative weight."""
        return band_layout(self.threshold, self.num_perm)


@cache
def settings(name: Literal["documents", "comments"]) -> Settings:
    raw = load_json("newsprism.common", "data/near_duplicates.json")[name]
    return Settings(**{k: v for k, v in raw.items() if not k.startswith("_")})


@cache
def band_layout(threshold: float, num_perm: int) -> tuple[int, int]:
    from datasketch import MinHashLSH  # datasketch imports scipy: load it only when used

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return int(lsh.b), int(lsh.r)


def normalize(text: str) -> str:
    """Lowercased words separated by single spaces (punctuation and layout dropped)."""
    return " ".join(_WORD.findall(text.lower()))


def shingles(text: str, s: Settings) -> set[bytes]:
    """The n-gram set of ``text`` under ``s`` (one shingle for a text shorter than n)."""
    if s.shingle == "char":
        return _char_shingles(normalize(text), s.size)
    words = _WORD.findall(text.lower())
    if len(words) < s.size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + s.size]).encode("utf-8") for i in range(len(words) - s.size + 1)}


def _char_shingles(norm: str, size: int) -> set[bytes]:
    return {norm[i : i + size].encode("utf-8") for i in range(max(1, len(norm) - size + 1))}


def signature(text: str, s: Settings | None = None) -> np.ndarray:
    """MinHash signature (uint64[num_perm]) of the text's shingles (default: the ``documents`` setting)."""
    s = s or settings("documents")
    return _minhash(shingles(text, s), s)


@cache
def _permutations(num_perm: int, seed: int) -> Any:
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=seed).permutations


def _minhash(sh: set[bytes], s: Settings) -> np.ndarray:
    from datasketch import MinHash

    # The permutations depend only on (num_perm, seed): drawn once, not for every text.
    mh = MinHash(num_perm=s.num_perm, seed=s.seed, permutations=_permutations(s.num_perm, s.seed), scheme="affine32")
    if sh:
        mh.update_batch(list(sh))
    return mh.hashvalues.astype(np.uint64)


def band_keys(sig: np.ndarray, s: Settings | None = None) -> list[bytes]:
    """One short key per band; two texts sharing any key are candidate near-duplicates."""
    b, r = (s or settings("documents")).bands
    return [hashlib.blake2b(sig[i * r : (i + 1) * r].tobytes(), digest_size=8).digest() for i in range(b)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / float(len(a))


def document_text(doc: Document) -> str:
    """What a document is compared by: its body paragraphs only (syndicated copies often change the title,
    byline and meta lines)."""
    paras = doc.body_paragraphs()
    if not paras:
        return doc.text[doc.body.start : doc.body.end]
    return "\n".join(doc.text[p.start : p.end] for p in paras)


class MemoryLSH:
    """Signatures and their bands in memory (a story's documents, a batch in flight, JSONL output, a thread)."""

    def __init__(self, s: Settings | None = None) -> None:
        self.settings = s or settings("documents")
        self._bands: dict[tuple[int, bytes], list[str]] = {}
        self._sigs: dict[str, np.ndarray] = {}
        self._keys: dict[str, list[bytes]] = {}
        self._order: dict[str, int] = {}

    def add(self, key: str, sig: np.ndarray) -> None:
        self._order.setdefault(key, len(self._order))
        self._sigs[key] = sig
        self._keys[key] = keys = band_keys(sig, self.settings)
        for i, k in enumerate(keys):
            self._bands.setdefault((i, k), []).append(key)

    def candidates(self, sig: np.ndarray) -> list[str]:
        """Stored keys sharing a band with ``sig``, in the order they were added."""
        return self._sharing(band_keys(sig, self.settings))

    def neighbors(self, key: str) -> list[str]:
        """Stored keys sharing a band with the stored ``key`` (itself included), in the order they were added."""
        return self._sharing(self._keys[key])

    def _sharing(self, keys: list[bytes]) -> list[str]:
        seen: set[str] = set()
        for i, k in enumerate(keys):
            seen.update(self._bands.get((i, k), ()))
        return sorted(seen, key=self._order.__getitem__)

    def query(self, sig: np.ndarray) -> tuple[str, float] | None:
        """The most similar stored key at or above the threshold (the first added on a tie), or None."""
        best: tuple[str, float] | None = None
        for key in self.candidates(sig):
            sim = similarity(sig, self._sigs[key])
            if sim >= self.settings.threshold and (best is None or sim > best[1]):
                best = (key, sim)
        return best

    def __len__(self) -> int:
        return len(self._sigs)


def duplicate_documents(docs: Sequence[Document]) -> list[tuple[int, int, float]]:
    """``(copy, original, similarity)`` for each document that near-duplicates an earlier original, in input
    order; a copy is never an original for a later one (the rule batch runs and the store follow)."""
    lsh = MemoryLSH(settings("documents"))
    out: list[tuple[int, int, float]] = []
    for i, d in enumerate(docs):
        sig = signature(document_text(d))
        hit = lsh.query(sig)
        if hit is not None:
            out.append((i, int(hit[0]), hit[1]))
        else:
            lsh.add(str(i), sig)
    return out


def duplicate_pairs(texts: Sequence[str], s: Settings | None = None) -> list[tuple[int, int, float]]:
    """Pairs ``(i, j, ratio)`` with i < j whose texts are near-identical under ``s`` (default: ``comments``):
    LSH candidates whose edit-distance ratio (0..100) of normalized texts reaches ``confirm_ratio``."""
    from rapidfuzz import fuzz

    s = s or settings("comments")
    norms = [normalize(t) for t in texts]
    lsh = MemoryLSH(s)
    kept = [i for i, n in enumerate(norms) if len(n) >= s.min_chars]
    for i in kept:
        lsh.add(str(i), _minhash(_char_shingles(norms[i], s.size) if s.shingle == "char" else shingles(norms[i], s), s))
    pairs: set[tuple[int, int, float]] = set()
    for i in kept:
        for key in lsh.neighbors(str(i)):
            j = int(key)
            if j <= i:
                continue
            ratio = fuzz.ratio(norms[i], norms[j])
            if ratio >= s.confirm_ratio:
                pairs.add((i, j, round(float(ratio), 1)))
    return sorted(pairs)
