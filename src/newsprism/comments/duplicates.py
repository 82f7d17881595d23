"""Near-duplicate comments: the ``comments`` setting of :mod:`newsprism.common.near_duplicates` (MinHash LSH
over character shingles, confirmed by an edit-distance ratio), grouped into clusters."""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.common.near_duplicates import duplicate_pairs, normalize, settings
from newsprism.common.union_find import UnionFind

__all__ = ["duplicate_groups", "near_duplicates", "normalize"]


def near_duplicates(texts: Sequence[str]) -> list[tuple[int, int, float]]:
    """Pairs ``(i, j, ratio)`` with i < j whose texts are near-identical."""
    return duplicate_pairs(texts, settings("comments"))


def duplicate_groups(n: int, pairs: Sequence[tuple[int, int, float]]) -> list[list[int]]:
    """Connected components of the duplicate pairs, each sorted, in order of first member."""
    groups = UnionFind(n)
    for i, j, _ in pairs:
        groups.union(i, j)
    return [g for g in groups.groups() if len(g) > 1]
