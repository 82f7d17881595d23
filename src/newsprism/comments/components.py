"""``newsprism.comments.v1``: per-comment stance toward the story, sentiment, toxicity, language, duplicates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

import numpy as np

from newsprism.comments.civility import score_civility
from newsprism.comments.duplicates import duplicate_groups, near_duplicates
from newsprism.comments.features import sentiments
from newsprism.comments.language import languages
from newsprism.comments.stance import story_stance
from newsprism.model import Document
from newsprism.pipeline.state import DocState


class CommentsComponent:
    """Fills ``stance``, ``stance_score``, ``sentiment``, ``toxicity``, ``toxic``, ``language``,
    ``duplicate_of`` and ``cluster`` on every comment.

    ``duplicate_of`` points to the first comment of a near-duplicate group; ``cluster`` is that group's number
    (0, 1, ... in thread order); both stay ``None`` for comments with no near-duplicate.
    """

    name: ClassVar[str] = "comments"
    assigns: ClassVar[tuple[str, ...]] = ("comments.stance", "comments.stance_score", "comments.sentiment",
                                          "comments.toxicity", "comments.toxic", "comments.language",
                                          "comments.duplicate_of", "comments.cluster", "state.comment_embeddings",
                                          "state.comment_civility", "state.comment_duplicate_pairs")
    requires: ClassVar[tuple[str, ...]] = ("comments", "paragraphs", "state.encoded")

    def __init__(self, device: str | None = None) -> None:
        self.device = device

    def __call__(self, doc: Document, state: DocState) -> Document:
        return self.pipe([doc], [state])[0]

    def pipe(self, docs: Sequence[Document], states: Sequence[DocState]) -> list[Document]:
        docs = list(docs)
        texts = [doc.text[c.start : c.end] for doc in docs for c in doc.comments]
        if not texts:
            return docs
        emb = self.embeddings(texts, states)
        k = 0
        for doc, state in zip(docs, states, strict=True):
            n = len(doc.comments)
            self.annotate(doc, state, texts[k : k + n], emb[k : k + n])
            k += n
        return docs

    def embeddings(self, texts: list[str], states: Sequence[DocState]) -> np.ndarray:
        """The comments' sentence embeddings, one row per comment of the batch in order, from the pipeline's one
        encoder pass (``state.encoded.comments``); stance, toxicity, arguments and coordination all reuse them."""
        return np.vstack([s.encoded.comments for s in states if s.encoded is not None])

    def annotate(self, doc: Document, state: DocState, texts: list[str], emb: np.ndarray) -> None:
        """Annotate the comments of ``doc`` from their texts and encoder embeddings (one row per comment)."""
        if not texts:
            return
        state.comment_embeddings = emb
        stances = story_stance(texts, doc, device=self.device, text_emb=emb)
        sent = sentiments(texts)[:, 0]
        civ = score_civility(texts, emb)
        langs = languages(texts)
        pairs = near_duplicates(texts)
        state.comment_civility = civ
        state.comment_duplicate_pairs = pairs
        for c, st, s, cv, lang in zip(doc.comments, stances, sent, civ, langs, strict=True):
            c.stance, c.stance_score = st.label, st.score  # type: ignore[assignment]
            c.sentiment = round(float(s), 4)
            c.toxicity, c.toxic = cv.toxicity, cv.toxic
            c.language = lang
            c.duplicate_of = c.cluster = None
        for g, group in enumerate(duplicate_groups(len(texts), pairs)):
            for i in group:
                doc.comments[i].cluster = g
                if i != group[0]:
                    doc.comments[i].duplicate_of = group[0]
