"""Times of day of one act, set side by side across two reports (round 57, issue 11; switch ``clock_times``).

Real multi-outlet coverage often dates a happening to the hour ("the blaze broke out about 8.40pm" / "it broke out
at around 9pm"), and no slot of the claims layer reads a time of day: a day is a date slot, a clock time is
nothing. Of the hand-listed discrepancies of the real dev draws that no flag set apart (r55 and the ECB+ dev draw),
times of day were the largest kind the comparer never read (round 57's table in benchmarks/story.md).

A time is read from the sentence text by its written form: a 12-hour time with its "a.m." / "p.m." ("9pm", "8.40
p.m.", "1:30 a.m"), or a 24-hour time written as 24-hour clocks are ("16:15", "07:00": a leading zero or an hour
past 12). A bare "7:41" is left alone: it may be a game clock, a score or a ratio. A time that is a bound ("after 2
a.m.", "by 9pm", "until 06:00"), one end of a span ("between 2 and 3 a.m.", "from 9pm to midnight") or a game clock
("with 14:05 left", "7:41 to go") is no time of a happening and is not read.

Two times are set side by side only when they date ONE ACT: the verb each time hangs from in the parse is one verb
(with its particle: "broke out" is not "broke") or two verbs WordNet reads as one act (``compare._act_kin``), each
report gives that act one time of day, the two sentences give no two different days, and they are not wholly unlike
(``min_sentence``). That is the same-happening evidence the story's own text gives, whatever the rest of the two
sentences says; the sentence cosine is not asked to carry it. The value test: two exact times differ when their
minutes differ; an approximate time ("about", "around", "shortly after") covers ``approx_minutes`` either side, and
a time on a quarter hour ``round_minutes`` (it may round the other report's minute).

Only disagreements are findings (two reports that give one time agree on nothing the reader needs told), and a
disagreement is a new kind of candidate: its confidence is the learned same-happening probability of the two
sentences, capped at ``confidence`` (below the 0.5 bar: behind "show more" until measured right on real text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsprism.claims.slots import verb_key
from newsprism.story.compare import (
    Finding,
    Source,
    _act_kin,
    _side,
    dates_differ,
    parsed_sentence,
    same_happening,
    settings,
)

__all__ = ["ClockTime", "clock_findings", "clock_times"]


@dataclass(frozen=True)
class ClockTime:
    """A time of day read in one sentence: minutes after midnight, whether it is approximate, the act it dates."""

    start: int  # offsets into the report's text
    end: int
    text: str
    minutes: int
    approximate: bool
    act: str | None  # the key (claims.slots.verb_key) of the verb the time hangs from, with its particle ("break out"); None: no verb


# the closing dot is the abbreviation's only in "a.m." / "p.m."; after "pm" it ends the sentence, no part of the time
_TWELVE = re.compile(r"(?<![\w:.,$£€])(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s?([ap])(?:\.\s?m\b\.?|\s?m\b)", re.IGNORECASE)
_TWENTY_FOUR = re.compile(r"(?<![\w:.,$£€])(0\d|1[3-9]|2[0-3])[:h]([0-5]\d)(?![\w:.]?\d)")
_WORD = re.compile(r"[a-z]+")


def _cfg() -> dict[str, Any]:
    out: dict[str, Any] = settings()["clock_times"]
    return out


def _words_before(text: str, at: int, n: int) -> list[str]:
    return _WORD.findall(text[max(0, at - 40) : at].lower())[-n:]


def _words_after(text: str, at: int, n: int) -> list[str]:
    return _WORD.findall(text[at : at + 30].lower())[:n]


def _read(text: str) -> list[tuple[int, int, int, bool]]:
    """(start, end, minutes, approximate) of each time of a happening in a sentence's text."""
    cfg = _cfg()
    found: list[tuple[int, int, int]] = []
    for m in _TWELVE.finditer(text):
        hour, minute = int(m.group(1)) % 12, int(m.group(2) or 0)
        found.append((m.start(), m.end(), (hour + (12 if m.group(3).lower() == "p" else 0)) * 60 + minute))
    for m in _TWENTY_FOUR.finditer(text):
        if not any(s <= m.start() < e for s, e, _ in found):
            found.append((m.start(), m.end(), int(m.group(1)) * 60 + int(m.group(2))))
    out: list[tuple[int, int, int, bool]] = []
    bounds, approx, clock_ends, span_ends = (frozenset(cfg[k]) for k in ("bound_words", "approx_words",
                                                                          "game_clock_words", "span_end_words"))
    for start, end, minutes in sorted(found):
        before = _words_before(text, start, 2)
        after = _words_after(text, end, 2)
        if any(0 <= other[0] - end <= 8 or 0 <= start - other[1] <= 8 for other in found) \
                or "between" in _words_before(text, start, 4):
            continue  # "between 2 and 3 a.m.", "9pm-11pm": one end of a span
        if before and before[-1] in bounds and not (len(before) == 2 and before[0] in approx):
            continue  # "after 2 a.m." is a bound; "shortly after 2 a.m." is about 2 a.m.
        if (after and after[0] in clock_ends) or (before and before[-1] == "with"):
            continue  # "with 14:05 left", "7:41 to go": a game clock, no time of day
        if after and after[0] in span_ends:
            continue  # "9pm to 11pm", "07:00 until noon": the start of a span
        out.append((start, end, minutes, bool(set(before) & approx)))
    return out


def _act(doc: Any, at: int) -> str | None:
    """The verb the token at character ``at`` hangs from (its key and particle), within a few heads."""
    tok = next((t for t in doc if t.idx <= at < t.idx + len(t.text)), None)
    for _ in range(6):
        if tok is None:
            return None
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "aux":
            prt = [c.text.lower() for c in tok.children if c.dep_ == "prt"]
            return " ".join([verb_key(tok.text), *prt])  # the pipeline has no lemmatizer
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def clock_times(src: Source, k: int) -> list[ClockTime]:
    """The times of day of sentence ``k`` of a report, each with the act it dates (read once per sentence)."""
    s = src.sentences[k]
    cache = src.clock_times
    if k in cache:
        return list(cache[k])
    read = _read(s.text)
    doc = parsed_sentence(s.text) if read else None
    cache[k] = [ClockTime(s.start + a, s.start + b, s.text[a:b], minutes, approx,
                          _act(doc, a) if doc is not None else None) for a, b, minutes, approx in read]
    return list(cache[k])


def _differ(a: ClockTime, b: ClockTime) -> bool:
    """Whether two times cannot be one: an approximate time covers ``approx_minutes`` either side, and a time on a
    quarter hour written as exact ("at 3:30 a.m.") may round the minute another report gives ("3:33 a.m."), as a
    round figure may round a count: it covers ``round_minutes`` either side."""
    cfg = _cfg()
    if a.approximate or b.approximate:
        slack = int(cfg["approx_minutes"])
    elif a.minutes % 15 == 0 or b.minutes % 15 == 0:
        slack = int(cfg["round_minutes"])
    else:
        slack = 0
    gap = abs(a.minutes - b.minutes)
    return min(gap, 24 * 60 - gap) > slack


def _one_time(src: Source, act: str) -> bool:
    """Whether a report gives the act one time of day (two times of one verb may be two happenings)."""
    values = {t.minutes for k in range(len(src.sentences)) for t in clock_times(src, k) if t.act == act}
    return len(values) == 1


def _fmt(minutes: int) -> str:
    hour, minute = divmod(minutes, 60)
    return f"{hour:02d}:{minute:02d}"


def clock_findings(sa: Source, sb: Source) -> list[Finding]:
    """Conflicts between the times of day two reports give one act (empty with the switch off)."""
    cfg = _cfg()
    if not cfg["enabled"] or not len(sa.sentences) or not len(sb.sentences):
        return []
    la = [(k, t) for k in range(len(sa.sentences)) for t in clock_times(sa, k) if t.act]
    lb = [(k, t) for k in range(len(sb.sentences)) for t in clock_times(sb, k) if t.act]
    out: list[Finding] = []
    for ka, a in la:
        for kb, b in lb:
            assert a.act is not None and b.act is not None
            if not (a.act == b.act or (" " not in a.act + b.act and _act_kin(a.act, b.act))):
                continue
            sim = float(sa.vectors[ka] @ sb.vectors[kb])
            if sim < float(cfg["min_sentence"]) or not _differ(a, b):
                continue
            if not (_one_time(sa, a.act) and _one_time(sb, b.act)):
                continue
            if any(dates_differ(x, y) for x in sa.sentences[ka].dates for y in sb.sentences[kb].dates):
                continue  # two days: two happenings of one verb
            p = same_happening(sa, ka, sb, kb, sim, a.act, b.act, head="no_date")
            feats = {"sentence": sim, "same_p": p, "clock_time": 1.0, "bounded": float(a.approximate or b.approximate)}
            out.append(Finding(kind="conflict", slot="date", detail="time",
                               a=_side(sa, ka, a.start, a.end, _fmt(a.minutes)),
                               b=_side(sb, kb, b.start, b.end, _fmt(b.minutes)), features=feats))
    return out
