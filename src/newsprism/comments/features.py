"""Features shared by training (``training/comments``) and run time, so the two can never drift apart.

The stance head sees ``[c, t, c*t, |c-t|]`` for a comment embedding ``c`` and a target embedding ``t`` from the
shared encoder, plus a few lexical cues (VADER, stance cue phrases, negation, questions, contrast markers).
The toxicity head sees ``c`` plus the alt-profanity-check probability and civility-lexicon cues.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np

from newsprism.common.data_files import load_json

_LOCK = threading.Lock()
_VADER: Any = None

WORD_RE = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*", re.I)


def load_lexicon(name: str) -> dict[str, Any]:
    data: dict[str, Any] = load_json("newsprism.comments", f"data/{name}")
    return data


@cache
def _phrase_re(name: str, key: str) -> re.Pattern[str]:
    phrases = sorted(load_lexicon(name)[key], key=len, reverse=True)
    alt = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![\w'’-])(?:{alt})(?![\w'’-])", re.I)


def count_cues(text: str, key: str, name: str = "stance_cues.json") -> int:
    return len(_phrase_re(name, key).findall(text))


def find_cues(text: str, key: str, name: str = "stance_cues.json") -> list[re.Match[str]]:
    return list(_phrase_re(name, key).finditer(text))


def vader() -> Any:
    global _VADER
    with _LOCK:
        if _VADER is None:
            from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

            _VADER = SentimentIntensityAnalyzer()
        return _VADER


def sentiments(texts: Sequence[str]) -> np.ndarray:
    """VADER (compound, pos, neg, neu) per text."""
    an = vader()
    out = np.zeros((len(texts), 4), dtype=np.float32)
    for i, t in enumerate(texts):
        s = an.polarity_scores(t)
        out[i] = (s["compound"], s["pos"], s["neg"], s["neu"])
    return out


def clean_tweet(text: str) -> str:
    """Drop what only tweets have (handles, URLs, the #SemST tag), keep hashtag words."""
    text = re.sub(r"https?://\S+", " ", text)
    text = re.sub(r"#SemST", " ", text, flags=re.I)
    text = re.sub(r"@\w+", "@user", text)
    text = text.replace("#", " ")
    return re.sub(r"\s+", " ", text).strip()


N_STANCE_LEX = 12


def stance_lexical(texts: Sequence[str], c: np.ndarray, t: np.ndarray) -> np.ndarray:
    sent = sentiments(texts)
    out = np.zeros((len(texts), N_STANCE_LEX), dtype=np.float32)
    for i, text in enumerate(texts):
        n_words = max(1, len(WORD_RE.findall(text)))
        out[i, 0:4] = sent[i]
        out[i, 4] = np.log1p(count_cues(text, "favor"))
        out[i, 5] = np.log1p(count_cues(text, "against"))
        out[i, 6] = np.log1p(count_cues(text, "negation"))
        out[i, 7] = np.log1p(count_cues(text, "contrast"))
        out[i, 8] = np.log1p(count_cues(text, "hedge"))
        out[i, 9] = float("?" in text)
        out[i, 10] = float("!" in text)
        out[i, 11] = np.log(n_words) / 5.0
    cos = np.sum(c * t, axis=1, keepdims=True)
    return np.hstack([out, cos.astype(np.float32)])


def stance_features(texts: Sequence[str], c: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Rows of ``[c, t, c*t, |c-t|, lexical]`` (4*384 + 13 columns)."""
    return np.hstack([c, t, c * t, np.abs(c - t), stance_lexical(texts, c, t)]).astype(np.float32)


N_TOX_LEX = 6


def toxicity_lexical(texts: Sequence[str]) -> np.ndarray:
    from profanity_check import predict_prob

    prof = predict_prob(list(texts)) if texts else np.zeros(0)
    out = np.zeros((len(texts), N_TOX_LEX), dtype=np.float32)
    for i, text in enumerate(texts):
        out[i, 0] = prof[i]
        out[i, 1] = np.log1p(count_cues(text, "insults", "insults.json"))
        out[i, 2] = np.log1p(count_cues(text, "threats", "insults.json"))
        out[i, 3] = np.log1p(count_cues(text, "group_nouns", "insults.json"))
        out[i, 4] = float(count_cues(text, "second_person", "insults.json") > 0)
        letters = [ch for ch in text if ch.isalpha()]
        out[i, 5] = sum(ch.isupper() for ch in letters) / max(1, len(letters))
    return out


def toxicity_features(texts: Sequence[str], c: np.ndarray) -> np.ndarray:
    return np.hstack([c, toxicity_lexical(texts)]).astype(np.float32)
