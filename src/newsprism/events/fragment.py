"""Is this stated event a fragment? A small learned check on each candidate event, read from news as it is written.

The happening filter (``newsprism.events.happening``) is trained on MEANTIME, UW and ECB+ annotations of
states, attitudes and generic events; on the BASIL audits it separates the events a careful reader rejects as
fragments (evaluations, norms and modal statements, generic or habitual statements, figures of speech, reported
opinions: "we need to redouble our efforts", "support would no longer fly", "parties out of power do what they
can") from real happenings only with an AUC of about 0.70. The audits' labels (``benchmarks/audits``,
``fragment`` against every other label: a duplicate or a wrong status is still a happening) train this second
check on the candidate event as the events layer builds it: the happening filter's probability, the trigger
head's score, the status model's probabilities and input row (encoder token states and clause rule features),
the participant block, what the event has (actor, target, date, attribution, named participant, dictionary
type, mentions), where it is said (inside a direct quote, in a question, with a first- or second-person
speaker) and how evaluative its wording is (the VADER lexicon's valence of the trigger, of its clause and of the
sentence: an attitude, "supports", "hopes", reads positive; a verdict, "badly damaged", strong) and whether its clause
describes a class of participants ("people briefed on the matter"). One binary logistic regression (``data/event_fragment.npz``, plain arrays), trained by
``training/train_event_fragment.py`` with its regularization and the floor (``max_fragment`` in
``data/event_confidence.json``) chosen by fixed rules on leave-one-draw-out folds; an event whose fragment
probability is at or above the floor is not stated.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np

from newsprism.events.clauses import in_direct_quote
from newsprism.events.logit import StandardLogit, packaged
from newsprism.nlp.parse_tree import is_infinitive, is_root, word

MODEL_FILE = "data/event_fragment.npz"
STATUS_ORDER = ("occurred", "planned", "ongoing", "denied", "hypothetical")
META_NAMES = ("happening_logit", "trigger_score", "status_clarity", "named", "has_actor", "generic", "noun_head",
              "no_type", "attributed", "mentions", "has_actor_slot", "has_target", "has_date",
              *(f"status={s}" for s in STATUS_ORDER))
CONTEXT_NAMES = ("in_quote", "question", "first_or_second_person")
# how evaluative the wording is, from the VADER lexicon (a runtime dependency already: comments' sentiment): the
# trigger word's signed valence (an attitude verb reads positive, "support", "hopes"; many happenings negative,
# "killed"), its size, the strongest word of its clause besides it ("badly damaged"), and the share of the
# sentence's words the lexicon rates
EVALUATIVE_NAMES = ("valence_trigger", "valence_trigger_abs", "valence_clause_max_abs", "valence_sentence_share")
VALENCE_SCALE = 4.0  # VADER's valences lie in [-4, 4]
# a clause that describes a class of participants rather than tells a happening: a relative or participial clause,
# with no time of its own, on a bare plural, quantified or indefinite noun ("people briefed on the matter", "drug
# dealers arrested in the state", "officials who were not authorized to speak"); the same clause on a definite or named
# noun ("the bill backed by Mr. Trump"), on a counted one or anchored in time ("three teens arrested on Tuesday") more
# often tells the happening itself
DESCRIPTIVE_NAMES = ("describes_class",)
CLASS_KINDS = frozenset({"bare_plural", "indefinite", "quantified", "bare"})
FIRST_SECOND = frozenset({"i", "we", "you", "our", "my", "us", "me", "your"})


def context_features(tok: Any) -> list[float]:
    """Where the trigger is said: inside a direct quote (the quote marks of its paragraph before it do not
    balance), in a sentence that asks, in a sentence with a first- or second-person word (a speaker's own
    voice: "we know how to win")."""
    in_quote = in_direct_quote(tok)
    sent = tok.sent
    question = any(t.text == "?" for t in sent)
    person = any(t.text.lower() in FIRST_SECOND for t in sent)
    return [float(in_quote), float(question), float(person)]


@lru_cache(maxsize=1)
def valence_lexicon() -> dict[str, float]:
    """VADER's word -> mean valence, read from the installed package's list (0.1 s; building its analyzer, which
    also loads an emoji list, takes over a second)."""
    from importlib import resources

    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text("utf-8")
    return {parts[0]: float(parts[1]) for parts in (line.strip().split("\t") for line in text.splitlines())
            if len(parts) >= 2}


def evaluative_features(tok: Any) -> list[float]:
    """``EVALUATIVE_NAMES`` of one trigger token, each in [-1, 1]. Words are read with typographic apostrophes made
    plain (the lexicon writes "won't"), so text set with curly ones reads the same."""
    lex = valence_lexicon()
    own = lex.get(word(tok), lex.get(tok.lemma_.lower(), 0.0)) / VALENCE_SCALE
    verb = tok if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT" else tok.head
    clause = [k for k in verb.subtree if verb.i in (k.head.i, k.head.head.i) and k.i != tok.i]
    clause_max = max((abs(lex.get(word(k), 0.0)) for k in clause), default=0.0) / VALENCE_SCALE
    words = [t for t in tok.sent if t.is_alpha]
    share = sum(word(t) in lex for t in words) / max(len(words), 1)
    return [own, abs(own), clause_max, share]


def descriptive_features(tok: Any) -> list[float]:
    """``DESCRIPTIVE_NAMES`` of one trigger token: 1.0 when it is the verb of a relative clause or of a participial
    modifier (past or present participle, not an infinitive) whose noun is a bare plural, quantified or indefinite
    phrase without a number (``happening._kind``), and the clause has no date or time word of its own, else 0.0."""
    from newsprism.events.happening import _kind
    from newsprism.events.status import cues

    if tok.pos_ not in ("VERB", "AUX") or is_root(tok):
        return [0.0]
    infinitive = is_infinitive(tok)
    modifies = tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBG") and not infinitive)
    noun = tok.head
    counted = any(k.dep_ == "nummod" for k in noun.children)
    clause = [k for k in tok.subtree if tok.i in (k.head.i, k.head.head.i) and k.i != tok.i]
    timed = any(k.ent_type_ in ("DATE", "TIME") or k.text.lower() in cues()["time_words"] for k in clause)
    return [float(modifies and not counted and not timed and _kind(noun) in CLASS_KINDS)]


def fragment_row(group: Any, *, typed: bool, actor: str | None, target: str | None) -> np.ndarray:
    """The model's input row for one candidate event (a ``group.EventGroup``) as ``group.to_events`` states
    it: ``typed`` when the event dictionary gives its type, and its actor and target as stated."""
    from newsprism.events.happening import participant_features
    from newsprism.events.status import STATUSES, features

    h = group.head
    p = min(max(group.happening, 1e-4), 1 - 1e-4)
    probs = h.status_probs if h.status_probs is not None else np.full(len(STATUSES), 1.0 / len(STATUSES))
    meta = [float(np.log(p / (1 - p))), h.score, float(probs.max()), group.named, group.has_actor, group.generic,
            h.pos == "NOUN", not typed, group.attributed_to is not None, min(len(group.mentions), 4),
            actor is not None, target is not None, group.date is not None,
            *(group.status == s for s in STATUS_ORDER)]
    order = [STATUSES.index(s) for s in STATUS_ORDER]
    return np.concatenate([np.asarray(meta, dtype=np.float32), participant_features(h.token),
                           np.asarray(probs, dtype=np.float32)[order], features(h.token, h.state),
                           np.asarray(context_features(h.token), dtype=np.float32),
                           np.asarray(evaluative_features(h.token), dtype=np.float32),
                           np.asarray(descriptive_features(h.token), dtype=np.float32)]).astype(np.float32)


@lru_cache(maxsize=1)
def get_fragment_model() -> StandardLogit:
    return StandardLogit.load(packaged(MODEL_FILE), "event-fragment")


# Set by training/train_event_fragment.py: each candidate's (document id, trigger start, end, trigger, row) is
# recorded here and no candidate is dropped, so that the training rows are what the events layer sees.
RECORDER: list[tuple[str, int, int, str, np.ndarray]] | None = None


def fragment_probability(doc_id: str, group: Any, *, typed: bool, actor: str | None,
                         target: str | None) -> float:
    """P(fragment) of one candidate event; 0.0 while the training script records rows."""
    row = fragment_row(group, typed=typed, actor=actor, target=target)
    if RECORDER is not None:
        h = group.head
        RECORDER.append((doc_id, h.start, h.end, h.text, row))
        return 0.0
    return float(get_fragment_model().proba(row)[0])
