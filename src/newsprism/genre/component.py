"""Pipeline component: the document's genre (reporting | opinion | satire | uncertain | not_article)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Protocol

import numpy as np

from newsprism.genre.head import GenreResult, Vectors, get_genre_head, vectors_from_units
from newsprism.model import Document
from newsprism.model.base import LabelScore
from newsprism.model.document import Genre
from newsprism.pipeline.state import DocState


def genre_text(doc: Document) -> str:
    """Title on the first line, a blank line, then the body paragraphs one a line (the SemEval article layout)."""
    title = (doc.title or "").strip()
    if not title:
        title = next((doc.text[p.start:p.end].strip() for p in doc.paragraphs if p.kind == "title"), "")
    paras = [doc.text[p.start:p.end].strip() for p in doc.body_paragraphs() or []]
    body = "\n".join(p for p in paras if p) or doc.body_text.strip()
    return f"{title}\n\n{body}" if title else body


class GenreComponent:
    """Genre from ``newsprism.genre.head``: pages that are not articles get ``not_article``, the rest a calibrated
    genre, or ``uncertain`` when the two most probable genres are too close."""

    name: ClassVar[str] = "genre"
    assigns: ClassVar[tuple[str, ...]] = ("genre",)
    requires: ClassVar[tuple[str, ...]] = ("paragraphs", "state.encoded")
    # Trained on six languages; run on those whose CV macro-F1 (each language's own mix) reached the English one:
    # fr 0.575, de 0.559, pl 0.556 against en 0.542; it 0.442 and ru 0.398 are left out. The sentence probes
    # read English only, so other languages get the style block alone.
    languages: ClassVar[tuple[str, ...] | None] = ("en", "fr", "de", "pl")

    def pipe(self, docs: Sequence[Document], states: Sequence[DocState]) -> list[Document]:
        if docs:
            # The sentence vectors come from the pipeline's one encoder pass (``state.encoded``).
            vectors = [shared_vectors(d, s.encoded) for d, s in zip(docs, states, strict=True)]
            results = get_genre_head().predict([genre_text(d) for d in docs], [d.language or "en" for d in docs],
                                               vectors)
            for d, r in zip(docs, results, strict=True):
                d.genre = to_genre(r)
        return list(docs)

    def __call__(self, doc: Document, state: DocState) -> Document:
        return self.pipe([doc], [state])[0]


class EncodedUnits(Protocol):
    """What the genre head reads from the shared encoder pass: (start, end, paragraph) units of the document's
    text and one sentence embedding per unit."""

    @property
    def units(self) -> list[tuple[int, int, int]]: ...

    @property
    def embeddings(self) -> np.ndarray: ...


def shared_vectors(doc: Document, encoded: EncodedUnits | None) -> Vectors | None:
    """The genre head's vectors for ``doc`` from the shared encoder pass: the title paragraph's units give the
    title vector, the body paragraphs' units the sentences. None (the head embeds itself) without a pass."""
    if encoded is None or not len(encoded.units):
        return None
    title = {i for i, p in enumerate(doc.paragraphs) if p.kind == "title"}
    body = {i for i, p in enumerate(doc.paragraphs) if p.kind == "body"}
    return vectors_from_units(doc.text, encoded.units, encoded.embeddings, title, body)


def to_genre(r: GenreResult) -> Genre:
    """The contract's Genre: label, every genre's calibrated probability, and the confidence of the label (for
    ``uncertain`` the probability of the most likely genre; for ``not_article`` the rule's measured precision)."""
    return Genre(label=r.label, scores=[LabelScore(label=k, score=v) for k, v in r.scores.items()],
                 confidence=r.confidence)
