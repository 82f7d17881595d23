"""What a plain-text article says about itself: outlet, author and publication date, each only from a line
that states it (a ``Source:`` line, a byline, a ``Published`` line, a dated dateline). Nothing is guessed
from a file name or the clock; when no line states it the field stays empty.

The patterns and word lists live in ``ingest/data/layout.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsprism.common.data_files import load_json
from newsprism.ingest.publication_date import find_explicit_date


def layout_data() -> dict[str, Any]:
    """``ingest/data/layout.json`` (read once, shared: do not modify it)."""
    data: dict[str, Any] = load_json("newsprism.ingest", "data/layout.json")
    return data


@cache
def _byline_rules() -> tuple[list[re.Pattern[str]], tuple[str, ...], re.Pattern[str]]:
    raw = layout_data()["byline"]
    seps = [re.compile(s, re.IGNORECASE) for s in raw["separators"]]
    return seps, tuple(raw["roles"]), re.compile(raw["staff_suffix"], re.IGNORECASE)


@dataclass
class Byline:
    author: str | None = None
    outlet: str | None = None


def _clean(s: str) -> str:
    return " ".join(s.split()).strip(" ,;.|–—-")


def parse_byline(rest: str) -> Byline:
    """The part after "By ": "Jane Roe | Harbour Times", "Jane Roe for the Harbour Times", "Harbour Wire staff".

    >>> parse_byline("Jane Roe | The Harbour Times")
    Byline(author='Jane Roe', outlet='The Harbour Times')
    >>> parse_byline("Jane Roe, Ed Park")
    Byline(author='Jane Roe, Ed Park', outlet=None)
    """
    seps, roles, staff = _byline_rules()
    rest = _clean(rest)
    m = staff.search(rest)
    if m:
        return Byline(author=None, outlet=_clean(rest[: m.start()]) or None)
    for sep in seps:
        parts = sep.split(rest, maxsplit=1)
        if len(parts) == 2 and parts[0].strip() and parts[1].strip():
            who, where = _clean(parts[0]), _clean(parts[1])
            if any(r in where.lower() for r in roles):
                return Byline(author=who or None)
            return Byline(author=who or None, outlet=where or None)
    return Byline(author=rest or None)


def published_from_line(text: str, pattern: re.Pattern[str]) -> str | None:
    """The ISO date of a "Published: March 3, 2026" line (a full date, or nothing)."""
    m = pattern.match(text)
    return find_explicit_date(m.group("when")) if m else None


def outlet_from_line(text: str, pattern: re.Pattern[str]) -> str | None:
    m = pattern.match(text)
    return (_clean(m.group("outlet"))[:120] or None) if m else None
