"""When and where an event happens, as its own clause says: the resolved date of the trigger's clause
(``event_date``) and the place of a locative phrase of that clause (``event_place``). A date or place elsewhere in
the sentence belongs to another phrase (another clause, a noun it modifies, where a person is from, a dateline), and
is not taken: no date or place rather than a guess."""

from __future__ import annotations

import re
from typing import Any

from newsprism.events.participants import PLACES, TIME_ENTS
from newsprism.model import Document

LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside"})
TIME_FRAME_PREPS = frozenset({"in", "during", "at", "on", "before", "after", "until", "amid", "throughout", "ahead"})


def _time_frame(noun: Any, tok: Any, scope: Any) -> bool:
    """A noun that frames the trigger in time: the object of a temporal or locative preposition that hangs off
    the trigger ("endorsed her in the 2008 primaries", "pushed back in interviews on Sunday")."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.text.lower() in TIME_FRAME_PREPS and prep.head.i in (tok.i, scope.i)


def _date_attached(d: Any, tok: Any, scope: Any, unit: Any, para_offset: int) -> bool:
    """Whether a date phrase tells the time of the trigger's own clause: the phrase's head word hangs off the
    trigger (or the verb that governs a trigger noun) directly, or through prepositions and adverbs only ("on
    Monday", "earlier this year", "the 2019 vote"). A date inside another clause or modifying another noun is
    that one's ("compared the plan to the 2019 decision", "worked for him in the 1990s", "in preparation for a
    2027 run")."""
    inside = [t for t in unit.span if d.start <= para_offset + t.idx < d.end]
    roots = [t for t in inside if not (d.start <= para_offset + t.head.idx < d.end) or t.head.i == t.i]
    if not roots:
        return False
    cur = roots[0]
    for _ in range(8):
        if cur.i in (tok.i, scope.i):
            return True
        if cur.head.i == cur.i:
            return False
        if cur.i != roots[0].i and cur.pos_ not in ("ADP", "ADV") and not (d.start <= para_offset + cur.idx < d.end) \
                and cur.ent_type_ not in TIME_ENTS and not _time_frame(cur, tok, scope):
            return False
        cur = cur.head
    return False


def event_date(tok: Any, unit: Any, doc: Document) -> str | None:
    """The resolved date that the trigger's own clause gives (``_date_attached``: hanging off the trigger, or
    off its governing verb when the trigger is a noun), nearest first; "since 1999" is a reference point, not
    the event's date."""
    para_offset = unit.start - unit.span.start_char
    scope = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") else tok
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.text.lower() in TIME_FRAME_PREPS \
            and tok.head.head.pos_ == "VERB":
        scope = tok.head.head  # "said in a speech Thursday night": the speech's time is the saying's
    lo = para_offset + scope.left_edge.idx
    hi = para_offset + scope.right_edge.idx + len(scope.right_edge.text)
    at = para_offset + tok.idx
    best = None
    for d in doc.dates:
        if not d.iso or d.granularity == "duration" or not (lo <= d.start and d.end <= hi):
            continue
        before = doc.text[max(unit.start, d.start - 40) : d.start].lower()
        if "since " in before[-12:] or not _date_attached(d, tok, scope, unit, para_offset):
            continue
        if best is None or abs(d.start - at) < abs(best.start - at):
            best = d
    if best is None or not best.iso:
        return None
    text = doc.text[best.start:best.end]
    if _WEEKDAY.fullmatch(" ".join(text.split()).strip(" ,.")) and _future_clause(tok):
        return _next_weekday(best.iso, doc.published)
    return _relative_period(_by_tense(best.iso, text, tok, doc.published), text)


# A bare weekday ("on Monday"), which the dates layer places from the article's date and the verb it modifies.
_WEEKDAY = re.compile(r"(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|"
                      r"evening|night))?", re.I)
# Conjunctions of a time clause, where English puts a future in the present tense ("when they meet on Monday").
TIME_CLAUSE_MARKS = frozenset({"when", "after", "before", "until", "once", "till"})


def _future_clause(tok: Any) -> bool:
    """A clause about the future: a future auxiliary, or a present-tense verb in a time clause ("urged him to be
    tough when they meet on Monday")."""
    from newsprism.events.clauses import is_future

    if is_future(tok):
        return True
    return tok.tag_ in ("VBP", "VBZ") and tok.dep_ == "advcl" and any(
        k.dep_ in ("mark", "advmod") and k.text.lower() in TIME_CLAUSE_MARKS for k in tok.children)


def _next_weekday(iso: str, published: str | None) -> str:
    """The weekday of ``iso`` on or after the article's date: a future clause's "Monday" is the coming one."""
    from datetime import date, timedelta

    if not published or len(published) < 10 or len(iso) != 10:
        return iso
    try:
        day, pub = date.fromisoformat(iso), date.fromisoformat(published[:10])
    except ValueError:
        return iso
    while day < pub:
        day += timedelta(days=7)
    return day.isoformat()


# "last year", "earlier this month": a period counted from the article's date, told no finer than the period
# (the resolver gives a day in it: "last year" read on 2011-11-20 is not 2010-11-01).
_RELATIVE_PERIOD = re.compile(r"^(?:(?:earlier|later) )?(?:(?:last|this|next|past|previous) )(year|month)$", re.I)


def _relative_period(iso: str, text: str) -> str:
    m = _RELATIVE_PERIOD.match(" ".join(text.split()).strip(" ,."))
    if m is None or len(iso) < 7:
        return iso
    return iso[:4] if m.group(1).lower() == "year" else iso[:7]


def _by_tense(iso: str, text: str, tok: Any, published: str | None) -> str:
    """A date written without a year ("in December"), placed by the tense of the trigger's own clause
    (``nlp.date_resolution.by_tense``; the dates layer already placed it by the verb the date modifies)."""
    from newsprism.events.clauses import is_future, is_past
    from newsprism.nlp.date_resolution import by_tense

    tense = "past" if is_past(tok) else "future" if is_future(tok) else None
    return by_tense(iso, text, published, tense)


def _place_of(noun: Any, para_offset: int, doc: Document) -> str | None:
    """The canonical name of the place entity a noun heads (None for any other noun)."""
    at = para_offset + noun.idx
    ent = next((e for e in doc.entities if e.start <= at < e.end and e.label in PLACES), None)
    return ent.canonical if ent is not None else None


def _prep_objects(tok: Any, preps: frozenset[str]) -> list[Any]:
    """The objects of the prepositions in ``preps`` that hang off ``tok``."""
    return [g for k in tok.children if k.dep_ == "prep" and k.text.lower() in preps
            for g in k.children if g.dep_ == "pobj"]


def event_place(tok: Any, unit: Any, doc: Document) -> str | None:
    """Where the trigger's own clause says the event happens: a place in a locative phrase that hangs off the
    trigger or the verb that governs a trigger noun ("died in Santa Rosa", "a speech in Jakarta", "at an Orlando
    nightclub"), or in the locative phrase of its time frame ("said in a speech in Connecticut"), or a place that
    modifies the trigger noun ("the Benghazi attack", "Syria's war"), nearest first. A place elsewhere in the
    sentence is another phrase's: where a person is from ("Sen. Graham of South Carolina", "R-Ky."), what a
    reference names ("threats in Libya"), a dateline (where the story was filed): no place rather than a guess."""
    para_offset = unit.start - unit.span.start_char
    scope = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") else tok
    found: list[tuple[int, str]] = []
    for k in tok.children:
        if k.dep_ in ("compound", "amod", "poss", "nmod"):
            name = _place_of(k, para_offset, doc)
            if name:
                found.append((abs(k.i - tok.i), name))
    for v in {tok.i: tok, scope.i: scope}.values():
        for obj in _prep_objects(v, LOCATIVE_PREPS | TIME_FRAME_PREPS):
            locative = obj.head.text.lower() in LOCATIVE_PREPS
            # the place itself ("in Santa Rosa"), a place naming the spot ("at a packed Orlando nightclub"), or
            # one level down, where the frame was ("in a speech in Jakarta", "during the meetings in Las Vegas")
            inner = [obj] if locative else []
            inner += [k for k in obj.children if locative and k.dep_ in ("compound", "nmod")]
            inner += _prep_objects(obj, LOCATIVE_PREPS)
            for noun in inner:
                name = _place_of(noun, para_offset, doc)
                if name:
                    found.append((abs(noun.i - tok.i), name))
    return min(found)[1] if found else None


def sentence_place(tok: Any, unit: Any, doc: Document) -> str | None:
    """The place named in the trigger's sentence nearest to it: where the event is when its own clause names
    none, as the sentence puts it. Less sure than ``event_place`` (it may be where a person is from), but the
    story layer reads it as the sentence's concrete detail (an event of its own, a corroborated one)."""
    at = unit.start - unit.span.start_char + tok.idx
    found = [(abs(e.start - at), e.canonical) for e in doc.entities
             if unit.start <= e.start < unit.end and e.label in PLACES]
    return min(found)[1] if found else None
