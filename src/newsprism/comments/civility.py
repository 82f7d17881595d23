"""Toxicity of reader comments, and who a toxic comment is aimed at.

The score is the larger of (a) the mean of the shipped head's probability (trained on the Fox News
hateful-comments set over the shared encoder + alt-profanity-check + lexicon cues) and the alt-profanity-check
probability, and (b) an explicit rule: an insult word from ``data/insults.json`` aimed at someone ("X is an
idiot", "you moron") or a threat of violence. A comment is toxic at 0.5. The head alone, at its own CV
threshold, flags much angry political disagreement on news threads (the Fox labels are "hateful", a wider
notion), so it never decides alone. Strong disagreement words
("shameful", "a disgrace", "wrong") are stance, not incivility, and are not in that lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from newsprism.comments.features import find_cues, toxicity_features
from newsprism.comments.heads import load_head

INSULT_SCORE = 0.9
THREAT_SCORE = 0.95
TOXIC_AT = 0.5
# "is a/an <insult>", "you <insult>", "<insult>s like him" - the insult is predicated of someone.
_AIMED = re.compile(r"\b(?:is|are|was|were|be|being|you|you're|youre|ur|such|what|like|those|these|bunch of)\s+"
                    r"(?:an?\s+|the\s+|such\s+|total\s+|complete\s+|utter\s+|absolute\s+|bunch\s+of\s+)*$", re.I)


# Insult adjectives count only when nothing or a person follows them ("you are stupid", "stupid people"),
# not before a thing ("a stupid idea").
_ADJECTIVES = frozenset({"stupid", "dumb", "moronic", "brainless", "retarded", "filthy", "braindead", "brain-dead"})
_PERSONS = frozenset({"person", "people", "man", "woman", "men", "women", "guy", "guys", "fool", "fools", "idiot",
                      "idiots", "moron", "morons", "clown", "clowns", "voters", "readers", "lot", "bunch"})


@dataclass
class Civility:
    toxicity: float
    toxic: bool
    insults: list[tuple[int, int, str]] = field(default_factory=list)  # offsets within the comment
    threats: list[tuple[int, int, str]] = field(default_factory=list)


def _aimed_insults(text: str) -> list[tuple[int, int, str]]:
    hits = []
    for m in find_cues(text, "insults", "insults.json"):
        if m.group().lower() in _ADJECTIVES:
            nxt = re.match(r"\s+([A-Za-z-]+)", text[m.end() :])
            if nxt and nxt.group(1).lower() not in _PERSONS:
                continue
        before = text[max(0, m.start() - 40) : m.start()]
        # Plain insult nouns used as labels ("clowns", "idiot") count when predicated of someone or addressed
        # to the reader; adjectives like "stupid" count only when aimed ("stupid idea" is not an insult).
        if _AIMED.search(before) or re.search(r"\byou\b", text[max(0, m.start() - 12): m.end() + 12], re.I):
            hits.append((m.start(), m.end(), m.group()))
    return hits


def score_civility(texts: Sequence[str], emb: np.ndarray) -> list[Civility]:
    if not texts:
        return []
    head = load_head("toxicity")
    x = toxicity_features(texts, emb)
    p = head.proba(x)[:, head.labels.index("toxic")]
    prof = x[:, emb.shape[1]]  # first lexical column: alt-profanity-check probability
    out = []
    for text, prob, pr in zip(texts, p, prof, strict=True):
        insults = _aimed_insults(text)
        threats = [(m.start(), m.end(), m.group()) for m in find_cues(text, "threats", "insults.json")]
        score = max(0.5 * float(prob + pr), INSULT_SCORE if insults else 0.0, THREAT_SCORE if threats else 0.0)
        out.append(Civility(toxicity=round(score, 4), toxic=score >= TOXIC_AT, insults=insults,
                            threats=threats))
    return out
