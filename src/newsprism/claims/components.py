"""The claims layer as a pipeline component."""

from __future__ import annotations

from typing import ClassVar

from newsprism.claims.extract import extract_claims
from newsprism.model import Document
from newsprism.pipeline.state import DocState, need


class ClaimsComponent:
    """Fills ``doc.claims`` (counts, dates, firsts, named programs, roles) with normalized slots."""

    name: ClassVar[str] = "claims"
    assigns: ClassVar[tuple[str, ...]] = ("claims",)
    requires: ClassVar[tuple[str, ...]] = ("state.spacy", "entities", "dates")

    def __call__(self, doc: Document, state: DocState) -> Document:
        doc.claims = extract_claims(doc, need(state.spacy, "spacy"))
        return doc
