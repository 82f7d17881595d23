"""Explicit abuse in a comment, by rule: insults aimed at someone, slurs, dehumanizing language, hateful
exclusion ("go back to where you came from"), threats.

Each finding is a span inside the comment with its kind. The lists are data (``data/insults.json``). The
rules look at *who* a word is said of: "an idiot" counts when predicated of a person or addressed to the reader
("X is an idiot", "you moron"), "vermin" when said of people ("these people are vermin"), a violent verb when a
person is its object ("shoot them") or in a wish or call for violence ("should be hanged"), never when a thing
is ("this tax will kill small shops"). Criticism words (disgrace, corrupt, regime, liar, incompetent) are not in
any list: sharp criticism is stance, not incivility.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsprism.comments.features import find_cues, load_lexicon

LEXICON = "insults.json"
KINDS = ("insult", "slur", "dehumanizing", "hate", "threat")
# "is a/an <insult>", "you <insult>", "<insult>s like him": the insult is predicated of someone.
_AIMED = re.compile(r"\b(?:is|are|was|were|be|being|you|you're|youre|ur|such|what|like|those|these|bunch of|"
                    r"just|nothing but)\s+(?:an?\s+|the\s+|such\s+|total\s+|complete\s+|utter\s+|absolute\s+|"
                    r"bunch\s+of\s+|pack\s+of\s+|lot\s+of\s+|filthy\s+|dirty\s+|disgusting\s+)*$", re.I)
# Insult adjectives count only when nothing or a person follows them ("you are stupid", "stupid people"),
# not before a thing ("a stupid idea").
_ADJECTIVES = frozenset({"stupid", "dumb", "moronic", "brainless", "retarded", "filthy", "braindead", "brain-dead"})
_PERSONS = frozenset({"person", "people", "man", "woman", "men", "women", "guy", "guys", "fool", "fools", "idiot",
                      "idiots", "moron", "morons", "clown", "clowns", "voters", "readers", "lot", "bunch", "kids",
                      "folks", "liberals", "conservatives", "leftists", "democrats", "republicans"})
_WISH = re.compile(r"\b(?:should|must|ought\s+to|need\s+to|needs\s+to|gonna|going\s+to|will|i'?ll|let'?s|"
                   r"i\s+(?:want|hope)\s+to|somebody|someone|just)\s+(?:all\s+)?(?:be\s+)?$", re.I)


@dataclass(frozen=True)
class Abuse:
    start: int  # offsets within the comment
    end: int
    text: str
    kind: str  # one of KINDS


@cache
def _words_re(key: str, plural: bool = False) -> re.Pattern[str]:
    words = sorted(load_lexicon(LEXICON)[key], key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    tail = r"(?:e?s)?" if plural else ""
    return re.compile(rf"(?<![\w'’-])(?:{alt}){tail}(?![\w'’-])", re.I)


def _predicated(text: str, start: int) -> bool:
    before = text[max(0, start - 48) : start]
    return _AIMED.search(before) is not None or re.search(r"\byou\b", text[max(0, start - 14) : start], re.I) is not None


def insults(text: str) -> list[Abuse]:
    hits = []
    for m in find_cues(text, "insults", LEXICON):
        word = m.group().lower()
        if word in _ADJECTIVES:
            nxt = re.match(r"\s+([A-Za-z-]+)", text[m.end() :])
            if nxt and nxt.group(1).lower() not in _PERSONS:
                continue
        if _predicated(text, m.start()) or re.search(r"\byou\b", text[m.end() : m.end() + 12], re.I):
            hits.append(Abuse(m.start(), m.end(), m.group(), "insult"))
    return hits


def phrases(text: str) -> list[Abuse]:
    """Phrases abusive whoever they are said of: "shut up" (insult), "go back to where you came from" (hate)."""
    return [*(Abuse(m.start(), m.end(), m.group(), "insult") for m in find_cues(text, "abusive_phrases", LEXICON)),
            *(Abuse(m.start(), m.end(), m.group(), "hate") for m in find_cues(text, "hate_phrases", LEXICON))]


def slurs(text: str) -> list[Abuse]:
    return [Abuse(m.start(), m.end(), m.group(), "slur") for m in _words_re("slurs", plural=True).finditer(text)]


def dehumanizing(text: str) -> list[Abuse]:
    """A dehumanizing noun said of people: predicated ("they are vermin", "immigrants are a plague"), or
    pointed at ("these animals", "such filth")."""
    hits = []
    literal = {w.lower() for w in load_lexicon(LEXICON)["dehumanizing_said_of_people_only"]}
    for m in _words_re("dehumanizing").finditer(text):
        before = text[max(0, m.start() - 48) : m.start()]
        pointed = re.search(r"\b(?:these|those|such|you)\s+(?:\w+\s+)?$", before, re.I) is not None
        said_of = re.search(r"\b(?:they|they're|theyre|he|she|you|people|[a-z]+s)\s+(?:are|is|were|was)\s+"
                            r"(?:\w+\s+){0,3}$", before, re.I) is not None
        if said_of or (pointed and m.group().lower() not in literal):
            hits.append(Abuse(m.start(), m.end(), m.group(), "dehumanizing"))
    return hits


def threats(text: str) -> list[Abuse]:
    hits = [Abuse(m.start(), m.end(), m.group(), "threat") for m in find_cues(text, "threats", LEXICON)]
    persons = "|".join(re.escape(p) for p in sorted(load_lexicon(LEXICON)["persons"], key=len, reverse=True))
    for m in _words_re("violence_verbs").finditer(text):
        after = text[m.end() : m.end() + 24]
        if re.match(rf"\s+(?:{persons})\b", after, re.I) and (_WISH.search(text[max(0, m.start() - 30) : m.start()])
                                                             or m.start() == 0 or text[m.start() - 2 : m.start()]
                                                             in (". ", "! ")):
            hits.append(Abuse(m.start(), m.end(), m.group(), "threat"))
    return sorted(set(hits), key=lambda a: a.start)


def find_abuse(text: str) -> list[Abuse]:
    """Every explicit-abuse finding in a comment, in text order; of overlapping findings the longest is kept."""
    found = sorted([*insults(text), *phrases(text), *slurs(text), *dehumanizing(text), *threats(text)],
                   key=lambda a: (a.start, -(a.end - a.start)))
    out: list[Abuse] = []
    for a in found:
        if not out or a.start >= out[-1].end:
            out.append(a)
    return out
