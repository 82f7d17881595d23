"""Standing facts: the jobs, offices, roles and origins a document says someone holds or held (round 21).

A role held is a standing state, not a happening: the events layer does not state it as an event
(:func:`newsprism.events.clauses.holds_role`, round 19). It is still a checkable fact ("only one outlet says the
conductor has previously worked with the Orvell Philharmonic"), so the events component declares it as a layer of its own,
``Document.standing_facts``, read from the same clauses by the same rule (:func:`~newsprism.events.clauses.role_held`),
for the story layer's "only one source" items (:func:`newsprism.story.uniques.standing_units`). A clause the rule
reads as held is a fact unless it is negated ("never worked for the agency"), or, for a role after "as", unless the
role noun is no kind of person or post (:func:`role_is_personal`, round 21: "a look at his planning now serves as some
serious foreshadowing" is a figure of speech, not a role). Every span is an offset into ``Document.text``.

The person test is asked here only, not in :func:`~newsprism.events.clauses.holds_role`: a clause "serves as" a
figure of speech ("the fine serves as a warning") is no happening either, so the event list keeps dropping it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from newsprism.events.clauses import HELD_TAGS, NAMED_EMPLOYER_KINDS, PERFECT_AUX, _aux, negated, role_held
from newsprism.lexicon import is_person_kind
from newsprism.model import Document, Span, StandingFact, StandingStatus

__all__ = ["how_held", "role_is_personal", "standing_facts"]

log = logging.getLogger(__name__)

HOLDER_DEPS = ("nsubj", "nsubjpass")
PAST_AUX = frozenset({"had", "was", "were"})  # "had served as", "was working for"
RELATIVE_TAGS = ("WP", "WDT", "WP$")  # "who", "which", "whose": the holder is the noun the clause describes
TRAILING = ",.;:!?-\u2013\u2014 "  # punctuation a subtree ends with that is the sentence's, not the phrase's
MAX_PHRASE = 120  # characters of an organisation or holder phrase kept (a longer subtree is cut at a word)


# how a standing fact is held, in the words a report shows (never the machine labels)
HOW_HELD = {"current": "a role held", "former": "a past role", "to_date": "a career to date"}
ORIGIN_WORDS = "where someone is from"


def how_held(fact: StandingFact) -> str:
    """How the fact is held, in plain words ("a past role", "where someone is from")."""
    return ORIGIN_WORDS if fact.kind == "origin" else HOW_HELD[fact.status]


def _at(unit: Any, tok: Any) -> int:
    return int(unit.start - unit.span.start_char + tok.idx)


def _phrase(doc: Document, unit: Any, tok: Any) -> tuple[int, int]:
    """The word's phrase (its subtree) as offsets into the document text, without trailing punctuation."""
    a, b = _at(unit, tok.left_edge), _at(unit, tok.right_edge) + len(tok.right_edge.text)
    while b > a and doc.text[b - 1] in TRAILING:
        b -= 1
    return a, b


def _named_in(doc: Document, start: int, end: int) -> bool:
    """A named entity (organisation, place, group or person) inside [start, end)."""
    return any(start <= e.start < end and e.label in NAMED_EMPLOYER_KINDS for e in doc.entities)


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_PHRASE else text[:MAX_PHRASE].rsplit(" ", 1)[0] + "…"


def _holder(doc: Document, unit: Any, verb: Any) -> str | None:
    subj = next((k for k in verb.children if k.dep_ in HOLDER_DEPS), None)
    if (subj is None or subj.tag_ in RELATIVE_TAGS) and verb.dep_ == "relcl":
        subj = verb.head  # "the doctor, who has worked with ...": the relative clause's head
    if subj is None or subj.pos_ == "PRON":
        return None
    at = _at(unit, subj)
    named = next((e.canonical for e in doc.entities if e.start <= at < e.end and e.label == "PERSON"), None)
    if named:
        return named
    a = _at(unit, subj.left_edge)
    return _cut(doc.text[a : at + len(subj.text)])


def role_is_personal(noun: Any) -> bool:
    """Whether the role noun after "as" (a parsed token) names a kind of person or a post a person holds
    (:func:`newsprism.lexicon.is_person_kind`): the noun with its compounds first ("assistant coach"), then the
    noun alone. A noun WordNet does not know (a new job title, "podcaster") is kept as a role: the verbs that lead
    here ("serve as", "work as") mostly name jobs, and dropping a real role for a missing word would hide a
    checkable fact; it is logged (DEBUG) so that the unknown words can be counted."""
    from newsprism.events.status import lemma

    head = str(lemma(noun)).lower()
    compounds = [k.text.lower() for k in noun.children if k.dep_ == "compound" and k.i < noun.i]
    answer = is_person_kind(" ".join([*compounds, head])) if compounds else None
    if answer is None:
        answer = is_person_kind(head)
    if answer is None:
        log.debug("standing fact: role noun %r is not in WordNet; kept as a role", head)
        return True
    return answer


def _status(verb: Any) -> StandingStatus:
    aux = set(_aux(verb))
    if aux & (PERFECT_AUX - {"had"}):
        return "to_date"
    if aux & PAST_AUX or verb.tag_ == "VBD" and not aux:
        return "former"
    return "current"


def standing_facts(doc: Document, units: Sequence[Any]) -> list[StandingFact]:
    """Every role, job, office or origin told as held in the document's parsed sentences (``units``: the events
    layer's :class:`~newsprism.events.mentions.SentenceUnit`), in text order."""
    out: list[StandingFact] = []
    for unit in units:
        for tok in unit.span:
            if tok.pos_ != "VERB" or tok.tag_ not in HELD_TAGS:
                continue
            held = role_held(tok)
            if held is None or negated(tok):
                continue
            kind, obj = held
            if kind == "role" and obj is not None and not role_is_personal(obj):
                continue
            role = organisation = None
            named = False
            if obj is not None:
                a, b = _phrase(doc, unit, obj)
                text = _cut(doc.text[a:b])
                if kind in ("role", "part"):
                    role = text
                else:
                    organisation = text
                    named = _named_in(doc, a, b) or obj.ent_type_ in NAMED_EMPLOYER_KINDS
            # the verb's subtree: a relative clause's starts at its pronoun ("who has worked with ..."), without
            # the noun it describes
            clause = _phrase(doc, unit, tok)
            span = _phrase(doc, unit, obj) if obj is not None else (0, 0)
            when = next((d.text for d in doc.dates if clause[0] <= d.start < clause[1]
                         and not span[0] <= d.start < span[1]), None)
            v = _at(unit, tok)
            out.append(StandingFact(
                holder=_holder(doc, unit, tok), kind=kind, role=role,
                organisation=organisation, named=named, time=when, status=_status(tok),
                verb=Span(start=v, end=v + len(tok.text), text=tok.text),
                evidence=Span(start=clause[0], end=clause[1], text=doc.text[clause[0] : clause[1]])))
    return out
