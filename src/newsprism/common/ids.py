"""Document ids that are unique within one run."""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.model import Document


def make_ids_unique(docs: Sequence[Document]) -> None:
    """Give the second and later documents with one id (e.g. the same file twice) the ids ``<id>-1``,
    ``<id>-2``, ..., so references between documents stay unique."""
    seen: dict[str, int] = {}
    for d in docs:
        n = seen.get(d.id, 0)
        seen[d.id] = n + 1
        if n:
            d.id = f"{d.id}-{n}"
