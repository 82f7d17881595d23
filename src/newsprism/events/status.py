"""Event status (occurred / planned / ongoing / denied / hypothetical) from the trigger in its sentence.

One small learned model reads two blocks, at training time and at run time through the same functions here:
- the shared encoder's token states over the trigger's word pieces (the sentence as its input), which carry
  tense, modality and negation in context;
- 0/1 rule features from the dependency parse along the trigger's governing chain: its own tag and auxiliaries,
  negation, modals, conditional marks, future and past time words, governing plan / denial / failure / hedge
  / speech verbs, quotes and questions (word lists in ``data/status_cues.json``).
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


FEATURE_NAMES = tuple(_names())


def _aux(tok: Any) -> list[Any]:
    return [k for k in tok.children if k.dep_ in ("aux", "auxpass", "neg")]


def _own_flags(tok: Any, c: dict[str, frozenset[str]]) -> dict[str, bool]:
    kids = list(tok.children)
    aux = [k.text.lower() for k in _aux(tok)]
    dets = [k.text.lower() for k in kids if k.dep_ == "det"]
    return {
        "neg": any(k.dep_ == "neg" or (k.text.lower() in c["negation"] and k.dep_ in ("det", "advmod", "neg"))
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
    while cur.head is not cur and cur.dep_ in CHAIN_DEPS and len(out) <= CHAIN_LEN:
        cur = cur.head
        out.append(cur)
    return out


def rule_features(tok: Any) -> np.ndarray:
    """0/1 features of one trigger token (a spaCy Token) in its parsed sentence."""
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
    words = [t.text.lower() for t in sent]
    f["sent:future_time"] = float(any(w in c["future_time"] for w in words))
    f["sent:past_time"] = float(any(w in c["past_time"] for w in words))
    f["sent:question"] = float(sent[-1].text == "?" if len(sent) else False)
    before = sent.doc[sent.start : tok.i]
    f["sent:quoted"] = float(sum(1 for t in before if t.text in ('"', "“", "``", "”", "''")) % 2 == 1)
    f["sent:if"] = float(any(w in c["conditional_marks"] for w in words))
    f["sent:will"] = float(any(w in c["future_aux"] for w in words))
    f["sent:neg"] = float(any(w in c["negation"] for w in words))
    f["trig_in_title_case"] = float(tok.text[:1].isupper() and tok.i > sent.start)
    f["head_is_speech"] = float(tok.head is not tok and lemma(tok.head) in c["speech_heads"])
    f["sent:headline"] = float(not any(t.text in ".!?" for t in sent[-2:]))
    return np.array([f.get(n, 0.0) for n in FEATURE_NAMES], dtype=np.float32)


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
