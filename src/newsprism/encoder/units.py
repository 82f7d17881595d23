"""The units the shared encoder pass reads: the sentences of every paragraph of the article (title, headings,
meta lines and body), cut by punctuation rules rather than by the parser.

Rules, not spaCy, so that the pass needs nothing but the paragraph layer and can run while spaCy parses the
same documents (``newsprism.encoder.document``). They are close to, not the same as, the spaCy sentences in
``Document.sentences``; a head that needs a unit per spaCy sentence must map them by offsets.

Shared by the pipeline's encoder pass and by ``training/prep_spans.py``, so that training sees exactly the units
the pipeline encodes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprism.model import Document, Paragraph


def pass_units(text: str, paragraphs: Sequence[Paragraph]) -> list[tuple[int, int, int]]:
    """(start, end, paragraph index) of every unit, in text order, whitespace trimmed."""
    return [(a, b, i) for i, p in enumerate(paragraphs) for a, b in split_sentences(text, p.start, p.end)]


def document_units(doc: Document) -> list[tuple[int, int, int]]:
    return pass_units(doc.text, doc.paragraphs)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


# A sentence ends at . ! ? (with any closing quotes or brackets) followed by space and something that can start
# a sentence; not after a known abbreviation or a single initial.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_ABBREV = frozenset("mr mrs ms dr prof sen rep gov gen col lt sgt capt st jr sr inc ltd co corp vs etc "
                    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m".split())
_BEFORE_NUMBER = frozenset("no nos vol art p pp fig".split())  # "No. 5"


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence of text[start:end] by punctuation rules (no parser), whitespace trimmed."""
    out: list[tuple[int, int]] = []
    a = start
    for m in _END.finditer(text, start, end):
        word = text[max(start, text.rfind(" ", start, m.start()) + 1) : m.start()].lower().strip("(\"'“‘")
        nxt = text[m.end() : m.end() + 2].strip()[:1]
        if m.group(0).rstrip("\"'”’)]") == "." and (word in _ABBREV or (len(word) == 1 and word.isalpha())
                                                    or (word in _BEFORE_NUMBER and nxt.isdigit())):
            continue
        s, e = _trim(text, a, m.end())
        if e > s:
            out.append((s, e))
        a = m.end()
    s, e = _trim(text, a, end)
    if e > s:
        out.append((s, e))
    return out
