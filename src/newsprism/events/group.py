"""One event per happening in a document: coreferent mentions grouped, and only events a reader would accept.

A group is the mentions of one document that share a story-wide event id. It is an event when:
- some mention has a participant that is a named entity, a pronoun or a definite noun phrase, and that
  participant is not itself an event word ("the visit" is never the actor of "marked");
- it is not only reporting ("said", "told": these make ``attributed_to`` of the events they report).
- outside the event dictionary (type "other"), it has a named participant and an actor that is named or
  definite, and its verb is not a simple present or modal outside a headline (a state, stance or norm).
- it has a mention that does more than characterize a content object ("the report offers a glimpse" alone is
  no event, ``clauses.characterizes``).
A support verb and its event noun, a typed verb and its same-type event object, and a directive and its
infinitival complement, are one event (``clauses``). The event reads its status from its most confident verbal
mention (a noun mention's status only when there is no verb), corrected by what its clause says for sure
(``read_status``), with ``status_confidence`` for the status it states (``status_certainty``); its actor and
target from its head mention's own clause (``_slot``: another mention's of the same sentence only when that clause
names nobody in the role, never a name for a pronoun), shown as the name or the common noun's phrase, and its date
and place from the head's sentence (``setting``). A first confidence is the product
of its head's trigger probability, the happening filter's probability that it is a specific happening
(``happening``), the status model's certainty and whether a participant is named: it orders the repeats that fold
into one event (``statement``). The stated ``Event.confidence`` is then the learned probability that a careful reader
accepts the event as stated (``newsprism.events.confidence``), and the events are ranked by it. Those whose head the
happening filter puts under ``min_happening``, those the fragment check (``newsprism.events.fragment``) puts at or
above ``max_fragment``, and those whose confidence is under ``min_event_confidence``
(``data/event_confidence.json``; null, as shipped: none) are not stated. Last, an event the learned duplicate check
(``newsprism.events.duplicate``) puts at or above ``min_duplicate`` repeats a more confident event: it becomes that
event's mentions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from newsprism.events.clauses import (
    addresses_reader,
    anonymity_reason,
    asks_anonymity,
    attempted,
    borrowed_agent,
    caption_paragraphs,
    characterizes,
    cites_source,
    cognate_object,
    complement_of,
    conditional,
    counterfactual,
    credits_writer,
    debunked_content,
    delayed_until,
    describes_source,
    do_negated,
    habitual,
    holds_role,
    implied_by_past,
    in_headline,
    irrealis,
    is_modal_statement,
    is_past,
    is_simple_present,
    judged_state,
    kept_silent,
    link_paragraphs,
    narrative_speech,
    negated,
    noun_act,
    ongoing_modifier,
    performative,
    plan_content,
    support_object,
    until_status,
)
from newsprism.events.confidence import Candidate, event_confidences
from newsprism.events.coref import REPORTING
from newsprism.events.duplicate import fold_duplicates, fold_retold
from newsprism.events.fragment import fragment_probability
from newsprism.events.mentions import Mention
from newsprism.events.participants import attribution, is_passive, ordered_agents, slot_fillers
from newsprism.events.setting import event_date, event_place, sentence_place
from newsprism.events.statement import one_happening, repeat_keys, sentence_times, short_names, speech_act
from newsprism.model import Event, EventMention, Span
from newsprism.nlp.parse_tree import is_root, word

NAMED_BONUS = 1.0
DEFINITE_ONLY = 0.85  # confidence factor when no participant is named, only definite
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
    actor_key: str | None = None  # the actor's participant key ("ent:<name>", "np:<head>")
    target: str | None = None
    date: str | None = None
    place: str | None = None
    attributed_to: str | None = None
    confidence: float = 0.0
    happening: float = 1.0  # the happening filter's probability for the head mention
    participants: set[str] = field(default_factory=set)
    named: bool = False  # a participant is named or specified by a name
    has_actor: bool = False  # an agent that is named, a pronoun or definite
    generic: bool = False  # a simple-present or modal main verb outside a headline: a state, stance or norm
    aims: list[Mention] = field(default_factory=list)  # mentions of the act's aim: evidence, not its type
    status_rule: bool = False  # a clause rule set the status against the status model


@lru_cache(maxsize=1)
def filters() -> dict[str, frozenset[str]]:
    raw = json.loads(resources.files("newsprism.events").joinpath("data/event_filters.json").read_text("utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_") and isinstance(v, list)}


@lru_cache(maxsize=1)
def confidence_config() -> dict:
    """Named confidence values of the events layer (``data/event_confidence.json``, each with its reason)."""
    return json.loads(resources.files("newsprism.events").joinpath("data/event_confidence.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _verb_vocab() -> frozenset[str]:
    from newsprism.events.lexicon import load_lexicon

    f = filters()
    return load_lexicon().vocab | f["light_verbs"] | f["stative_verbs"]


def reportable(m: Mention) -> bool:
    """Whether a mention can carry an event: not a light verb, not a participle adjunct ("..., marking the
    first visit"), and a noun only when the event dictionary has it."""
    from newsprism.events.lexicon import base_form, load_lexicon, noun_base

    f = filters()
    if m.pos == "VERB":
        # the rule lemmatizer alone reads "hoping" as "hop": the dictionary's base form is asked as well
        bases = {m.lemma, base_form(m.text, _verb_vocab())}
        if bases & (f["light_verbs"] | f["stative_verbs"]):
            return False
        return not (m.token.tag_ == "VBG" and m.token.dep_ in f["adjunct_deps"])
    lex = load_lexicon()
    return m.lemma in lex.nouns or noun_base(m.text) in lex.nouns or m.text.lower() in lex.nouns


def _split(ms: list[Mention], role: str, prefixes: tuple[str, ...],
           blind: frozenset[int] = frozenset()) -> list[list[Mention]]:
    groups: dict[str, list[Mention]] = {}
    rest = []
    for m in ms:
        keys = [] if id(m) in blind else sorted(k for k in m.args.get(role, set()) if k.startswith(prefixes))
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
    verb mentions whose objects differ, when both are names or both common nouns, a common noun told apart by
    the names that specify it (signed a fisheries pact; plans to sign a customs agreement; concluded 12
    agreements; an agreement between Drava and Port Vell); mentions with neither stay with the largest group. A name against a
    common noun is no evidence of two happenings: "fired Dorrow" and "fired his lawyer's client" may be one
    firing. Nor are two different common nouns as doers: "the bill passed" and "the act, which passed" may be
    one passage. An event noun's doer borrowed from a verb that is not its support verb splits nothing
    (``clauses.borrowed_agent``)."""
    out = []
    for part in _split(ms, "agent", ("ent:",), frozenset(id(m) for m in ms if borrowed_agent(m.token))):
        verbs = [m for m in part if m.pos == "VERB"]
        if len(verbs) < 2:
            out.append(part)
            continue
        out += [q for p in _split(part, "patient", ("ent:",)) for q in _split(p, "patient_id", ("np:",))]
    return out


def _label(key: str) -> str:
    return key.split(":", 1)[1]


def _slot(doc, units, head: Mention, ms: list[Mention], role: str,
          avoid: set[str]) -> tuple[str | None, str | None]:
    """(key, words) of the event's actor (``role`` "agent") or target ("patient"): from the head mention's own
    clause (``participants.slot_fillers``); from the other mentions of its sentence only when the head's clause has
    nobody in that role at all (another sentence's mention may be another happening merged in: "the deal" of one
    sentence is not the later deal of another), and never the doer of a passive that leaves it unsaid. A pronoun there leaves the slot empty
    rather than borrowing a name from another clause ("..., but he declined" is not the declining of the name in
    another sentence). A name is preferred to a common noun ("rolled out the red carpet for Varkel": Varkel), but
    not the object of a preposition of topic to a direct object ("offered dirt on a rival": the dirt); an event word
    is never a participant."""
    mine = [f for f in slot_fillers(head.token, units[head.sentence], doc) if f.role == role]
    # an event word as what is acted on is the event itself ("filed charges against him"): the participants of
    # that event noun, a mention in the same sentence, are the event's; an event word as the doer ("the hearing
    # offered") leaves the doer unsaid
    own = [f for f in mine if role == "agent" or f.key not in avoid]
    if not own and role == "agent" and head.pos == "VERB" and is_passive(head.token):
        return None, None  # a passive without its agent leaves the doer unsaid ("he was removed last year")
    others = [m for m in ms if m is not head and m.sentence == head.sentence]
    pool = own or [f for m in others for f in slot_fillers(m.token, units[m.sentence], doc) if f.role == role]
    pool = [f for f in pool if f.key not in avoid and f.key.startswith(("ent:", "np:"))]
    picks = sorted(pool, key=lambda f: (f.topic, not f.key.startswith("ent:")))  # stable: text order kept
    return (picks[0].key, picks[0].shown) if picks else (None, None)


def _planned_mod(tok) -> bool:
    """An event noun told as planned by its modifier ("the proposed merger") or held by a prospect noun."""
    from newsprism.events.status import cues, lemma

    adj = cues()["planned_adjectives"]
    if any(k.dep_ in ("amod", "acl", "compound") and k.text.lower() in adj for k in tok.children):
        return True
    # "the prospect of U.S. airstrikes": the event noun a prospect noun holds is in prospect, not done
    prep = tok.head
    return tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.text.lower() == "of" and not is_root(prep) \
        and prep.head.pos_ == "NOUN" and lemma(prep.head) in filters()["prospect_nouns"]


def _planned_head(tok) -> bool:
    """Governed through a complement by a verb of planning ("plans to sign", "is expected to sign"), or the
    event-noun object of a verb that announces or plans it ("announced a strike")."""
    from newsprism.events.status import cues, lemma

    if is_root(tok):
        return False
    head = tok.head
    if any(k.dep_ == "neg" for k in head.children):
        return False
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":  # "announced a strike": announced, not yet struck
        return head.pos_ == "VERB" and lemma(head) in filters()["planned_object_heads"]
    if tok.dep_ not in ("xcomp", "ccomp"):
        return False
    return lemma(head) in cues()["planned_heads"] or head.text.lower() in cues()["planned_adjectives"]


def _reported_future(tok) -> bool:
    """A future told in reported speech ("the committee said it would defer its inquiry"): "would" in the
    clause a past verb of saying or announcing reports is the past of "will", not a condition (a condition around
    it is read after, by ``irrealis``)."""
    from newsprism.events.status import cues, lemma

    if tok.pos_ != "VERB" or tok.dep_ != "ccomp" or is_root(tok):
        return False
    aux = [word(k) for k in tok.children if k.dep_ in ("aux", "neg")]
    if not any(a in cues()["conditional_aux"] for a in aux) or any(a in cues()["negation"] for a in aux):
        return False
    head = tok.head
    return lemma(head) in cues()["speech_heads"] and is_past(head) and not any(
        k.dep_ == "neg" for k in head.children)


def _plain_future(tok) -> bool:
    """A plain future ("will vote", "is going to vote"): no negation, modal of possibility or condition."""
    from newsprism.events.status import cues

    c = cues()
    aux = [word(k) for k in tok.children if k.dep_ in ("aux", "neg", "mark")]
    if any(a in c["negation"] or a in c["possible_aux"] or a in c["conditional_marks"] for a in aux):
        return False
    going = tok.dep_ == "xcomp" and tok.head.text.lower() == "going"
    return any(a in c["future_aux"] for a in aux) or going


def fold(mentions: list[Mention]) -> tuple[dict[int, int], set[int], set[int]]:
    """The mentions that belong to another mention's predication, each with that mention (its anchor): a
    support verb goes with the event noun it takes as object ("drew criticism"), a cognate event-noun object
    with its typed verb ("fought a battle"), an infinitival or subjunctive complement with the directive or
    commissive act that governs it ("urged them to leave", "demanded he step down"), a purpose infinitive and an
    aim noun with the act they are the aim of ("gathered to push for", "sued in an effort to overturn"). Returns
    {mention: anchor}, the complements (never an event's head: the act that governs them is), and among them the
    aims (a purpose
    infinitive, "in an effort to ..."), which are evidence of their act but do not make it an event (a participant
    of the aim is no participant of the act: "it is usual for presidents to offer posts to clear the way")."""
    at = {(id(m.token.doc), m.token.i): i for i, m in enumerate(mentions)}
    anchor: dict[int, int] = {}
    sub: set[int] = set()
    aims: set[int] = set()
    for i, m in enumerate(mentions):
        obj = support_object(m.token)
        if obj is not None and (id(obj.doc), obj.i) in at:
            anchor[i] = at[(id(obj.doc), obj.i)]
            continue
        obj = cognate_object(m.token)
        if obj is not None and (id(obj.doc), obj.i) in at:  # "won the elections": the noun goes with the verb
            anchor[at[(id(obj.doc), obj.i)]] = i
            continue
        gov = complement_of(m.token)
        if gov is not None and m.token.dep_ == "advcl":
            # a purpose infinitive is the aim of an act that is an event itself, done by the one who does it
            # ("gathered to push for"); not of a light verb ("called to congratulate", "do what they can to") or a
            # reporting verb (a parse that hangs a reported clause's infinitive off "confirmed" or "said"),
            # nor when another does it ("leaned on the governor to drop out": the governor drops out)
            j = at.get((id(gov.doc), gov.i))
            if j is None or not reportable(mentions[j]) or mentions[j].lemma in REPORTING or not _same_doer(
                    m, mentions[j]):
                gov = None
            elif gov == m.token.head:
                aims.add(i)
        if gov is not None and gov.pos_ == "NOUN":
            act = noun_act(gov)
            if act is not None and (id(act.doc), act.i) in at:
                if gov.dep_ == "pobj":  # "in an effort to ...": an aim
                    aims.add(i)
                gov = act  # "intensified efforts to inject", "sued in an effort to overturn": the act is the verb's
        elif m.pos == "NOUN" and m.token.dep_ == "pobj" and any(complement_of(k) == m.token for k in m.token.children):
            act = noun_act(m.token)  # the aim noun itself ("in an effort to ...") goes with the act too
            if act is not None and (id(act.doc), act.i) in at:
                anchor[i] = at[(id(act.doc), act.i)]
                sub.add(i)
                aims.add(i)
                continue
        if gov is not None and (id(gov.doc), gov.i) in at:
            anchor[i] = at[(id(gov.doc), gov.i)]
            sub.add(i)
        else:
            aims.discard(i)
    return anchor, sub, aims


def _same_doer(m: Mention, act: Mention) -> bool:
    """Whether the doer of ``m`` is the act's (or ``m`` names none of its own)."""
    mine = {k for k in m.args.get("agent", set()) if not k.startswith("date:")}
    return not mine or mine <= act.args.get("agent", set())


def _root(i: int, anchor: dict[int, int]) -> int:
    seen = {i}
    while i in anchor and anchor[i] not in seen:
        i = anchor[i]
        seen.add(i)
    return i


def _parts(mentions: list[Mention], labels: list[int], anchor: dict[int, int]) -> list[tuple[int, list[Mention]]]:
    """The candidate events: the coreference groups split by named agents and objects (``split_by_agent``),
    each folded mention placed with its anchor after the split, so that the content of an act never splits
    it from the act."""
    by_event: dict[int, list[int]] = {}
    for i, c in enumerate(labels):
        if i not in anchor:
            by_event.setdefault(c, []).append(i)
    parts: list[tuple[int, list[Mention]]] = []
    where: dict[int, int] = {}
    for c, idx in by_event.items():
        for part in split_by_agent([mentions[i] for i in idx]):
            for m in part:
                where[id(m)] = len(parts)
            parts.append((c, list(part)))
    for i in sorted(anchor):
        root = mentions[_root(i, anchor)]
        if id(root) in where:
            parts[where[id(root)]][1].append(mentions[i])
        else:  # its anchor is itself folded in a loop: keep it where coreference put it
            where[id(mentions[i])] = len(parts)
            parts.append((labels[i], [mentions[i]]))
    return parts


def read_status(doc, units, head: Mention, ms: list[Mention], dates: list[str]) -> tuple[str, str | None]:
    """The event's status: the learned status of its head mention, then what the clause says for sure, and
    which rule said it (None when the model's status stands):
    - ``planned``: "the election planned for December", "the pilots will vote"; ``planned_date``: a date after
      the article's own; neither when the head verb is in the past tense ("killed in December" told in April
      happened, even when another mention of it is planned);
    - ``performative``: "we urge the council" performs the act as it is said: occurred;
    - ``ongoing``: an occurred event told in the simple present outside a headline ("the union supports ...");
    - ``irrealis``: inside a condition or question, asked for, or without evidence (``clauses.irrealis``); a
      denied event inside a condition is supposed too ("if they cannot reach a deal");
    - ``attempt``: the complement of an attempt told in the past happened ("tried to link", ``clauses.attempted``);
    - ``implied``: the complement of an implicative or causative told in the past ("were able to free them",
      "allowed observers to oversee") or a purpose infinitive of a past act ("took to Twitter to push back")
      happened (``clauses.implied_by_past``);
    - ``planned`` also for the content of a plan noun ("backed a plan to visit Russia", ``clauses.plan_content``)
      and a future in reported speech ("said it would defer its inquiry"),
      ``ongoing`` also for an event noun an adjective tells is under way ("an ongoing investigation");
    - ``until``: a verb negated up to a time ("won't open until June") is planned when future, occurred when past
      (``clauses.delayed_until``);
    - ``negation``: a verb with its own negation or a negative subject is denied (``clauses.negated``)."""
    status, rule = head.status, None
    unit = units[head.sentence]
    if counterfactual(head.token) or debunked_content(head.token, units):
        # "had he passed, there would be ...": the condition was not met; "Supposedly, the loggers cut down the
        # tree" in a text that calls the story fiction: the happening is denied (rule "negation": a clause rule
        # that asserts the happening did not take place, as a verb's own negation does)
        return "denied", None if status == "denied" else "negation"
    past = is_past(head.token)
    if performative(head.token) and not irrealis(head.token, unit):
        return "occurred", "performative"
    if attempted(head.token) and not irrealis(head.token, unit):
        return "occurred", None if status == "occurred" else "attempt"
    if implied_by_past(head.token) and not irrealis(head.token, unit) and not negated(head.token):
        return "occurred", None if status == "occurred" else "implied"
    if status in ("occurred", "hypothetical"):
        # a past-tense head verb happened, whatever another mention of it says ("killed in December")
        if not (past and head.pos == "VERB") and any(
                _planned_mod(m.token) or _plain_future(m.token) or _planned_head(m.token)
                or plan_content(m.token) is not None or _reported_future(m.token) for m in ms):
            status, rule = "planned", "planned"
        elif not past and dates and doc.published and dates[0] > doc.published[:10]:
            status, rule = "planned", "planned_date"
    if status == "occurred" and ((is_simple_present(head.token) and not in_headline(doc, unit)
                                  and not narrative_speech(head.token))
                                 or ongoing_modifier(head.token)):
        status, rule = "ongoing", "ongoing"
    if status in ("occurred", "planned", "ongoing") and irrealis(head.token, unit):
        status, rule = "hypothetical", "irrealis"
    elif status == "denied" and conditional(head.token, unit):
        status, rule = "hypothetical", "irrealis"  # "if they cannot reach a deal": supposed, not denied
    elif delayed_until(head.token):
        # "won't enter production until June" tells when it will happen: planned; "did not arrive until Tuesday":
        # occurred (otherwise the status stands)
        until = until_status(head.token)
        if until is not None:
            status, rule = until, "until"
    elif status in ("occurred", "planned", "ongoing") and negated(head.token):
        status, rule = "denied", "negation"
    elif status == "hypothetical" and do_negated(head.token) and not irrealis(head.token, unit):
        # "when I didn't receive consent", "I do not ask that ...": a verb negated with "do" and no modal asserts
        # that it does not or did not happen; the model's hypothetical is the negation's doubt, not a supposition
        status, rule = "denied", "negation"
    if rule is not None and status == head.status:
        rule = None  # the rule agrees with the model: the model's probability stands
    return status, rule


def status_certainty(probs, status: str, rule: str | None) -> float:
    """The probability that the stated status is right: the status model's probability of that status when
    no rule changed it, else the accuracy of the rule that set it (``data/event_confidence.json``, measured on
    the audit's dev labels). Never the model's probability of a status that is not the one stated."""
    if rule is not None:
        return float(confidence_config()["rule_status_accuracy"][rule])
    if probs is None:
        return 0.5
    from newsprism.events.status import STATUSES

    return float(probs[STATUSES.index(status)])


def happening_probability(m: Mention) -> float:
    """P(the mention is a specific happening) from the happening filter (``newsprism.events.happening``)."""
    from newsprism.events.happening import get_happening_model, happening_features
    from newsprism.events.status import features

    return float(get_happening_model().proba(happening_features(features(m.token, m.state), m.token))[0])


def group_events(doc, units, mentions: list[Mention], labels: list[int]) -> list[EventGroup]:
    """Events of one document from its mentions and their story-wide event indices."""
    event_words = {f"np:{m.lemma}" for m in mentions if m.pos == "NOUN"}
    anchor, sub, aims = fold(mentions)
    subordinate = {id(mentions[i]) for i in sub}
    aim_ids = {id(mentions[i]) for i in aims}
    # page furniture, not the story: links to other pages ("RELATED: ...") and captions ("Photo - ...", round 31)
    links = link_paragraphs(doc) | caption_paragraphs(doc)
    out = []
    parts = _parts(mentions, labels, anchor)
    for c, ms in parts:
        if all(m.lemma in REPORTING for m in ms) or not any(reportable(m) for m in ms):
            continue
        definite: set[str] = set()
        for m in ms:
            if id(m) in aim_ids:
                continue  # the aim's participants are not the act's
            # an event word is never the actor ("the visit marked ..."), but may be what is acted on
            # ("signed the agreement")
            acting = m.args.get("agent", set())
            definite |= {k for k in m.args.get("definite", set()) if k not in event_words or k not in acting}
        if not definite and not (all(m.pos != "VERB" for m in ms) and any(
                event_date(m.token, units[m.sentence], doc) for m in ms)):
            continue
        # a mention that characterizes a content object ("the report offers a glimpse", "the bill would create")
        # tells no happening; the others may still (the group keeps all its mentions as evidence)
        # nor does a mention in the writer's question to the reader ("Do you think Microsoft will buy it?"): the
        # group's other mentions tell what the text asserts of it
        # nor a participle that describes a source ("people briefed on the matter said"), a judged state ("found
        # Mr. Dorn eager to settle"), a habit ("often depicted") or a silence ("stayed mum"): who speaks, how
        # someone saw things, what used to happen and what was not done, not one happening (round 13)
        # nor a credit line ("Jane Roe contributed to this article") or the reason a source is unnamed ("spoke on
        # condition of anonymity to discuss the matter"): who wrote the text and why a source hides (round 14)
        # nor a sourcing line ("the paper cited anonymous officials"): where the words come from (round 15)
        # nor a role held ("works as a nurse", "worked for the police in the 1990s"): a standing state (round 19)
        # nor a line of page furniture that links to another page ("RELATED: ...", the headlines under a lone
        # "Related"), the sourcing formula's own verb ("who requested anonymity") or a disposition ("has been
        # known to crucify people"): another page, why a source hides, a habit (round 21)
        live = [m for m in ms if not (m.pos == "VERB" and not in_headline(doc, units[m.sentence])
                                      and characterizes(m.token)) and not addresses_reader(m.token)
                and not describes_source(m.token) and not judged_state(m.token) and not habitual(m.token)
                and not kept_silent(m.token) and not credits_writer(m.token) and not anonymity_reason(m.token)
                and not cites_source(m.token) and not holds_role(m.token) and not asks_anonymity(m.token)
                and units[m.sentence].paragraph not in links]
        if not live:
            continue
        noun_only = all(m.pos != "VERB" for m in live)
        anchored = any(event_date(m.token, units[m.sentence], doc) for m in ms)
        if noun_only and (max(m.score for m in live) < NOUN_ONLY_MIN_SCORE
                          or not (any(k.startswith("ent:") for k in definite) or anchored)):
            continue
        main = [m for m in live if id(m) not in subordinate] or live
        # the act, else the content it governs, and an aim only when nothing else is left ("promise to act on his
        # own to reduce ...": the acting, not the reducing)
        verbs = [m for m in main if m.pos == "VERB" and reportable(m)] or [m for m in main if reportable(m)] or [
            m for m in live if reportable(m) and id(m) not in aim_ids] or [m for m in live if reportable(m)]
        if not verbs:
            continue
        head = max(verbs, key=lambda m: float(m.status_probs.max()) if m.status_probs is not None else 0.0)
        # a folded complement's doer is not the head's to borrow: the one urged in "urge Kell to veto" is the
        # subject of "veto", not the urger (what the complement acts on may still be what the head is about:
        # "vowed to protect the pension fund")
        lenders = [m for m in ms if m is head or id(m) not in subordinate]
        actor_key, actor = _slot(doc, units, head, lenders, "agent", event_words)
        # an aim's object and date are its own ("gathered on Monday to push for the June vote")
        acts = [m for m in ms if m is head or id(m) not in aim_ids]
        _, target = _slot(doc, units, head, acts, "patient", event_words | ({actor_key} if actor_key else set()))
        dates = [d for d in [event_date(m.token, units[m.sentence], doc) for m in [head, *acts]] if d]
        # the stated date is the head sentence's: another sentence's mention may be another happening merged in
        # ("died Thursday" and "his wife died in 1984")
        own_dates = [d for m in [head, *acts] if m.sentence == head.sentence
                     for d in [event_date(m.token, units[m.sentence], doc)] if d]
        # where the head's clause (or another mention in its sentence) says it happens (``event_place``), else the
        # place its sentence names nearest to it (``sentence_place``); never another sentence's
        places = [p for m in [head, *acts] if m.sentence == head.sentence
                  for p in [event_place(m.token, units[m.sentence], doc)] if p] or [
            p for p in [sentence_place(head.token, units[head.sentence], doc)] if p]
        status, rule = read_status(doc, units, head, main, dates)
        probs = head.status_probs
        p_status = status_certainty(probs, status, rule)
        named = any(k.startswith("ent:") for k in definite) or any(m.args.get("named") for m in acts)
        acting = {k for m in [head, *acts] for k in m.args.get("agent", set())}
        # How sure the event is a happening: its head is a trigger (the trigger head's probability), it is a
        # specific happening, not a state, attitude or generic statement (the happening filter's probability,
        # learned on MEANTIME, UW and ECB+, ``happening``), its clause reads clearly (the status model's top
        # probability, whichever status: a figurative or rhetorical clause is read uncertainly), and a
        # participant is named. How sure its *status* is, is ``status_confidence``. More mentions add no
        # certainty: a wrong merge adds them.
        p_happening = happening_probability(head)
        clarity = float(probs.max()) if probs is not None else 0.5
        conf = head.score * p_happening * clarity * (NAMED_BONUS if named else DEFINITE_ONLY)
        out.append(EventGroup(
            event=c, mentions=sorted(ms, key=lambda m: m.start), head=head, status=status,
            status_confidence=p_status, actor=actor, actor_key=actor_key, target=target,
            date=own_dates[0] if own_dates else None, place=places[0] if places else None,
            attributed_to=attribution(head.token, units[head.sentence], doc), confidence=round(conf, 3),
            happening=p_happening,
            participants=definite, named=named, has_actor=bool(acting & definite),
            aims=[m for m in ms if m is not head and id(m) in aim_ids], status_rule=rule is not None,
            generic=head.pos == "VERB" and not in_headline(doc, units[head.sentence]) and (
                is_simple_present(head.token) or is_modal_statement(head.token))))
    return sorted(out, key=lambda g: g.mentions[0].start)


def to_events(doc, units, groups: list[EventGroup]) -> list[Event]:
    """The document's Events (contract ``newsprism.analysis/2``), ranked; the head
    mention is the trigger, the others are ``mentions``; the type comes from the shipped event dictionary
    where the trigger is in it, else "other". The list is ranked by confidence, most confident first (ties in
    text order), and numbered in that order (e1 is the surest), so that a reader or a report that shows the
    first few shows the surest (the confidence is learned: ``newsprism.events.confidence``); an event whose
    head the happening filter puts under ``min_happening`` (a state, attitude or generic statement), whose
    fragment probability (``newsprism.events.fragment``) is at or above ``max_fragment``, or whose confidence
    is under ``min_event_confidence`` (``data/event_confidence.json``; null, as shipped: none), is not stated."""
    from newsprism.events.extract import _trigger_types
    from newsprism.events.lexicon import load_lexicon

    lex = load_lexicon()
    out: list[Event] = []
    repeats: list[list] = []  # per stated event: the keys under which it may repeat another (``statement``)
    lemmas: list[str] = []  # per stated event: its head's lemma
    cands: dict[int, Candidate] = {}  # per stated event (by id()): what built it, for its confidence
    min_happening = confidence_config().get("min_happening")
    max_fragment = confidence_config().get("max_fragment")
    if min_happening is not None:  # a state, attitude or generic statement, by the happening filter
        groups = [g for g in groups if g.happening >= min_happening]
    for g in groups:
        h = g.head
        toks = [m.token for m in [h, *g.mentions] if not any(m is a for a in g.aims)]
        toks += [k for t in toks for k in t.children if k.dep_ == "dobj"]  # "imposed sanctions": a sanction
        names = next((n for t in toks for n in [_trigger_types(t, lex)[0]] if n), [])
        etype = lex.types[names[0]] if names else None
        if addresses_reader(h.token):
            continue  # the writer's aside to the reader ("maybe you shoved fries in it", "you ask?"): no happening
        if etype is None and (not g.has_actor or g.generic or not g.named):
            # outside the dictionary nothing says the predicate is a happening: it needs a named participant
            # and an actor that is named or definite, and a simple-present or modal verb tells of a state,
            # stance or norm, not a happening
            continue
        confidence = g.confidence
        unit = units[h.sentence]
        target = g.target
        if etype is not None and etype.name in SYMMETRIC:
            named = [k for k in ordered_agents(h.token, unit, doc) if k.startswith("ent:")]
            if len(named) >= 2 and _label(named[0]) == g.actor:
                target = _label(named[1])
        p_fragment = fragment_probability(doc.id, g, typed=etype is not None, actor=g.actor, target=target)
        if max_fragment is not None and p_fragment >= max_fragment:
            continue  # a fragment, by the learned check (``newsprism.events.fragment``)
        out.append(Event(
            id=f"e{len(out) + 1}", type=etype.name if etype else "other", cameo_root=etype.cameo_root if etype else None,
            trigger=h.text, trigger_start=h.start, trigger_end=h.end, actor=g.actor, target=target,
            date=g.date, place=g.place, status=g.status, status_confidence=round(g.status_confidence, 3),
            attributed_to=g.attributed_to, confidence=confidence,
            evidence=Span(start=unit.start, end=unit.end, text=doc.text[unit.start:unit.end]),
            mentions=[EventMention(start=m.start, end=m.end, text=m.text) for m in g.mentions if m is not h]))
        repeats.append(repeat_keys(h.lemma, g.actor_key))
        lemmas.append(h.lemma)
        cands[id(out[-1])] = Candidate(group=g, typed=etype is not None, fragment=p_fragment,
                                       status_rule=g.status_rule, headline=in_headline(doc, unit))
    # a short form of one longer name of the document's actors is that name ("Kim" of "Kim Jong-un")
    actor_keys = [cands[id(e)].group.actor_key for e in out]
    alias = short_names(actor_keys)
    repeats = [repeat_keys(lemma, alias[key]) if key in alias else ks
               for lemma, ks, key in zip(lemmas, repeats, actor_keys, strict=True)]
    ranked = sorted(zip(out, repeats, strict=True), key=lambda x: -(x[0].confidence or 0.0))  # ties: text order
    # one speaker's speech acts are one statement, a repeated predicate one happening (``events.statement``): the
    # repeat folds into the event its parts make surest
    out = one_happening([e for e, _ in ranked], [k for _, k in ranked],
                        [sentence_times(doc, e, out) for e, _ in ranked])
    # then the learned confidence (``events.confidence``) of each stated event, and the rank by it
    for e, p in zip(out, event_confidences(doc, out, [cands[id(e)] for e in out]), strict=True):
        e.confidence = round(p, 3)
    floor = confidence_config().get("min_event_confidence")  # null (shipped): every event is stated
    out = sorted((e for e in out if floor is None or (e.confidence or 0.0) >= floor),
                 key=lambda e: -(e.confidence or 0.0))  # stable: ties keep the order above
    # an event that repeats a more confident one, by the learned check (``events.duplicate``), becomes its mentions
    out = fold_duplicates(doc, units, out, [cands[id(e)].group for e in out], [cands[id(e)].headline for e in out],
                          [speech_act(cands[id(e)].group.head.lemma) for e in out],
                          confidence_config().get("min_duplicate"))
    # a definite description of a happening already told ("the attack"), with no participant of its own, is that
    # happening told again when one earlier event is of its kind (``events.duplicate.fold_retold``)
    out = fold_retold(out, [cands[id(e)].group for e in out], filters()["retelling_determiners"],
                      filters()["retelling_blockers"])
    for k, e in enumerate(out):
        e.id = f"e{k + 1}"
    return out
