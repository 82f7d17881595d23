"""Dates in text of any language dateparser knows (about 200 locales), for documents the English models do
not cover: the English path reads DATE entities from the parser, which such documents do not get.

Mentions are found with ``dateparser.search.search_dates`` and resolved one by one with the language's
``DateDataParser`` (which reports the granularity). As in English, a mention without a year resolves only
against the document's own date; without one it stays unresolved, never counted from today.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import Any

from newsprism.model import DateMention

_YEAR = re.compile(r"\b\d{4}\b")
_SETTINGS = {"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first", "PREFER_DATES_FROM": "current_period"}


@lru_cache(maxsize=16)
def _parser(language: str, base_iso: str | None) -> Any:
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = dict(_SETTINGS)
    if base_iso:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(base_iso)
    return DateDataParser(languages=[language], settings=settings)


def resolve_any(text: str, language: str, base_iso: str | None) -> tuple[str | None, str]:
    """(ISO date, month or year, or None; granularity) of one mention in ``language``."""
    if base_iso is None and not _YEAR.search(text):
        return None, "day"
    try:
        data = _parser(language, base_iso).get_date_data(text)
    except (ValueError, OverflowError, TypeError, KeyError):
        return None, "day"
    when, period = data.date_obj, data.period or "day"
    if when is None:
        return None, "day"
    if period == "year":
        return f"{when.year:04d}", "year"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}", "month"
    return when.date().isoformat(), "day"


def find_dates(text: str, start: int, end: int, language: str, base_iso: str | None) -> list[DateMention]:
    """Every date mention in ``text[start:end]`` with offsets into ``text``."""
    from dateparser.search import search_dates

    try:
        found = search_dates(text[start:end], languages=[language], settings=dict(_SETTINGS)) or []
    except (ValueError, OverflowError, TypeError, KeyError, LookupError):
        return []
    out: list[DateMention] = []
    pos = start
    for phrase, _ in found:
        i = text.find(phrase, pos, end)
        if i < 0:
            continue
        pos = i + len(phrase)
        iso, granularity = resolve_any(phrase, language, base_iso)
        out.append(DateMention(text=phrase, start=i, end=i + len(phrase), iso=iso, granularity=granularity))
    return out
