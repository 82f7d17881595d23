"""Event status (occurred / planned / ongoing / denied / hypothetical) from the trigger in its sentence.

One small learned model reads two blocks, at training time and at run time through the same functions here:
- the shared encoder's token states over the trigger's word pieces (the sentence as its input), which carry
  tense, modality and negation in context;
- 0/1 rule features from the dependency parse along the trigger's governing chain: its own tag and auxiliaries,
  negation, modals, conditional marks, future and past time words, governing plan / denial / failure / hedge
  / speech verbs, quotes and questions (word lists in ``data/status_cues.json``);

A multinomial logistic regression over both (``data/event_status.npz``, plain arrays) gives a probability per
status. It was trained on the MEANTIME, UW and UDS-IH2 train splits (``training/train_event_status.py``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from newsprism.errors import ModelError
from newsprism.nlp.parse_tree import is_infinitive, is_root, word

STATUSES = ("occurred", "planned", "ongoing", "denied", "hypothetical")
# The factuality sets' labels and ours.
FROM_FACTUALITY = {"happened": "occurred", "planned": "planned", "ongoing": "ongoing", "negated": "denied",
                   "uncertain": "hypothetical"}
MODEL_FILE = "data/event_status.npz"

TAGS = ("VB", "VBD", "VBZ", "VBP", "VBG", "VBN", "NN", "NNS", "JJ", "MD")
DEPS = ("ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "dobj", "pobj", "nsubj", "nsubjpass",
        "amod", "compound", "pcomp", "attr", "appos")
CHAIN_DEPS = {"xcomp", "ccomp", "conj", "advcl", "dobj", "pobj", "prep", "attr", "nsubjpass", "nsubj", "pcomp",
              "oprd", "acomp", "csubj", "npadvmod", "acl", "relcl", "amod", "compound", "advmod", "dep", "appos"}
CHAIN_LEN = 5


@lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    raw = json.loads(resources.files("newsprism.events").joinpath("data/status_cues.json").read_text("utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


def lemma(tok: Any) -> str:
    """The token's base form from spaCy's rule lemmatizer (the shared pipeline runs without its lemmatizer,
    so it is called on demand for the few tokens that need it)."""
    if tok.lemma_ and tok.lemma_ != tok.text:
        return str(tok.lemma_).lower()
    return _lemma(tok.text.lower(), tok.pos_, tok.tag_, tok)


_LEMMAS: dict[tuple[str, str, str], str] = {}


def _lemma(text: str, pos: str, tag: str, tok: Any) -> str:
    """Cached by (word, POS, tag), which is what the rule lemmatizer reads."""
    key = (text, pos, tag)
    if key in _LEMMAS:
        return _LEMMAS[key]
    from newsprism.nlp.spacy_pipe import get_lemmatizer

    lem = get_lemmatizer()
    out = text if lem is None or pos not in ("VERB", "NOUN", "ADJ", "AUX") else str(lem.rule_lemmatize(tok)[0]).lower()
    if len(_LEMMAS) < 100_000:
        _LEMMAS[key] = out
    return out


def _names() -> list[str]:
    names = [f"tag={t}" for t in TAGS] + [f"dep={d}" for d in DEPS] + ["pos=VERB", "pos=NOUN", "pos=ADJ"]
    own = ["neg", "future", "conditional", "possible", "obligation", "to", "perfect", "progressive",
           "passive", "being", "going_to", "did", "mark_cond", "planned_adj", "det_no", "det_def", "poss"]
    names += [f"own:{n}" for n in own]
    up = ["neg", "future", "conditional", "possible", "obligation", "planned", "denial", "failure", "hedge",
          "ongoing", "done", "speech", "mark_cond", "question_word", "to", "past_tense", "present_tense"]
    names += [f"up:{n}" for n in up] + [f"up_before_speech:{n}" for n in ("neg", "planned", "hedge", "future")]
    names += ["sent:future_time", "sent:past_time", "sent:question", "sent:quoted", "sent:if", "sent:will",
              "sent:neg", "trig_in_title_case", "head_is_speech", "sent:headline"]
    return names


GOVERNOR_FLAGS = ("attempt", "desire", "intention", "negated", "purpose", "cond_consequence", "embedded_question",
                  "no_evidence", "denied_content")
FEATURE_NAMES = tuple(_names())


def _aux(tok: Any) -> list[Any]:
    return [k for k in tok.children if k.dep_ in ("aux", "auxpass", "neg")]


# Memo of the rule features in each parsed spaCy Doc's ``user_data`` (it lives and dies with the parse, which is
# never changed after parsing): a trigger's row, and each token's own flags and each sentence's flags, which the
# triggers of one sentence share. The events layer reads a trigger's row twice (status, happening filter).
_MEMO = "newsprism.events.status"
_QUOTES = ('"', "“", "``", "”", "''")


def _memo(doc: Any) -> dict[tuple[str, int], Any]:
    memo: dict[tuple[str, int], Any] = doc.user_data.setdefault(_MEMO, {})
    return memo


def _own_flags(tok: Any, c: dict[str, frozenset[str]]) -> dict[str, bool]:
    memo = _memo(tok.doc)
    key = ("own", tok.i)
    if key not in memo:
        memo[key] = _own_flags_of(tok, c)
    flags: dict[str, bool] = memo[key]
    return flags


def _own_flags_of(tok: Any, c: dict[str, frozenset[str]]) -> dict[str, bool]:
    kids = list(tok.children)
    aux = [word(k) for k in _aux(tok)]
    dets = [k.text.lower() for k in kids if k.dep_ == "det"]
    return {
        "neg": any(k.dep_ == "neg" or (word(k) in c["negation"] and k.dep_ in ("det", "advmod", "neg"))
                   for k in kids),
        "future": any(a in c["future_aux"] for a in aux),
        "conditional": any(a in c["conditional_aux"] for a in aux),
        "possible": any(a in c["possible_aux"] for a in aux),
        "obligation": any(a in c["obligation_aux"] for a in aux),
        "to": "to" in aux,
        "perfect": any(a in ("has", "have", "had", "'ve", "'s") for a in aux) and tok.tag_ == "VBN",
        "progressive": tok.tag_ == "VBG" and any(a in ("is", "are", "am", "'re", "'m", "was", "were", "be", "been")
                                                for a in aux),
        "passive": any(k.dep_ == "auxpass" for k in kids),
        "being": "being" in aux,
        "going_to": tok.dep_ == "xcomp" and tok.head.text.lower() == "going",
        "did": any(a in ("did", "does", "do") for a in aux),
        "mark_cond": any(k.dep_ == "mark" and k.text.lower() in c["conditional_marks"] for k in kids),
        "planned_adj": any(k.dep_ in ("amod", "compound", "acl") and k.text.lower() in c["planned_adjectives"]
                           for k in kids),
        "det_no": any(d in ("no", "neither") for d in dets),
        "det_def": any(d in ("the", "this", "that", "these", "those") for d in dets),
        "poss": any(k.dep_ == "poss" for k in kids),
    }


def _chain(tok: Any) -> list[Any]:
    out = [tok]
    cur = tok
    while not is_root(cur) and cur.dep_ in CHAIN_DEPS and len(out) <= CHAIN_LEN:
        cur = cur.head
        out.append(cur)
    return out


def rule_features(tok: Any) -> np.ndarray:
    """0/1 features of one trigger token (a spaCy Token) in its parsed sentence (read-only: memoized)."""
    memo = _memo(tok.doc)
    key = ("row", tok.i)
    if key not in memo:
        row = _rule_features(tok)
        row.flags.writeable = False
        memo[key] = row
    out: np.ndarray = memo[key]
    return out


def _sentence_flags(sent: Any, c: dict[str, frozenset[str]]) -> tuple[dict[str, float], list[int]]:
    """The flags of a sentence (the same for each trigger in it) and the number of quote marks before each of
    its tokens."""
    memo = _memo(sent.doc)
    key = ("sent", sent.start)
    if key not in memo:
        words = [word(t) for t in sent]
        f: dict[str, float] = {}
        f["sent:future_time"] = float(any(w in c["future_time"] for w in words))
        f["sent:past_time"] = float(any(w in c["past_time"] for w in words))
        f["sent:question"] = float(sent[-1].text == "?" if len(sent) else False)
        f["sent:if"] = float(any(w in c["conditional_marks"] for w in words))
        f["sent:will"] = float(any(w in c["future_aux"] for w in words))
        f["sent:neg"] = float(any(w in c["negation"] for w in words))
        f["sent:headline"] = float(not any(t.text in ".!?" for t in sent[-2:]))
        quotes = [0]
        for t in sent:
            quotes.append(quotes[-1] + (t.text in _QUOTES))
        memo[key] = (f, quotes)
    out: tuple[dict[str, float], list[int]] = memo[key]
    return out


_INDEX = {n: i for i, n in enumerate(FEATURE_NAMES)}


def _rule_features(tok: Any) -> np.ndarray:
    c = cues()
    f: dict[str, float] = {}
    f[f"tag={tok.tag_}"] = 1.0
    f[f"dep={tok.dep_}"] = 1.0
    f[f"pos={tok.pos_}"] = 1.0
    for k, v in _own_flags(tok, c).items():
        f[f"own:{k}"] = float(v)
    before_speech = True
    for t in _chain(tok)[1:]:
        lem = lemma(t)
        low = t.text.lower()
        o = _own_flags(t, c)
        speech = lem in c["speech_heads"]
        vals = {
            "neg": o["neg"], "future": o["future"], "conditional": o["conditional"], "possible": o["possible"],
            "obligation": o["obligation"], "planned": lem in c["planned_heads"] or low in c["planned_heads"],
            "denial": lem in c["denial_heads"], "failure": lem in c["failure_heads"] or low in c["failure_heads"],
            "hedge": lem in c["hedge_heads"] or low in c["hedge_heads"], "ongoing": lem in c["ongoing_heads"],
            "done": lem in c["done_heads"], "speech": speech, "mark_cond": o["mark_cond"],
            "question_word": low in ("whether", "if"), "to": o["to"],
            "past_tense": t.tag_ == "VBD", "present_tense": t.tag_ in ("VBZ", "VBP"),
        }
        for k, v in vals.items():
            if v:
                f[f"up:{k}"] = 1.0
                if before_speech and k in ("neg", "planned", "hedge", "future"):
                    f[f"up_before_speech:{k}"] = 1.0
        if speech:
            before_speech = False
    sent = tok.sent
    sent_flags, quotes = _sentence_flags(sent, c)
    f.update(sent_flags)
    f["sent:quoted"] = float(quotes[tok.i - sent.start] % 2 == 1)
    f["trig_in_title_case"] = float(tok.text[:1].isupper() and tok.i > sent.start)
    f["head_is_speech"] = float(not is_root(tok) and lemma(tok.head) in c["speech_heads"])
    row = np.zeros(len(FEATURE_NAMES), dtype=np.float32)
    for name, value in f.items():
        i = _INDEX.get(name)
        if i is not None:
            row[i] = value
    return row


# --- The governing predicate of the trigger's clause -----------------------------------------------------------
# Kept apart from the model's features above (it is not one of them): what class of predicate embeds the
# trigger's clause (an attempt, a wish, an intention), whether that predicate is negated, and how the clause
# hangs off it (a purpose infinitive, the consequence of a condition, an embedded question, the content of
# missing evidence or of a denial). The complement of an attempt or a wish is not asserted (FactBank, MEANTIME);
# ``clauses.unasserted_complement`` reads these flags. Tried as 9 more features of the status model (round 4):
# CV macro-F1 0.622 against 0.621, but MEANTIME + UW dev 0.612 against 0.620, so the model stays without them.


def embedded_clause(tok: Any) -> Any:
    """The word that heads the trigger's own clause: the trigger when it is a verb, else the verb that takes the
    trigger noun as subject or object ("tried to stage a coup" -> stage; "the vote was held" -> held)."""
    cur = tok
    for _ in range(2):
        if cur.pos_ in ("VERB", "AUX") or is_root(cur):
            return cur
        if cur.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
            cur = cur.head
        elif cur.dep_ == "pobj" and cur.head.dep_ == "prep" and not is_root(cur.head):
            cur = cur.head.head
        else:
            return cur
    return cur


def _governor_class(gov: Any, c: dict[str, frozenset[str]]) -> str | None:
    """attempt / desire / intention, by the word, its lemma or its base form in the lists (the rule lemmatizer
    reads "hopes" as "hop")."""
    from newsprism.events.lexicon import base_form

    low, lem = gov.text.lower(), lemma(gov)
    for name in ("attempt", "desire", "intention"):
        heads = c[f"{name}_heads"]
        if low in heads or lem in heads or base_form(low, heads) in heads:
            return name
    return None


def _negated(gov: Any, c: dict[str, frozenset[str]]) -> bool:
    return any(k.dep_ == "neg" or (k.dep_ in ("det", "advmod") and k.text.lower() in c["negation"])
               for k in gov.children)


def governor_flags(tok: Any) -> dict[str, bool]:
    """What embeds the trigger's clause: the class and polarity of the governing predicate ("tried to oust",
    "did not want to sign", "plans to hold"), a purpose infinitive ("closed the road to build a bridge", "in
    order to"), the consequence of a condition ("if it rains, the match will be called off"), an embedded
    question ("asked whether the plant closed"), the content of missing evidence ("no evidence that they
    colluded", "did not show that ...") or of a denial ("denied that he leaked it")."""
    c = cues()
    clause = embedded_clause(tok)
    out = dict.fromkeys(GOVERNOR_FLAGS, False)
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and _governor_class(tok.head, c) == "attempt":
        out["attempt"] = True  # "attempted a coup": the coup is what was tried
    kids = list(clause.children)
    marks = {k.text.lower() for k in kids if k.dep_ == "mark"}
    out["cond_consequence"] = clause.pos_ in ("VERB", "AUX") and any(
        k.dep_ == "advcl" and any(m.dep_ == "mark" and m.text.lower() in ("if", "unless") for m in k.children)
        for k in kids)
    out["embedded_question"] = clause.dep_ in ("ccomp", "xcomp", "pcomp", "acl") and bool(marks & {"whether", "if"})
    has_to = is_infinitive(clause)
    has_subj = any(k.dep_ in ("nsubj", "nsubjpass") for k in kids)
    head = clause.head
    in_order = not is_root(clause) and head.text.lower() == "order" and head.head.text.lower() == "in"
    out["purpose"] = (clause.dep_ == "advcl" and has_to and not has_subj) or in_order or bool(
        marks & c["purpose_marks"] and clause.dep_ == "advcl")
    # the governor's class and polarity count for its complements only: an adverbial clause ("after she refused,
    # he tried to ...") is no complement of the verb it modifies
    if is_root(clause) or (clause.dep_ not in ("xcomp", "ccomp", "acl", "pcomp") and not in_order):
        return out
    gov = head.head if in_order else head
    if gov.dep_ == "prep" and not is_root(gov):  # "no sign of them leaving"
        gov = gov.head
    cls = _governor_class(gov, c)
    if cls is not None:
        out[cls] = True
    out["negated"] = _negated(gov, c)
    low, lem = gov.text.lower(), lemma(gov)
    evidence = low in c["evidence_heads"] or lem in c["evidence_heads"]
    out["no_evidence"] = evidence and out["negated"]
    out["denied_content"] = clause.dep_ == "ccomp" and lem in c["denial_heads"]
    return out


def trigger_state(hidden: np.ndarray, offsets: Sequence[tuple[int, int]], start: int, end: int) -> np.ndarray:
    """Mean of the encoder's token states over the word pieces that overlap [start, end) of the encoded text;
    the nearest piece when none overlaps (a trigger cut off by truncation)."""
    idx = [i for i, (s, e) in enumerate(offsets) if s < end and e > start]
    if not idx:
        if not len(offsets):
            return np.zeros(hidden.shape[1] if hidden.ndim == 2 else 384, dtype=np.float32)
        idx = [min(range(len(offsets)), key=lambda i: abs(offsets[i][0] - start))]
    return hidden[idx].mean(axis=0).astype(np.float32)


@dataclass
class StatusModel:
    """Standardise, then a linear layer and softmax over STATUSES."""

    mean: np.ndarray
    scale: np.ndarray
    weight: np.ndarray  # (n_features, n_statuses)
    bias: np.ndarray
    prior: np.ndarray  # per-status log multipliers tuned on training folds

    @classmethod
    def load(cls, path: str | Path | None = None) -> StatusModel:
        src = Path(path) if path else Path(str(resources.files("newsprism.events").joinpath(MODEL_FILE)))
        try:
            with np.load(src, allow_pickle=False) as z:
                return cls(z["mean"], z["scale"], z["weight"], z["bias"], z["prior"])
        except (OSError, KeyError, ValueError) as exc:
            raise ModelError(f"cannot load the event-status model {src}: {exc}") from exc

    def proba(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.weight + self.bias + self.prior
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)


@lru_cache(maxsize=1)
def get_status_model() -> StatusModel:
    return StatusModel.load()


def features(tok: Any, state: np.ndarray) -> np.ndarray:
    """The model's input row for one trigger: encoder state block, then rule block."""
    return np.concatenate([state, rule_features(tok)])
