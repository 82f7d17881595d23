"""The claims layer as a pipeline component."""

from __future__ import annotations

from typing import ClassVar

from newsprism.claims.extract import extract_claims
from newsprism.model import Document
from newsprism.nlp.spacy_pipe import spacy_docs


class ClaimsComponent:
    """Fills ``doc.claims`` (counts, dates, firsts, named programs, roles) with normalized slots."""

    name: ClassVar[str] = "claims"
    assigns: ClassVar[tuple[str, ...]] = ("claims",)
    requires: ClassVar[tuple[str, ...]] = ("spacy", "entities", "dates")

    def __call__(self, doc: Document) -> Document:
        doc.claims = extract_claims(doc, spacy_docs(doc))
        return doc
