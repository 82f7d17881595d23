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

from dataclasses import dataclass, field

import numpy as np

from newsprism.events.coref import REPORTING
from newsprism.events.mentions import Mention
from newsprism.events.participants import attribution

NAMED_BONUS = 1.0
DEFINITE_ONLY = 0.85  # confidence factor when no participant is named, only definite


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


def _label(key: str) -> str:
    return key.split(":", 1)[1]


def _first(keys: list[str], avoid: set[str]) -> str | None:
    named = [k for k in keys if k.startswith("ent:") and k not in avoid]
    plain = [k for k in keys if k.startswith("np:") and k not in avoid]
    pick = (named or plain or [None])[0]
    return _label(pick) if pick else None


def group_events(doc, units, mentions: list[Mention], labels: list[int]) -> list[EventGroup]:
    """Events of one document from its mentions and their story-wide event indices."""
    event_words = {f"np:{m.lemma}" for m in mentions if m.pos == "NOUN"}
    by_event: dict[int, list[Mention]] = {}
    for m, c in zip(mentions, labels, strict=True):
        by_event.setdefault(c, []).append(m)
    out = []
    for c, ms in by_event.items():
        if all(m.lemma in REPORTING for m in ms):
            continue
        definite: set[str] = set()
        for m in ms:
            definite |= {k for k in m.args.get("definite", set()) if k not in event_words}
        if not definite:
            continue
        verbs = [m for m in ms if m.pos == "VERB"] or ms
        head = max(verbs, key=lambda m: float(m.status_probs.max()) if m.status_probs is not None else 0.0)
        agents = [k for m in [head, *ms] for k in sorted(m.args.get("agent", set()))]
        patients = [k for m in [head, *ms] for k in sorted(m.args.get("patient", set()))]
        actor = _first(agents, event_words)
        target = _first([k for k in patients if _label(k) != actor], event_words)
        dates = sorted({_label(k) for m in ms for k in m.args.get("date", set())})
        places = sorted({_label(k) for m in ms for k in m.args.get("place", set())})
        named = any(k.startswith("ent:") for k in definite)
        p_miss = float(np.prod([1.0 - m.score for m in ms]))
        conf = (1.0 - p_miss) * (NAMED_BONUS if named else DEFINITE_ONLY)
        probs = head.status_probs
        out.append(EventGroup(
            event=c, mentions=sorted(ms, key=lambda m: m.start), head=head, status=head.status,
            status_confidence=float(probs.max()) if probs is not None else 0.0, actor=actor, target=target,
            date=dates[0] if dates else None, place=places[0] if places else None,
            attributed_to=attribution(head.token, units[head.sentence], doc), confidence=round(conf, 3),
            participants=definite))
    return sorted(out, key=lambda g: g.mentions[0].start)
