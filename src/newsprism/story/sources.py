"""Each document's comparable material: the typed slots of its sentences and their embeddings.

The slots come from the document's claims (:func:`newsprism.claims.typed.sentence_slots_of`), so a story is
compared from the JSON documents alone (a stored analysis, a batch run) without parsing them again. Sentence
embeddings come from the shared encoder, one batch per story, each distinct text once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from newsprism.claims.typed import sentence_slots_of
from newsprism.encoder import DIM
from newsprism.model import Document
from newsprism.report.labels import source_label
from newsprism.story.compare import Source, story_clause_texts


def outlet_name(doc: Document) -> str:
    """How a statement names a source: the label the report and the web app show for it (outlet, host, file
    name or headline)."""
    return source_label(doc)


class Vectors:
    """Embeds each distinct text once per story (sentences, leads and headlines often repeat). ``known`` holds
    embeddings already computed for some texts (the pipeline's encoder pass: exactly ``Encoder.embed`` of each
    unit's text), which are taken instead of embedding those texts again."""

    def __init__(self, known: Mapping[str, np.ndarray] | None = None) -> None:
        from newsprism.encoder import get_encoder

        self.enc = get_encoder()
        self.cache: dict[str, np.ndarray] = dict(known or {})

    def add(self, texts: Sequence[str]) -> None:
        todo = sorted({t for t in texts if t not in self.cache})
        if todo:
            self.cache.update(zip(todo, self.enc.embed(todo), strict=True))

    def get(self, texts: Sequence[str]) -> np.ndarray:
        self.add(texts)
        return np.stack([self.cache[t] for t in texts]) if texts else np.zeros((0, DIM), dtype=np.float32)


def body_sentences(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of every sentence in a body paragraph."""
    body = [(p.start, p.end) for p in doc.body_paragraphs()]
    return [(s.start, s.end) for s in doc.sentences if any(a <= s.start < b for a, b in body)]


def build_sources(docs: Sequence[Document], indices: Sequence[int], vectors: Vectors) -> dict[int, Source]:
    """One Source per document index, its sentence vectors embedded in one batch."""
    # A document in a language the English models do not cover is shown with its figures but never compared:
    # sentence alignment reads English, so its figures could only be matched at random.
    slots = {i: sentence_slots_of(docs[i]) if docs[i].language_supported else [] for i in indices}
    out = {i: Source(index=i, name=outlet_name(docs[i]), sentences=slots[i], vectors=np.zeros((0, DIM), np.float32),
                     text=docs[i].text, published=docs[i].published, embed=vectors.get) for i in indices}
    # the dated clauses the date pairs may read (round 57, ``date_clause_needed_only``) join the sentences' one
    # encoder batch, so that comparing the sources calls the encoder no more
    vectors.add([s.text for i in indices for s in slots[i]] + story_clause_texts([out[i] for i in indices]))
    for i in indices:
        out[i].vectors = vectors.get([s.text for s in slots[i]])
    return out
