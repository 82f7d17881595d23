"""How likely a careful reader accepts a stated event as it is stated: ``Event.confidence``, learned and calibrated.

An event is right when it is a real happening, with the right participants and the right status, and not a repeat
of another event of the document (the BASIL and ECB+ event audits' label ``correct``; ``benchmarks/audit_events.py``).
The events layer already computes what tells such events apart; this check reads it for each stated event:
the happening filter's and the fragment check's probabilities, the trigger head's score, the status model's
certainty and whether a clause rule set the status, the stated status, what the event has (a named participant,
a named or definite actor, a target, a date, a place, an attribution, other mentions, a dictionary type) and how
its actor and target read (a pronoun, their length), where it is said (the headline, how far into the text,
inside a quote, in a question, in a speaker's own voice) and whether another stated event of the document has its
trigger word, its type or its actor (a likely repeat or a split happening).

One binary logistic regression (``data/event_confidence.npz``, plain arrays) trained by
``training/train_event_confidence.py`` on every labelled development event, its regularization chosen on
leave-one-draw-out folds. Its probability is ``Event.confidence``; the events are ranked by it. It removes
nothing: the JSON keeps every event and the story layer reads every event (plans stay comparable with deeds);
the reports show those under the events' bar (``newsprism.events.shown``) behind a "show more" control.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from newsprism.events.fragment import STATUS_ORDER, context_features
from newsprism.events.logit import StandardLogit, packaged

MODEL_FILE = "data/event_confidence.npz"
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "this", "that",
                      "who", "which", "these", "those", "one"})
FEATURE_NAMES = (
    "product_confidence", "happening_logit", "fragment_logit", "trigger_score", "status_clarity",
    "status_confidence", "status_rule", *(f"status={s}" for s in STATUS_ORDER),
    "named", "has_actor", "generic", "noun_head", "no_type", "attributed", "mentions", "has_actor_slot",
    "has_target", "has_date", "has_place", "actor_pronoun", "target_pronoun", "actor_words", "target_words",
    "headline", "position", "in_quote", "question", "first_or_second_person",
    "same_trigger_before", "same_trigger_after", "same_type_before", "same_actor_before", "events_in_document",
)


@dataclass
class Candidate:
    """What the events layer knows of one stated event besides the Event itself."""

    group: Any  # group.EventGroup
    typed: bool  # the event dictionary gives its type
    fragment: float  # the fragment check's probability (0.0 when the check is off)
    status_rule: bool  # a clause rule set the status against the status model
    headline: bool  # said in the title or a heading


def _logit(p: float) -> float:
    p = min(max(float(p), 1e-4), 1 - 1e-4)
    return float(np.log(p / (1 - p)))


def _words(s: str | None) -> float:
    return float(min(len(s.split()), 8)) if s else 0.0


def _pronoun(s: str | None) -> float:
    return float(s is not None and s.strip().lower() in PRONOUNS)


def confidence_rows(doc: Any, events: Sequence[Any], cands: Sequence[Candidate]) -> np.ndarray:
    """The model's input rows (``FEATURE_NAMES``) for the stated events of one document (``events[i]`` an
    ``Event``, ``cands[i]`` what built it)."""
    n_text = max(len(doc.text), 1)
    order = sorted(range(len(events)), key=lambda i: events[i].trigger_start)
    rank = {i: k for k, i in enumerate(order)}
    rows = []
    for i, (e, c) in enumerate(zip(events, cands, strict=True)):
        g, h = c.group, c.group.head
        probs = h.status_probs
        others = [j for j in range(len(events)) if j != i]
        before = [j for j in others if rank[j] < rank[i]]
        after = [j for j in others if rank[j] > rank[i]]

        def lemma(j: int) -> str:
            return str(cands[j].group.head.lemma)

        row = [
            float(g.confidence), _logit(g.happening), _logit(c.fragment), float(h.score),
            float(probs.max()) if probs is not None else 0.5, float(g.status_confidence), float(c.status_rule),
            *(float(e.status == s) for s in STATUS_ORDER),
            float(g.named), float(g.has_actor), float(g.generic), float(h.pos == "NOUN"), float(not c.typed),
            float(e.attributed_to is not None), float(min(len(e.mentions), 4)), float(e.actor is not None),
            float(e.target is not None), float(e.date is not None), float(e.place is not None),
            _pronoun(e.actor), _pronoun(e.target), _words(e.actor), _words(e.target),
            float(c.headline), e.trigger_start / n_text, *context_features(h.token),
            float(any(lemma(j) == h.lemma for j in before)), float(any(lemma(j) == h.lemma for j in after)),
            float(e.type != "other" and any(events[j].type == e.type for j in before)),
            float(e.actor is not None and any(events[j].actor == e.actor for j in before)),
            float(np.log1p(len(events))),
        ]
        rows.append(row)
    return np.asarray(rows, dtype=np.float32).reshape(len(events), len(FEATURE_NAMES))


@lru_cache(maxsize=1)
def get_confidence_model() -> StandardLogit:
    return StandardLogit.load(packaged(MODEL_FILE), "event-confidence")


# Set by training/train_event_confidence.py: each stated event's (document id, trigger start, end, trigger, row)
# is recorded here, so that the training rows are what the events layer states; while it records, an event's
# confidence is the product of its parts (``group.EventGroup.confidence``), so no trained model is needed.
RECORDER: list[tuple[str, int, int, str, np.ndarray]] | None = None


def event_confidences(doc: Any, events: Sequence[Any], cands: Sequence[Candidate]) -> list[float]:
    """P(a careful reader accepts the event as stated) for each stated event of one document."""
    if not events:
        return []
    X = confidence_rows(doc, events, cands)
    if RECORDER is not None:
        RECORDER.extend((doc.id, e.trigger_start, e.trigger_end, e.trigger, x) for e, x in zip(events, X, strict=True))
        return [float(c.group.confidence) for c in cands]  # the events layer as before the model: nothing moves
    return [float(p) for p in get_confidence_model().proba(X)]
