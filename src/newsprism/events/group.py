"""One event per happening in a document: coreferent mentions grouped, and only events a reader would accept.

A group is the mentions of one document that share a story-wide event id. It is an event when:
- some mention has a participant that is a named entity, a pronoun or a definite noun phrase, and that
  participant is not itself an event word ("the visit" is never the actor of "marked");
- it is not only reporting ("said", "told": these make ``attributed_to`` of the events they report).
The event reads its status from its most confident verbal mention (a noun mention's status only when there is
no verb), its actor and target from the mentions' agents and patients, and its confidence from its mentions'
trigger probabilities and whether its participants are named.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np

from newsprism.events.coref import REPORTING
from newsprism.events.mentions import Mention
from newsprism.events.participants import attribution, event_date, ordered_agents
from newsprism.model import Event, EventMention, Span

NAMED_BONUS = 1.0
DEFINITE_ONLY = 0.85  # confidence factor when no participant is named, only definite
OUTSIDE_DICTIONARY = 0.6  # confidence factor for an event whose trigger the event dictionary does not type
# An event told only by nouns ("the talks", "the coup") needs a sure trigger and a named participant: the
# trigger head's noun precision is 0.6 at its ECB+ threshold, and a noun with a definite article alone is a
# fragment more often than an event.
NOUN_ONLY_MIN_SCORE = 0.7
# Joint actions: in "X and Y met" Y is the counterpart.
SYMMETRIC = frozenset({"meet", "agree", "sign", "cooperate", "intend_cooperate", "fight"})


@dataclass
class EventGroup:
    event: int  # story-wide event index
    mentions: list[Mention]
    head: Mention  # the mention the status and roles are read from
    status: str
    status_confidence: float
    actor: str | None = None
    target: str | None = None
    date: str | None = None
    place: str | None = None
    attributed_to: str | None = None
    confidence: float = 0.0
    participants: set[str] = field(default_factory=set)


@lru_cache(maxsize=1)
def filters() -> dict[str, frozenset[str]]:
    raw = json.loads(resources.files("newsprism.events").joinpath("data/event_filters.json").read_text("utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


def reportable(m: Mention) -> bool:
    """Whether a mention can carry an event: not a light verb, not a participle adjunct ("..., marking the
    first visit"), and a noun only when the event dictionary has it."""
    from newsprism.events.lexicon import load_lexicon, noun_base

    f = filters()
    if m.pos == "VERB":
        if m.lemma in f["light_verbs"] or m.lemma in f["stative_verbs"]:
            return False
        return not (m.token.tag_ == "VBG" and m.token.dep_ in f["adjunct_deps"])
    lex = load_lexicon()
    return m.lemma in lex.nouns or noun_base(m.text) in lex.nouns or m.text.lower() in lex.nouns


def _split(ms: list[Mention], role: str, prefixes: tuple[str, ...]) -> list[list[Mention]]:
    groups: dict[str, list[Mention]] = {}
    rest = []
    for m in ms:
        keys = sorted(k for k in m.args.get(role, set()) if k.startswith(prefixes))
        if keys:
            groups.setdefault(keys[0], []).append(m)
        else:
            rest.append(m)
    if len(groups) <= 1:
        return [ms]
    parts = sorted(groups.values(), key=len, reverse=True)
    parts[0] = sorted(parts[0] + rest, key=lambda m: m.start)
    return parts


def split_by_agent(ms: list[Mention]) -> list[list[Mention]]:
    """Mentions whose named agents differ are different happenings (two visits by two people), and so are
    verb mentions whose objects differ (signed a fisheries pact; plans to sign a customs agreement); mentions
    with neither stay with the largest group."""
    out = []
    for part in _split(ms, "agent", ("ent:",)):
        verbs = [m for m in part if m.pos == "VERB"]
        if len(verbs) < 2:
            out.append(part)
            continue
        out += _split(part, "patient", ("ent:", "np:"))
    return out


def _label(key: str) -> str:
    return key.split(":", 1)[1]


def _first(keys: list[str], avoid: set[str]) -> str | None:
    named = [k for k in keys if k.startswith("ent:") and k not in avoid]
    plain = [k for k in keys if k.startswith("np:") and k not in avoid]
    picks = named or plain
    return _label(picks[0]) if picks else None


def _planned_mod(tok) -> bool:
    from newsprism.events.status import cues

    adj = cues()["planned_adjectives"]
    return any(k.dep_ in ("amod", "acl", "compound") and k.text.lower() in adj for k in tok.children)


def _planned_head(tok) -> bool:
    """Governed through a complement by a verb of planning ("plans to sign", "is expected to sign")."""
    from newsprism.events.status import cues, lemma

    if tok.dep_ not in ("xcomp", "ccomp") or tok.head is tok:
        return False
    head = tok.head
    if any(k.dep_ == "neg" for k in head.children):
        return False
    return lemma(head) in cues()["planned_heads"] or head.text.lower() in cues()["planned_adjectives"]


def _plain_future(tok) -> bool:
    """A plain future ("will vote", "is going to vote"): no negation, modal of possibility or condition."""
    from newsprism.events.status import cues

    c = cues()
    aux = [k.text.lower() for k in tok.children if k.dep_ in ("aux", "neg", "mark")]
    if any(a in c["negation"] or a in c["possible_aux"] or a in c["conditional_marks"] for a in aux):
        return False
    going = tok.dep_ == "xcomp" and tok.head.text.lower() == "going"
    return any(a in c["future_aux"] for a in aux) or going


def group_events(doc, units, mentions: list[Mention], labels: list[int]) -> list[EventGroup]:
    """Events of one document from its mentions and their story-wide event indices."""
    event_words = {f"np:{m.lemma}" for m in mentions if m.pos == "NOUN"}
    by_event: dict[int, list[Mention]] = {}
    for m, c in zip(mentions, labels, strict=True):
        by_event.setdefault(c, []).append(m)
    out = []
    parts = [(c, part) for c, ms in by_event.items() for part in split_by_agent(ms)]
    for c, ms in parts:
        if all(m.lemma in REPORTING for m in ms) or not any(reportable(m) for m in ms):
            continue
        definite: set[str] = set()
        for m in ms:
            # an event word is never the actor ("the visit marked ..."), but may be what is acted on
            # ("signed the agreement")
            acting = m.args.get("agent", set())
            definite |= {k for k in m.args.get("definite", set()) if k not in event_words or k not in acting}
        if not definite and not (all(m.pos != "VERB" for m in ms) and any(
                event_date(m.token, units[m.sentence], doc) for m in ms)):
            continue
        noun_only = all(m.pos != "VERB" for m in ms)
        anchored = any(event_date(m.token, units[m.sentence], doc) for m in ms)
        if noun_only and (max(m.score for m in ms) < NOUN_ONLY_MIN_SCORE
                          or not (any(k.startswith("ent:") for k in definite) or anchored)):
            continue
        verbs = [m for m in ms if m.pos == "VERB" and reportable(m)] or [m for m in ms if reportable(m)]
        head = max(verbs, key=lambda m: float(m.status_probs.max()) if m.status_probs is not None else 0.0)
        agents = ordered_agents(head.token, units[head.sentence], doc)
        agents += [k for m in [head, *ms] for k in sorted(m.args.get("agent", set()))]
        patients = [k for m in [head, *ms] for k in sorted(m.args.get("patient", set()))]
        actor = _first(agents, event_words)
        target = _first([k for k in patients if _label(k) != actor], event_words)
        dates = [d for d in [event_date(m.token, units[m.sentence], doc) for m in [head, *ms]] if d]
        places = sorted({_label(k) for m in ms for k in m.args.get("place", set())})
        status, probs = head.status, head.status_probs
        if status in ("occurred", "hypothetical") and (
                any(_planned_mod(m.token) or _plain_future(m.token) or _planned_head(m.token) for m in ms)
                or (dates and doc.published and dates[0] > doc.published[:10])):
            # "the election planned for December", "the pilots will vote", a date after the article's own
            status = "planned"
        named = any(k.startswith("ent:") for k in definite)
        p_miss = float(np.prod([1.0 - m.score for m in ms]))
        conf = (1.0 - p_miss) * (NAMED_BONUS if named else DEFINITE_ONLY)
        out.append(EventGroup(
            event=c, mentions=sorted(ms, key=lambda m: m.start), head=head, status=status,
            status_confidence=float(probs.max()) if probs is not None else 0.0, actor=actor, target=target,
            date=dates[0] if dates else None, place=places[0] if places else None,
            attributed_to=attribution(head.token, units[head.sentence], doc), confidence=round(conf, 3),
            participants=definite))
    return sorted(out, key=lambda g: g.mentions[0].start)


def to_events(doc, units, groups: list[EventGroup]) -> list[Event]:
    """The document's Events (contract ``newsprism.analysis/2``): ids e1, e2, ... in text order; the head
    mention is the trigger, the others are ``mentions``; the type comes from the shipped event dictionary
    where the trigger is in it, else "other"."""
    from newsprism.events.extract import _trigger_types
    from newsprism.events.lexicon import load_lexicon

    lex = load_lexicon()
    out: list[Event] = []
    for g in groups:
        h = g.head
        toks = [m.token for m in [h, *g.mentions]]
        toks += [k for t in toks for k in t.children if k.dep_ == "dobj"]  # "imposed sanctions": a sanction
        names = next((n for t in toks for n in [_trigger_types(t, lex)[0]] if n), [])
        etype = lex.types[names[0]] if names else None
        if etype is None and not any(k.startswith("ent:") for k in g.participants):
            continue  # outside the dictionary, an event needs a named participant
        confidence = g.confidence if etype is not None else round(g.confidence * OUTSIDE_DICTIONARY, 3)
        unit = units[h.sentence]
        target = g.target
        if etype is not None and etype.name in SYMMETRIC:
            named = [k for k in ordered_agents(h.token, unit, doc) if k.startswith("ent:")]
            if len(named) >= 2 and _label(named[0]) == g.actor:
                target = _label(named[1])
        out.append(Event(
            id=f"e{len(out) + 1}", type=etype.name if etype else "other", cameo_root=etype.cameo_root if etype else None,
            trigger=h.text, trigger_start=h.start, trigger_end=h.end, actor=g.actor, target=target,
            date=g.date, place=g.place, status=g.status, status_confidence=round(g.status_confidence, 3),
            attributed_to=g.attributed_to, confidence=confidence,
            evidence=Span(start=unit.start, end=unit.end, text=doc.text[unit.start:unit.end]),
            mentions=[EventMention(start=m.start, end=m.end, text=m.text) for m in g.mentions if m is not h]))
    return out
