"""Check-worthy claims with normalized slots: counts, dates, firsts/superlatives, named programs, roles.

Each claim keeps its sentence (``start``/``end``/``text``) and a short ``evidence`` span around the checkable
part ("signed 12 accords", "arrived in Port Vell on March 3, 2026"). Vague quantities become ranges
(data/quantities.json), hedges are listed (data/hedges.json).
"""

from __future__ import annotations

import math
import re
from typing import Any

from newsprism.common.data_files import load_json
from newsprism.events.lexicon import base_form, load_lexicon, noun_base
from newsprism.model import Claim, DateMention, Document, Quantity, Span
from newsprism.nlp.parse_tree import KNOWN_REFERENT_DETERMINERS, subject_of, token_end
from newsprism.nlp.spacy_pipe import ParsedPiece

SKIP_ENTS = {"DATE", "TIME", "ORDINAL"}
NUM_RE = re.compile(r"^\d[\d,]*(\.\d+)?$")


def _data() -> tuple[dict[str, Any], dict[str, Any]]:
    return load_json("newsprism.claims", "data/quantities.json"), load_json("newsprism.claims", "data/hedges.json")


def parse_quantity(text: str) -> Quantity | None:
    """'12' -> 12; 'several' -> 3..7; 'more than 40' -> >40; 'two dozen' -> 24; None when not a quantity."""
    q, _ = _data()
    t = " ".join(text.lower().replace(",", "").split())
    mod = None
    for m, kind in sorted(q["modifiers"].items(), key=lambda kv: -len(kv[0])):
        if t.startswith(m + " "):
            mod, t = kind, t[len(m) + 1 :]
            break
    if t in q["vague"] or t + " of" in q["vague"]:
        lo, hi = q["vague"].get(t) or q["vague"][t + " of"]
        return Quantity(text=text, low=lo, high=hi, vague=True)
    value: float | None = None
    words = t.split()
    if words and NUM_RE.match(words[0]):
        value = float(words[0])
        for w in words[1:]:
            if w in ("million", "billion", "thousand", "hundred"):
                value *= q["numbers"][w]
    elif t in q["numbers"]:
        value = float(q["numbers"][t])
    elif words and any(w in q["numbers"] for w in words) and all(w in q["numbers"] or w == "a" for w in words):
        value = 0.0
        for w in words:
            n = q["numbers"].get(w, 0)
            value = value * n if n >= 100 and value else value + n
    if value is None or not math.isfinite(value * 1.1):  # "9" * 400 overflows; JSON has no infinity
        return None
    if mod in ("gt", "ge"):
        return Quantity(text=text, value=value, low=value, high=None, vague=True)
    if mod in ("lt", "le"):
        return Quantity(text=text, value=value, low=0, high=value, vague=True)
    if mod == "approx":
        return Quantity(text=text, value=value, low=value * 0.9, high=value * 1.1, vague=True)
    return Quantity(text=text, value=value, low=value, high=value)


def _governor(tok: Any) -> Any | None:
    """The verb a noun phrase hangs from ("signed" for "12 accords")."""
    cur = tok
    for _ in range(5):
        if cur.head is cur:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def _subject_of(verb: Any) -> Any | None:
    """A claim's subject: a nominal subject only, within four heads (no clausal subjects, no relative clauses)."""
    return subject_of(verb, deps=("nsubj", "nsubjpass"), climb=("xcomp", "conj", "advcl"), depth=4)


def _phrase(noun: Any) -> str:
    """The counted thing: compounds and adjectives + head noun ("bilateral documents")."""
    left = [k for k in noun.lefts if k.dep_ in ("compound", "amod") and k.ent_type_ not in SKIP_ENTS
            and k.pos_ != "NUM" and parse_quantity(k.text) is None]
    toks = sorted(left + [noun], key=lambda t: t.i)
    return " ".join(t.text for t in toks)


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
    _, h = _data()
    low = " " + sent_text.lower() + " "
    return [w for w in h["hedges"] if re.search(r"\b" + re.escape(w) + r"\b", low)]


def _count_claims(sent: Any, offset: int, dd: _Doc) -> list[tuple[Claim, int]]:
    q, _ = _data()
    out: list[tuple[Claim, int]] = []
    lex = load_lexicon()
    for tok in sent:
        # A number or vague quantifier modifying a noun: "12 accords", "several documents", "three times".
        if tok.dep_ not in ("nummod", "amod", "det", "quantmod", "nmod", "compound") and not (
                tok.pos_ == "NUM" and tok.dep_ in ("dobj", "pobj", "nsubj", "attr")):
            continue
        if tok.ent_type_ in SKIP_ENTS or tok.text == "-" or (tok.i + 1 < len(tok.doc) and tok.nbor(1).text == "-"):
            continue
        noun = tok.head if tok.dep_ != "quantmod" else tok.head.head
        if tok.pos_ == "NUM" and tok.dep_ in ("dobj", "pobj", "nsubj", "attr"):
            noun = tok
        if noun.pos_ not in ("NOUN", "PROPN", "NUM") or noun.i < tok.i and noun is not tok:
            continue
        # The quantifier phrase: left modifiers of the number plus the number ("more than 40", "a few").
        qstart = tok.left_edge.i if tok.dep_ in ("nummod", "quantmod") else tok.i
        if tok.i > 0 and tok.nbor(-1).text.lower() == "a" and tok.text.lower() in ("few", "dozen", "handful"):
            qstart = tok.i - 1
        qtext = sent.doc[qstart : tok.i + 1].text
        quantity = parse_quantity(qtext)
        if quantity is None and noun.i + 1 < len(sent.doc) and tok.dep_ == "nmod":
            continue
        if quantity is None:
            continue
        # "the two leaders" refers back to known participants; it is not a checkable count.
        if any(k.dep_ in ("det", "poss") and k.text.lower() in KNOWN_REFERENT_DETERMINERS for k in noun.children) and \
                quantity.value is not None and quantity.value <= 3:
            continue
        if quantity.value is not None and quantity.value == 1 and not quantity.vague:
            continue
        quantity.unit = noun_base(noun.text) if noun is not tok else None
        verb = _governor(noun)
        start = offset + sent.doc[qstart].idx
        end = offset + token_end(noun)
        # "a delegation of 40 business leaders": the head the count belongs to is part of the claim.
        if noun.dep_ == "pobj" and noun.head.text.lower() == "of" and noun.head.head.pos_ == "NOUN":
            start = offset + noun.head.head.idx
        if verb is not None and verb.pos_ == "VERB" and 0 <= start - (offset + token_end(verb)) <= 30:
            start = offset + verb.idx
        # "met three times since 2024": keep the time frame that bounds the count.
        nxt = noun.i + 1
        if nxt + 1 < sent.end and sent.doc[nxt].text.lower() in ("since", "in", "during") and \
                sent.doc[nxt + 1].ent_type_ == "DATE":
            last = nxt + 1
            while last + 1 < sent.end and sent.doc[last + 1].ent_type_ == "DATE":
                last += 1
            end = offset + token_end(sent.doc[last])
        subj = _subject_of(verb) if verb is not None else None
        claim = Claim(text="", start=0, end=0, kind="count", subject=dd.canonical(subj, offset),
                      predicate=base_form(verb.text, lex.vocab) if verb is not None else None,
                      object=_phrase(noun) if noun is not tok else qtext, quantity=quantity,
                      evidence=dd.span(start, end))
        out.append((claim, noun.i))
    return out


def _date_claims(sent_start: int, sent_end: int, sent: Any, offset: int, dd: _Doc,
                 dates: list[DateMention]) -> list[Claim]:
    lex = load_lexicon()
    out = []
    for d in dates:
        if not (sent_start <= d.start and d.end <= sent_end) or d.iso is None or d.granularity != "day":
            continue
        if not any(ch.isdigit() for ch in d.text):  # "today", "last week": relative, not checkable
            continue
        tok = next((t for t in sent if offset + t.idx >= d.start), None)
        if tok is None:
            continue
        verb = _governor(tok)
        start = d.start
        if verb is not None and offset + verb.idx < d.start and d.start - (offset + verb.idx) <= 80:
            start = offset + verb.idx
        subj = _subject_of(verb) if verb is not None else None
        obj = None
        if verb is not None:
            for k in verb.children:
                if k.dep_ in ("dobj", "attr") or (k.dep_ == "prep" and k.text.lower() in ("in", "to", "at")):
                    obj = sent.doc[k.i : _last(k).i + 1].text if k.dep_ != "prep" else \
                        sent.doc[k.i : _last(k).i + 1].text
                    break
        out.append(Claim(text="", start=0, end=0, kind="date", subject=dd.canonical(subj, offset),
                         predicate=base_form(verb.text, lex.vocab) if verb is not None else None, object=obj,
                         time=d.iso, evidence=dd.span(start, d.end)))
    return out


def _last(tok: Any) -> Any:
    return tok.right_edge


def _superlative_claims(sent: Any, offset: int, dd: _Doc) -> list[Claim]:
    _, h = _data()
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
                         object=tok.head.text if tok.head is not tok else None, time=since,
                         evidence=dd.span(start, end)))
    return out


def _named_claims(sent: Any, offset: int, dd: _Doc) -> list[Claim]:
    _, h = _data()
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


def _role_claims(doc: Document, body: list[tuple[int, int]]) -> list[Claim]:
    out, seen = [], set()
    for e in doc.entities:
        if not e.role or e.label != "PERSON" or (e.canonical, e.role) in seen:
            continue
        if not any(lo <= e.start < hi for lo, hi in body):
            continue
        start = e.start
        i = doc.text.rfind(e.role, max(0, e.start - len(e.role) - 40), e.start)
        if i >= 0:
            start = i
        seen.add((e.canonical, e.role))
        out.append(Claim(text="", start=0, end=0, kind="role", subject=e.canonical, predicate="is",
                         object=e.role, evidence=Span(start=start, end=e.end, text=doc.text[start:e.end])))
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
    body_idx = {i for i, p in enumerate(doc.paragraphs) if p.kind == "body"}
    body = [(p.start, p.end) for p in doc.body_paragraphs()]
    dd = _Doc(doc)
    claims: list[Claim] = []
    for pi, offset, sdoc in parsed:
        if pi not in body_idx:
            continue
        for sent in sdoc.sents:
            s_start, s_end = offset + sent.start_char, offset + sent.end_char
            found = [c for c, _ in _count_claims(sent, offset, dd)]
            found += _date_claims(s_start, s_end, sent, offset, dd, doc.dates)
            found += _superlative_claims(sent, offset, dd)
            found += _named_claims(sent, offset, dd)
            hedges = _hedges(doc.text[s_start:s_end])
            place = _place(sent, offset, dd)
            for c in found:
                c.start, c.end, c.text = s_start, s_end, doc.text[s_start:s_end]
                c.hedges, c.hedged = hedges, bool(hedges)
                c.place = c.place or place
            claims += found
    for c in _role_claims(doc, body):
        sent = next((s for s in doc.sentences if s.start <= c.evidence.start < s.end), None)
        if sent is not None:
            c.start, c.end, c.text = sent.start, sent.end, doc.text[sent.start : sent.end]
        else:
            c.start, c.end, c.text = c.evidence.start, c.evidence.end, c.evidence.text
        claims.append(c)
    claims.sort(key=lambda c: (c.evidence.start, c.kind))
    return claims
