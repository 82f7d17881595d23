"""Two titles read and compared as ``compare`` compares them, for the title-shape tests of tests/claims."""

from __future__ import annotations

from typing import Any


def title_role(slots: Any, text: str) -> Any:
    """The one titled role the first sentence of ``text`` gives (the test fails when none or two are read)."""
    rs = [r for r in slots(text).roles if r.core]
    assert len(rs) == 1, [r.title for r in rs]
    return rs[0]


def title_verdict(a: Any, b: Any) -> str:
    """The verdict of two titles of one person told in two sentences that do not tell one moment."""
    from newsprism.story.roles import compare_titles

    return compare_titles(a, b, False).verdict
