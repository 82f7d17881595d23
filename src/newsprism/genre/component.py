"""Pipeline component: the document's genre (reporting | opinion | satire | uncertain | not_article)."""

from __future__ import annotations

from typing import ClassVar

from newsprism.genre.head import get_genre_head
from newsprism.model import Document
from newsprism.model.document import Genre


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
    requires: ClassVar[tuple[str, ...]] = ("paragraphs",)

    def pipe(self, docs: list[Document]) -> list[Document]:
        if docs:
            results = get_genre_head().predict([genre_text(d) for d in docs])
            for d, r in zip(docs, results, strict=True):
                d.genre = Genre(label=r.label, scores=r.scores)
        return docs

    def __call__(self, doc: Document) -> Document:
        return self.pipe([doc])[0]
