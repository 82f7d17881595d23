"""Check-worthy claims with normalized slots: amounts, ordinals, titles, dates, clause status, superlatives,
named programs.

Each claim keeps its sentence (``start``/``end``/``text``) and a short ``evidence`` span around the checkable
part ("signed 12 accords", "arrived in Port Vell on March 3, 2026"). The typed slots come from
:mod:`newsprism.claims.slots` (amounts with bounds and units, see :mod:`newsprism.claims.amounts`); hedges are
listed (data/hedges.json).
"""

from __future__ import annotations

import math
import re
from functools import cache
from typing import Any

from newsprism.claims.amounts import find_amounts
from newsprism.claims.slots import data as slot_data
from newsprism.claims.slots import sentence_slots
from newsprism.claims.typed import slot_claims
from newsprism.common.data_files import load_json
from newsprism.events.lexicon import noun_base
from newsprism.model import Claim, Document, Quantity, Span
from newsprism.nlp.parse_tree import is_root, token_end
from newsprism.nlp.spacy_pipe import ParsedPiece

SKIP_ENTS = {"DATE", "TIME", "ORDINAL"}


def _data() -> dict[str, Any]:
    return dict(load_json("newsprism.claims", "data/hedges.json"))


ORDINALS = frozenset(slot_data()["ordinals"])


def parse_quantity(text: str) -> Quantity | None:
    """'12' -> 12; 'several' -> 3..7; 'more than 40' -> >40; 'two dozen' -> 24; None when ``text`` is not one
    amount (see :mod:`newsprism.claims.amounts`; low/high are the interval the amount allows)."""
    found = find_amounts(" ".join(text.split()))
    if len(found) != 1 or found[0].text.lower() != " ".join(text.split()).lower():
        return None
    a = found[0]
    return Quantity(text=text, value=a.value, low=a.low, high=None if math.isinf(a.high) else a.high,
                    unit=a.unit, vague=a.bound != "exact", bound=a.bound, dimension=a.dim)


class _Doc:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.ents = sorted(doc.entities, key=lambda e: e.start)
        self.dateline = (doc.dateline.start, doc.dateline.end) if doc.dateline else (-1, -1)

    def canonical(self, tok: Any, offset: int) -> str | None:
        if tok is None:
            return None
        lo = offset + tok.left_edge.idx
        hi = offset + token_end(tok.right_edge)
        head = offset + tok.idx
        cands = [e for e in self.ents if e.start >= lo and e.end <= hi and e.label in ("PERSON", "ORG", "GPE", "NORP")
                 and not (self.dateline[0] <= e.start < self.dateline[1])]
        for e in cands:
            if e.start <= head < e.end:
                return e.canonical
        if cands:
            return cands[0].canonical
        return None if tok.pos_ == "PRON" else tok.text

    def span(self, start: int, end: int) -> Span:
        return Span(start=start, end=end, text=self.doc.text[start:end])


def _hedges(sent_text: str) -> list[str]:
    h = _data()
    low = " " + sent_text.lower() + " "
    return [w for w in h["hedges"] if re.search(r"\b" + re.escape(w) + r"\b", low)]


def _superlative_claims(sent: Any, offset: int, dd: _Doc) -> list[Claim]:
    h = _data()
    out = []
    words = set(h["superlatives"])
    for tok in sent:
        low = tok.text.lower()
        if low not in words or tok.dep_ not in ("amod", "attr", "nsubj", "dobj", "appos", "ROOT", "advmod", "npadvmod"):
            continue
        start = offset + tok.idx
        end = offset + token_end(tok.head if tok.head.i > tok.i and tok.head.i - tok.i < 6 else tok)
        since = None
        for t in sent[tok.i - sent.start :]:
            if t.text.lower() == "since":
                # "since 1987", or "since diplomatic relations were established in 1999"
                year = next((k for k in sent.doc[t.i + 1 : min(sent.end, t.i + 9)] if k.ent_type_ == "DATE"
                             and k.text.isdigit()), None)
                if year is not None:
                    since = year.text
                    if year.i - tok.i <= 24:
                        end = offset + token_end(year)
                break
        if since is None and not (low == "first" and tok.head.text.lower() in ("time", "visit", "trip")):
            continue
        out.append(Claim(text="", start=0, end=0, kind="superlative", subject=None, predicate=low,
                         object=None if is_root(tok) else tok.head.text, time=since,
                         evidence=dd.span(start, end)))
    return out


def _named_claims(sent: Any, offset: int, dd: _Doc) -> list[Claim]:
    h = _data()
    heads = set(h["named_heads"])
    out: list[Claim] = []
    for tok in sent:
        if (tok.text.lower() not in heads and noun_base(tok.text) not in heads) or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        mods = [k for k in tok.lefts if k.dep_ in ("compound", "amod", "nmod") and k.pos_ != "DET"
                and parse_quantity(k.text) is None and k.text.lower() not in ("new", "other", "such")]
        pre = [k for k in tok.rights if k.dep_ == "prep" and k.text.lower() in ("on", "for", "between")]
        if not mods and not pre:
            continue
        first = min([tok] + [m.left_edge for m in mods], key=lambda t: t.i)
        last = tok
        if pre and pre[0].right_edge.i - tok.i <= 8:
            last = pre[0].right_edge
        start, end = offset + first.idx, offset + token_end(last)
        if any(c.evidence.start <= start and end <= c.evidence.end for c in out):
            continue
        out = [c for c in out if not (start <= c.evidence.start and c.evidence.end <= end)]
        out.append(Claim(text="", start=0, end=0, kind="named", object=dd.doc.text[start:end],
                         predicate=None, evidence=dd.span(start, end)))
    return out


@cache
def _dateline_pattern() -> re.Pattern[str]:
    """The ingest layer's dateline lead ("CITY, Country, Sept. 9 (Agency) – "), from its own data file."""
    return re.compile(load_json("newsprism.ingest", "data/layout.json")["patterns"]["dateline"])


def dateline_lead_end(doc: Document) -> int:
    """Where the dateline lead of a wire-style text ends ("HARROWDEEP, Vostrana, Sept. 9 (The Kelmor Daily) – "):
    the place, date and agency that open the first sentence date and place the text, and are no part of what the
    sentence claims. -1 without a dateline."""
    if doc.dateline is None:
        return -1
    m = _dateline_pattern().match(doc.text, doc.dateline.start)
    return m.end() if m else -1


def _without_lead(claims: list[Claim], lead_end: int, dd: _Doc) -> list[Claim]:
    """The claims of a sentence that opens with the dateline lead, the lead left out: a slot inside it (the
    dateline's date, a figure of the agency's name) is dropped, a clause that starts in it starts after it."""
    out = []
    for c in claims:
        if c.evidence.end <= lead_end or (c.kind != "status" and c.evidence.start < lead_end):
            continue
        if c.evidence.start < lead_end:
            c.evidence = dd.span(lead_end, c.evidence.end)
        out.append(c)
    return out


def _place(sent: Any, offset: int, dd: _Doc) -> str | None:
    """The first place the sentence puts things "in" or "at" (not the dateline)."""
    for tok in sent:
        if tok.dep_ == "pobj" and tok.head.text.lower() in ("in", "at") and tok.ent_type_ in ("GPE", "LOC", "FAC"):
            at = offset + tok.idx
            if dd.dateline[0] <= at < dd.dateline[1]:
                continue
            for e in dd.ents:
                if e.start <= at < e.end:
                    return e.canonical
    return None


def extract_claims(doc: Document, parsed: list[ParsedPiece]) -> list[Claim]:
    """Every claim of the body sentences: typed slots (amounts, ordinals, titles, dates, clause status; see
    :mod:`newsprism.claims.slots`), other superlatives and named programs, each with hedges and place."""
    body_idx = {i for i, p in enumerate(doc.paragraphs) if p.kind == "body"}
    dd = _Doc(doc)
    lead_end = dateline_lead_end(doc)
    claims: list[Claim] = []
    for pi, offset, sdoc in parsed:
        if pi not in body_idx:
            continue
        for sent in sdoc.sents:
            s_start, s_end = offset + sent.start_char, offset + sent.end_char
            slots = sentence_slots(sent, offset)
            found = slot_claims(doc, slots)
            found += [c for c in _superlative_claims(sent, offset, dd) if c.predicate not in ORDINALS]
            found += _named_claims(sent, offset, dd)
            if s_start < lead_end < s_end:  # the sentence is what follows the dateline lead
                found = _without_lead(found, lead_end, dd)
                s_start = lead_end
            hedges = _hedges(doc.text[s_start:s_end])
            place = _place(sent, offset, dd)
            for c in found:
                c.start, c.end, c.text = s_start, s_end, doc.text[s_start:s_end]
                c.hedges, c.hedged = hedges, bool(hedges)
                c.place = c.place or place
            claims += found
    claims.sort(key=lambda c: (c.evidence.start, c.kind))
    return claims
