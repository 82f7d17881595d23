"""Typed amounts in a sentence: a figure, its bound, its dimension and unit, as an interval that can be compared.

"more than $1.7 billion" is money in USD, the interval (1.7e9, inf); "about 4,000 workers" is a count of
workers in [3400, 4600] (``approx_tolerance`` in ``data/amounts.json``); "an 18-month deal" is a duration of
548 days; "45-year-old" is an age, never a count or a day of the month; "55 percent" is a percentage.
Round figures ("4,000", "1.7 billion") allow the rounding of their last significant digit, capped at
``rounding_share`` of the figure. Numbers that are names ("Article 5", "F-16", "COVID-19"), clock times,
scores and years are not amounts.

This module reads text only; :func:`attach_nouns` adds the counted thing from a spaCy parse.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from newsprism.common.data_files import load_json

Bound = Literal["exact", "approx", "gt", "ge", "lt", "le", "below", "above", "range", "vague"]
Dim = Literal["count", "money", "percent", "points", "duration", "age", "measure"]
Relation = Literal["same", "compatible", "vaguer", "conflict"]
# what a look-back window with nothing counted or ranked before it is the window of ("in the past five weeks")
UNANCHORED_WINDOW = "past"


@dataclass
class Amount:
    """One figure of a sentence, with character offsets into the text it was read from."""

    start: int
    end: int
    text: str
    value: float | None  # the figure as written (None for a vague word or a range)
    low: float
    high: float  # math.inf when unbounded above
    bound: Bound
    dim: Dim
    unit: str | None = None  # currency code, "day" for durations and ages, the base unit of a measure, None for counts
    noun: str | None = None  # the counted thing, lemma ("worker"); from attach_nouns
    noun_text: str | None = None  # the counted thing as written ("striking dock workers")
    noun_start: int | None = None
    noun_end: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def vague(self) -> bool:
        return self.bound == "vague"

    def describe(self) -> str:
        """The amount in plain words, as the source wrote it plus the counted thing when known."""
        if self.noun_text and self.dim == "count" and self.noun_text.lower() not in self.text.lower():
            return f"{self.text} {self.noun_text}"
        return self.text


@cache
def data() -> dict[str, Any]:
    raw: dict[str, Any] = load_json("newsprism.claims", "data/amounts.json")
    return raw


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    d = data()
    nw = _alt([w for w in d["number_words"] if w != "dozen"])
    word_num = rf"(?:(?:a|an|one)\s+(?=hundred|thousand|million|billion|trillion|dozen))?(?:{nw}|dozen)(?:(?:\s+and\s+|[\s-])(?:{nw}|dozen))*"
    digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0]\d{3})+(?![\d,.])|\d+(?:\.\d+)?"
    half = r"half\s+an?\s+(?:million|billion|dozen|trillion)"
    core = rf"(?:(?<![\w.,/:#-])(?:{digits})|\b(?:{half}|{word_num})\b)"
    scale = rf"(?:[^\S\n]*-?[^\S\n]*(?:{_alt([k for k in d['scales']])})\b)"
    gap = int(d["window_gap_words"])
    # a counted plural is a thing counted, not a unit a figure is measured in ("3 metres in two hours")
    units = list(d["time_units"]) + list(d["measure_units"])
    not_plural = _alt(list(d["window_not_plurals"]) + units + [u + "s" for u in units] + [u + "es" for u in units])
    return {
        "core": re.compile(rf"(?P<num>{core})(?P<scale>{scale})?", re.IGNORECASE),
        "vague": re.compile(rf"\b(?:{_alt(list(d['vague']))})\b", re.IGNORECASE),
        "frequency": re.compile(rf"\b(?:{_alt(list(d['frequency']))})\b", re.IGNORECASE),
        "before": re.compile(rf"(?:^|(?<=\W))(?:{_alt(list(d['bounds_before']))})\s+$", re.IGNORECASE),
        # a currency written as letters ("Rs", "USD") is a word of its own: the "rs" ending "covers 11 districts"
        # or "reservoirs 18 percent" is no rupee sign; a sign ("$", "£") may follow letters ("US$", "HK$")
        "cur_before": re.compile(rf"(?:{_alt([w for w in d['currencies_before'] if not w[:1].isalpha()])}|"
                                 rf"(?<![^\W\d_])(?:{_alt([w for w in d['currencies_before'] if w[:1].isalpha()])}))"
                                 r"\s?$", re.IGNORECASE),
        # a word that holds a figure as a length of time ("for", "lasted", "took", "a period of"), right before it
        "dur_governor": re.compile(rf"(?:^|(?<=\W))(?:{_alt(list(d['duration_governors']))})\s+$", re.IGNORECASE),
        # "for" after a word of scheduling names a point ("set for two weeks after the vote")
        "for_point": re.compile(rf"(?:^|(?<=\W))(?:{_alt(list(d['duration_for_points']))})\s+for\s+$",
                                re.IGNORECASE),
        # an ordinal, a word of frequency or a counted plural, then "in" / "within": the figure after it is the
        # window things are counted in ("the third rise in four years", "twice in a decade", "12 strikes in")
        # the named group is what is counted or ranked in the window (window_key)
        "window": re.compile(
            rf"(?:(?:(?:^|(?<=\W))(?:{_alt(list(d['window_ordinal_determiners']))})|'s)\s+(?:[\w-]+\s+)?"
            rf"(?P<rank>(?:{_alt(list(_ordinal_words()) + list(d['window_superlatives']))})(?!\w)|\d+(?:st|nd|rd|th))"
            rf"(?:\s+[\w'-]+){{0,{gap}}}?|"
            rf"(?P<ctr>(?:(?P<times>{core})\s+)?(?:^|(?<=\W))(?:{_alt(list(d['window_counters']))}))"
            rf"(?:\s+[\w'-]+){{0,{gap}}}?|"
            rf"(?P<count>{core})(?:\s+[a-z-]+)?\s+(?!(?:{not_plural})\s)(?P<plural>[a-z-]+s))"
            rf"\s+(?:{_alt(list(d['window_prepositions']))})\s+(?:(?:{_alt(list(d['window_leads']))})\s+)?$",
            re.IGNORECASE),
        # "in the past five weeks": the span looked back over is a window whatever stands before it
        "lookback": re.compile(rf"(?:^|(?<=\W))(?:{_alt(list(d['window_prepositions']))})\s+"
                               rf"(?:{_alt(list(d['window_lookback_leads']))})\s+$", re.IGNORECASE),
    }


def _window_key(m: re.Match[str]) -> str:
    """What a window is the window of, as compared across reports: the rank ("first", "worst"), the count of times
    ("twice", "3 times") or the count and its counted plural ("5 arrest"); figures as values, so "five arrests" and
    "5 arrests" are one count."""
    def fig(x: str) -> str:
        v = _num_value(x)
        return x.lower() if v is None else (str(int(v)) if float(v).is_integer() else str(v))

    if m.group("rank"):
        return m.group("rank").lower()
    if m.group("ctr"):
        ctr = m.group("ctr")[len(m.group("times") or ""):].strip().lower()
        return f"{fig(m.group('times'))} {ctr}" if m.group("times") else ctr
    return f"{fig(m.group('count'))} {m.group('plural').lower().removesuffix('s')}"


def _duration_governed(text: str, left: int) -> bool:
    """Whether the figure starting at ``left`` (its bound word included) is held as a length of time by the words
    right before it: "visible for 12 seconds before it broke up", "lasted about 30 hours before", "took three
    years after the merger", "a period of six months before" stay durations; "three years after the inquiry" and
    "scheduled for two weeks after the vote" are points in time."""
    pats = _patterns()
    window = text[max(0, left - 40) : left]
    return bool(pats["dur_governor"].search(window)) and not pats["for_point"].search(window)


def _word_value(text: str) -> float | None:
    d = data()["number_words"]
    t = text.lower().replace("-", " ").replace(" and ", " ")
    words = t.split()
    if words and words[0] == "half":
        return 0.5 * d[words[-1]] if words[-1] in d else None
    if words and words[0] in ("a", "an"):
        words = ["one"] + words[1:]
    total, current = 0.0, 0.0
    for w in words:
        if w not in d:
            return None
        n = d[w]
        if w == "dozen":
            current = (current or 1) * 12
        elif n == 100:
            current = (current or 1) * 100
        elif n >= 1000:
            total += (current or 1) * n
            current = 0
        else:
            current += n
    return total + current


def _num_value(num: str) -> float | None:
    t = num.replace(",", "").replace(" ", "").replace("\u00a0", "")
    try:
        return float(t)
    except ValueError:
        return _word_value(num)


def _rounding(num: str, value: float, scaled: bool) -> float:
    """Half a unit of the last significant digit of a round figure (capped); 0 for small exact figures."""
    share = data()["rounding_share"]
    digits = num.replace(",", "").replace(" ", "").replace("\u00a0", "")
    if not any(ch.isdigit() for ch in digits):
        return 0.0
    if "." in digits:
        step = 10 ** -len(digits.split(".")[1])
        unit = value / float(digits) if float(digits) else 1.0
        return min(0.5 * step * unit, share * value) if scaled else 0.0
    zeros = len(digits) - len(digits.rstrip("0"))
    if scaled:
        return share * value
    if value < 1000 or zeros < 2:
        return 0.0
    return min(0.5 * 10**zeros, share * value)


def _interval(value: float, bound: str, tol: float) -> tuple[float, float]:
    t = data()["approx_tolerance"]
    return {
        "exact": (value - tol, value + tol),
        "approx": (value * (1 - t), value * (1 + t)),
        "gt": (value, math.inf), "ge": (value, math.inf),
        "lt": (0.0, value), "le": (0.0, value),
        "below": (value * (1 - t), value), "above": (value, value * (1 + t)),
    }[bound]


_RANGE = re.compile(r"^\s*(?:-|–|—|to|and)\s*", re.IGNORECASE)
_TIME = re.compile(r"^\s*(?::\d\d|(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|EST|ET\b|BST|o'clock))", re.IGNORECASE)
_SCORE = re.compile(r"^-\d")
_AGE_AFTER = re.compile(r"^[\s-]*(?:years?|yrs?|months?|weeks?|days?)[\s-]+old\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)\s+$", re.IGNORECASE)
_NAME_AGE = re.compile(r"[A-Z][\w'’.-]+,\s*$")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\s+$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b", re.IGNORECASE)


def _unit_after(rest: str) -> tuple[str, str | None, int, str | None]:
    """(dim, unit, chars used, post-bound) from the text right after a figure."""
    d = data()
    low = rest.lower()
    for w in sorted(d["points_after"], key=len, reverse=True):
        m = re.match(rf"\s*{re.escape(w)}\b", low)
        if m and w.startswith("percentage"):
            return "points", None, m.end(), None
    for w in sorted(d["percent_after"], key=len, reverse=True):
        m = re.match(r"\s?%" if w == "%" else rf"\s*-?{re.escape(w)}\b", low)
        if m:
            return "percent", None, m.end(), None
    for w, code in d["currencies_after"].items():
        m = re.match(rf"\s+{re.escape(w)}\b", low)
        if m:
            return "money", code, m.end(), None
    units = "|".join(d["time_units"]) + "|centuries"
    m = re.match(rf"[\s-]+(?:{units})s?\b", low)
    if m:
        word = re.sub(r"[\s-]", "", m.group(0))
        word = "century" if word.startswith("centur") else word.rstrip("s") if word != "s" else word
        return "duration", word, m.end(), None
    m = _measure_re().match(low)
    if m:  # "30 feet or more": a bound after the unit bounds the measure
        post = _bound_after(low[m.end() :])
        return "measure", _measure_key(m.group("unit")), m.end() + (post[1] if post else 0), post[0] if post else None
    post = _bound_after(low)
    return ("count", None, post[1], post[0]) if post else ("count", None, 0, None)


def _bound_after(low: str) -> tuple[str, int] | None:
    """(bound, chars used) of a bound word right after a figure ("or more", "plus"), lower case."""
    for w, kind in sorted(data()["bounds_after"].items(), key=lambda kv: -len(kv[0])):
        m = re.match(rf"\s*{re.escape(w)}\b" if w[0].isalpha() else re.escape(w) + r"\b", low)
        if m:
            return kind, m.end()
    return None


@cache
def _measure_re() -> re.Pattern[str]:
    """A unit of measure right after a figure ("-kilometre", " tonnes", " square miles"), with an adjective joined
    to it ("-metre-deep", " metres high"), lower case."""
    d = data()
    units = _alt(list(d["measure_units"]))
    aspects = _alt(d["measure_aspects"])
    glued = _alt(data()["measure_units_glued"])  # "200ft", "600m": an abbreviation may follow the figure directly
    return re.compile(rf"(?:[\s-]+|(?=(?:{glued})\b))(?P<unit>(?:{units})(?:es|s)?)\b(?:[\s-]+(?:{aspects})\b)?")


def _measure_key(written: str) -> str:
    """The ``measure_units`` key of a unit as written ("kilometres" -> "kilometre", "feet" -> "feet")."""
    units = data()["measure_units"]
    for cut in (0, 1, 2):
        key = written[: len(written) - cut] if cut else written
        if key in units:
            return key
    return written


def _measure_tolerance(num: str, factor: float) -> float:
    """Half a step of the last digit a measure is written with, in base units ("2.4 km": 50 metres; "850 metres":
    5 metres; "1,500 metres": 50 metres), capped at ``rounding_share`` of it: one measure written in two units
    ("1.5 kilometres" / "1,500 metres") is the same value."""
    digits = num.replace(",", "").replace(" ", "").replace("\u00a0", "")
    if not any(ch.isdigit() for ch in digits):
        return 0.0
    if "." in digits:
        step = 10.0 ** -len(digits.split(".")[1])
    else:
        step = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    value = float(digits) if digits.replace(".", "").isdigit() else 0.0
    return min(0.5 * step, data()["rounding_share"] * value) * factor


def _is_identifier(text: str, start: int) -> bool:
    before = text[max(0, start - 20) : start]
    m = re.search(r"([A-Za-z.]+)\s*$", before)
    if not m:
        return before.rstrip().endswith("#")
    word = m.group(1)
    ids = set(data()["identifier_nouns"])
    return word[:1].isupper() and word.lower() in ids


def _is_year(num: str, value: float, rest: str, scaled: bool) -> bool:
    if scaled or not re.fullmatch(r"\d{4}", num):
        return False
    if not 1000 <= value <= 2100:
        return False
    # "2000 people" is a count; "in 2019" or "2019 election" is a year.
    nxt = re.match(r"\s+([a-z]+)", rest)
    return not (nxt and nxt.group(1).endswith("s") and value not in range(1900, 2101))


def _scale_key(matched: str) -> str:
    """The scale word as ``data()["scales"]`` names it: the match may start with any whitespace (a line break
    too) and a hyphen ("12-million", "12\nk")."""
    return matched.strip().lstrip("-").strip().lower()


# "600m", "610 m": metres or million. Million with a currency ("$5m", "£1.2m") or before what it counts ("3m
# people", "2m of them"); metres otherwise ("fell 600m down the face", "a 610 m drop", at the sentence's end)
METRE_OR_MILLION = frozenset({"m"})
_COUNTED_NEXT = re.compile(r"^[^\S\n]*(?:of|people|men|women|children|[a-z]{2,}s)\b", re.IGNORECASE)


def _metres_not_million(text: str, m: re.Match[str]) -> bool:
    """Whether a figure's "m" is metres, not million (:data:`METRE_OR_MILLION`)."""
    if _scale_key(m.group("scale")) not in METRE_OR_MILLION:
        return False
    if _patterns()["cur_before"].search(text[max(0, m.start() - 4) : m.start()]):
        return False
    rest = text[m.end() :]
    if _COUNTED_NEXT.match(rest) or any(re.match(rf"\s+{re.escape(w)}\b", rest.lower())
                                         for w in data()["currencies_after"]):
        return False
    return True


@cache
def _period_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a period after a figure and the words of its counted thing, a period adjective before the figure)."""
    d = data()
    stop = "|".join(re.escape(w) for w in d["rate_period_gap_stop"])
    word = rf"(?!(?:{stop})\b)[a-z][\w'’-]*\s+"
    # the counted thing's own "of" complement may stand between ("1,500 units of blood a day", "40 tonnes of grain
    # a month"): its words are the counted thing's, not another phrase's (round 56, `rate_period_of_words`)
    of_words = int(d["rate_period_of_words"])
    of = rf"(?:of\s+(?:{word}){{1,{of_words}}})?" if of_words else ""
    gap = rf"(?:{word}){{0,{int(d['rate_period_gap_words'])}}}{of}"
    relative = rf"(?!\s+(?!(?:{_alt(d['rate_period_not_relative'])})\b)(?:{_alt(d['relative_after'])})\b)"
    after = re.compile(rf"\s*{gap}(?P<p>{_alt(list(d['rate_periods_after']))})\b{relative}", re.IGNORECASE)
    before = re.compile(rf"\b(?P<p>{_alt(list(d['rate_periods_before']))})\s+(?:(?:[a-z][\w'’-]*\s+){{0,2}}of\s+)?$",
                        re.IGNORECASE)
    return after, before


def rate_period(text: str, start: int, end: int) -> str | None:
    """The period the figure at ``text[start:end]`` is given per, when the text says one: "1,200 lurs a month",
    "$15 an hour", "2.8 billion a year", "an annual pension of 14,400 lurs" ("month", "hour", "year"). A rate's
    period is part of its quantity: 14,400 a year and 1,200 a month are one pension, not two figures of it."""
    d = data()
    after, before = _period_patterns()
    if m := after.match(text, end):
        return str(d["rate_periods_after"][re.sub(r"\s+", " ", m.group("p").lower())])
    if m := before.search(text[max(0, start - 40) : start]):
        return str(d["rate_periods_before"][m.group("p").lower()])
    return None


def find_amounts(text: str) -> list[Amount]:
    """Every amount in ``text`` (a sentence), left to right, with offsets into ``text``."""
    d = data()
    pats = _patterns()
    out: list[Amount] = []
    taken: list[tuple[int, int]] = []
    matches = list(pats["core"].finditer(text))
    i = 0
    while i < len(matches):
        m = matches[i]
        i += 1
        num, start, end = m.group("num"), m.start(), m.end()
        if not num.strip() or any(a <= start < b for a, b in taken):
            continue
        scaled = bool(m.group("scale"))
        if scaled and _metres_not_million(text, m):
            scaled, end = False, m.end("num")  # "fell 600m", "a 610 m drop": the unit reads it below
        base = _num_value(num)
        if base is None:
            continue
        value = base
        if scaled:
            s = _scale_key(m.group("scale"))
            value = base * d["scales"][s]
        if not math.isfinite(value * 1.1):
            continue  # "9" * 400 overflows; JSON has no infinity
        rest = text[end:]
        if _TIME.match(rest) or _SCORE.match(rest) or rest[:1] in ("/",) or _is_identifier(text, start):
            continue
        if re.match(r"^-?(?:st|nd|rd|th)\b", rest) or _MONTH_AFTER.match(rest) or \
                _MONTH_BEFORE.search(text[max(0, start - 12) : start]):
            continue
        if _is_year(num, value, rest, scaled):
            continue
        # A range: "between 300 and 600", "40-50", "3 to 5 years".
        range_high: float | None = None
        rm = _RANGE.match(rest)
        if rm and i < len(matches) and matches[i].start() == end + rm.end():
            nxt = matches[i]
            v2 = _num_value(nxt.group("num"))
            if v2 is not None:
                if nxt.group("scale"):
                    v2 *= d["scales"][_scale_key(nxt.group("scale"))]
                elif scaled:
                    v2 *= d["scales"][_scale_key(m.group("scale"))]
                    value = base * d["scales"][_scale_key(m.group("scale"))]
                if v2 > value:
                    range_high, end = v2, nxt.end()
                    rest = text[end:]
                    i += 1
        dim, unit, used, post = _unit_after(rest)
        end += used
        # Left context: a bound word and a currency sign.
        left = start
        window = text[max(0, start - 8) : start]  # room for the word before a currency code
        cur = pats["cur_before"].search(window)
        if cur:
            dim, unit = "money", d["currencies_before"][cur.group(0).strip().lower()]
            left = start - len(window) + cur.start()
        bound = "exact"
        bm = pats["before"].search(text[max(0, left - 30) : left])
        if bm:
            bound = d["bounds_before"][bm.group(0).strip().lower()]
            left = left - len(text[max(0, left - 30) : left]) + bm.start()
        lead = re.search(r"\b(?:between|from)\s+$", text[max(0, left - 10) : left], re.IGNORECASE)
        if lead and range_high is not None:
            left -= len(lead.group(0))
        if post:
            bound = post
        # Durations and ages.
        counted_in: str | None = None  # what a window is the window of ("third", "5 arrest")
        if dim == "duration":
            if _AGE_AFTER.match(text[m.end() :]) or re.match(r"[\s-]+old\b", text[end:], re.I):
                dim = "age"
                om = re.match(r"[\s-]+old\b", text[end:], re.I)
                end += om.end() if om else 0
            elif rel := [w for w in d["relative_after"] if re.match(rf"\s+{re.escape(w)}\b", text[end:], re.I)]:
                # "three years ago", "three years after the inquiry": a point in time, not an amount; a length of
                # time held by "for" / "lasted" / "took" stays one when "before" / "after" follows
                if not (set(rel) <= set(d["relative_governed_kept"]) and _duration_governed(text, left)):
                    continue
            if wm := pats["window"].search(text[max(0, left - 80) : left]):
                # "the third rise in four years": the window rises are counted in, no length of anything; kept as a
                # window of its own, compared only with a window of the same count or rank (comparable)
                counted_in = _window_key(wm)
            elif pats["lookback"].search(text[max(0, left - 30) : left]):
                counted_in = UNANCHORED_WINDOW  # "In the past five weeks, there have been 21 cases"
            factor = d["time_units"][unit] if unit in d["time_units"] else 1.0
            value, base_unit = value * factor, "day"
            if range_high is not None:
                range_high *= factor
            unit = base_unit
        elif dim == "count" and (_AGE_BEFORE.search(text[max(0, left - 8) : left])
                                 or (_NAME_AGE.search(text[max(0, left - 30) : left])
                                     and re.match(r"\s*,", text[end:]) and value < 120 and "." not in num)):
            dim, unit = "age", "day"
            value *= 365.25
        measure_factor = 1.0
        if dim == "measure":  # to the base unit: "2.4-kilometre" is 2,400 metres
            unit, measure_factor = data()["measure_units"][unit]
            value *= measure_factor
            if range_high is not None:
                range_high *= measure_factor
        if range_high is not None:
            low, high, bnd = value, range_high, "range"
        else:
            tol = _rounding(num, value, scaled) if dim != "percent" else (0.5 if "." not in num else 0.05)
            if dim == "duration":
                tol = 0.02 * value
            if dim == "age":
                tol = 0.0  # an age is a whole number of years: "31-year-old" and "32" are two ages, never one
            if dim == "measure":
                tol = _measure_tolerance(num, measure_factor) if not scaled else tol
            low, high = _interval(value, bound, tol)
            bnd = bound
        amount = Amount(start=left, end=end, text=text[left:end], value=value if bnd != "range" else None,
                        low=low, high=high, bound=bnd, dim=dim, unit=unit)  # type: ignore[arg-type]
        if per := rate_period(text, left, end):
            amount.extra["per"] = per
        if counted_in:
            amount.extra["window"] = counted_in
        out.append(amount)
        taken.append((left, end))
    for m in pats["vague"].finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        lo, hi = d["vague"][m.group(0).lower()]
        out.append(Amount(start=m.start(), end=m.end(), text=m.group(0), value=None, low=float(lo),
                          high=math.inf if hi is None else float(hi), bound="vague", dim="count"))
    for m in pats["frequency"].finditer(text):
        # how often: "twice", "repeatedly", "on several occasions" count times of one happening; a vague word
        # or figure inside the phrase ("several") is the same amount, read once
        out = [a for a in out if not (m.start() <= a.start and a.end <= m.end())]
        if any(a.start < m.end() and m.start() < a.end for a in out):
            continue
        lo, hi = d["frequency"][m.group(0).lower()]
        exact = hi is not None and lo == hi
        out.append(Amount(start=m.start(), end=m.end(), text=m.group(0), value=float(lo) if exact else None,
                          low=float(lo), high=math.inf if hi is None else float(hi),
                          bound="exact" if exact else "vague", dim="count", noun=d["frequency_noun"],
                          extra={"frequency": True}))
    out += _elapsed(text, [(a.start, a.end) for a in out])
    out += _tallies(text)
    out.sort(key=lambda a: a.start)
    mark_wholes(text, 0, out)
    return out


@cache
def _tally_number() -> str:
    """A count of votes as a tally tells it: digits (with thousands commas, not part of a decimal, date or code) or
    number words ("three", "twenty-one"); shared by the tally forms and the abstentions after them."""
    nw = _alt([w for w in data()["number_words"] if w != "dozen"])
    return rf"(?:(?<![\w.,/:#-])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\d.,]\d)|\b(?:{nw})(?:[\s-](?:{nw}))*\b)"


@cache
def _tally_patterns() -> list[re.Pattern[str]]:
    """The three forms of a vote tally (``data/amounts.json`` ``tally``), each with groups ``f`` (for) and ``a``."""
    t = data()["tally"]
    num = _tally_number()
    gap = rf"(?:[^\W\d]+\s+){{0,{int(t['between_words'])}}}"
    return [
        re.compile(rf"(?P<f>{num})\s+(?:{_alt(t['nouns'])})\s+(?:{_alt(t['joiners'])})\s+(?P<a>{num})(?![\w-])",
                   re.IGNORECASE),
        re.compile(rf"\b(?:{_alt(t['verbs'])})\s+(?:by\s+)?(?P<f>\d+)\s*[-\u2013\u2014]\s*(?P<a>\d+)(?![\w-])",
                   re.IGNORECASE),
        re.compile(rf"(?P<f>{num})\s+{gap}(?:{_alt(t['for_words'])})\s*,?\s+(?:and\s+|with\s+)?(?P<a>{num})\s+"
                   rf"{gap}(?:{_alt(t['against_words'])})\b", re.IGNORECASE),
        # a vote verb and a bare tally joined by "to" or told in words ("passed 91 to 69", "split three to two"):
        # read only with the checks of _bare_tally_ok (the last forms, so the forms above take their matches first)
        re.compile(rf"\b(?:{_alt(t['verbs'] + t['bare_verbs'])})\s+(?:by\s+)?(?P<f>{num})"
                   rf"(?:\s+to\s+|\s*[-\u2013\u2014]\s*)(?P<a>{num})(?![\w-])", re.IGNORECASE),
        # a bare score before a vote noun ("in a 61-38 vote")
        re.compile(rf"(?<![\w.,/:#-])(?P<f>\d+)\s*[-\u2013\u2014]\s*(?P<a>\d+)\s+(?:{_alt(t['score_nouns'])})\b",
                   re.IGNORECASE),
        # a vote verb, its object and a bare tally ("adopted the reform 212 to 88", "endorsed it 31-12"): read only
        # when the words between are a plain object (_tally_object_ok) and with the checks of _bare_tally_ok
        re.compile(rf"\b(?:{_alt(t['verbs'])})\s+(?P<obj>(?:[^\W\d][\w'\u2019]*\s+){{1,{int(t['object_words'])}}})"
                   rf"(?:by\s+)?(?P<f>{num})(?:\s+to\s+|\s*[-\u2013\u2014]\s*)(?P<a>\d+(?![\d.,]\d)|{num})(?![\w-])",
                   re.IGNORECASE),
    ]


BARE_TALLY_FORMS = 3  # the last forms of _tally_patterns, read only with the checks of _bare_tally_ok


def _tally_object_ok(obj: str) -> bool:
    """Whether the words between a vote verb and a bare tally are the verb's object and nothing else ("the bill",
    "it", "the city's parking levy"): no word that opens a phrase or clause of its own ("the manager after the
    team won 3-1", "the plan for 10 to 12 towers") and no last word that still wants its noun ("the 2024-25
    budget": the figures are inside the object, not after it). Words of ``tally.object_stop_words`` and
    ``tally.object_open_words``; round 29, issue 11."""
    t = data()["tally"]
    words = [w.lower().replace("\u2019", "'") for w in obj.split()]
    if set(words) & set(t["object_stop_words"]) or set(words) & set(data()["number_words"]):
        return False
    return bool(words) and words[-1] not in set(t["object_open_words"]) and not words[-1].endswith("'s")


@cache
def _vote_context() -> re.Pattern[str]:
    """A word of voting or a body that votes (``tally.vote_context``), as a whole word."""
    return re.compile(rf"\b(?:{_alt(data()['tally']['vote_context'])})\b", re.IGNORECASE)


@cache
def _abstentions() -> re.Pattern[str]:
    """Abstentions told after a tally: "with 12 abstentions", "three members abstained"."""
    t = data()["tally"]
    return re.compile(rf"(?P<n>{_tally_number()})\s+(?:[^\W\d]+\s+){{0,{int(t['abstain_gap_words'])}}}"
                      rf"(?:{_alt(t['abstain_words'])})\b", re.IGNORECASE)


def _bare_tally_ok(sentence: str, f: float, a: float) -> bool:
    """Whether a bare figure pair after a vote verb ("passed 91 to 69") is a tally: its first figure is not the
    smaller (a range rises: "approved 10 to 20 new posts"; a tally names the winning side first) and its sentence
    holds a word of voting or a body that votes ("split 60-40" of profits is no vote)."""
    return f >= a and _vote_context().search(sentence) is not None


TALLY_CONTEXT_CHARS = 200  # more than the few words read on either side of a tally
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


@cache
def _losing_side_first() -> re.Pattern[str]:
    """The verbs of rejecting (``tally.losing_first_verbs``) near which a tally names the losing side first."""
    return re.compile(rf"\b(?:{_alt(data()['tally']['losing_first_verbs'])})\b", re.IGNORECASE)


def _tallies(text: str) -> list[Amount]:
    """The share a vote tally implies, as a percentage of for / (for + against): "passed by 412 votes to 287" is
    58.9 percent (``extra["tally"]`` holds the two figures). Abstentions are in neither side; a bare score after
    no vote verb ("won 3-1") is no tally."""
    t = data()["tally"]
    tol = float(t["share_tolerance"])
    losing_first = _losing_side_first()
    out: list[Amount] = []
    patterns = _tally_patterns()
    for n_pat, pat in enumerate(patterns):
        bare = n_pat >= len(patterns) - BARE_TALLY_FORMS
        for m in pat.finditer(text):
            f, a = _num_value(m.group("f")), _num_value(m.group("a"))
            if f is None or a is None or f + a <= 0 or any(x.start < m.end() and m.start() < x.end for x in out):
                continue
            # the words just before the tally in its own sentence, and just after it
            clause = _SENTENCE_END.split(text[max(0, m.start() - TALLY_CONTEXT_CHARS) : m.start()])[-1]
            rest = _SENTENCE_END.split(text[m.end() : m.end() + TALLY_CONTEXT_CHARS])[0]
            if bare and not _bare_tally_ok(clause + m.group(0) + rest, f, a):
                continue
            if "obj" in pat.groupindex and not _tally_object_ok(m.group("obj")):
                continue
            before = " ".join(clause.split()[-int(t["losing_first_words"]) :])
            after = " ".join(text[m.end() : m.end() + TALLY_CONTEXT_CHARS].split()[: int(t["losing_after_words"])])
            if losing_first.search(before) or losing_first.search(after):
                continue  # "rejected by 412 votes to 287", "voted 61-39 to reject": a share against (data file)
            share = 100.0 * f / (f + a)
            extra: dict[str, Any] = {"tally": [f, a]}
            abst = _abstentions().search(rest)
            if abst is not None and (n := _num_value(abst.group("n"))) is not None:
                extra["abstain"] = n
            # a bare tally's span is its figures, not the verb before them nor the noun after them
            start, end = (m.start("f"), m.end("a")) if bare else (m.start(), m.end())
            out.append(Amount(start=start, end=end, text=text[start:end], value=round(share, 1),
                              low=share - tol, high=share + tol, bound="exact", dim="percent", extra=extra))
    return out


# "the fire, now in its ninth day", "the strike entered its third week": a length of time told as an ordinal
_ELAPSED = re.compile(r"\b(?:in|into|entered|entering|enters)\s+(?:its|their|the)\s+(?P<ord>[a-z]+|\d+(?:st|nd|rd|th))"
                      r"\s+(?P<unit>day|week|month|year)\b", re.IGNORECASE)


@cache
def ordinal_words() -> dict[str, int]:
    """The ordinal words of the slots' data ("first" -> 1), as the window pattern reads them."""
    return _ordinal_words()


def _ordinal_words() -> dict[str, int]:
    words: dict[str, int] = load_json("newsprism.claims", "data/slots.json")["ordinals"]
    return words


def _elapsed(text: str, taken: list[tuple[int, int]]) -> list[Amount]:
    """Lengths of time told as the ordinal of the running unit ("now in its ninth day": more than eight days and
    at most nine), so that they compare with a length told as a figure ("after burning for five days")."""
    out: list[Amount] = []
    for m in _ELAPSED.finditer(text):
        written = m.group("ord").lower()
        n = _ordinal_words().get(written) or (int(written[:-2]) if written[:-2].isdigit() else None)
        if not n or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        factor = float(data()["time_units"][m.group("unit").lower()])
        start = m.start("ord") - len("its ") if text[: m.start("ord")].lower().endswith("its ") else m.start("ord")
        out.append(Amount(start=start, end=m.end(), text=text[start : m.end()], value=None, low=(n - 1) * factor,
                          high=n * factor, bound="range", dim="duration", unit="day"))
    return out


# "seven of its nine carriages", "three out of the five judges": the second figure is the whole the first is a part of
_PARTITIVE = re.compile(r"^\s+(?:out\s+)?of\s+(?:(?:its|their|the|his|her|our|these|those|all)\s+)?$", re.IGNORECASE)


def _figure_span(text: str, base: int, a: Amount) -> tuple[int, int]:
    """Where the figure as written lies in ``text`` (offset ``base``): a stored amount's span may hold its counted
    thing too ("at least seven of its nine carriages")."""
    lo, hi = a.start - base, a.end - base
    at = text.find(a.text, lo, hi) if a.text else -1
    return (at, at + len(a.text)) if at >= 0 else (lo, hi)


def mark_wholes(text: str, base: int, amounts: list[Amount]) -> None:
    """Mark the whole of a partitive ("seven of its nine carriages": nine is ``extra["whole"]``) among a
    sentence's amounts (``text`` starts at offset ``base``): the whole counts another set than the part and than
    a plain figure of the thing elsewhere ("five carriages came off"), so it is compared only with another whole."""
    spans = sorted(((_figure_span(text, base, a), a) for a in amounts), key=lambda x: x[0])
    for ((_, x_end), x), ((y_start, _), y) in zip(spans, spans[1:], strict=False):
        if x.dim == y.dim == "count" and x_end <= y_start and _PARTITIVE.match(text[x_end:y_start]):
            y.extra["whole"] = True


def relation(a: Amount, b: Amount) -> Relation:
    """How two amounts of the same thing relate: the same figure, compatible (one bound holds the other),
    one vaguer than the other (a vague word against a figure), or in conflict (the intervals do not meet). Two
    vote tallies are compared as tallies: the same counts for and against (and the same abstentions where both
    give them) are the same figure, any other counts a conflict, even when the shares they imply are close."""
    ta, tb = a.extra.get("tally"), b.extra.get("tally")
    if ta and tb:
        ab_a, ab_b = a.extra.get("abstain"), b.extra.get("abstain")
        return "same" if list(ta) == list(tb) and (ab_a is None or ab_b is None or ab_a == ab_b) else "conflict"
    if a.vague != b.vague:
        return "vaguer"
    direction = {"gt": "low", "ge": "low", "above": "low", "lt": "high", "le": "high", "below": "high"}
    if a.value is not None and b.value is not None and direction.get(a.bound, a.bound) == \
            direction.get(b.bound, b.bound) != "exact" and a.bound not in ("approx", "range") and \
            abs(a.value - b.value) > max(1e-9, 0.02 * max(abs(a.value), abs(b.value))):
        return "conflict"  # "up to 20 years" against "up to 25 years": two different limits for one figure
    if a.low <= b.high and b.low <= a.high:
        if a.bound == b.bound and a.value is not None and b.value is not None and \
                abs(a.value - b.value) <= max(1e-9, 1e-6 * abs(a.value)):
            return "same"
        return "compatible"
    return "conflict"


def comparable(a: Amount, b: Amount) -> bool:
    """Whether two amounts measure the same kind of thing (dimension, currency, and the period of a rate when both
    give one: a figure per year is not the same quantity as one per month, so the two are not set side by side)."""
    wa, wb = a.extra.get("window"), b.extra.get("window")
    if a.dim != b.dim or bool(wa) != bool(wb) or (wa != wb and UNANCHORED_WINDOW not in (wa, wb)):
        return False  # a window ("the third rise in four years") is compared only with a window of the same rank
    per_a, per_b = a.extra.get("per"), b.extra.get("per")
    if per_a and per_b and per_a != per_b:
        return False  # "14,400 a year" and "1,200 a month": two quantities, not two figures of one
    if a.dim in ("money", "measure"):
        return a.unit == b.unit
    return True


def fmt_value(a: Amount) -> str:
    """The normalized value in plain words: "1.7e+09 USD", "4000", "about 4000", "fewer than 500", "more
    than 40", "3 to 7", "730 days", "118 to 42 (73.8 %)" (a vote tally)."""
    def n(x: float) -> str:
        return str(int(x)) if float(x).is_integer() else f"{x:.6g}"

    tally = a.extra.get("tally")
    if tally and a.value is not None:  # a vote told as a tally: its counts, then the share they imply
        abstain = a.extra.get("abstain")
        told = f"{n(tally[0])} to {n(tally[1])}" + (f", {n(abstain)} abstaining" if abstain is not None else "")
        return f"{told} ({n(a.value)} %)"
    unit = f" {a.unit}" if a.unit and a.dim == "money" else (" %" if a.dim == "percent" else "")
    if a.dim in ("duration", "age"):
        unit = " days"
    if a.dim == "measure" and a.unit:
        unit = f" {a.unit}s"
    if a.bound in ("exact",) and a.value is not None:
        return n(a.value) + unit
    words = {"approx": "about", "gt": "more than", "above": "more than", "ge": "at least", "lt": "fewer than",
             "le": "at most", "below": "at most"}
    if a.bound in words and a.value is not None:
        return f"{words[a.bound]} {n(a.value)}{unit}"
    if math.isinf(a.high):
        return f"{n(a.low)} or more{unit}"
    return f"{n(a.low)} to {n(a.high)}{unit}"
