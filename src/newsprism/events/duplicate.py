"""Is this event a repeat of a more confident event of the same document? A learned check, then a fold.

The coreference pair model (``newsprism.events.coref``) joins the mentions whose mean pair probability reaches the
within-document threshold, and ``newsprism.events.statement`` folds a named speaker's speech acts and a repeated
predicate of one named actor. What both leave apart, the event audits label ``duplicate``: a happening already
stated by an event ranked above it, told with other words ("the indictment" / "accused"), a pronoun doer ("he
defended"), a nominalisation ("the meeting" after "met"), or a complement split off its governing act.

This check reads each stated event in rank order (most confident first) against every event kept above it, one row
per pair: what the event is (its status, a noun head, with a definite determiner or possessive that refers back,
said in the headline, a speech act, a pronoun actor, no actor, its confidence, how many mentions it has), and how it
relates to that kept event: the pair model's probabilities between their mentions (the highest pair, the mean, the
two heads, and whether this is the kept event of the event's highest pair), whether they share the trigger lemma
(the head's, or any mention's), a stem ("offer" / "offering", "criticize" / "criticism"), the dictionary type, the
actor, the target, the status, the sentence, how close their sentences are and how alike (encoder sentence
embeddings and trigger states), whether its head is a syntactic dependent of one of that event's mentions (a
complement or aim of a report or plan), whether they share a participant or a name, how many of their sentences'
names they share, and whether what it acts on is that event's act ("repeated their demand"). One logistic regression over the pair rows (``data/event_duplicate.npz``,
plain arrays) trained by ``training/train_event_duplicate.py`` on the development event audits (label ``duplicate``
against every other label), fitted as multiple instances: the audit says an event repeats *some* event above it,
not which, so each event is represented by the pair the model scores highest. An event's duplicate probability is
its highest pair's; at or above ``fold_at`` (``data/event_confidence.json``, ``min_duplicate``) it becomes mentions
of that kept event (its trigger and mentions), whose fields stay as they are; the event is not stated. The
regularization and the threshold are chosen on leave-one-draw-out folds. Without the model file nothing is folded.

Then one rule of English reference (``fold_retold``, round 32): a definite singular event noun with no participant of
its own ("the attack", "the proposal") after exactly one stated event of its type, status and date is that happening
told again and folds into it (``retelling_determiners`` and ``retelling_blockers``, ``data/event_filters.json``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from newsprism.events.coref import PairInput, get_coref_model, pair_matrix
from newsprism.events.fragment import STATUS_ORDER  # the status one-hot, in the order the audit rows re-judge
from newsprism.events.logit import StandardLogit, packaged
from newsprism.model import Event, EventMention

MODEL_FILE = "data/event_duplicate.npz"
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "this", "that",
                      "who", "which", "these", "those", "one"})
# how far up the parse a head may sit under the other event's head to count as its dependent (complement, aim)
DEPENDENT_HOPS = 3
# one row per (event, kept event above it): what the event is, then how it relates to that one kept event
FEATURE_NAMES = (
    *(f"status={s}" for s in STATUS_ORDER),
    "hosts", "noun_head", "definite_noun", "headline", "speech_act", "actor_pronoun", "no_actor", "confidence",
    "own_mentions",
    "p_max", "p_mean", "p_head", "best_pair", "same_lemma", "mention_lemma", "same_stem", "same_type", "same_actor",
    "actor_clash", "target_clash", "same_status", "same_sentence", "sentence_distance", "cos_sentence", "cos_state",
    "dependent", "host_dependent", "date_clash", "host_confidence", "host_before", "host_headline",
    "definite_same_type", "speech_pair", "same_speaker_or_unsaid", "same_lemma_unsaid_actor", "share_participant",
    "share_named", "name_jaccard", "target_is_host_act",
)
STATUS_AT = 0
# two lemmas share a stem when one starts the other or both start with the same STEM_CHARS letters ("offer" /
# "offering", "criticize" / "criticism", "meet" / "meeting"); lemmas shorter than MIN_STEM letters never do
STEM_CHARS = 5
MIN_STEM = 4
ROLES = ("agent", "patient", "other")


@lru_cache(maxsize=1)
def get_duplicate_model() -> StandardLogit | None:
    """The shipped model, or None when no model file is shipped (nothing is folded then)."""
    path = packaged(MODEL_FILE)
    return StandardLogit.load(path, "event-duplicate") if path.exists() else None


def _pair_probabilities(units: Sequence[Any], mentions: Sequence[Any]) -> np.ndarray:
    """The coreference pair model's probability for every pair of the given mentions (symmetric, 1 on the
    diagonal)."""
    n = len(mentions)
    P = np.eye(n, dtype=np.float32)
    if n < 2:
        return P
    inputs = [PairInput(m.doc, m.lemma, m.text, m.pos, m.sentence, m.state, units[m.sentence].embedding, m.args,
                        m.score) for m in mentions]
    model = get_coref_model()
    iu, ju, F = pair_matrix(inputs)
    p = model.pair_proba(inputs, iu, ju, F)
    P[iu, ju] = p
    P[ju, iu] = p
    return P


def _dependent(tok: Any, head: Any) -> bool:
    """Whether ``tok`` sits under ``head`` in the parse, at most ``DEPENDENT_HOPS`` steps up (the same sentence)."""
    cur = tok
    for _ in range(DEPENDENT_HOPS):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i == head.i:
            return True
    return False


def _definite_noun(tok: Any) -> bool:
    return tok.pos_ == "NOUN" and any(
        k.dep_ == "poss" or (k.dep_ == "det" and k.text.lower() in DEFINITE) for k in tok.children)


def _cos(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / max(float(np.linalg.norm(a) * np.linalg.norm(b)), 1e-9))


def speech_of(lemma: str) -> bool:
    """Whether the trigger lemma names a speech act (``statement.speech_act``; imported late: it reads the
    group's filters)."""
    from newsprism.events.statement import speech_act

    return speech_act(lemma)


def same_stem(a: str, b: str) -> bool:
    """Whether two lemmas share a stem (``STEM_CHARS``, ``MIN_STEM``)."""
    if min(len(a), len(b)) < MIN_STEM:
        return False
    n = min(STEM_CHARS, len(a), len(b))
    return a[:n] == b[:n]


def _keys(ms: Sequence[Any]) -> set[str]:
    """The participant keys of the mentions' own clauses (agent, patient, other)."""
    return {k for m in ms for r in ROLES for k in m.args.get(r, set())}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def pair_rows(e: Event, g: Any, hosts: Sequence[tuple[Event, Any, bool]], P: np.ndarray, index: dict[int, int],
              units: Sequence[Any], headline: bool, speech: bool) -> np.ndarray:
    """The model's rows (``FEATURE_NAMES``), one per kept event above ``e`` (``hosts``: (Event, group, said in the
    headline)): what ``e`` (built from group ``g``) is, and how it relates to that event (shape (len(hosts),
    len(FEATURE_NAMES)); no rows without hosts)."""
    mine = [index[id(m)] for m in g.mentions]
    h = g.head
    base: dict[str, float] = {f"status={s}": float(e.status == s) for s in STATUS_ORDER}
    base["hosts"] = float(np.log1p(len(hosts)))
    base["noun_head"] = float(h.pos == "NOUN")
    base["definite_noun"] = float(_definite_noun(h.token))
    base["headline"] = float(headline)
    base["speech_act"] = float(speech)
    base["actor_pronoun"] = float(e.actor is not None and e.actor.strip().lower() in PRONOUNS)
    base["no_actor"] = float(e.actor is None)
    base["confidence"] = float(e.confidence or 0.0)
    base["own_mentions"] = float(np.log1p(len(g.mentions)))
    my_keys = _keys(g.mentions)
    my_names = h.args.get("sentence", set())
    target_word = e.target.split()[-1].lower() if e.target else ""
    blocks = [P[np.ix_(mine, [index[id(m)] for m in hg.mentions])] for _, hg, _ in hosts]
    top = max((float(b.max()) for b in blocks), default=0.0)
    rows = []
    for (he, hg, host_headline), block in zip(hosts, blocks, strict=True):
        hh = hg.head
        f = dict(base)
        f["p_max"] = float(block.max())
        f["p_mean"] = float(block.mean())
        f["p_head"] = float(P[index[id(h)], index[id(hh)]])
        f["best_pair"] = float(f["p_max"] >= top)
        f["same_lemma"] = float(hh.lemma == h.lemma)
        f["mention_lemma"] = float(any(m.lemma == h.lemma for m in hg.mentions))
        f["same_stem"] = float(any(same_stem(m.lemma, h.lemma) for m in hg.mentions))
        f["same_type"] = float(e.type != "other" and he.type == e.type)
        f["same_actor"] = float(e.actor is not None and he.actor == e.actor)
        f["actor_clash"] = float(e.actor is not None and he.actor is not None and he.actor != e.actor)
        f["target_clash"] = float(e.target is not None and he.target is not None and he.target != e.target)
        f["same_status"] = float(he.status == e.status)
        f["same_sentence"] = float(hh.sentence == h.sentence)
        f["sentence_distance"] = min(abs(hh.sentence - h.sentence), 10) / 10.0
        f["cos_sentence"] = _cos(units[h.sentence].embedding, units[hh.sentence].embedding)
        f["cos_state"] = _cos(h.state, hh.state)
        # a complement or aim of one of its mentions ("urged lawmakers to veto", "said ... it would sue")
        f["dependent"] = float(any(m.sentence == h.sentence and _dependent(h.token, m.token) for m in hg.mentions))
        f["host_dependent"] = float(hh.sentence == h.sentence and _dependent(hh.token, h.token))
        f["date_clash"] = float(e.date is not None and he.date is not None and he.date != e.date)
        f["host_confidence"] = float(he.confidence or 0.0)
        f["host_before"] = float(he.trigger_start < e.trigger_start)
        f["host_headline"] = float(host_headline)
        # a definite description of an act of a type already told refers back to it ("his remarks", "the meeting")
        f["definite_same_type"] = f["definite_noun"] * f["same_type"]
        host_speech = speech_of(hh.lemma)
        f["speech_pair"] = float(speech and host_speech)
        f["same_speaker_or_unsaid"] = float(speech and host_speech and (e.actor is None or e.actor == he.actor))
        f["same_lemma_unsaid_actor"] = f["same_lemma"] * float(e.actor is None)
        shared = my_keys & _keys(hg.mentions)
        f["share_participant"] = float(bool(shared))
        f["share_named"] = float(any(k.startswith("ent:") for k in shared))
        f["name_jaccard"] = _jaccard(my_names, hh.args.get("sentence", set()))
        # what it acts on is the act already told ("repeated their demand" after "demanded")
        f["target_is_host_act"] = float(bool(target_word) and any(same_stem(target_word, m.lemma)
                                                                   for m in hg.mentions))
        rows.append([f[n] for n in FEATURE_NAMES])
    return np.array(rows, dtype=np.float32).reshape(len(hosts), len(FEATURE_NAMES))


# Set by training/train_event_duplicate.py: each stated event's (document id, trigger start, end, trigger, rows
# (one per kept event above it), those kept events' trigger starts) is recorded here; while it records nothing is
# folded, so the rows are those of the events the layer states without this check.
RECORDER: list[tuple[str, int, int, str, np.ndarray, list[int]]] | None = None


def fold_duplicates(doc: Any, units: Sequence[Any], events: Sequence[Event], groups: Sequence[Any],
                    headline: Sequence[bool], speech: Sequence[bool], fold_at: float | None) -> list[Event]:
    """The ranked events (most confident first; ``groups[i]`` built ``events[i]``) with each event whose
    duplicate probability (the highest over the kept events above it) is at least ``fold_at`` folded into that
    kept event: its trigger and mentions become that event's mentions. ``fold_at`` None, or no model shipped:
    nothing is folded."""
    model = get_duplicate_model()
    if not events or (RECORDER is None and (fold_at is None or model is None)):
        return list(events)
    mentions = [m for g in groups for m in g.mentions]
    index = {id(m): k for k, m in enumerate(mentions)}
    P = _pair_probabilities(units, mentions)
    kept: list[tuple[Event, Any, bool]] = []
    for e, g, hl, sp in zip(events, groups, headline, speech, strict=True):
        rows = pair_rows(e, g, kept, P, index, units, hl, sp)
        if RECORDER is not None:
            RECORDER.append((doc.id, e.trigger_start, e.trigger_end, e.trigger, rows,
                             [k.trigger_start for k, _, _ in kept]))
            kept.append((e, g, hl))
            continue
        assert model is not None and fold_at is not None
        p = model.proba(rows) if len(rows) else np.zeros(0)
        if not len(p) or float(p.max()) < fold_at:
            kept.append((e, g, hl))
            continue
        host = kept[int(np.argmax(p))][0]
        extra = [EventMention(start=e.trigger_start, end=e.trigger_end, text=e.trigger), *e.mentions]
        have = {(m.start, m.end) for m in host.mentions} | {(host.trigger_start, host.trigger_end)}
        host.mentions = sorted([*host.mentions, *(m for m in extra if (m.start, m.end) not in have)],
                               key=lambda m: m.start)
    return [e for e, _, _ in kept]


def retold_noun(tok: Any, determiners: frozenset[str], blockers: frozenset[str]) -> bool:
    """Whether the head token is a definite description of one happening with no participant of its own: a
    singular common noun (tag NN) with a definite article or demonstrative (``determiners``: "the attack", "this
    proposal"), no possessive ("his proposal" names its doer), no proper noun or name among its modifiers ("the FBI
    raid", "the Orvan attack": a doer, place or day of its own), no number and no word that counts or contrasts it
    (``blockers``: "another attack", "the second vote", "the new proposal")."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return False
    kids = list(tok.children)
    if not any(k.dep_ == "det" and k.text.lower() in determiners for k in kids):
        return False
    return not any(k.dep_ in ("poss", "nummod") or k.pos_ == "PROPN" or k.ent_type_ or k.text.lower() in blockers
                   for k in kids)


def fold_retold(events: Sequence[Event], groups: Sequence[Any], determiners: frozenset[str],
                blockers: frozenset[str]) -> list[Event]:
    """The ranked events (``groups[i]`` built ``events[i]``) with each definite description of a happening told
    again folded into the one event it refers back to (round 32, ``retelling_determiners`` and
    ``retelling_blockers`` in ``data/event_filters.json``).

    A definite singular noun ("the attack") presupposes that one happening of its kind is already in the story. When
    the event it heads has no participant of its own (no actor, no target: nothing that could make it another
    happening) and exactly one stated event told earlier in the text has the same dictionary type (not ``other``),
    the same status and no other date, that event is the happening it names again: its trigger and mentions become
    that event's mentions, as the learned fold does. Two earlier events of the kind: which one is meant is not known,
    nothing is folded; none: the noun tells the happening first and stays."""
    kept = list(events)
    for e, g in zip(events, groups, strict=True):
        if (e.type == "other" or e.actor is not None or e.target is not None
                or not retold_noun(g.head.token, determiners, blockers)):
            continue
        kind = [h for h in kept if h is not e and h.type == e.type and h.trigger_start < e.trigger_start]
        if len(kind) != 1:
            continue
        host = kind[0]
        if host.status != e.status or (e.date is not None and host.date is not None and e.date != host.date):
            continue
        extra = [EventMention(start=e.trigger_start, end=e.trigger_end, text=e.trigger), *e.mentions]
        have = {(m.start, m.end) for m in host.mentions} | {(host.trigger_start, host.trigger_end)}
        host.mentions = sorted([*host.mentions, *(m for m in extra if (m.start, m.end) not in have)],
                               key=lambda m: m.start)
        kept.remove(e)
    return kept
