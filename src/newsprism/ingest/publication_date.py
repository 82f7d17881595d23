"""Explicit calendar dates in article text, for the document's own date."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_MON = "(" + "|".join(list(_MONTHS) + [m[:3] + r"\.?" for m in _MONTHS if m != "may"] + ["sept"]) + ")"
_MDY = re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE)
_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON}\s+(\d{{4}})\b", re.IGNORECASE)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    for full, num in _MONTHS.items():
        if full.startswith(key[:3]):
            return num
    raise ValueError(name)


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def find_explicit_date(text: str) -> str | None:
    """The first full date (month, day and year) in ``text`` as ISO, or None."""
    best: tuple[int, str] | None = None
    for pat, order in ((_MDY, "mdy"), (_DMY, "dmy"), (_ISO, "iso")):
        m = pat.search(text)
        if not m:
            continue
        if order == "mdy":
            iso = _iso(int(m.group(3)), _month(m.group(1)), int(m.group(2)))
        elif order == "dmy":
            iso = _iso(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
        else:
            iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso and (best is None or m.start() < best[0]):
            best = (m.start(), iso)
    return best[1] if best else None
