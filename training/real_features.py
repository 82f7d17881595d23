"""Features of a finding that real coverage might tell apart, and the inputs of the real-coverage confidence model.

The family models (:mod:`newsprism.story.confidence`) were fitted on paraphrase pairs, where both sentences are
nearly the same. Two outlets' sentences about one fact are far less alike, and a wrong flag on real coverage is
mostly two different facts. Besides the finding's own features, :func:`extra_features` reads where each side sits
in its article, how much the two sentences share (content words, names) and whether the events layer put them
in one happening. ``training/real_findings.py`` adds them to every captured finding; ``training/
fit_real_confidence.py`` fits a second-stage model on them (round 7: measured, not shipped; see
benchmarks/story.md).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from newsprism.story.compare import STOP, Finding, Source
from newsprism.story.compare import Side as FindingSide

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
NAMES_CAP = 3.0  # shared names counted up to this many


@dataclass(frozen=True)
class SideInfo:
    """What the real-coverage features read of one side: its sentence and where it sits in the article."""

    position: float  # the sentence's start over the article's length (0 = the lead)
    index: int  # the sentence's index among the article's compared sentences
    words: frozenset[str]  # content words of the sentence, lower case
    names: frozenset[str]
    happenings: frozenset[str]  # story-wide happening ids of the sentence's event triggers
    quoted: bool


def _sentence(src: Source, side: FindingSide) -> int:
    if side.sentence >= 0:
        return side.sentence
    for k, s in enumerate(src.sentences):
        if s.start <= side.start < s.end:
            return k
    return -1


def side_info(src: Source, side: FindingSide) -> SideInfo:
    k = _sentence(src, side)
    if k < 0:
        text, start, names, haps = side.text, side.start, frozenset[str](), frozenset[str]()
    else:
        s = src.sentences[k]
        text, start, names = s.text, s.start, s.names
        haps = frozenset(h for at, h in src.happenings.items() if s.start <= at < s.end)
    n = max(1, len(src.text))
    words = frozenset(w.lower() for w in _WORD.findall(text) if w.lower() not in STOP)
    return SideInfo(position=min(1.0, start / n), index=max(k, 0), words=words, names=names, happenings=haps,
                    quoted=any(q in text for q in ('"', "\u201c", "\u201d")))


def extra_features(a: SideInfo, b: SideInfo) -> dict[str, float]:
    """The real-coverage features of one finding from its two sides (training and run time both call this)."""
    union = a.words | b.words
    return {
        "lead_min": min(a.position, b.position),
        "lead_max": max(a.position, b.position),
        "first_min": float(min(a.index, b.index) == 0),
        "words": len(a.words & b.words) / len(union) if union else 0.0,
        "names_shared": min(len(a.names & b.names), NAMES_CAP) / NAMES_CAP,
        "names_missing": float(bool(a.names) and bool(b.names) and not a.names & b.names),
        "linked": float(bool(a.happenings & b.happenings)),
        "quoted": float(a.quoted or b.quoted),
    }


def add_features(findings: list[Finding], sources: Mapping[int, Source]) -> None:
    """Put the real-coverage features into each finding's ``features``."""
    for f in findings:
        f.features.update(extra_features(side_info(sources[f.a.source], f.a), side_info(sources[f.b.source], f.b)))


FAMILIES = ("amount", "role", "date", "ordinal", "status")
FEATURES = ("family_logit", "fam_amount", "fam_role", "fam_date", "fam_ordinal", "fam_event", "precision",
            "sentence", "noun", "noun_clash", "context", "names", "gap", "bounded", "rank", "title", "portfolio",
            "full_name", "denial", "attributed", "same_p", "same_p_missing", "lead_min", "lead_max", "first_min",
            "words", "names_shared", "names_missing", "linked", "quoted")
LOGIT_CAP = 6.0


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return max(-LOGIT_CAP, min(LOGIT_CAP, math.log(p / (1 - p))))


def inputs(fam: str, kind: str, raw: dict[str, float]) -> dict[str, float]:
    """The second-stage model's named inputs for a finding of family ``fam`` and kind ``kind`` with features
    ``raw``: the family model's logit (:func:`newsprism.story.confidence.family_confidence`, without the sentence
    cap), family one-hots and the raw features."""
    from newsprism.story.confidence import family_confidence

    x = {k: float(raw.get(k, 0.0)) for k in FEATURES}
    x["family_logit"] = _logit(family_confidence(fam, raw))
    for f in FAMILIES:
        x[f"fam_{f}"] = float(fam == f)
    x["fam_event"] = float(raw.get("event", 0.0) > 0)
    x["precision"] = float(kind == "precision")
    x["gap"] = min(x["gap"], 5.0)
    x["same_p_missing"] = float("same_p" not in raw)
    return x


def apply(model: dict[str, Any], fam: str, kind: str, raw: dict[str, float]) -> float:
    """P(right) of one finding by a fitted model file (``fit_real_confidence.py --write``)."""
    x = inputs(fam, kind, raw)
    z = model["intercept"] + sum(w * (x[k] - model["mean"][k]) / model["scale"][k]
                                 for k, w in model["weights"].items())
    z = model["platt"]["a"] * z + model["platt"]["b"]
    return float(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
