"""Event coreference within and across the documents of one story.

Every pair of event mentions in the story gets a probability of naming the same happening from a small learned
pair model (``data/event_coref.npz``, trained on ECB+ train topics by ``training/train_event_coref.py``) over:
trigger lemma and word class, the contextual trigger states and sentence embeddings of the shared encoder,
shared participants (agents, patients, other named parties; dates and places, shared or in conflict), and where
the two mentions sit (same document, same sentence, distance). Mentions are then clustered by average linkage
with a stopping threshold tuned on the training topics. A cluster's mentions in one document form one Event; its
id across documents is the story-wide event id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from newsprism.errors import ModelError

COREF_FILE = "data/event_coref.npz"
PAIR_FEATURES = (
    "same_lemma", "same_text", "prefix4", "vv", "nn", "vn", "cos_state", "cos_sent", "cos_state_same_lemma",
    "same_doc", "same_sentence", "sent_dist", "agent_share", "agent_clash", "patient_share", "patient_clash",
    "any_share", "sent_ent_jaccard", "date_share", "date_clash", "place_share", "place_clash", "reporting_pair",
    "min_score", "cos_state_sq", "cos_sent_sq", "same_doc_same_lemma", "bias_cross_lemma",
)
REPORTING = frozenset({"say", "tell", "add", "report", "state", "announce", "confirm", "according", "note",
                       "explain", "claim", "write", "reveal", "statement"})
ARG_ROLES = ("agent", "patient", "other")


@dataclass
class PairInput:
    """The parts of a mention that pair features read (the same for training and run time)."""

    doc: str
    lemma: str
    text: str
    pos: str
    sentence: int
    state: np.ndarray
    embedding: np.ndarray
    args: dict[str, set[str]]
    score: float = 1.0


def _named(keys: set[str]) -> set[str]:
    return {k for k in keys if k.startswith(("ent:", "np:"))}


def _overlap(sets: Sequence[set[str]]) -> tuple[np.ndarray, np.ndarray]:
    """(n x n counts of shared keys, whether each set is non-empty)."""
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, keys in enumerate(sets):
        for k in keys:
            rows.append(i)
            cols.append(vocab.setdefault(k, len(vocab)))
    n = len(sets)
    if not vocab:
        return np.zeros((n, n), dtype=np.float32), np.zeros(n, dtype=bool)
    M = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(n, len(vocab)))
    return (M @ M.T).toarray(), np.array([bool(k) for k in sets])


def _codes(values: Sequence[str]) -> np.ndarray:
    """One integer per value, the same for equal values (first seen first)."""
    seen: dict[str, int] = {}
    return np.array([seen.setdefault(v, len(seen)) for v in values], dtype=np.int32)


def pair_matrix(ms: Sequence[PairInput]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features for every pair i < j: (i index, j index, features (n_pairs, len(PAIR_FEATURES)))."""
    n = len(ms)
    iu, ju = np.triu_indices(n, k=1)
    if n < 2:
        return iu, ju, np.zeros((0, len(PAIR_FEATURES)), dtype=np.float32)
    # an (n, n) matrix's pair values in (iu, ju) order: a boolean mask reads them in the same (row-major) order,
    # faster than indexing by (iu, ju)
    upper = np.triu(np.ones((n, n), dtype=bool), k=1)
    S = np.stack([m.state / max(float(np.linalg.norm(m.state)), 1e-9) for m in ms]).astype(np.float32)
    E = np.stack([m.embedding for m in ms]).astype(np.float32)
    cos_s = (S @ S.T)[upper]
    cos_e = (E @ E.T)[upper]
    # strings as integer codes (equal codes <=> equal strings): comparing n^2/2 pairs of codes is much faster
    # than comparing the strings themselves
    lem = _codes([m.lemma for m in ms])
    txt = _codes([m.text.lower() for m in ms])
    pre = _codes([m.lemma[:4] for m in ms])
    verb = np.array([m.pos == "VERB" for m in ms])
    docs = _codes([m.doc for m in ms])
    sent = np.array([m.sentence for m in ms])
    rep = np.array([m.lemma in REPORTING for m in ms])
    score = np.array([m.score for m in ms], dtype=np.float32)
    same_lemma = (lem[iu] == lem[ju]).astype(np.float32)
    same_doc = (docs[iu] == docs[ju]).astype(np.float32)
    # filled one feature (a contiguous row) at a time, returned as (n_pairs, features)
    F = np.zeros((len(PAIR_FEATURES), len(iu)), dtype=np.float32)
    col = {name: k for k, name in enumerate(PAIR_FEATURES)}
    F[col["same_lemma"]] = same_lemma
    F[col["same_text"]] = txt[iu] == txt[ju]
    F[col["prefix4"]] = pre[iu] == pre[ju]
    F[col["vv"]] = verb[iu] & verb[ju]
    F[col["nn"]] = ~verb[iu] & ~verb[ju]
    F[col["vn"]] = verb[iu] != verb[ju]
    F[col["cos_state"]] = cos_s
    F[col["cos_sent"]] = cos_e
    F[col["cos_state_same_lemma"]] = cos_s * same_lemma
    F[col["same_doc"]] = same_doc
    F[col["same_sentence"]] = same_doc * (sent[iu] == sent[ju])
    F[col["sent_dist"]] = same_doc * np.minimum(np.abs(sent[iu] - sent[ju]), 10) / 10.0
    F[col["reporting_pair"]] = rep[iu] & rep[ju]
    F[col["min_score"]] = np.minimum(score[iu], score[ju])
    F[col["cos_state_sq"]] = cos_s ** 2
    F[col["cos_sent_sq"]] = cos_e ** 2
    F[col["same_doc_same_lemma"]] = same_doc * same_lemma
    F[col["bias_cross_lemma"]] = 1.0 - same_lemma
    # participant features from key-incidence matrices: shared = some common key; clash = both have keys,
    # none in common
    for name, sets in (("agent", [_named(m.args.get("agent", set())) for m in ms]),
                       ("patient", [_named(m.args.get("patient", set())) for m in ms]),
                       ("date", [m.args.get("date", set()) for m in ms]),
                       ("place", [m.args.get("place", set()) for m in ms])):
        inter, has = _overlap(sets)
        both = has[iu] & has[ju]
        shared = inter[upper] > 0
        F[col[f"{name}_share"]] = both & shared
        F[col[f"{name}_clash"]] = both & ~shared
    inter, _ = _overlap([_named(set().union(*(m.args.get(r, set()) for r in ARG_ROLES))) for m in ms])
    F[col["any_share"]] = inter[upper] > 0
    sets = [m.args.get("sentence", set()) for m in ms]
    inter, _ = _overlap(sets)
    size = np.array([len(x) for x in sets], dtype=np.float32)
    pair_inter = inter[upper]
    union = size[iu] + size[ju] - pair_inter
    F[col["sent_ent_jaccard"]] = np.where(union > 0, pair_inter / np.maximum(union, 1), 0.0)
    return iu, ju, np.ascontiguousarray(F.T)


@dataclass
class CorefModel:
    mean: np.ndarray
    scale: np.ndarray
    weight: np.ndarray
    bias: float
    threshold: float  # average-linkage stop: merge while the mean pair probability is at least this
    # learned similarity of two mentions' encoder vectors, sum_d w_d * a_d * b_d over the normalised trigger
    # states and sentence embeddings (a logistic regression over their elementwise products, folded into
    # two weight vectors so that every pair costs one matrix product); zeros when not trained
    state_weight: np.ndarray | None = None
    sent_weight: np.ndarray | None = None
    # a tiny MLP (one ReLU layer) over the standardised features in place of the linear weight, when trained so
    hidden_weight: np.ndarray | None = None
    hidden_bias: np.ndarray | None = None
    out_weight: np.ndarray | None = None

    @classmethod
    def load(cls, path: str | Path | None = None) -> CorefModel:
        src = Path(path) if path else Path(str(resources.files("newsprism.events").joinpath(COREF_FILE)))
        try:
            with np.load(src, allow_pickle=False) as z:
                opt = {k: z[k] for k in ("state_weight", "sent_weight", "hidden_weight", "hidden_bias", "out_weight")
                       if k in z.files}
                return cls(z["mean"], z["scale"], z["weight"], float(z["bias"]), float(z["threshold"]), **opt)
        except (OSError, KeyError, ValueError) as exc:
            raise ModelError(f"cannot load the event-coreference model {src}: {exc}") from exc

    def logit(self, F: np.ndarray) -> np.ndarray:
        X = (F - self.mean) / self.scale
        if self.hidden_weight is not None and self.hidden_bias is not None and self.out_weight is not None:
            return np.maximum(X @ self.hidden_weight + self.hidden_bias, 0.0) @ self.out_weight + self.bias
        return X @ self.weight + self.bias

    def proba(self, F: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.logit(F)))

    def pair_proba(self, ms: Sequence[PairInput], iu: np.ndarray, ju: np.ndarray, F: np.ndarray) -> np.ndarray:
        z = self.logit(F)
        if self.state_weight is not None and self.sent_weight is not None:
            S, E = unit_vectors(ms)
            z = z + ((S * self.state_weight) @ S.T)[iu, ju] + ((E * self.sent_weight) @ E.T)[iu, ju]
        return 1.0 / (1.0 + np.exp(-z))


def unit_vectors(ms: Sequence[PairInput]) -> tuple[np.ndarray, np.ndarray]:
    """Normalised trigger states and sentence embeddings, one row per mention."""
    S = np.stack([m.state / max(float(np.linalg.norm(m.state)), 1e-9) for m in ms]).astype(np.float32)
    E = np.stack([m.embedding / max(float(np.linalg.norm(m.embedding)), 1e-9) for m in ms]).astype(np.float32)
    return S, E


@lru_cache(maxsize=1)
def get_coref_model() -> CorefModel:
    return CorefModel.load()


def cluster_mentions(ms: Sequence[PairInput], model: CorefModel | None = None,
                     threshold: float | None = None) -> list[int]:
    """A cluster index per mention (0, 1, ... in order of first mention)."""
    n = len(ms)
    if n == 0:
        return []
    if n == 1:
        return [0]
    model = model or get_coref_model()
    iu, ju, F = pair_matrix(ms)
    p = model.pair_proba(ms, iu, ju, F)
    return average_linkage(n, iu, ju, p, model.threshold if threshold is None else threshold)


def cross_probabilities(xs: Sequence[PairInput], ys: Sequence[PairInput],
                        model: CorefModel | None = None) -> np.ndarray:
    """The learned pair probability of every mention of ``xs`` with every mention of ``ys`` (two documents'
    mentions): a (len(xs), len(ys)) matrix, each entry exactly the probability :func:`cluster_mentions` gives that
    pair in a story (every pair feature reads the two mentions alone)."""
    if not xs or not ys:
        return np.zeros((len(xs), len(ys)), dtype=np.float32)
    model = model or get_coref_model()
    ms = [*xs, *ys]
    iu, ju, F = pair_matrix(ms)
    p = model.pair_proba(ms, iu, ju, F)
    n = len(xs)
    cross = (iu < n) & (ju >= n)
    out = np.zeros((len(xs), len(ys)), dtype=np.float32)
    out[iu[cross], ju[cross] - n] = p[cross]
    return out


# one trigger mention of a document for the story's date test: (start offset, lemma, its pair input)
TriggerInput = tuple[int, str, PairInput]


def trigger_inputs(states: Sequence[Any]) -> dict[str, list[TriggerInput]]:
    """Every trigger mention of each document of a run (its ``state.event_mentions``, kept as an Event or not), by
    document id: (start offset, lemma, its pair input), for :func:`cross_probabilities`."""
    out: dict[str, list[TriggerInput]] = {}
    for s in states:
        f = s.event_mentions
        if f is None:
            continue
        out[f.doc.id] = [(m.start, m.lemma, PairInput(m.doc, m.lemma, m.text, m.pos, m.sentence, m.state,
                                                     f.units[m.sentence].embedding, m.args, m.score))
                         for m in f.mentions]
    return out


def average_linkage(n: int, iu: np.ndarray, ju: np.ndarray, p: np.ndarray, threshold: float) -> list[int]:
    from scipy.cluster.hierarchy import fcluster, linkage

    dist = (1.0 - p).astype(np.float64)  # condensed order of triu_indices(k=1) is scipy's order
    Z = linkage(dist, method="average")
    labels = fcluster(Z, t=1.0 - threshold, criterion="distance")
    first: dict[int, int] = {}
    return [first.setdefault(int(c), len(first)) for c in labels]


def cluster(docs: Sequence[Any], states: Sequence[Any] | None = None) -> dict[tuple[str, str], str]:
    """Story-wide event ids: (document id, Event.id) -> "E<n>", shared by the events of one happening across the
    story's documents (see /work/STATUS/events.md). Reads each document's ``state.event_mentions`` (the events
    layer leaves it there); without run state, parses and finds the mentions again. An Event takes the id most
    of its mentions (trigger and ``mentions``) received."""
    from collections import Counter

    from newsprism.events.build import doc_mentions, story_clusters

    if states is not None and all(s.event_mentions is not None for s in states):
        found = [s.event_mentions for s in states]
    else:
        from newsprism.nlp.spacy_pipe import parse_many

        found = [doc_mentions(d, p) for d, p in zip(docs, parse_many(list(docs)), strict=True)]
    # only the mentions of the documents' Events take part: the story needs their ids, and the pair count
    # grows with the square of the mentions (all mentions of 20 articles: ~700k pairs; events' only: ~40k)
    from newsprism.events.build import DocMentions

    kept = []
    for d, f in zip(docs, found, strict=True):
        spans = {(e.trigger_start, e.trigger_end) for e in d.events}
        spans |= {(m.start, m.end) for e in d.events for m in e.mentions}
        kept.append(DocMentions(f.doc, f.units, [m for m in f.mentions if (m.start, m.end) in spans]))
    out: dict[tuple[str, str], str] = {}
    for d, f, labels in zip(docs, kept, story_clusters(kept), strict=True):
        at = {(m.start, m.end): f"E{c + 1}" for m, c in zip(f.mentions, labels, strict=True)}
        for e in d.events:
            votes = Counter(at[span] for span in [(e.trigger_start, e.trigger_end),
                                                  *((m.start, m.end) for m in e.mentions)] if span in at)
            if votes:
                out[(d.id, e.id)] = votes.most_common(1)[0][0]
    return out
