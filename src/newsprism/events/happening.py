"""Is this trigger a specific happening? A small learned filter over what the status model already reads.

A news sentence holds many predicates that are no happening: states ("the party controls the House"), stances
and attitudes ("supports gun control", "fears a war"), generic or habitual statements ("presidents rarely
visit"). The annotated news sets in ``../shared/data/factuality`` say which triggers are which:
- UW's triggers aligned to TempEval-3 TimeML carry its event class; ``STATE`` and ``I_STATE`` (states, and
  attitudes towards a proposition: believe, want, fear, support) are the negatives; ``OCCURRENCE``,
  ``I_ACTION``, ``ASPECTUAL``, ``PERCEPTION`` and ``REPORTING`` the positives;
- MEANTIME marks generic events (``special_cases = GEN``): negatives; its other events are positives;
- ECB+ classes its event mentions: ``ACTION_STATE`` and ``ACTION_GENERIC`` (and their negated forms) are the
  negatives, the other classes positives.
The features are the status model's (``status.features``: encoder token states over the trigger and rule
features of its clause) and the participant block here (what kind of subject and object the predicate has,
a time anchor, habitual adverbs, a copula; ``fragment_features``: a predicate adjective, a clause under an evaluative
adjective, an expletive or content subject, a state predicate, an unanchored or generic present, a modal of norm
or ability), so that "a definite or named participant, anchored in time" is
learned, not set. One binary logistic regression (``data/event_happening.npz``, plain arrays), trained by
``training/train_event_happening.py``; its probability is calibrated on the training distribution (no class
weights) and is one factor of an event's confidence.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np

from newsprism.events.logit import StandardLogit, packaged
from newsprism.events.status import cues
from newsprism.nlp.parse_tree import is_root

MODEL_FILE = "data/event_happening.npz"
KINDS = ("none", "named", "pronoun", "definite", "indefinite", "quantified", "bare_plural", "bare")
PRONOUNS = frozenset({"i", "we", "he", "she", "they", "it", "you", "who", "that", "which", "this", "these",
                      "those", "one", "someone", "anyone", "everyone", "nobody"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
INDEFINITE = frozenset({"a", "an", "some", "another"})
NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
SUBJ = ("nsubj", "nsubjpass", "csubj", "expl")
OBJ = ("dobj", "attr", "oprd", "dative")


def _kind(tok: Any | None) -> str:
    """What kind of participant a phrase head is."""
    if tok is None:
        return "none"
    if tok.ent_type_ in NAMED_TYPES or tok.pos_ == "PROPN":
        return "named"
    low = tok.text.lower()
    if tok.pos_ == "PRON" or low in PRONOUNS:
        return "pronoun"
    kids = list(tok.children)
    if any(k.dep_ == "poss" for k in kids) or any(k.ent_type_ in NAMED_TYPES for k in kids if k.dep_ == "compound"):
        return "definite"
    dets = [k.text.lower() for k in kids if k.dep_ in ("det", "predet", "nummod", "quantmod")]
    if any(d in DEFINITE for d in dets):
        return "definite"
    if any(d in cues()["generic_determiners"] for d in dets):
        return "quantified"
    if any(d in INDEFINITE for d in dets) or any(k.dep_ == "nummod" for k in kids):
        return "indefinite"
    return "bare_plural" if tok.tag_ in ("NNS", "NNPS") else "bare"


def _clause_head(tok: Any) -> Any:
    """The verb whose arguments a noun or adjective trigger borrows: "the talks were held" -> held."""
    if tok.pos_ in ("VERB", "AUX"):
        return tok
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "acomp") and tok.head.i != tok.i:
        return tok.head
    return tok


def _role(tok: Any, deps: tuple[str, ...]) -> Any | None:
    for k in tok.children:
        if k.dep_ in deps:
            return k
    if deps == SUBJ and tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.i != tok.i:
        for k in tok.head.children:  # a shared subject: "came and spoke"
            if k.dep_ in deps:
                return k
    return None


def participant_features(tok: Any) -> np.ndarray:
    """0/1 features of the predicate's participants and anchoring (see ``PARTICIPANT_NAMES``)."""
    c = cues()
    verb = _clause_head(tok)
    subj = _role(verb, SUBJ)
    obj = _role(verb, OBJ)
    f = {f"subj={_kind(subj)}": 1.0, f"obj={_kind(obj)}": 1.0}
    if tok.i != verb.i:  # a noun trigger's own specifiers: "the vote", "his visit", "elections"
        f[f"self={_kind(tok)}"] = 1.0
    # spaCy makes a new Token object on each access: tokens are compared by index, never by identity
    clause = [k for k in verb.subtree if verb.i in (k.head.i, k.head.head.i) and k.i != verb.i]
    f["time_anchor"] = float(any(k.ent_type_ in ("DATE", "TIME") or k.text.lower() in c["time_words"]
                                 for k in clause))
    f["habitual_adverb"] = float(any(k.text.lower() in c["habitual_adverbs"] for k in clause))
    f["copula"] = float(any(k.dep_ == "cop" or (k.lemma_ == "be" and k.dep_ in ("aux",)) for k in verb.children)
                        or verb.lemma_ == "be" or verb.text.lower() in ("is", "are", "was", "were", "be", "been"))
    f["acomp_or_attr"] = float(any(k.dep_ in ("acomp", "attr") for k in verb.children))
    f["subj_generic_you"] = float(subj is not None and subj.text.lower() in ("you", "one", "people", "anyone"))
    f.update(fragment_features(tok, verb, subj, f["time_anchor"] > 0))
    return np.array([f.get(n, 0.0) for n in PARTICIPANT_NAMES], dtype=np.float32)


# --- Fragments: evaluations, norms, generic and stative statements (the frag:* block) -------------------------
FRAGMENT_NAMES = ("frag:pred_adjective", "frag:comparative", "frag:under_evaluative", "frag:expletive_subject",
                  "frag:content_subject", "frag:state_predicate", "frag:present_unanchored", "frag:generic_present",
                  "frag:modal_norm", "frag:infinitive_subject")


def fragment_features(tok: Any, verb: Any, subj: Any | None, anchored: bool) -> dict[str, float]:
    """0/1 features of statements that are no happening: a predicate adjective or comparison ("the plan is
    unfair", "costlier than"), a clause under an evaluative adjective ("it is important to win", "likely to
    run"), an expletive or content subject ("it is clear that", "the report offers"), a state or attitude
    predicate (``state_predicates``), a simple present with no time anchor (habitual or generic), a generic
    (bare plural or quantified) subject in the present, a modal of norm or ability ("must win", "can achieve"),
    an infinitive or clause as subject ("to win is everything")."""
    from newsprism.events.status import lemma

    c = cues()
    f: dict[str, float] = {}
    f["frag:pred_adjective"] = float(tok.pos_ == "ADJ" or tok.dep_ == "acomp")
    f["frag:comparative"] = float(tok.tag_ in ("JJR", "JJS", "RBR", "RBS"))
    head = verb.head
    f["frag:under_evaluative"] = float(verb.dep_ in ("xcomp", "ccomp", "acl") and not is_root(verb) and (
        head.text.lower() in c["evaluative_adjectives"] or any(
            k.dep_ in ("acomp", "attr") and k.text.lower() in c["evaluative_adjectives"] for k in head.children)))
    f["frag:expletive_subject"] = float(subj is not None and (subj.dep_ == "expl" or (
        subj.text.lower() == "it" and any(k.dep_ in ("acomp", "attr", "ccomp", "xcomp") for k in verb.children)
        and lemma(verb) == "be")))
    from newsprism.events.clauses import _filters

    f["frag:content_subject"] = float(subj is not None and subj.pos_ == "NOUN" and (
        subj.text.lower() in _filters()["content_subjects"] or lemma(subj) in _filters()["content_subjects"]))
    f["frag:state_predicate"] = float(lemma(verb) in c["state_predicates"] or lemma(tok) in c["state_predicates"])
    aux = [k.text.lower() for k in verb.children if k.dep_ in ("aux", "auxpass")]
    # a finite present: VBZ/VBP, or a bare VB heading its own clause with no auxiliary (the tagger's reading of
    # a plural present: "captains rarely visit")
    present = not [a for a in aux if a not in ("do", "does")] and (verb.tag_ in ("VBZ", "VBP") or (
        verb.tag_ == "VB" and verb.dep_ in ("ROOT", "conj", "ccomp", "relcl")
        and any(k.dep_ in ("nsubj", "nsubjpass") for k in verb.children)))
    f["frag:present_unanchored"] = float(present and not anchored)
    f["frag:generic_present"] = float(present and _kind(subj) in ("bare_plural", "quantified", "bare"))
    f["frag:modal_norm"] = float(any(a in c["obligation_aux"] or a in c["possible_aux"] for a in aux))
    f["frag:infinitive_subject"] = float(subj is not None and subj.dep_ == "csubj")
    return f


PARTICIPANT_NAMES = tuple(
    [f"subj={k}" for k in KINDS] + [f"obj={k}" for k in KINDS] + [f"self={k}" for k in KINDS]
    + ["time_anchor", "habitual_adverb", "copula", "acomp_or_attr", "subj_generic_you"] + list(FRAGMENT_NAMES))


@lru_cache(maxsize=1)
def get_happening_model() -> StandardLogit:
    return StandardLogit.load(packaged(MODEL_FILE), "event-happening")


def happening_features(status_row: np.ndarray, tok: Any) -> np.ndarray:
    """The model's input row: the status model's row for the trigger, then the participant block."""
    return np.concatenate([status_row, participant_features(tok)])
