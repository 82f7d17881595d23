"""The claims layer as a pipeline component."""

from __future__ import annotations

from typing import ClassVar

from newsprism.claims.extract import extract_claims
from newsprism.claims.figures import find_figures
from newsprism.encoder.units import split_sentences
from newsprism.model import Claim, Document, Quantity, Span
from newsprism.pipeline.state import DocState


class ClaimsComponent:
    """Fills ``doc.claims`` (counts, dates, firsts, named programs, roles) with normalized slots.

    A document in a language the English parser does not cover (no ``state.spacy``) gets only the claims that
    need no grammar: percentages and money written with a sign or code (``newsprism.claims.figures``)."""

    name: ClassVar[str] = "claims"
    assigns: ClassVar[tuple[str, ...]] = ("claims",)
    requires: ClassVar[tuple[str, ...]] = ("state.spacy", "entities", "dates")
    languages: ClassVar[tuple[str, ...] | None] = None  # English: every claim kind; other languages: figures

    def __call__(self, doc: Document, state: DocState) -> Document:
        doc.claims = extract_claims(doc, state.spacy) if state.spacy is not None else figure_claims(doc)
        return doc


def figure_claims(doc: Document) -> list[Claim]:
    """Percentage and money claims of the body, each with its sentence (split by punctuation) and the figure as
    its evidence."""
    out: list[Claim] = []
    for p in doc.body_paragraphs():
        for start, end in split_sentences(doc.text, p.start, p.end):
            for f in find_figures(doc.text[start:end], doc.language or "en"):
                q = Quantity(text=f.text, value=f.value, low=f.value, high=f.value, unit=f.unit, vague=False,
                             bound="exact", dimension=f.dimension)
                a, b = start + f.start, start + f.end
                out.append(Claim(text=doc.text[start:end], start=start, end=end,
                                 kind="percentage" if f.dimension == "percent" else "quantity", quantity=q,
                                 evidence=Span(start=a, end=b, text=doc.text[a:b])))
    return out
