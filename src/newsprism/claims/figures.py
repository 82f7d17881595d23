"""Figures any language writes the same way: percentages ("7,5 %") and money with a currency sign or code
("€4,5 млн", "12 Mio. USD"), read with the document language's number rules.

The claims layer uses this for documents in a language its English models do not cover (issue 13: run the
language-independent layers, say nothing the models cannot support). Number formats and scale words ("млн",
"Milliarden", "mld") come from the Unicode CLDR data shipped with Babel, not from word lists of ours; counts,
ordinals, dates and durations need words and grammar, so they are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from babel import Locale, UnknownLocaleError
from babel.numbers import NumberFormatError, get_currency_symbol, parse_decimal

from newsprism.common.data_files import load_json

_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f.,’']\d{3})+(?:[.,]\d+)?(?![\w])|(?<![\w.,])\d+(?:[.,]\d+)?(?!\w)")
_SCALES = ("1000", "1000000", "1000000000", "1000000000000")


@dataclass(frozen=True)
class Figure:
    """A percentage or an amount of money, with offsets into the text it was read from."""

    start: int
    end: int
    text: str
    value: float
    dimension: Literal["percent", "money"]
    unit: str | None  # ISO currency code for money


@cache
def _settings() -> dict[str, list[str]]:
    raw: dict[str, list[str]] = load_json("newsprism.claims", "data/figures.json")
    return raw


@cache
def _locale(language: str) -> Locale | None:
    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return None


@cache
def _scale_words(language: str) -> dict[str, float]:
    """Scale words of the language ("млн" -> 1e6), from CLDR's compact decimal formats (short and long)."""
    loc = _locale(language)
    words: dict[str, float] = {}
    if loc is None:
        return words
    for style in ("short", "long"):
        for per_plural in loc.compact_decimal_formats.get(style, {}).values():
            for magnitude, pattern in per_plural.items():
                if magnitude not in _SCALES:
                    continue
                word = pattern.suffix[0].replace("'", "").strip(" \u00a0").lower()
                if len(word.rstrip(".")) >= 2:  # "k" or "M" alone would read too much as a scale
                    words[word] = float(magnitude)
    return words


@cache
def _currencies(language: str) -> dict[str, str]:
    """Currency signs and ISO codes, lower-cased, in the language's own spelling too ("₽", "zł") -> ISO code.
    An ambiguous sign ("$") keeps the first code of ``data/figures.json``."""
    out: dict[str, str] = {}
    for code in _settings()["currencies"]:
        out.setdefault(code.lower(), code)
        for loc in filter(None, (_locale(language), _locale("en"))):
            out.setdefault(get_currency_symbol(code, locale=loc).lower(), code)
    return out


def _value(number: str, language: str) -> float | None:
    loc = _locale(language) or _locale("en")
    try:
        return float(parse_decimal(number.replace("\u00a0", " ").replace("\u202f", " "), locale=loc, strict=False))
    except (NumberFormatError, ValueError):
        return None


_PERCENT = re.compile(r"[ \u00a0]?%")


@cache
def _patterns(language: str) -> tuple[list[str], re.Pattern[str], re.Pattern[str] | None]:
    """(currency signs, longest first; a sign or code after a figure; a scale word after a figure)."""
    signs = sorted(_currencies(language), key=len, reverse=True)
    after_sign = re.compile(r"[ \u00a0]?(" + "|".join(re.escape(s) for s in signs) + r")(?!\w)", re.I)
    words = sorted(_scale_words(language), key=len, reverse=True)
    scale = re.compile(r"[ \u00a0](" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I) if words else None
    return signs, after_sign, scale


def find_figures(text: str, language: str) -> list[Figure]:
    """Every percentage and amount of money in ``text``, left to right."""
    scales, currencies = _scale_words(language), _currencies(language)
    signs, after_sign, scale_re = _patterns(language)
    out: list[Figure] = []
    for m in _NUMBER.finditer(text):
        value = _value(m.group(0), language)
        if value is None:
            continue
        start, end = m.start(), m.end()
        if scale_re is not None and (s := scale_re.match(text, end)):
            value *= scales[s.group(1).lower()]
            end = s.end()
        if percent := _PERCENT.match(text, end):
            out.append(Figure(start, percent.end(), text[start:percent.end()], value, "percent", None))
            continue
        head = text[max(0, start - 8):start].lower().rstrip(" \u00a0")
        lead = next((g for g in signs if not g.isalpha() and head.endswith(g)), None)  # "$5", "€ 4,5"
        code = None
        if lead is not None:
            code, start = currencies[lead], max(0, start - 8) + len(head) - len(lead)
        elif after := after_sign.match(text, end):
            code, end = currencies[after.group(1).lower()], after.end()
        if code is not None:
            out.append(Figure(start, end, text[start:end], value, "money", code))
    return out
