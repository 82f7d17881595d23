"""Predict the genre of article texts: the not-an-article check first, then the calibrated genre model.

``GenreHead.predict`` takes texts in the SemEval layout (title on the first line, one paragraph per line), their
languages, and optionally the shared encoder's vectors for them (title vector, body sentence vectors and the
sentences); without vectors it asks ``features.sentence_embeddings`` (the one place the genre head embeds).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import cast

import numpy as np

from newsprism.common.data_files import data_path
from newsprism.genre.features import (
    MAX_SENTS,
    pool_embeddings,
    quoted_flags,
    sentence_embeddings,
    style_features,
)
from newsprism.genre.model import GENRES, VOICE_NAMES, GenreParams, decide, softmax, voice_features
from newsprism.genre.pageform import not_article_rule, rule_confidence
from newsprism.model.document import GenreLabel

_LOCK = threading.Lock()
Vectors = tuple[np.ndarray, np.ndarray, list[str]]  # (title vector, body sentence vectors, body sentences)


def vectors_from_units(text: str, units: list[tuple[int, int, int]], embeddings: np.ndarray,
                       title_paragraphs: set[int], body_paragraphs: set[int]) -> Vectors:
    """The genre head's view of the shared encoder pass over a document: ``units`` are (start, end, paragraph)
    spans of ``text`` with one embedding row each. The title vector is the mean of the title paragraph's units;
    the body sentences are the body paragraphs' units of more than 10 characters, at most ``MAX_SENTS``, as in
    ``features.embedding_units``."""
    title = [k for k, (_, _, p) in enumerate(units) if p in title_paragraphs]
    body = [k for k, (s, e, p) in enumerate(units) if p in body_paragraphs and e - s > 10][:MAX_SENTS]
    if not body:
        body = [k for k, (_, _, p) in enumerate(units) if p in body_paragraphs][:1] or title[:1]
    tv = embeddings[title].mean(0) if title else (embeddings[body[0]] if body else np.zeros(embeddings.shape[1]))
    return (tv.astype(np.float32), embeddings[body].astype(np.float32),
            [text[units[k][0]:units[k][1]] for k in body])


@dataclass
class GenreResult:
    """One document's genre: ``label`` is a genre, ``uncertain`` or ``not_article``."""

    label: GenreLabel
    scores: dict[str, float] = field(default_factory=dict)  # calibrated probabilities; empty for not_article
    confidence: float = 0.0  # top probability, or the not_article rule's measured precision
    best: str | None = None  # the most probable genre, also when the label is uncertain (None for not_article)
    rule: str | None = None  # the not_article rule that fired


class GenreHead:
    def __init__(self, path: str | Path | None = None) -> None:
        path = Path(path) if path else data_path("newsprism.genre", "data/genre.npz")
        self.params = GenreParams.load(path)
        self.margin = float(self.params.config["margin"])

    def proba(self, texts: list[str], langs: list[str | None], vectors: list[Vectors | None]) -> np.ndarray:
        p = self.params
        english = np.array([(lg or "en") == "en" for lg in langs], np.float64)
        style = np.stack([style_features(t, lg) for t, lg in zip(texts, langs, strict=True)])
        emb = np.zeros((len(texts), p.blocks["emb"].coef.shape[1] if "emb" in p.blocks else 0), np.float32)
        voice = np.zeros((len(texts), len(VOICE_NAMES)), np.float32)
        if "emb" in p.blocks or "voice" in p.blocks:
            need = [i for i in range(len(texts)) if english[i] and vectors[i] is None]
            fresh = dict(zip(need, sentence_embeddings([texts[i] for i in need]), strict=True)) if need else {}
            for i in range(len(texts)):
                if not english[i]:
                    continue
                given = vectors[i]
                tv, sv, ss = given if given is not None else fresh[i]
                if "emb" in p.blocks:
                    emb[i] = pool_embeddings(tv, sv)
                if "voice" in p.blocks and p.probe_coef is not None and p.probe_intercept is not None:
                    voice[i] = voice_features(tv, sv, quoted_flags(ss), p.probe_coef, p.probe_intercept)
        feats = {"style": style, "emb": emb, "voice": voice}
        li = p.lang_index(list(langs))
        logits = {k: b.logits(feats[k], li) for k, b in p.blocks.items()}
        return softmax(p.combiner.logits(logits, english))

    def predict(self, texts: list[str], langs: list[str | None] | None = None,
                vectors: list[Vectors | None] | None = None, page_check: bool = True) -> list[GenreResult]:
        """Genre of each text. With ``page_check``, a page that is not an article gets ``not_article`` (and
        no genre); without it (SemEval export) every text gets its most probable genre."""
        if not texts:
            return []
        langs = langs or ["en"] * len(texts)
        vectors = vectors or [None] * len(texts)
        out: list[GenreResult | None] = [None] * len(texts)
        todo = []
        for i, t in enumerate(texts):
            rule = not_article_rule(t)[0] if page_check else None
            if rule is not None:
                out[i] = GenreResult("not_article", {}, rule_confidence(rule), None, rule)
            else:
                todo.append(i)
        if todo:
            pr = self.proba([texts[i] for i in todo], [langs[i] for i in todo], [vectors[i] for i in todo])
            for i, p, lab in zip(todo, pr, decide(pr, self.margin), strict=True):
                scores = {g: round(float(v), 3) for g, v in zip(GENRES, p, strict=True)}
                out[i] = GenreResult(cast(GenreLabel, lab), scores, round(float(p.max()), 3),
                                     GENRES[int(np.argmax(p))])
        return [r for r in out if r is not None]


@lru_cache(maxsize=1)
def _load() -> GenreHead:
    return GenreHead()


def get_genre_head() -> GenreHead:
    """The process-wide genre head, loaded once."""
    with _LOCK:
        return _load()
