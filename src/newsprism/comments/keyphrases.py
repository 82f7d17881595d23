"""Short labels for a group of comments: the 1-3 word phrase most typical of the group against the rest."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache

from newsprism.common.data_files import load_text

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+")


@cache
def stopwords() -> frozenset[str]:
    raw = load_text("newsprism.comments", "data/stopwords.txt")
    return frozenset(w.strip().lower() for w in raw.splitlines() if w.strip() and not w.startswith("#"))


# Function words allowed inside a three-word label ("waste of money", "jobs for fishermen").
_JOINERS = frozenset({"of", "for", "to", "and", "in", "on", "with"})


# Texts whose phrases are kept: one thread labels each of its arguments against every comment of the other
# side, so the same comments are read once per argument.
PHRASE_CACHE = 8192


@lru_cache(maxsize=PHRASE_CACHE)
def _phrases(text: str) -> frozenset[str]:
    stop = stopwords()
    out = set()
    # A label never spans punctuation: "progress. Good" is not a phrase.
    for chunk in re.split(r"[.,;:!?()\"“”]+", text):
        words = [w.lower() for w in _WORD.findall(chunk)]
        for n in (1, 2, 3):
            for i in range(len(words) - n + 1):
                gram = words[i : i + n]
                if gram[0] in stop or gram[-1] in stop or len(gram[0]) < 3 or len(gram[-1]) < 3:
                    continue
                if any(w in stop and w not in _JOINERS for w in gram[1:-1]) or (n == 1 and len(gram[0]) < 4):
                    continue
                out.add(" ".join(gram))
    return frozenset(out)


def cluster_label(texts: Sequence[str], others: Sequence[str]) -> str:
    """The phrase that best marks ``texts`` against ``others`` (document frequency x contrast x length)."""
    inside = Counter(p for t in texts for p in _phrases(t))
    outside = Counter(p for t in others for p in _phrases(t))
    if not inside:
        return ""
    n_in, n_out = len(texts), max(1, len(others))

    def score(p: str) -> float:
        df = inside[p] / n_in
        contrast = math.log((inside[p] + 0.5) / n_in / ((outside[p] + 0.5) / n_out) + 1.0)
        return df * contrast * (1.0 + 0.35 * (p.count(" ")))

    best = max(inside, key=lambda p: (score(p), p))
    return best
