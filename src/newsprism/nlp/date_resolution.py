"""Resolve date mentions ("on the evening of November 27", "last Tuesday", "2026-2028") against the
document's own date, using dateparser. A mention without a year resolves only against that date: without
one it stays unresolved, never counted from today. A month or day written without a year ("in December")
is put in the article's year, then moved by the tense of the verb it dates (``by_tense``): a past-tense verb
puts it in the last such month before the article ("killed in December", told in April), a future one in the
next after it ("will vote in March", told in May)."""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import Any

import dateparser

from newsprism.nlp.parse_tree import is_root

_PREFIX = re.compile(r"^(?:(?:on|in|by|since|from|until|till|during|as of|the|this|that|early|late|mid-?|"
                     r"(?:the\s+)?(?:evening|morning|night|afternoon|end|start|beginning|middle)\s+of)\s+)+",
                     re.IGNORECASE)
_YEAR = re.compile(r"^(\d{4})$")
_YEAR_RANGE = re.compile(r"^(\d{4})\s*[-–—/]\s*(\d{2,4})$")
_MONTHS = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
_DAYNUM = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")
_FULL_YEAR = re.compile(r"\b\d{4}\b")
_SHORT_YEAR = re.compile(r"'\d{2}\b")
FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
MODAL_AUX = frozenset({"would", "'d", "could", "might", "may", "can", "ca", "should", "must", "ought"})
PAST_AUX = frozenset({"had", "has", "have", "'ve", "was", "were", "did"})
_DECADE = re.compile(r"^(\d{3})0'?s$")
_DURATION = re.compile(r"^(?:\d+|a|an|one|two|three|several|few|many|some|just)[\s-]+(?:days?|weeks?|months?|years?|"
                       r"decades?|hours?)(?:\s+(?:ago|later|earlier))?$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def resolve(text: str, base_iso: str | None) -> tuple[str | None, str]:
    """(ISO date or range or None, granularity) for a date mention."""
    cleaned = _PREFIX.sub("", " ".join(text.split())).strip(" ,.")
    if not cleaned:
        return None, "day"
    m = _YEAR.match(cleaned)
    if m:
        return m.group(1), "year"
    m = _YEAR_RANGE.match(cleaned)
    if m:
        a, b = m.group(1), m.group(2)
        if len(b) == 2:
            b = a[:2] + b
        return f"{a}/{b}", "range"
    m = _DECADE.match(cleaned)
    if m:
        return f"{m.group(1)}0/{m.group(1)}9", "range"
    if _DURATION.match(cleaned) and not cleaned.lower().endswith(("ago", "later", "earlier")):
        return None, "duration"
    try:
        base = datetime.fromisoformat(base_iso) if base_iso else None
    except ValueError:  # a free-text "published" field (JSON records) is no base date at all
        base = None
    if base is None and not _FULL_YEAR.search(cleaned):
        # "on Thursday", "last week", "March 3": nothing anchors them (no publication date), and counting from
        # today would invent a date. Left unresolved.
        return None, "day"
    settings = {"PREFER_DATES_FROM": "current_period", "RETURN_AS_TIMEZONE_AWARE": False,
                "PREFER_DAY_OF_MONTH": "first"}
    if base:
        settings["RELATIVE_BASE"] = base
    try:
        parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None, "day"
    if parsed is None:
        return None, "day"
    # dateparser falls back to "today" for text it half-understands; only relative words may mean today.
    if parsed.date() == (base or datetime.now()).date() and not re.search(
            r"today|now|this|yesterday|tomorrow|\d", cleaned, re.IGNORECASE):
        return None, "day"
    has_month = bool(_MONTHS.search(cleaned))
    if has_month and not _DAYNUM.search(_MONTHS.sub("", cleaned).replace(str(parsed.year), "")):
        return f"{parsed.year:04d}-{parsed.month:02d}", "month"  # strftime drops zeros of years < 1000
    return parsed.date().isoformat(), "day"


def clause_tense(tok: Any) -> str | None:
    """"past" or "future" for the clause of a spaCy token (a date's head word, or a trigger): the nearest verb
    that governs it, with its auxiliaries; None for a present, a modal or no verb."""
    verb = tok
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX"):
            break
        if is_root(verb):
            return None
        verb = verb.head
    else:
        return None
    aux = [k.text.lower() for k in verb.children if k.dep_ in ("aux", "auxpass")]
    if any(a in FUTURE_AUX for a in aux) or (verb.dep_ == "xcomp" and verb.head.text.lower() == "going"):
        return "future"
    if any(a in MODAL_AUX for a in aux):
        return None
    if verb.tag_ == "VBD" and not aux:
        return "past"
    if verb.tag_ in ("VBN", "VBD") and any(a in PAST_AUX for a in aux):
        return "past"
    return None


def by_tense(iso: str, text: str, published: str | None, tense: str | None) -> str:
    """A date written with a month and no year ("in December", "on March 3"), resolved in the article's year,
    moved to the last such date before the article when its verb is past, the next after it when future."""
    if (not published or len(published) < 10 or not iso[:4].isdigit() or _FULL_YEAR.search(text)
            or _SHORT_YEAR.search(text) or not _MONTHS.search(text)):
        return iso  # a weekday or a relative date ("last week") was resolved from the article's date already
    pub = published[:10]
    if tense == "past" and iso > pub[:len(iso)]:
        return f"{int(iso[:4]) - 1:04d}{iso[4:]}"
    if tense == "future" and iso[:len(pub)] < pub[:len(iso)]:
        return f"{int(iso[:4]) + 1:04d}{iso[4:]}"
    return iso
