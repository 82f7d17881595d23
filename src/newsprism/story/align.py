"""Align claims and events across sources and classify each aligned group, explainably.

There is no NLI model offline, so every decision comes from structured slots (counted noun, number or
range, ISO date, event type, status, person and title) plus cosine similarity of the MiniLM embeddings of
the evidence. Each discrepancy says which slot decided it in ``explanation``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import numpy as np

from newsprism.common.data_files import load_json
from newsprism.common.union_find import UnionFind
from newsprism.events.lexicon import load_lexicon, noun_base
from newsprism.model import Claim, Discrepancy, DiscrepancyKind, Document, Event, Side, Slot

PLANNED = {"planned", "hypothetical"}


@cache
def settings() -> dict[str, Any]:
    raw: dict[str, Any] = load_json("newsprism.story", "data/alignment.json")
    syn: dict[str, int] = {}
    for i, group in enumerate(raw["synonyms"]):
        for w in group:
            syn[w] = i
    return {**raw, "syn_index": syn, "generic": set(raw["generic_nouns"])}


@dataclass
class Unit:
    """One alignable statement of one source."""

    doc: int
    kind: str  # count | date | superlative | role | event
    start: int
    end: int
    text: str
    context: str  # the sentence, for embedding similarity
    noun: str | None = None
    predicate: str | None = None
    subject: str | None = None
    obj: str | None = None
    value: Any = None
    vague: bool = False
    low: float | None = None
    high: float | None = None
    family: str | None = None
    claim: Claim | None = None
    event: Event | None = None
    vec: np.ndarray | None = field(default=None, repr=False)
    ovec: np.ndarray | None = field(default=None, repr=False)


def _fmt(x: float | None) -> str:
    if x is None:
        return "?"
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def units_from(doc_index: int, doc: Document) -> list[Unit]:
    lex = load_lexicon()
    out: list[Unit] = []
    for c in doc.claims:
        ev = c.evidence
        base: dict[str, Any] = dict(doc=doc_index, start=ev.start, end=ev.end, text=ev.text, context=c.text, claim=c,
                    predicate=c.predicate, subject=c.subject, obj=c.object)
        if c.kind == "count" and c.quantity is not None:
            q = c.quantity
            noun = noun_base((c.object or "").split()[-1]) if c.object else None
            value = _fmt(q.value) if not q.vague else f"{_fmt(q.low)}-{_fmt(q.high) if q.high else '+'}"
            out.append(Unit(kind="count", noun=noun, value=value, vague=q.vague, low=q.low,
                            high=q.high, **base))
        elif c.kind == "date" and c.time:
            out.append(Unit(kind="date", value=c.time, **base))
        elif c.kind == "superlative":
            out.append(Unit(kind="superlative", value=c.time, **base))
        elif c.kind == "named" and c.object:
            out.append(Unit(kind="named", value=c.object, **base))
        elif c.kind == "role" and c.subject and c.object:
            out.append(Unit(kind="role", value=c.object, **base))
    for e in doc.events:
        if e.type == "statement":
            continue
        et = lex.types.get(e.type)
        sent = next((doc.text[s.start : s.end] for s in doc.sentences
                     if s.start <= e.evidence.start < s.end), e.evidence.text)
        out.append(Unit(doc=doc_index, kind="event", start=e.evidence.start, end=e.evidence.end,
                        text=e.evidence.text, context=sent, predicate=e.type, subject=e.actor, obj=e.target,
                        value=e.status, family=et.plover if et else e.type, event=e))
    return out


def _nouns_match(a: Unit, b: Unit, sim: float) -> bool:
    s = settings()
    if not a.noun or not b.noun:
        return False
    if a.noun == b.noun:
        return True
    ia, ib = s["syn_index"].get(a.noun), s["syn_index"].get(b.noun)
    if ia is not None and ia == ib:
        return True
    return bool(sim >= s["thresholds"]["noun_similarity"])


def _role_core(role: str) -> set[str]:
    """Content words of a title: "President of Belarus" -> {"president", "belarus"}."""
    return {w.lower() for w in role.replace(",", " ").split()} - {"of", "the", "and", "for"}


STOP = frozenset("that with from this have been will would their which while also into about after".split())


@lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[\w-]{4,}", text.lower()) if w not in STOP)


def _overlap(a: str, b: str) -> float:
    """Jaccard of content words: shared names and rare words ("rail-link") tie two reports together."""
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def _head(phrase: str) -> str:
    """The head noun of a named phrase: "mutual visa waivers for tourists" -> "waiver"."""
    core = re.split(r"\s(?:for|on|between|with|of|to)\s", phrase, maxsplit=1)[0]
    return noun_base(core.split()[-1]) if core.split() else ""


# Pairs of (document, sentence) whose figures aligned: a link that helps align the events they report.
Links = frozenset[frozenset[tuple[int, str]]]


def pair_score(a: Unit, b: Unit, links: Links = frozenset()) -> float:
    """How well two units of different sources align (0 = not at all); slots gate, embeddings rank."""
    th = settings()["thresholds"]
    if a.kind != b.kind or a.doc == b.doc:
        return 0.0
    ctx = float(a.vec @ b.vec) if a.vec is not None and b.vec is not None else 0.0
    if a.kind == "count":
        osim = float(a.ovec @ b.ovec) if a.ovec is not None and b.ovec is not None else 0.0
        if not _nouns_match(a, b, osim):
            return 0.0
        generic = a.noun in settings()["generic"] or b.noun in settings()["generic"]
        # "met multiple times" ~ "four previous meetings": a generic noun counts the other's verb.
        verb_link = any(x.predicate and y.noun and y.noun.startswith(x.predicate[:4])
                        for x, y in ((a, b), (b, a)))
        if generic and a.predicate != b.predicate and not verb_link:
            return 0.0
        # The same non-generic counted thing ("accords"/"agreements") aligns even in differently worded
        # sentences; a generic one ("times") needs the same verb and a similar sentence.
        if generic and ctx < th["context_similarity"] and not verb_link:
            return 0.0
        return 0.5 + 0.3 * ctx + 0.2 * osim
    if a.kind == "date":
        if a.predicate and a.predicate == b.predicate:  # the same verb is the deciding slot
            return 1.0 + 0.5 * ctx if ctx >= th["context_similarity"] else 0.0
        return ctx if ctx >= 0.8 else 0.0
    if a.kind == "superlative":
        return 0.5 + 0.5 * ctx if a.predicate == b.predicate and ctx >= 0.5 else 0.0
    if a.kind == "role":
        return 1.0 if a.subject == b.subject else 0.0
    if a.kind == "named":
        osim = float(a.ovec @ b.ovec) if a.ovec is not None and b.ovec is not None else 0.0
        same_head = _head(str(a.value)) == _head(str(b.value))
        return osim if osim >= th["named_similarity"] and (same_head or osim >= 0.85) else 0.0
    if a.kind == "event":
        if a.family != b.family:
            return 0.0
        esim = float(a.ovec @ b.ovec) if a.ovec is not None and b.ovec is not None else 0.0
        same_party = bool({a.subject, a.obj} & {b.subject, b.obj} - {None})
        overlap = _overlap(a.text, b.text)
        linked = frozenset(((a.doc, a.context), (b.doc, b.context))) in links
        if not (same_party or overlap >= 0.15 or esim >= 0.75 or linked):
            return 0.0  # generic events ("cooperation") need a shared party, word or aligned figure
        score = 0.6 * esim + 0.2 * ctx + (0.2 if same_party else 0.0) + 0.2 * overlap \
            + (0.15 if a.predicate == b.predicate else 0.0) + (0.3 if linked else 0.0)
        return score if score >= th["event_similarity"] else 0.0
    return 0.0


def align(units: list[Unit]) -> list[list[Unit]]:
    """Groups of units from different sources: mutual-best pairs per document pair, joined transitively.

    Claims are aligned first; sentences whose figures aligned then help align the events they report
    ("the planned signing of several documents" ~ "the 18 agreements being signed").
    """
    claims = [u for u in units if u.kind != "event"]
    events = [u for u in units if u.kind == "event"]
    groups = _align(claims, frozenset())
    links = {frozenset(((a.doc, a.context), (b.doc, b.context))) for g in groups for a in g for b in g
             if a.doc != b.doc and a.kind == "count"}
    return groups + _align(events, frozenset(links))


def _align(units: list[Unit], links: Links) -> list[list[Unit]]:
    joined = UnionFind(len(units))
    docs = sorted({u.doc for u in units})
    # Only units of the same kind (and event family) can align: bucket them so that a 20-article story
    # does not score every unit against every other.
    by_doc: dict[int, dict[tuple[str, str | None], list[int]]] = {d: {} for d in docs}
    for i, u in enumerate(units):
        by_doc[u.doc].setdefault((u.kind, u.family), []).append(i)
    for x, da in enumerate(docs):
        for db in docs[x + 1 :]:
            scores = {(i, j): pair_score(units[i], units[j], links)
                      for key, left in by_doc[da].items() for i in left for j in by_doc[db].get(key, ())}
            best_a: dict[int, tuple[float, int]] = {}
            best_b: dict[int, tuple[float, int]] = {}
            for (i, j), s in scores.items():
                if s <= 0:
                    continue
                if s > best_a.get(i, (0, -1))[0]:
                    best_a[i] = (s, j)
                if s > best_b.get(j, (0, -1))[0]:
                    best_b[j] = (s, i)
            for i, (_s, j) in best_a.items():
                if best_b.get(j, (0, -1))[1] == i:
                    joined.union(i, j)
    return [[units[i] for i in g] for g in joined.groups()]


def side(u: Unit, docs: list[Document]) -> Side:
    d = docs[u.doc]
    return Side(document=d.id, outlet=d.outlet, text=u.text, start=u.start, end=u.end,
                value="" if u.value is None else str(u.value),
                quantity=u.claim.quantity if u.claim is not None and u.kind == "count" else None,
                status=u.event.status if u.event is not None else None,
                attributed_to=u.event.attributed_to if u.event is not None else None)


def _name(docs: list[Document], u: Unit) -> str:
    d = docs[u.doc]
    return d.outlet or d.title or d.id


# The slot a unit kind compares.
SLOTS: dict[str, Slot] = {"count": "count", "date": "date", "superlative": "ordinal", "role": "role",
                          "named": "named", "event": "event"}


def _names(docs: list[Document], units: list[Unit]) -> str:
    """"A", "A and B", "A, B and C": each source once, in order of appearance."""
    names = list(dict.fromkeys(_name(docs, u) for u in units))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def statement(kind: DiscrepancyKind, topic: str, units: list[Unit], docs: list[Document]) -> str:
    """One plain sentence naming the sources, for a journalist to quote."""
    if kind == "unique":
        return f"Only {_names(docs, units)} reports {topic}."
    if kind == "consensus":
        values = {str(u.value) for u in units if u.value not in (None, "")}
        value = f" ({values.pop()})" if len(values) == 1 and units[0].kind != "event" else ""
        return f"{_names(docs, units)} agree on {topic}{value}."
    per_source = "; ".join(f"{_name(docs, u)} says {u.value}" for u in units)
    if kind == "precision":
        vague = [u for u in units if u.vague]
        precise = [u for u in units if not u.vague]
        if vague and precise:
            v = vague[0]
            stated = " and ".join(f"{_name(docs, p)} gives {p.value}" for p in precise)
            return f"On {topic}, {_name(docs, v)} gives a vague figure ({v.text!r}) where {stated}."
    if kind == "status":
        return f"{_names(docs, units)} report {topic} with different statuses: {per_source}."
    return f"{_names(docs, units)} disagree on {topic}: {per_source}."


def flag(kind: DiscrepancyKind, topic: str, units: list[Unit], docs: list[Document], explanation: str,
         confidence: float, slot: Slot | None = None) -> Discrepancy:
    """A Discrepancy for ``units`` (one side each), with its slot and a quotable statement."""
    return Discrepancy(kind=kind, slot=slot or SLOTS[units[0].kind], topic=topic,
                       statement=statement(kind, topic, units, docs), explanation=explanation,
                       confidence=confidence, sides=[side(u, docs) for u in units])


def topic_of(group: list[Unit]) -> str:
    counts: dict[str | None, int] = {}
    for x in group:
        counts[x.predicate] = counts.get(x.predicate, 0) + 1
    u = min(group, key=lambda x: (x.vague, -counts[x.predicate], x.doc, x.start))
    if u.kind == "count":
        return f"number of {u.obj or u.noun}" + (f" ({u.predicate})" if u.predicate else "")
    if u.kind == "date":
        return f"date of {u.predicate or 'the event'} {u.obj or ''}".strip()
    if u.kind == "superlative":
        return f"{u.predicate} {u.obj or ''} since {u.value}".strip()
    if u.kind == "role":
        return f"role of {u.subject}"
    if u.kind == "named":
        return str(u.value)
    ev = u.event
    what = (ev.target or ev.actor or "") if ev else ""
    trig = ev.trigger if ev else ""
    if what and what.lower() in trig.lower():
        what = ""
    # The trigger as written, never the event type's machine name ("intend_cooperate").
    return f"{trig or (u.predicate or 'event').replace('_', ' ')} {what}".strip()


def classify(group: list[Unit], docs: list[Document]) -> list[Discrepancy]:
    """Consensus / conflict / precision / status items for one aligned group of two or more sources."""
    if len({u.doc for u in group}) < 2:
        return []
    kind = group[0].kind
    topic = topic_of(group)
    out: list[Discrepancy] = []
    if kind == "named":  # the same program or agreement named by several sources
        return [flag("consensus", topic, group, docs, f"{len({u.doc for u in group})} sources name it.", 0.7)]
    if kind in ("count", "date", "superlative", "role"):
        precise = [u for u in group if not u.vague]
        vague = [u for u in group if u.vague]
        by_value: dict[Any, list[Unit]] = {}
        for u in precise:
            key = u.value if kind != "role" else frozenset(_role_core(str(u.value)))
            by_value.setdefault(key, []).append(u)
        if kind == "role":
            keys = list(by_value)
            # Titles that share a core word ("President" / "President of Belarus") are the same role.
            if all(a & b for a in keys for b in keys):
                return [flag("consensus", topic, group, docs,
                             f"{len({u.doc for u in group})} sources give {group[0].subject} compatible titles: "
                             + "; ".join(sorted({str(u.value) for u in group})) + ".", 0.6)]
        for _val, us in by_value.items():
            if len({u.doc for u in us}) >= 2 and kind != "role":
                out.append(flag("consensus", topic, us, docs,
                                f"{len({u.doc for u in us})} sources give the same "
                                f"{'figure' if kind == 'count' else 'value'}: {us[0].value}.", 1.0))
        if len(by_value) >= 2:
            reps = [us[0] for us in by_value.values()]
            vals = "; ".join(f"{_name(docs, u)}: {u.value}" for u in reps)
            what = {"count": "figures", "date": "dates", "superlative": "reference points",
                    "role": "titles for the same person (both may be true)"}[kind]
            out.append(flag("conflict", topic, reps, docs, f"Incompatible {what}: {vals}.", 1.0))
        if vague and precise:
            v, p = vague[0], precise[0]
            inside = (v.low is None or (p.low or 0) >= v.low) and (v.high is None or (p.high or 0) <= v.high)
            note = "consistent with" if inside else "outside the usual range of"
            out.append(flag("precision", topic, vague[:1] + [us[0] for us in by_value.values()], docs,
                            f"{_name(docs, v)} gives a vague figure ({v.text!r} ~ {v.value}) where "
                            f"{_name(docs, p)} is precise ({p.value}); {p.value} is {note} it.", 0.8))
        elif vague and len({u.doc for u in vague}) >= 2 and not precise:
            out.append(flag("consensus", topic, vague, docs, "Sources agree, each with a vague figure.", 0.6))
        return out
    # events: the status decides
    by_status: dict[str, list[Unit]] = {}
    for u in group:  # "planned against done": occurred and ongoing both count as done
        st = "planned" if u.value in PLANNED else ("done" if u.value in ("occurred", "ongoing") else u.value)
        by_status.setdefault(st, []).append(u)
    if len(by_status) >= 2:
        vals = "; ".join(f"{_name(docs, us[0])}: {us[0].value}" for us in by_status.values())
        out.append(flag("status", topic, group, docs,
                        f"Same {topic} event reported with a different status: {vals}.", 0.9, slot="status"))
    else:
        # Agreement needs the same kind of event ("approved drafts" is not "signed"), not just one family:
        # keep the event type most sources report.
        pool = next(iter(by_status.values()))
        preds = {p: {u.doc for u in pool if u.predicate == p} for p in {u.predicate for u in pool}}
        top = max(preds, key=lambda p: (len(preds[p]), str(p)))
        us = [u for u in pool if u.predicate == top]
        named = [u for u in us if u.subject or u.obj]
        if len({u.doc for u in named}) >= 2:
            out.append(flag("consensus", topic, us, docs,
                            f"{len({u.doc for u in us})} sources report the same event: {topic} "
                            f"({us[0].value}).", 0.8))
    return out
