"""Does a body agree with, dispute, discuss, or ignore a headline claim? (FNC-1 style, no NLI model.)

Two small linear stages over explainable features: (1) related or not, from embedding similarity of the
headline to the body's sentences and the share of the headline's words the body repeats; (2) for related
pairs, agree / disagree / discuss from refuting and hedging cues (data/agreement_cues.json) weighted by how close the
sentence carrying them is to the headline. The weights are in data/agreement.json (fitted by
``benchmarks/bench_story.py --fit``); each prediction returns its feature values so it can be explained.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

from newsprism.common.data_files import data_path, load_json

if TYPE_CHECKING:
    from newsprism.encoder import Encoder

WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'“])")
LABELS = ("agree", "disagree", "discuss")
FEATURES = ("max_sim", "top3_sim", "lead_sim", "overlap", "name_overlap", "refute_top", "refute_all",
            "hedge_top", "hedge_all", "neg_top", "head_refute", "head_hedge", "head_question", "support_top",
            "log_len")


@cache
def cues() -> dict[str, Any]:
    raw = load_json("newsprism.story", "data/agreement_cues.json")
    return {k: [re.compile(r"\b" + re.escape(w) + r"\b", re.I) for w in v] for k, v in raw.items()
            if not k.startswith("_")}


@cache
def weights() -> dict[str, Any] | None:
    if not data_path("newsprism.story", "data/agreement.json").is_file():
        return None
    w: dict[str, Any] = load_json("newsprism.story", "data/agreement.json")
    return w


def split_sentences(text: str) -> list[str]:
    out = []
    for para in text.split("\n"):
        out += [s.strip() for s in SENT.split(para) if len(s.strip()) > 2]
    return out or [text]


def _content(text: str) -> set[str]:
    stop = {"that", "this", "with", "from", "have", "been", "will", "were", "they", "their", "about", "after",
            "says", "said", "over", "into", "more", "than", "what", "when", "just", "could", "would"}
    return {w.lower() for w in WORD.findall(text) if len(w) > 3 and w.lower() not in stop}


def _count(patterns: list[re.Pattern[str]], text: str) -> int:
    return sum(len(p.findall(text)) for p in patterns)


@dataclass
class BodyIndex:
    """A body split into sentences with their embeddings (computed once, reused for every headline)."""

    sentences: list[str]
    vecs: np.ndarray
    words: set[str]
    names: set[str]
    refute: np.ndarray
    hedge: np.ndarray
    neg: np.ndarray
    support: np.ndarray


def index_sentences(sents: list[str], vecs: np.ndarray) -> BodyIndex:
    """A body index from sentences already split and embedded (as the story builder has them)."""
    c = cues()
    body = " ".join(sents)
    return BodyIndex(
        sentences=sents, vecs=vecs, words=_content(body), names={w for w in WORD.findall(body) if w[0].isupper()},
        refute=np.array([_count(c["refute"], s) for s in sents], dtype=np.float32),
        hedge=np.array([_count(c["hedge"], s) for s in sents], dtype=np.float32),
        neg=np.array([_count(c["negation"], s) for s in sents], dtype=np.float32),
        support=np.array([_count(c["support"], s) for s in sents], dtype=np.float32))


def index_body(body: str, encoder: Encoder | None = None) -> BodyIndex:
    from newsprism.encoder import get_encoder

    sents = split_sentences(body)[:60]
    enc = encoder or get_encoder()
    idx = index_sentences(sents, enc.embed(sents))
    idx.words = _content(body)
    idx.names = {w for w in WORD.findall(body) if w[0].isupper()}
    return idx


def features(headline: str, hvec: np.ndarray, body: BodyIndex) -> dict[str, float]:
    c = cues()
    sims = body.vecs @ hvec
    order = np.argsort(-sims)
    top = order[:3]
    hw = _content(headline)
    names = {w for w in WORD.findall(headline) if w[0].isupper()}
    n = max(1, len(body.sentences))
    return {
        "max_sim": float(sims[order[0]]),
        "top3_sim": float(sims[top].mean()),
        "lead_sim": float(sims[:2].mean()),
        "overlap": len(hw & body.words) / max(1, len(hw)),
        "name_overlap": len(names & body.names) / max(1, len(names)),
        "refute_top": float(body.refute[top].sum()),
        "refute_all": float(body.refute.sum()) / n,
        "hedge_top": float(body.hedge[top].sum()),
        "hedge_all": float(body.hedge.sum()) / n,
        "neg_top": float(body.neg[top].sum()),
        "head_refute": float(_count(c["refute"], headline)),
        "head_hedge": float(_count(c["hedge"], headline)),
        "head_question": float("?" in headline),
        "support_top": float(body.support[top].sum()),
        "log_len": float(np.log1p(n)),
    }


def _linear(w: dict[str, Any], x: dict[str, float]) -> np.ndarray:
    vec = np.array([x[f] for f in FEATURES], dtype=np.float64)
    vec = (vec - np.array(w["mean"])) / np.array(w["scale"])
    out: np.ndarray = np.array(w["coef"]) @ vec + np.array(w["intercept"])
    return out


def predict(x: dict[str, float]) -> tuple[str, float]:
    """(label, confidence) for one feature dict; requires fitted weights."""
    w = weights()
    if w is None:
        raise RuntimeError("story/data/agreement.json is missing; run benchmarks/bench_story.py --fit")
    rel = float(_linear(w["related"], x)[0])
    p_rel = 1 / (1 + np.exp(-rel))
    if p_rel < w["related"].get("threshold", 0.5):
        return "unrelated", float(1 - p_rel)
    z = _linear(w["stance"], x)
    p = np.exp(z - z.max())
    p /= p.sum()
    k = int(np.argmax(p))
    return w["stance"]["labels"][k], float(p[k] * p_rel)


def stance(headline: str, body: str) -> dict[str, Any]:
    """Agreement of a body with a headline claim, with the features that decided it."""
    from newsprism.encoder import get_encoder

    enc = get_encoder()
    idx = index_body(body, enc)
    x = features(headline, enc.embed([headline])[0], idx)
    label, conf = predict(x)
    best = int(np.argmax(idx.vecs @ enc.embed([headline])[0]))
    return {"label": label, "confidence": conf, "features": x, "closest_sentence": idx.sentences[best]}
