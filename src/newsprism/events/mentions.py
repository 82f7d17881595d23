"""Event mentions: trigger words found in each parsed sentence, with what coreference and status read.

A candidate trigger is a content verb, noun or adjective (not an auxiliary, not part of a named entity). A
small learned head (``data/event_triggers.npz``, trained on ECB+ train sentences by
``training/train_event_triggers.py``) reads the shared encoder's token states over the word and its POS, and
keeps the candidates that are events ("fire", "murder", "talks" yes; "police", "year" no). Every verb of a
clause is an event candidate; nouns must earn it.

Sentences are the encoder's unit: each sentence is encoded once, and its token states serve the trigger head,
the status head and coreference (trigger states and the sentence embedding).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from newsprism.encoder.minilm import MAX_TOKENS
from newsprism.errors import ModelError
from newsprism.events.status import lemma, trigger_state

if TYPE_CHECKING:
    from newsprism.encoder.document import EncodedDocument

CANDIDATE_POS = ("VERB", "NOUN", "ADJ", "PROPN")
POS_FEATS = ("VERB", "NOUN", "ADJ", "PROPN")
TAG_FEATS = ("VB", "VBD", "VBZ", "VBP", "VBG", "VBN", "NN", "NNS", "NNP", "JJ")
DEP_FEATS = ("ROOT", "nsubj", "nsubjpass", "dobj", "pobj", "compound", "amod", "conj", "ccomp", "xcomp",
             "advcl", "relcl", "acl", "poss", "attr", "appos")
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW")
TRIGGER_FILE = "data/event_triggers.npz"


@dataclass
class SentenceUnit:
    """One parsed sentence with its encoder pass."""

    start: int  # character offset of the sentence in the document text
    end: int
    span: Any  # the spaCy sentence Span
    hidden: np.ndarray  # token states (n_pieces, 384)
    offsets: list[tuple[int, int]]  # piece offsets relative to ``start``
    embedding: np.ndarray  # mean-pooled, normalised (384,)
    paragraph: int = 0


@dataclass
class Mention:
    """One event trigger in one document."""

    doc: str
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    sentence: int  # index into the document's SentenceUnit list
    token: Any  # the spaCy head token of the trigger
    state: np.ndarray  # the trigger's encoder state
    score: float = 1.0  # trigger probability
    args: dict[str, set[str]] = field(default_factory=dict)  # role -> participant keys
    status: str = "occurred"
    status_probs: np.ndarray | None = None
    cluster: int = -1  # within-document event index


def trigger_features(tok: Any, state: np.ndarray) -> np.ndarray:
    tag = [float(tok.tag_ == t) for t in TAG_FEATS]
    pos = [float(tok.pos_ == p) for p in POS_FEATS]
    dep = [float(tok.dep_ == d) for d in DEP_FEATS]
    extra = [float(tok.ent_type_ != ""), float(tok.text[:1].isupper()), float(tok.is_sent_start)]
    return np.concatenate([state, np.array(tag + pos + dep + extra, dtype=np.float32)])


NON_EVENT_ENTS = frozenset({"PERSON", "GPE", "NORP", "LOC", "FAC", "ORG", "DATE", "TIME", "MONEY", "PERCENT",
                            "CARDINAL", "ORDINAL", "QUANTITY", "PRODUCT", "LANGUAGE"})


def is_candidate(tok: Any) -> bool:
    """A content word that may be an event: verbs, nouns and adjectives outside names and figures, at least
    two letters and not the first part of a hyphenated word; a proper noun only inside a named event ("the
    Academy Awards")."""
    if not tok.text[:1].isalpha() or len(tok.text) < 2:
        return False  # a lone letter ("e" of "e-mails") is no word
    if not tok.whitespace_ and tok.i + 1 < len(tok.doc) and tok.nbor(1).text == "-":
        return False  # the first part of a hyphenated word ("cease-fire") modifies the rest
    if tok.pos_ == "PROPN":
        return tok.ent_type_ == "EVENT"
    return tok.pos_ in CANDIDATE_POS and tok.ent_type_ not in NON_EVENT_ENTS


@dataclass
class TriggerModel:
    mean: np.ndarray
    scale: np.ndarray
    weight: np.ndarray
    bias: float
    threshold: dict[str, float]

    @classmethod
    def load(cls, path: str | Path | None = None) -> TriggerModel:
        src = Path(path) if path else Path(str(resources.files("newsprism.events").joinpath(TRIGGER_FILE)))
        try:
            with np.load(src, allow_pickle=False) as z:
                th = {p: float(v) for p, v in zip(POS_FEATS, z["threshold"], strict=True)}
                return cls(z["mean"], z["scale"], z["weight"], float(z["bias"]), th)
        except (OSError, KeyError, ValueError) as exc:
            raise ModelError(f"cannot load the event-trigger model {src}: {exc}") from exc

    def proba(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.weight + self.bias
        return 1.0 / (1.0 + np.exp(-z))


@lru_cache(maxsize=1)
def get_trigger_model() -> TriggerModel:
    return TriggerModel.load()


def encode_sentences(parsed: Sequence[tuple[int, int, Any]], text: str,
                     encoded: EncodedDocument | None = None) -> list[SentenceUnit]:
    """Every sentence of the parsed paragraphs with its token states and sentence embedding (the mean of its
    pieces' states, normalised).

    The states come from the document's one encoder pass (``state.encoded``) wherever one of its units is the
    sentence itself (the pass's units are sentences by punctuation rules, the same as spaCy's for most
    sentences): the same pieces through the same encoder, so the same states as encoding the sentence alone.
    A sentence that no unit matches (spaCy and the rules cut differently) is encoded here on its own, as every
    sentence is when there is no pass (``encoded`` None), so that each sentence's states never depend on
    where the rules cut."""
    spans = [(pi, offset + s.start_char, offset + s.end_char, s) for pi, offset, sdoc in parsed for s in sdoc.sents]
    spans = [x for x in spans if text[x[1]:x[2]].strip()]
    units_at = {(a, b) for a, b, _p in encoded.units} if encoded is not None else set()
    got: dict[int, tuple[np.ndarray, list[tuple[int, int]]]] = {}
    for k, (_pi, s, e, _sp) in enumerate(spans):
        body = text[s:e]
        a, b = s + len(body) - len(body.lstrip()), s + len(body.rstrip())
        if encoded is not None and (a, b) in units_at:
            hid, offs = encoded.span_tokens(a, b)
            if len(offs) <= MAX_TOKENS - 2:  # longer: its own encoding truncates to the first window
                got[k] = (hid, [(int(x) - s, int(y) - s) for x, y in offs])
    own = [k for k in range(len(spans)) if k not in got]
    if own:
        from newsprism.encoder import get_encoder

        outs = get_encoder().tokens([text[spans[k][1] : spans[k][2]] for k in own])
        got.update((k, (o.hidden, list(o.offsets))) for k, o in zip(own, outs, strict=True))
    units = []
    for k, (pi, s, e, sp) in enumerate(spans):
        hidden, offsets = got[k]
        emb = hidden.mean(axis=0) if len(hidden) else np.zeros(384, dtype=np.float32)
        emb = emb / max(float(np.linalg.norm(emb)), 1e-9)
        units.append(SentenceUnit(s, e, sp, hidden, offsets, emb.astype(np.float32), pi))
    return units


def candidates(units: Sequence[SentenceUnit]) -> list[tuple[int, Any, np.ndarray]]:
    """(sentence index, token, encoder state) for each candidate trigger token."""
    out = []
    for si, u in enumerate(units):
        for tok in u.span:
            if is_candidate(tok):
                rel = tok.idx - u.span.start_char
                out.append((si, tok, trigger_state(u.hidden, u.offsets, rel, rel + len(tok.text))))
    return out


def doc_offset(u: SentenceUnit, tok: Any) -> int:
    """A token's character offset in the document text."""
    return u.start + tok.idx - u.span.start_char


def find_mentions(doc_id: str, units: Sequence[SentenceUnit], model: TriggerModel | None = None) -> list[Mention]:
    """Trigger mentions in the encoded sentences of one document."""
    model = model or get_trigger_model()
    cands = candidates(units)
    if not cands:
        return []
    p = model.proba(np.stack([trigger_features(tok, st) for _si, tok, st in cands]))
    out = []
    for (si, tok, st), prob in zip(cands, p, strict=True):
        if prob < model.threshold.get(tok.pos_, 0.5):
            continue
        start = doc_offset(units[si], tok)
        out.append(Mention(doc=doc_id, start=start, end=start + len(tok.text), text=tok.text, lemma=lemma(tok),
                           pos=tok.pos_, sentence=si, token=tok, state=st, score=float(prob)))
    return out
