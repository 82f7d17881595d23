"""The toxicity model of reader comments, shared by training (``training/comments/train_toxicity.py``) and run
time so the two cannot drift apart.

Two parts, averaged with a weight chosen by cross-validation: (1) a logistic head over the shared encoder's
comment embedding plus lexical features (alt-profanity-check probability, counts of the explicit-abuse
findings of :mod:`newsprism.comments.abuse`, second-person address, share of capitals, VADER sentiment and
word valences); (2) a logistic model
over hashed word 1-2 grams and character 2-5 grams (no vocabulary to ship). Both are trained on the Fox News
comments labelled hateful or not. Both regularization strengths, the weight and the decision threshold are chosen by inner cross-validation and ships in
``toxicity.npz``; :mod:`newsprism.comments.civility` adds the explicit-abuse rule on top.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from importlib import resources
from typing import Any

import numpy as np

from newsprism.comments.abuse import KINDS, Abuse, find_abuse
from newsprism.comments.features import WORD_RE, count_cues, sentiments, vader
from newsprism.comments.heads import load_head
from newsprism.errors import ModelError

N_FEATURES = 2**18
N_LEX = 4 + len(KINDS)
N_SENT = 4 + 6  # VADER (compound, pos, neg, neu) + the valence block of :func:`valence`
STRONG_NEGATIVE = -2.0  # VADER word valence at or below which a word counts as strongly negative
_LOCK = threading.Lock()
_NGRAM: dict[str, Any] = {}
_TOKEN = re.compile(r"(?u)\b\w\w+\b|[!?*@#$]")


def lexical(texts: Sequence[str], abuse: Sequence[list[Abuse]] | None = None) -> np.ndarray:
    """Per text: profanity probability, one count per abuse kind, group nouns, second person, capitals share.
    ``abuse``: the texts' :func:`find_abuse` results when already known."""
    from profanity_check import predict_prob

    prof = predict_prob(list(texts)) if texts else np.zeros(0)
    out = np.zeros((len(texts), N_LEX), dtype=np.float32)
    for i, text in enumerate(texts):
        out[i, 0] = prof[i]
        found = abuse[i] if abuse is not None else find_abuse(text)
        for k, kind in enumerate(KINDS):
            out[i, 1 + k] = np.log1p(sum(1 for a in found if a.kind == kind))
        out[i, 1 + len(KINDS)] = np.log1p(count_cues(text, "group_nouns", "insults.json"))
        out[i, 2 + len(KINDS)] = float(count_cues(text, "second_person", "insults.json") > 0)
        letters = [ch for ch in text if ch.isalpha()]
        out[i, 3 + len(KINDS)] = sum(ch.isupper() for ch in letters) / max(1, len(letters))
    return out


def valence(texts: Sequence[str]) -> np.ndarray:
    """Per text, from VADER's word valences: strongly negative words (log count and share), negative words
    (log count), exclamation marks (log count), length in words (log) and the lowest word valence."""
    lex = vader().lexicon
    out = np.zeros((len(texts), 6), dtype=np.float32)
    for i, text in enumerate(texts):
        words = WORD_RE.findall(text)
        vals = [float(lex.get(w.lower(), 0.0)) for w in words]
        strong = sum(1 for v in vals if v <= STRONG_NEGATIVE)
        out[i] = (np.log1p(strong), strong / max(1, len(words)), np.log1p(sum(1 for v in vals if v < 0)),
                  np.log1p(text.count("!")), np.log1p(len(words)), min(vals, default=0.0))
    return out


def features(texts: Sequence[str], emb: np.ndarray, abuse: Sequence[list[Abuse]] | None = None) -> np.ndarray:
    """Rows of ``[embedding, lexical, VADER sentiment, valence]`` for the toxicity head."""
    return np.hstack([emb, lexical(texts, abuse), sentiments(texts), valence(texts)]).astype(np.float32)


def _grams(text: str) -> list[str]:
    low = text.lower()
    words = _TOKEN.findall(low)
    out = [" ".join(words[i : i + n]) for n in (1, 2) for i in range(len(words) - n + 1)]
    padded = " " + re.sub(r"\s+", " ", low) + " "
    out += ["c:" + padded[i : i + n] for n in (2, 3, 4, 5) for i in range(len(padded) - n + 1)]
    return out


def vectorizer() -> Any:
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(analyzer=_grams, n_features=N_FEATURES, alternate_sign=False, norm="l2", binary=True)


def _load_ngram() -> dict[str, Any]:
    with _LOCK:
        if not _NGRAM:
            ref = resources.files("newsprism.comments").joinpath("models/toxicity_ngram.npz")
            try:
                with ref.open("rb") as fh, np.load(fh, allow_pickle=False) as z:
                    _NGRAM.update({k: z[k] for k in z.files})
            except (OSError, KeyError, ValueError) as exc:
                raise ModelError(f"cannot load the toxicity n-gram model: {exc}") from exc
        return _NGRAM


def ngram_probs(texts: Sequence[str]) -> np.ndarray:
    m = _load_ngram()
    z = np.asarray(vectorizer().transform(list(texts)) @ m["w"].astype(np.float32)).ravel() + float(m["b"])
    return 1.0 / (1.0 + np.exp(-z))


def settings() -> tuple[float, float]:
    """(weight of the head in the average, decision threshold), both chosen by cross-validation."""
    m = _load_ngram()
    return float(m["head_weight"]), float(m["threshold"])


def probs(texts: Sequence[str], emb: np.ndarray, abuse: Sequence[list[Abuse]] | None = None) -> np.ndarray:
    """The model's probability that each comment is toxic (before the explicit-abuse rule)."""
    if not texts:
        return np.zeros(0, dtype=np.float32)
    head = load_head("toxicity")
    p_head = head.proba(features(texts, emb, abuse))[:, head.labels.index("toxic")]
    w, _ = settings()
    return (w * p_head + (1.0 - w) * ngram_probs(texts)).astype(np.float32)
