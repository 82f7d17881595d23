"""Who did what to whom, when and where: events from the dependency parse of each body paragraph.

A trigger is a verb (or an event noun such as "visit", "talks", "signing") found in our own dictionary
(data/event_types.json). From the parse around it we read the actor (subject or passive agent), the target
(object, "with"/"to"/"against" phrase, or a co-subject), the date (a resolved date mention in the clause),
the place ("in"/"at" a place), the status (planned / ongoing / denied / hypothetical from modality, tense and
negation) and who says so (the subject of a governing speech verb, or "according to X").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from newsprism.events.lexicon import Lexicon, base_form, load_lexicon, noun_base
from newsprism.model import DateMention, Document, Entity, Event, Span
from newsprism.nlp.parse_tree import ANAPHORIC_DETERMINERS, span_of, subject_of, subtree_span
from newsprism.nlp.spacy_pipe import ParsedPiece

ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")
PLACE_LABELS = ("GPE", "LOC", "FAC")
NEG = {"not", "n't", "never", "no"}
# Triggers that report speech are attribution, not events of their own.
SPEECH_ONLY = {"say", "tell", "add", "note", "describe", "brief", "comment", "state", "remark", "stress"}
CHAIN_DEPS = {"xcomp", "ccomp", "conj", "advcl", "acl", "relcl", "dobj", "pobj", "prep", "attr", "nsubjpass",
              "nsubj", "appos", "pcomp", "oprd", "compound", "amod", "nmod", "npadvmod"}


class _Ctx:
    """Per-document lookups: entities and dates by character position."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.entities: list[Entity] = sorted(doc.entities, key=lambda e: e.start)
        self.dates: list[DateMention] = sorted(doc.dates, key=lambda d: d.start)
        # The dateline's place ("Port Vell, Maravia – ...") is where it was filed, never an actor.
        self.dateline = (doc.dateline.start, doc.dateline.end) if doc.dateline else None

    def entity_in(self, start: int, end: int, labels: Iterable[str], head: int | None = None) -> Entity | None:
        found = [e for e in self.entities if e.start >= start and e.end <= end and e.label in labels
                 and not (self.dateline and e.start < self.dateline[1] and e.end > self.dateline[0])]
        if not found:
            return None
        if head is not None:
            for e in found:
                if e.start <= head < e.end:
                    return e
        rank = {lab: i for i, lab in enumerate(labels)}
        return sorted(found, key=lambda e: (rank.get(e.label, 9), e.start))[0]


def _np_label(tok: Any, offset: int, ctx: _Ctx) -> str | None:
    """Canonical entity for a noun phrase, else its trimmed text (a role like "the two governments")."""
    if ctx.dateline and ctx.dateline[0] <= offset + tok.idx < ctx.dateline[1]:
        # The parser often makes the dateline the subject, with the real one as its apposition.
        real = [k for k in tok.subtree if k.dep_ == "appos" and offset + k.idx >= ctx.dateline[1]]
        if not real:
            # otherwise the first named party after the dash, within the subject's own words
            _, end = subtree_span(tok, offset)
            sent_end = offset + tok.sent.end_char
            verb_at = offset + tok.head.idx if tok.head.idx > tok.idx else sent_end
            ent = ctx.entity_in(ctx.dateline[1], max(end, verb_at), ACTOR_LABELS)
            return ent.canonical if ent is not None else None
        tok = real[0]
    start, end = subtree_span(tok, offset)
    # Clauses hanging off the noun ("that would ...") are not part of who it is.
    for child in tok.rights:
        if child.dep_ in ("relcl", "acl", "punct", "cc", "conj", "appos"):
            end = min(end, offset + child.left_edge.idx)
            break
    ent = ctx.entity_in(start, end, ACTOR_LABELS, head=offset + tok.idx)
    if ent is not None:
        return ent.canonical
    if tok.pos_ == "PRON":
        return None
    text = ctx.doc.text[start:end].strip(" ,;")
    words = text.split()
    if not words or len(words) > 6:
        return tok.text
    if words[0].lower() in ("the", "a", "an", "his", "her", "its", "their", "our"):
        words = words[1:]
    return " ".join(words) or None


def _base(tok: Any, lex: Lexicon) -> str:
    return base_form(tok.text, lex.vocab)


def _trigger_types(tok: Any, lex: Lexicon) -> tuple[list[str], str, int]:
    """(type names, trigger base, index of last token of a phrase trigger)."""
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        b = _base(tok, lex)
        sent_end = tok.sent.end
        for tail, name in lex.phrases.get(b, []):
            window = [t.text.lower() for t in tok.doc[tok.i + 1 : min(sent_end, tok.i + 6)]]
            if window and all(w in window for w in tail):
                last = tok.i + 1 + max(window.index(w) for w in tail)
                return [name], f"{b} {' '.join(tail)}", last
        if b in lex.verbs and tok.pos_ != "AUX":
            return lex.verbs[b], b, tok.i
    elif tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in ("PERSON", "GPE", "ORG", "FAC", "NORP"):
        low = tok.text.lower()
        for key in (low, noun_base(low)):
            if key in lex.nouns:
                return lex.nouns[key], key, tok.i
    return [], "", tok.i


def _chain(tok: Any) -> list[Any]:
    """The trigger and the verbs/nouns governing it up to the clause root (for status and attribution)."""
    out = [tok]
    cur = tok
    # A relative clause has its own modality: "a man whose regime jailed X" is not hypothetical because
    # the sentence around it asks "can we trust ...".
    while cur.head is not cur and cur.dep_ in CHAIN_DEPS and cur.dep_ not in ("relcl", "acl") and len(out) < 8:
        cur = cur.head
        out.append(cur)
    return out


def _status(tok: Any, lex: Lexicon, is_noun: bool) -> str:
    cues = lex.cues
    chain = _chain(tok)
    for i, t in enumerate(chain):
        b = _base(t, lex)
        kids = list(t.children)
        if i > 0 and b in lex.speech_verbs:
            break  # the reporting verb's own tense says nothing about the event
        if any(k.dep_ == "neg" or (k.text.lower() in NEG and k.dep_ in ("neg", "det", "advmod")) for k in kids):
            return "denied"
        if i > 0 and b in cues["denial_heads"] and tok.dep_ in ("ccomp", "dobj"):
            return "denied"
        if any(k.dep_ == "mark" and k.text.lower() in cues["hypothetical_marks"] for k in kids) and i <= 1:
            return "hypothetical"
        if any(k.dep_ == "aux" and k.text.lower() in cues["hypothetical_aux"] for k in kids):
            return "hypothetical"
        if any(k.dep_ == "aux" and k.text.lower() in cues["future_aux"] for k in kids) and (
                i == 0 or chain[i - 1].dep_ in ("xcomp", "ccomp", "dobj", "conj")):
            return "planned"
        if (is_noun or i == 0) and any(k.dep_ in ("amod", "compound", "acl") and k.text.lower()
                                       in cues["planned_adjectives"] for k in kids):
            return "planned"  # "the planned signing", "an election planned for December"
        # "plans to sign", "is planned to be signed", "expected visit": only through a complement, not
        # through a prepositional object ("agreed to several accords" is done, not planned).
        link = chain[i - 1].dep_ if i > 0 else ""
        if i > 0 and b in cues["planned_heads"] and link in ("xcomp", "ccomp", "dobj", "nsubjpass"):
            return "planned"
        if i > 0 and b in cues["ongoing_heads"]:
            return "ongoing"
        if t.tag_ == "VBG" and any(k.dep_ in ("aux", "auxpass") and k.text.lower() in
                                   ("is", "are", "am", "being") for k in kids):
            return "ongoing"
        if t.tag_ == "VBN" and any(k.dep_ == "auxpass" and k.text.lower() == "being" for k in kids):
            return "ongoing"
        if i == 0 and t.tag_ == "VB" and any(k.dep_ == "aux" and k.text.lower() == "to" for k in kids) \
                and t.dep_ in ("acl", "relcl"):
            return "planned"
        if i > 0 and b in cues["occurred_heads"]:
            return "occurred"
    return "occurred"


def _attribution(tok: Any, lex: Lexicon, offset: int, ctx: _Ctx) -> str | None:
    chain = _chain(tok)
    for t in chain[1:]:
        if _base(t, lex) in lex.speech_verbs:
            for k in t.children:
                if k.dep_ in ("nsubj", "nsubjpass"):
                    return _np_label(k, offset, ctx)
    sent = tok.sent
    for t in sent:
        if t.text.lower() == "according" and t.i + 2 < sent.end and t.nbor(1).text.lower() == "to":
            obj = [k for k in t.nbor(1).children if k.dep_ == "pobj"]
            if obj:
                return _np_label(obj[0], offset, ctx)
    return None


# Joint actions: in "X and Y met" Y is the counterpart. In "X and Y imposed sanctions" Y is a co-actor.
SYMMETRIC = frozenset({"meet", "agree", "sign", "cooperate", "intend_cooperate", "fight"})


def _roles(tok: Any, offset: int, ctx: _Ctx, is_noun: bool,
           symmetric: bool = True) -> tuple[str | None, str | None]:
    actor = target = None
    if is_noun:
        for k in tok.children:
            if k.dep_ == "poss":
                actor = _np_label(k, offset, ctx)
        if actor is None and tok.dep_ in ("dobj", "attr") and tok.head.pos_ in ("VERB", "AUX"):
            subj = subject_of(tok.head)
            if subj is not None:  # "X concluded a visit": X; "an outcome was the signing": nobody
                start, end = subtree_span(subj, offset)
                if ctx.entity_in(start, end, ACTOR_LABELS) is not None or tok.dep_ == "dobj":
                    actor = _np_label(subj, offset, ctx)
        for k in tok.children:
            if k.dep_ == "prep" and k.text.lower() in ("to", "with", "against", "between", "on"):
                objs = [g for g in k.children if g.dep_ == "pobj"]
                if objs:
                    target = _np_label(objs[0], offset, ctx)
                    break
        return actor, target
    subj = subject_of(tok)
    passive = any(k.dep_ == "auxpass" for k in tok.children) or (subj is not None and subj.dep_ == "nsubjpass")
    agent = next((g for k in tok.children if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"), None)
    if passive:
        actor = _np_label(agent, offset, ctx) if agent is not None else None
        target = _np_label(subj, offset, ctx) if subj is not None else None
    else:
        actor = _np_label(subj, offset, ctx) if subj is not None else None
        if subj is not None and symmetric:
            co = [c for c in subj.children if c.dep_ == "conj"]
            if co:
                target = _np_label(co[0], offset, ctx)
        if target is None:
            # A named participant wins over a plain object: "rolled out the red carpet for Varkel" targets
            # Varkel, not the carpet; a plain object is kept only when no named one is there.
            plain = None
            for k in tok.children:
                if k.dep_ in ("dobj", "dative"):
                    start, end = subtree_span(k, offset)
                    if ctx.entity_in(start, end, ACTOR_LABELS) is not None:
                        target = _np_label(k, offset, ctx)
                        break
                    plain = plain or _np_label(k, offset, ctx)
                if k.dep_ == "prep" and k.text.lower() in ("with", "to", "against", "on", "for"):
                    objs = [g for g in k.children if g.dep_ == "pobj"]
                    start, end = subtree_span(objs[0], offset) if objs else (0, 0)
                    if objs and ctx.entity_in(start, end, ACTOR_LABELS) is not None:
                        target = _np_label(objs[0], offset, ctx)
                        break
            target = target or plain
    # A parse that makes the actor its own target (a dateline read as a conjunct) has no target.
    return actor, (None if target == actor else target)


def _date_place(tok: Any, offset: int, ctx: _Ctx, scope: tuple[int, int]) -> tuple[str | None, str | None]:
    sent_start, sent_end = span_of(tok.sent, offset)
    lo, hi = scope
    trig = offset + tok.idx
    best: DateMention | None = None
    for d in ctx.dates:
        if d.iso is None or d.granularity in ("duration",) or not (lo <= d.start and d.end <= hi):
            continue
        before = ctx.doc.text[max(sent_start, d.start - 60) : d.start].lower()
        since = before.rfind("since ")
        if since >= 0 and not any(ch in before[since:] for ch in ",;"):
            continue  # "since 1987", "since relations were established in 1999": a reference point
        if best is None or abs(d.start - trig) < abs(best.start - trig):
            best = d
    place = None
    for t in tok.subtree:
        if t.dep_ == "pobj" and t.head.text.lower() in ("in", "at") and t.head.head is not None:
            ent = ctx.entity_in(offset + t.left_edge.idx, offset + t.right_edge.idx + len(t.right_edge.text),
                                PLACE_LABELS)
            if ent is not None:
                place = ent.canonical
                break
    return (best.iso if best else None), place


def _evidence(tok: Any, lex: Lexicon, offset: int, doc: Document) -> Span:
    top = tok
    for t in _chain(tok)[1:]:
        if _base(t, lex) in lex.speech_verbs or t.pos_ not in ("VERB", "AUX", "NOUN"):
            break
        top = t
    start, end = subtree_span(top, offset)
    s_start, s_end = span_of(tok.sent, offset)
    if end - start > 320:  # a very long governing clause: fall back to the trigger's own subtree
        start, end = subtree_span(tok, offset)
    start, end = max(start, s_start), min(end, s_end)
    return Span(start=start, end=end, text=doc.text[start:end])


def extract_events(doc: Document, parsed: list[ParsedPiece]) -> list[Event]:
    lex = load_lexicon()
    ctx = _Ctx(doc)
    body = {i for i, p in enumerate(doc.paragraphs) if p.kind == "body"}
    events: list[Event] = []
    seen: set[tuple] = set()
    for pi, offset, sdoc in parsed:
        if pi not in body:
            continue
        used: set[int] = set()
        for tok in sdoc:
            if tok.i in used:
                continue
            names, trigger, last = _trigger_types(tok, lex)
            if not names:
                continue
            is_noun = tok.pos_ in ("NOUN", "PROPN")
            if trigger in SPEECH_ONLY or (tok.i >= 2 and tok.nbor(-2).text.lower() == "so"
                                          and tok.nbor(-1).text == "-"):
                continue
            if is_noun:
                head = tok.head
                hnames, htrig, _ = _trigger_types(head, lex) if head is not tok else ([], "", 0)
                if hnames and htrig not in SPEECH_ONLY and _base(head, lex) not in lex.cues["occurred_heads"]:
                    continue  # "signed an agreement": the verb event covers the noun
                mods = [k for k in tok.children if k.dep_ in ("amod", "compound", "poss", "prep", "nummod")]
                if tok.dep_ == "compound" or (not mods and any(
                        k.dep_ == "det" and k.text.lower() in ANAPHORIC_DETERMINERS for k in tok.children)):
                    continue  # an anaphoric "the visit ..." adds nothing new; "Opposition leader" is a role
                if tok.dep_ in ("nsubj", "nsubjpass") and not mods:
                    continue
            elif _base(tok, lex) in lex.cues["occurred_heads"] and any(
                    k.dep_ == "dobj" and _trigger_types(k, lex)[0] for k in tok.children):
                continue  # "concluded a visit": the noun is the event, the verb marks it done
            used.update(range(tok.i, last + 1))
            name = names[0]
            etype = lex.types[name]
            actor, target = _roles(tok, offset, ctx, is_noun, symmetric=name in SYMMETRIC)
            evidence = _evidence(tok, lex, offset, doc)
            date, place = _date_place(tok, offset, ctx, (evidence.start, evidence.end))
            status = _status(tok, lex, is_noun)
            t_start, t_end = offset + tok.idx, offset + tok.doc[last].idx + len(tok.doc[last].text)
            ev = Event(id="", type=name, cameo_root=etype.cameo_root, trigger=doc.text[t_start:t_end],
                       trigger_start=t_start, trigger_end=t_end, actor=actor, target=target,
                       date=date, place=place, status=status,
                       attributed_to=_attribution(tok, lex, offset, ctx), evidence=evidence)
            key = (ev.type, ev.actor, ev.target, ev.status, ev.date, ev.evidence.start)
            if key in seen:
                continue
            seen.add(key)
            events.append(ev)
    kept = _drop_noun_doubles(events, lex)
    for k, ev in enumerate(kept, start=1):
        ev.id = f"e{k}"
    return kept


def _drop_noun_doubles(events: list[Event], lex: Lexicon) -> list[Event]:
    """"A rail-link agreement ... is planned to be signed": keep the verb event, not the noun one too."""
    verbs = {(e.evidence.start, e.evidence.end, lex.types[e.type].plover) for e in events
             if e.trigger.lower() not in lex.nouns and noun_base(e.trigger.lower()) not in lex.nouns}
    return [e for e in events if not ((e.trigger.lower() in lex.nouns or noun_base(e.trigger.lower()) in lex.nouns)
            and (e.evidence.start, e.evidence.end, lex.types[e.type].plover) in verbs)]


def classify_sentence(sdoc: Any) -> str | None:
    """The CAMEO root of the most salient event in one parsed sentence (for evaluation), or None.

    Salience: a trigger on the main-clause chain beats one in background (relative clauses, noun
    modifiers); then a verb beats an event noun; then the dictionary priority (a reported attack outranks
    the "said" around it); then the shallower trigger.
    """
    lex = load_lexicon()
    best: tuple | None = None
    root = None
    for tok in sdoc:
        names, trigger, _ = _trigger_types(tok, lex)
        if not names:
            continue
        et = lex.types[names[0]]
        path = [t.dep_ for t in _full_path(tok)]
        background = any(d in ("relcl", "acl", "amod", "compound") for d in path)
        rank = (not background, tok.pos_ in ("VERB", "AUX"), et.priority, -len(path))
        if best is None or rank > best:
            best, root = rank, et.cameo_root
    return root


def _full_path(tok: Any) -> list[Any]:
    out = [tok]
    while out[-1].head is not out[-1] and len(out) < 12:
        out.append(out[-1].head)
    return out[:-1] if len(out) > 1 else out
