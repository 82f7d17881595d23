"""Lexicon and sentiment helpers shared by training (``training/comments``) and run time: cue-phrase lists
(``data/*.json``) matched on word boundaries, VADER sentiment, and tweet clean-up. The stance features are in
:mod:`newsprism.comments.stance_features`, the toxicity features in :mod:`newsprism.comments.toxicity`."""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

import numpy as np

from newsprism.common.data_files import load_json

_LOCK = threading.Lock()
_VADER: Any = None

# Texts whose VADER scores are kept (a few threads' worth of comments).
SENTIMENT_CACHE = 8192
WORD_RE = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*", re.I)


def load_lexicon(name: str) -> dict[str, Any]:
    data: dict[str, Any] = load_json("newsprism.comments", f"data/{name}")
    return data


@cache
def _phrase_re(name: str, key: str) -> re.Pattern[str]:
    phrases = sorted(load_lexicon(name)[key], key=len, reverse=True)
    alt = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![\w'’-])(?:{alt})(?![\w'’-])", re.I)


# (text, cue list) counts kept: the stance features and the approval score count the same cues in the same
# comments.
CUE_CACHE = 65536


@lru_cache(maxsize=CUE_CACHE)
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


@lru_cache(maxsize=SENTIMENT_CACHE)
def _polarity(text: str) -> tuple[float, float, float, float]:
    s = vader().polarity_scores(text)
    return s["compound"], s["pos"], s["neg"], s["neu"]


def sentiments(texts: Sequence[str]) -> np.ndarray:
    """VADER (compound, pos, neg, neu) per text. Memoized per text: one comments run asks for the same texts'
    sentiment four times (the component, the toxicity features, the stance features, the approval score)."""
    out = np.zeros((len(texts), 4), dtype=np.float32)
    for i, t in enumerate(texts):
        out[i] = _polarity(t)
    return out


def clean_tweet(text: str) -> str:
    """Drop what only tweets have (handles, URLs, the #SemST tag), keep hashtag words."""
    text = re.sub(r"https?://\S+", " ", text)
    text = re.sub(r"#SemST", " ", text, flags=re.I)
    text = re.sub(r"@\w+", "@user", text)
    text = text.replace("#", " ")
    return re.sub(r"\s+", " ", text).strip()
