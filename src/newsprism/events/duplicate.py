"""Is this event a repeat of a more confident event of the same document? A learned check, then a fold.

The coreference pair model (``newsprism.events.coref``) joins the mentions whose mean pair probability reaches the
within-document threshold, and ``newsprism.events.statement`` folds a named speaker's speech acts and a repeated
predicate of one named actor. What both leave apart, the event audits label ``duplicate``: a happening already
stated by an event ranked above it, told with other words ("the indictment" / "accused"), a pronoun doer ("he
defended"), a nominalisation ("the meeting" after "met"), or a complement split off its governing act.

This check reads, for each stated event in rank order (most confident first), how it relates to the events kept
above it: the pair model's probabilities between their mentions (the highest pair, the mean over all pairs, the two
heads), and, with the event of the highest pair, whether they share the trigger lemma, the dictionary type, the
actor, the target, the status, the sentence, how close their sentences are and how alike (encoder), whether its head
is a syntactic dependent of that event's head; and what the event is (a noun head, with a definite determiner or
possessive that refers back, said in the headline, a speech act, a pronoun actor, no actor). One binary logistic
regression (``data/event_duplicate.npz``, plain arrays) trained by ``training/train_event_duplicate.py`` on the
development event audits (label ``duplicate`` against every other label), its regularization and its fold threshold
chosen on leave-one-draw-out folds. An event at or above ``fold_at`` (``data/event_confidence.json``,
``min_duplicate``) becomes mentions of the event of its highest pair (its trigger and mentions), whose fields stay
as they are; the event is not stated. Without the model file nothing is folded.
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
FEATURE_NAMES = (
    *(f"status={s}" for s in STATUS_ORDER),
    "hosts", "p_max", "p_mean", "p_head", "same_lemma", "same_type", "same_actor", "actor_clash", "target_clash",
    "same_status", "same_sentence", "sentence_distance", "cos_sentence", "cos_state", "dependent", "host_dependent",
    "date_clash", "any_same_lemma", "any_same_type", "any_same_actor", "noun_head", "definite_noun", "headline",
    "speech_act", "actor_pronoun", "no_actor", "confidence", "host_confidence",
    "host_before", "definite_same_type", "speech_pair", "same_speaker_or_unsaid", "same_lemma_unsaid_actor",
    "max_cos_state", "max_cos_sentence",
)
STATUS_AT = 0


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


def duplicate_row(e: Event, g: Any, hosts: Sequence[tuple[Event, Any]], P: np.ndarray, index: dict[int, int],
                  units: Sequence[Any], headline: bool, speech: bool) -> tuple[np.ndarray, int]:
    """The model's row (``FEATURE_NAMES``) for event ``e`` (built from group ``g``) against the kept events above
    it (``hosts``: (Event, group)), and the index in ``hosts`` of the event of its highest pair (-1: none)."""
    mine = [index[id(m)] for m in g.mentions]
    h = g.head
    f: dict[str, float] = {f"status={s}": float(e.status == s) for s in STATUS_ORDER}
    f["hosts"] = float(np.log1p(len(hosts)))
    f["noun_head"] = float(h.pos == "NOUN")
    f["definite_noun"] = float(_definite_noun(h.token))
    f["headline"] = float(headline)
    f["speech_act"] = float(speech)
    f["actor_pronoun"] = float(e.actor is not None and e.actor.strip().lower() in PRONOUNS)
    f["no_actor"] = float(e.actor is None)
    f["confidence"] = float(e.confidence or 0.0)
    best = -1
    if hosts:
        stats = []
        for _, hg in hosts:
            theirs = [index[id(m)] for m in hg.mentions]
            block = P[np.ix_(mine, theirs)]
            stats.append((float(block.max()), float(block.mean()), float(P[index[id(h)], index[id(hg.head)]])))
        best = int(np.argmax([s[0] for s in stats]))
        he, hg = hosts[best]
        hh = hg.head
        # the highest pair picks the event it may repeat; the mean and head-to-head pair, the best over all
        f["p_max"] = stats[best][0]
        f["p_mean"] = max(s[1] for s in stats)
        f["p_head"] = max(s[2] for s in stats)
        f["same_lemma"] = float(hh.lemma == h.lemma)
        f["same_type"] = float(e.type != "other" and he.type == e.type)
        f["same_actor"] = float(e.actor is not None and he.actor == e.actor)
        f["actor_clash"] = float(e.actor is not None and he.actor is not None and he.actor != e.actor)
        f["target_clash"] = float(e.target is not None and he.target is not None and he.target != e.target)
        f["same_status"] = float(he.status == e.status)
        f["same_sentence"] = float(hh.sentence == h.sentence)
        f["sentence_distance"] = min(abs(hh.sentence - h.sentence), 10) / 10.0
        f["cos_sentence"] = _cos(units[h.sentence].embedding, units[hh.sentence].embedding)
        f["cos_state"] = _cos(h.state, hh.state)
        f["dependent"] = float(hh.sentence == h.sentence and _dependent(h.token, hh.token))
        f["host_dependent"] = float(hh.sentence == h.sentence and _dependent(hh.token, h.token))
        f["date_clash"] = float(e.date is not None and he.date is not None and he.date != e.date)
        f["host_confidence"] = float(he.confidence or 0.0)
        f["any_same_lemma"] = float(any(hg2.head.lemma == h.lemma for _, hg2 in hosts))
        f["any_same_type"] = float(e.type != "other" and any(he2.type == e.type for he2, _ in hosts))
        f["any_same_actor"] = float(e.actor is not None and any(he2.actor == e.actor for he2, _ in hosts))
        f["host_before"] = float(he.trigger_start < e.trigger_start)
        # a definite description of an act of a type already told refers back to it ("his remarks", "the meeting")
        f["definite_same_type"] = f["definite_noun"] * f["same_type"]
        host_speech = speech_of(hg.head.lemma)
        f["speech_pair"] = float(speech and host_speech)
        f["same_speaker_or_unsaid"] = float(speech and host_speech and (e.actor is None or e.actor == he.actor))
        f["same_lemma_unsaid_actor"] = f["same_lemma"] * float(e.actor is None)
        f["max_cos_state"] = max(_cos(h.state, hg2.head.state) for _, hg2 in hosts)
        f["max_cos_sentence"] = max(_cos(units[h.sentence].embedding, units[hg2.head.sentence].embedding)
                                    for _, hg2 in hosts)
    return np.array([f.get(n, 0.0) for n in FEATURE_NAMES], dtype=np.float32), best


# Set by training/train_event_duplicate.py: each stated event's (document id, trigger start, end, trigger, row)
# is recorded here; while it records nothing is folded, so the rows are those of the events the layer states
# without this check.
RECORDER: list[tuple[str, int, int, str, np.ndarray]] | None = None


def fold_duplicates(doc: Any, units: Sequence[Any], events: Sequence[Event], groups: Sequence[Any],
                    headline: Sequence[bool], speech: Sequence[bool], fold_at: float | None) -> list[Event]:
    """The ranked events (most confident first; ``groups[i]`` built ``events[i]``) with each event whose
    duplicate probability is at least ``fold_at`` folded into the kept event of its highest pair: its trigger and
    mentions become that event's mentions. ``fold_at`` None, or no model shipped: nothing is folded."""
    model = get_duplicate_model()
    if not events or (RECORDER is None and (fold_at is None or model is None)):
        return list(events)
    mentions = [m for g in groups for m in g.mentions]
    index = {id(m): k for k, m in enumerate(mentions)}
    P = _pair_probabilities(units, mentions)
    kept: list[tuple[Event, Any]] = []
    for e, g, hl, sp in zip(events, groups, headline, speech, strict=True):
        row, best = duplicate_row(e, g, kept, P, index, units, hl, sp)
        if RECORDER is not None:
            RECORDER.append((doc.id, e.trigger_start, e.trigger_end, e.trigger, row))
            kept.append((e, g))
            continue
        assert model is not None and fold_at is not None
        if best < 0 or float(model.proba(row)[0]) < fold_at:
            kept.append((e, g))
            continue
        host = kept[best][0]
        extra = [EventMention(start=e.trigger_start, end=e.trigger_end, text=e.trigger), *e.mentions]
        have = {(m.start, m.end) for m in host.mentions} | {(host.trigger_start, host.trigger_end)}
        host.mentions = sorted([*host.mentions, *(m for m in extra if (m.start, m.end) not in have)],
                               key=lambda m: m.start)
    return [e for e, _ in kept]
