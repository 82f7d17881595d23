"""Typed slots to claims and back: the JSON form the story comparison reads.

:func:`slot_claims` turns one sentence's :class:`~newsprism.claims.slots.SentenceSlots` into ``Claim`` records
(amounts, ordinals, titles, dates, the status of each main clause), so a stored analysis carries everything
the cross-source comparison needs. :func:`sentence_slots_of` rebuilds the slots of each sentence from a
Document's claims, so a story can be compared from stored documents without parsing them again.
"""

from __future__ import annotations

import math
import re
from typing import Any

from newsprism.claims.amounts import Amount, mark_wholes
from newsprism.claims.slots import DateSlot, Ordinal, Role, SentenceSlots, Status, data, parse_title, verb_key
from newsprism.events.lexicon import noun_base
from newsprism.model import Claim, DateParts, Document, Quantity, Span, VoteTally

DEFINITE = frozenset({"the", "these", "those", "both", "its", "their", "his", "her", "our", "all"})
AMOUNT_KIND = {"count": "count", "money": "quantity", "age": "quantity", "percent": "percentage",
               "points": "percentage", "duration": "duration", "measure": "quantity"}
LIGHT_VERBS = frozenset(verb_key(v) for v in ("be", "have", "seem", "appear", "become", "remain", "get"))


def _span(doc: Document, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=doc.text[start:end])


def _keep_amount(a: Amount, sent_text: str, base: int) -> bool:
    if a.dim == "count" and a.bound == "exact" and a.value is not None and a.value <= 1:
        return False  # "one of them" is not a checkable count
    before = sent_text[: a.start - base].split()
    if a.dim == "count" and before and before[-1].lower() in DEFINITE and a.value is not None and a.value <= 3:
        return False  # "the two leaders" names known participants
    return True


def _vote_tally(a: Amount) -> VoteTally | None:
    """The counts of a share read from a vote tally (``Amount.extra["tally"]``, ``["abstain"]``), for the claim."""
    t = a.extra.get("tally")
    if not t:
        return None
    return VoteTally(votes_for=float(t[0]), votes_against=float(t[1]), abstentions=a.extra.get("abstain"))


def slot_claims(doc: Document, s: SentenceSlots) -> list[Claim]:
    """The claims of one sentence's slots (sentence span as the claim's text, the slot as its evidence)."""
    out: list[Claim] = []
    for a in s.amounts:
        if not _keep_amount(a, s.text, s.start):
            continue
        lo, hi = (a.noun_start, a.noun_end) if a.noun_start is not None else (a.start, a.end)
        start, end = min(a.start, lo or a.start, a.extra.get("head_start", a.start)), max(a.end, hi or a.end)
        q = Quantity(text=a.text, value=a.value, low=a.low, high=None if math.isinf(a.high) else a.high,
                     unit=a.unit if a.dim != "count" else a.noun, vague=a.bound not in ("exact",),
                     bound=a.bound, dimension=a.dim, per=a.extra.get("per"), tally=_vote_tally(a),
                     window=a.extra.get("window"), sources=bool(a.extra.get("sources")),
                     before=bool(a.extra.get("before")))
        out.append(Claim(text="", start=0, end=0, kind=AMOUNT_KIND[a.dim], object=a.noun_text,  # type: ignore[arg-type]
                         subject=a.extra.get("holder"), predicate=a.extra.get("verb"), quantity=q,
                         evidence=_span(doc, start, end)))
    for o in s.ordinals:
        out.append(Claim(text="", start=0, end=0, kind="ordinal", object=o.noun, time=o.since, predicate=o.superlative,
                         quantity=Quantity(text=o.text, value=float(o.value), low=float(o.value),
                                           high=float(o.value), bound="exact"),
                         evidence=_span(doc, o.start, o.end)))
    for r in s.roles:
        if not (r.core or r.modifiers):
            continue  # an honorific alone ("Mr. Flynn") is no title
        out.append(Claim(text="", start=0, end=0, kind="role", subject=r.name, predicate="is", object=r.written,
                         evidence=_span(doc, r.start, r.end)))
    for d in s.dates:
        iso = None
        if d.year and d.month and d.day:
            iso = f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
        out.append(Claim(text="", start=0, end=0, kind="date", predicate=d.predicate, time=iso,
                         date=DateParts(year=d.year, month=d.month, day=d.day, weekday=d.weekday),
                         attributed_to="speech" if d.speech else None, evidence=_span(doc, d.start, d.end)))
    for st in s.statuses:
        if st.predicate not in LIGHT_VERBS:
            out.append(Claim(text="", start=0, end=0, kind="status", subject=st.subject, predicate=st.predicate,
                             object=status_object(st), status=st.status, negated=st.negated,  # type: ignore[arg-type]
                             attributed_to=st.attributed_to, evidence=_span(doc, st.clause_start, st.clause_end)))
    for c in out:
        c.start, c.end, c.text = s.start, s.end, s.text
    return out


BLANKET_MARK = "no"  # a status claim's object "no offer" / "no": a denial by a negative quantifier (Status.blanket)


def status_object(st: Status) -> str | None:
    """A status's object as its claim stores it: the object's head, after "no" for a blanket denial."""
    if not st.blanket:
        return st.object
    return f"{BLANKET_MARK} {st.object}" if st.object else BLANKET_MARK


def status_object_of(text: str | None) -> dict[str, Any]:
    """The Status fields ``object`` and ``blanket`` read back from a status claim's object."""
    words = (text or "").split()
    if words[:1] == [BLANKET_MARK]:
        return {"object": words[1] if len(words) > 1 else None, "blanket": True}
    return {"object": words[0] if words else None, "blanket": False}


def _amount(c: Claim) -> Amount | None:
    q = c.quantity
    if q is None or q.dimension is None or q.bound is None:
        return None
    noun = noun_base(c.object.split()[-1]) if c.object and c.object.split() else None
    if q.dimension != "count":
        noun = noun_base(c.object.split()[-1]) if c.object and c.object.split() else None
    a = Amount(start=c.evidence.start, end=c.evidence.end, text=q.text, value=q.value,
               low=q.low if q.low is not None else 0.0, high=q.high if q.high is not None else math.inf,
               bound=q.bound, dim=q.dimension, unit=q.unit if q.dimension != "count" else None,
               noun=noun, noun_text=c.object)
    if c.predicate:
        a.extra["verb"] = c.predicate
    if c.subject:
        a.extra["holder"] = c.subject  # whose figure it is, when a name says it (claims.slots._holder)
    if q.window:
        a.extra["window"] = q.window  # a window of a count or rank, not a length: claims.amounts.comparable
    if q.sources:
        a.extra["sources"] = True  # a count of who told the report (claims.slots._source_group)
    if q.before:
        a.extra["before"] = True  # the earlier value of a quantity that changed (claims.slots._before_value)
    if q.per:
        a.extra["per"] = q.per  # the period of a rate ("a month"): claims.amounts.comparable
    if q.tally is not None:  # the counts of a vote told as a tally: claims.amounts.relation compares them
        a.extra["tally"] = [q.tally.votes_for, q.tally.votes_against]
        if q.tally.abstentions is not None:
            a.extra["abstain"] = q.tally.abstentions
    return a


def _names(doc: Document, start: int, end: int) -> frozenset[str]:
    return frozenset(e.canonical.lower() for e in doc.entities if start <= e.start < end
                     and e.label in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"))


def sentence_slots_of(doc: Document) -> list[SentenceSlots]:
    """The typed slots of every sentence that carries a claim, rebuilt from the document's claims."""
    by_sentence: dict[tuple[int, int], list[Claim]] = {}
    for c in doc.claims:
        by_sentence.setdefault((c.start, c.end), []).append(c)
    out: list[SentenceSlots] = []
    for (start, end), claims in sorted(by_sentence.items()):
        s = SentenceSlots(start=start, end=end, text=doc.text[start:end], names=_names(doc, start, end))
        for c in claims:
            ev = c.evidence
            if c.kind in ("count", "quantity", "duration", "percentage"):
                a = _amount(c)
                if a is not None:
                    s.amounts.append(a)
            elif c.kind == "ordinal" and c.quantity and c.quantity.value is not None:
                s.ordinals.append(Ordinal(start=ev.start, end=ev.end, text=ev.text, value=int(c.quantity.value),
                                          noun=c.object, since=c.time, superlative=c.predicate))
            elif c.kind == "role" and c.subject and c.object:
                s.roles.append(role_of(c.subject, c.object, ev.start, ev.end, ev.text))
            elif c.kind == "date" and c.date is not None:
                s.dates.append(DateSlot(start=ev.start, end=ev.end, text=ev.text, year=c.date.year,
                                        month=c.date.month, day=c.date.day, weekday=c.date.weekday,
                                        predicate=c.predicate, speech=c.attributed_to == "speech"))
            elif c.kind == "status" and c.status and c.predicate:
                s.statuses.append(Status(start=ev.start, end=ev.end, text=ev.text, predicate=c.predicate,
                                         status=c.status, negated=c.negated, attributed_to=c.attributed_to,
                                         clause_start=ev.start, clause_end=ev.end, subject=c.subject,
                                         **status_object_of(c.object)))
        mark_wholes(s.text, start, s.amounts)  # not stored in the claim: read again from the text
        out.append(s)
    return out


def role_of(name: str, title: str, start: int, end: int, text: str) -> Role:
    """A Role from a person's name and the title words as written."""
    words = [w for w in re.split(r"\s+", title.strip()) if w]
    ttext, core, mods, port, hon = parse_title(words)
    last = re.sub(r"(?:'s|’s|'|’)$", "", name.split()[-1]).lower() if name.split() else name.lower()
    return Role(start=start, end=end, text=text, person=last, name=name, title=ttext, core=core, modifiers=mods,
                portfolio=port, honorific=hon, written=title)


__all__ = ["data", "role_of", "sentence_slots_of", "slot_claims"]
