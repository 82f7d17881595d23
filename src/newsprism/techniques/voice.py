"""Author voice or attributed words: quoted text and reported speech are not the author's own technique.

A neutral report that quotes critics calling a plan a "sham" is not doing name-calling itself. The cues (quote
pairs, reporting verbs and phrases, first-person subjects) are data in ``data/voice.json``.
"""

from __future__ import annotations

import re
from functools import cache

from newsprism.common.data_files import load_json


def rules() -> dict:
    data: dict = load_json("newsprism.techniques", "data/voice.json")
    return data


@cache
def _cue_re() -> re.Pattern[str]:
    r = rules()
    words = sorted(set(r["report_verbs"]) | set(r["report_phrases"]), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


@cache
def _first_person_re() -> re.Pattern[str]:
    subj = sorted(rules()["author_subjects"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(s) for s in subj) + r")\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def quoted_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks within text[start:end] (one paragraph)."""
    out = []
    seg = text[start:end]
    for open_q, close_q in rules()["quote_pairs"]:
        i = 0
        while True:
            a = seg.find(open_q, i)
            if a < 0:
                break
            # A straight single quote opens only at a word start (not an apostrophe as in "don't").
            if open_q == "'" and a > 0 and seg[a - 1].isalnum():
                i = a + 1
                continue
            b = seg.find(close_q, a + 1)
            if open_q == "'":
                while b > 0 and b + 1 < len(seg) and seg[b + 1].isalnum():
                    b = seg.find(close_q, b + 1)
            if b < 0:
                break
            out.append((start + a + 1, start + b))
            i = b + 1
    return out


def voice_of(text: str, span_start: int, span_end: int, sent_start: int, sent_end: int,
             quotes: list[tuple[int, int]]) -> tuple[str, str]:
    """('author' | 'attributed', reason) for a span inside the sentence [sent_start, sent_end)."""
    mid = (span_start + span_end) / 2
    for a, b in quotes:
        if a <= mid <= b or (span_start >= a - 1 and span_end <= b + 1):
            return "attributed", "inside a quotation"
    window = rules()["window_chars"]
    before = text[max(sent_start, span_start - window) : span_start]
    after = text[span_end : min(sent_end, span_end + window)]
    cues = list(_cue_re().finditer(before))
    if cues:
        cue = cues[-1]
        head = before[: cue.start()]
        if not _first_person_re().search(head):
            return "attributed", f"reported after '{cue.group(0)}'"
    m = _cue_re().search(after)
    if m and after[: m.start()].strip().startswith(",") and not _first_person_re().search(after[: m.start()]):
        return "attributed", f"reported speech (', ... {m.group(0)}')"
    return "author", ""
