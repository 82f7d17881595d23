"""Toxicity of reader comments, and the abuse that makes a comment toxic.

A comment is toxic when the toxicity model (:mod:`newsprism.comments.toxicity`, trained on the Fox News
hateful-comments set) scores it at or above its cross-validated threshold, or when it holds explicit abuse
(:mod:`newsprism.comments.abuse`: an insult aimed at someone, a slur, dehumanizing language, a threat). The
rule catches what the small training set rarely shows; it never fires on criticism ("this regime is a
disgrace", "the minister is a liar"), which is stance, not incivility. Both are measured together in
``training/comments/train_toxicity.py`` (benchmarks/comments.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from newsprism.comments import toxicity
from newsprism.comments.abuse import Abuse, find_abuse

# The score of a comment with explicit abuse whose model probability is lower: above any threshold.
RULE_SCORE = 0.9


@dataclass
class Civility:
    toxicity: float  # the model's probability, raised to RULE_SCORE when explicit abuse is found
    toxic: bool
    abuse: list[Abuse] = field(default_factory=list)  # offsets within the comment

    @property
    def insults(self) -> list[Abuse]:
        return [a for a in self.abuse if a.kind in ("insult", "slur", "dehumanizing")]

    @property
    def threats(self) -> list[Abuse]:
        return [a for a in self.abuse if a.kind == "threat"]


def score_civility(texts: Sequence[str], emb: np.ndarray) -> list[Civility]:
    if not texts:
        return []
    found = [find_abuse(t) for t in texts]
    p = toxicity.probs(texts, emb, found)
    _, threshold = toxicity.settings()
    out = []
    for abuse, prob in zip(found, p, strict=True):
        score = max(float(prob), RULE_SCORE if abuse else 0.0)
        out.append(Civility(toxicity=round(score, 4), toxic=bool(abuse) or float(prob) >= threshold, abuse=abuse))
    return out
