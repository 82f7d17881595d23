"""The one rule for merging character spans.

Spans are half-open ``[start, end)``. Two spans merge when they share at least one character
(``next.start < current.end``), as the SemEval span scorers do (``../shared/tools/semeval_score.py``): spans that
only touch (``[0, 5)`` and ``[5, 9)``) share no character and stay apart, so merging never changes what a
scorer counts as one span. Empty spans are dropped. Joining spans that touch or sit a few characters apart is a
separate, explicit choice of the caller (e.g. the ``gap`` of ``techniques.spans.si_spans``).
"""

from __future__ import annotations

from collections.abc import Iterable


def merge_overlapping(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of ``spans`` as sorted, non-overlapping, non-empty spans."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if out and s < out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]
