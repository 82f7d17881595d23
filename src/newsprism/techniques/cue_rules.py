"""Cue rules for the rare persuasion techniques the span model almost never outputs.

The fine-tuned span model finds Loaded_Language, Name_Calling, Doubt and Exaggeration, but the rare labels
(Appeal_to_Hypocrisy, Flag_Waving, Whataboutism, ...) have too few training spans. Each cue in
``data/cue_rules.json`` is a small set of regexes written from the technique's definition (SemEval-2023 Task 3),
with the extent of the span it marks (the matched words, their clause or their sentence). A cue runs only when
``benchmarks/bench_technique_cues.py`` measured its precision on the SemEval-2023 EN train span gold at or above
``min_precision`` (``ship``), and its span's score is that measured precision.

Spans get a voice like the model's (quoted or reported words are ``attributed``), never duplicate a span of
the same technique that is already there, and the document's technique summary is recomputed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from newsprism.common.data_files import load_json
from newsprism.model import Document, TechniqueSpan
from newsprism.pipeline.state import DocState
from newsprism.techniques.components import MAX_SPAN_CHARS, technique_summary
from newsprism.techniques.voice import quoted_regions, voice_of

_CLAUSE_OPEN = ",;:()\u2014\u2013\n"
_CLAUSE_CLOSE = ",;:()\u2014\u2013\n.?!"
_SENT_END = re.compile(r"[.?!]+[\"'\u201d\u2019)]*(?=\s|$)")


@dataclass(frozen=True)
class Cue:
    id: str
    technique: str
    why: str
    regex: re.Pattern[str]
    extent: str = "clause"  # match | clause | sentence
    question: bool = False  # the sentence must end in '?'
    precision: float | None = None
    ship: bool = False


@dataclass(frozen=True)
class Firing:
    cue: Cue
    start: int
    end: int
    match: str
    voice: str
    why_voice: str


def cue_data() -> dict:
    data: dict = load_json("newsprism.techniques", "data/cue_rules.json")
    return data


def load_cues(shipped_only: bool = True, data: dict | None = None) -> list[Cue]:
    """The cues in ``data/cue_rules.json`` (only the shipped ones unless ``shipped_only`` is False)."""
    out = []
    for c in (data or cue_data())["cues"]:
        if shipped_only and not c.get("ship"):
            continue
        flags = 0 if c.get("case_sensitive") else re.IGNORECASE
        rx = re.compile("|".join(f"(?:{p})" for p in c["patterns"]), flags | re.MULTILINE)
        out.append(Cue(id=c["id"], technique=c["technique"], why=c["why"], regex=rx,
                       extent=c.get("extent", "clause"), question=bool(c.get("question")),
                       precision=c.get("precision"), ship=bool(c.get("ship"))))
    return out


def _sentences(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside the paragraph [start, end): the sentence layer's, else cut at . ? !"""
    sents = [(s.start, s.end) for s in doc.sentences if start <= s.start < end]
    if sents:
        return sents
    out, pos = [], start
    for m in _SENT_END.finditer(doc.text, start, end):
        out.append((pos, m.end()))
        pos = m.end()
    if pos < end and doc.text[pos:end].strip():
        out.append((pos, end))
    return [(s + len(doc.text[s:e]) - len(doc.text[s:e].lstrip()), e) for s, e in out]


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in "\"'\u201c\u201d\u2018\u2019,;:-\u2014\u2013("):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in "\"'\u201c\u201d\u2018\u2019,;:-\u2014\u2013)"):
        e -= 1
    return s, e


def _extent(text: str, ms: int, me: int, ss: int, se: int, extent: str) -> tuple[int, int]:
    if extent == "match":
        s, e = ms, me
    elif extent == "sentence":
        s, e = ss, se
    else:  # the clause around the match: out to the nearest clause punctuation within the sentence
        s = max([ss] + [text.rfind(ch, ss, ms) + 1 for ch in _CLAUSE_OPEN if text.rfind(ch, ss, ms) >= 0])
        ends = [text.find(ch, me, se) for ch in _CLAUSE_CLOSE]
        e = min([se] + [x for x in ends if x >= 0])
        # a match that itself ends in clause punctuation keeps it out; never cut inside the match
        s, e = min(s, ms), max(e, me)
    s, e = _strip(text, s, e)
    if e - s > MAX_SPAN_CHARS:  # too long to read as one span: keep the matched words
        s, e = _strip(text, ms, me)
    return s, e


def find_cues(doc: Document, cues: list[Cue]) -> list[Firing]:
    """Every firing of ``cues`` in the body paragraphs of ``doc`` (no de-duplication)."""
    out: list[Firing] = []
    paras = [(p.start, p.end) for p in doc.body_paragraphs()] or [(doc.body.start, doc.body.end)]
    text = doc.text
    for ps, pe in paras:
        quotes = None
        for ss, se in _sentences(doc, ps, pe):
            sent = text[ss:se]  # matched on the sentence alone, so that '^' is the sentence start
            for cue in cues:
                for m in cue.regex.finditer(sent):
                    ms, me = ss + m.start(), ss + m.end()
                    if me <= ms:
                        continue
                    if cue.question and "?" not in text[me:se]:
                        continue
                    s, e = _extent(text, ms, me, ss, se, cue.extent)
                    if e <= s:
                        continue
                    if quotes is None:
                        quotes = quoted_regions(text, ps, pe)
                    # Voice is judged on the matched words: a sentence-long span that contains a reporting verb
                    # is still the author's when the cue words themselves are the author's.
                    voice, why = voice_of(text, ms, me, ss, se, quotes)
                    out.append(Firing(cue, s, e, m.group(0), voice, why))
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def cue_spans(doc: Document, cues: list[Cue], existing: list[TechniqueSpan] | None = None) -> list[TechniqueSpan]:
    """Technique spans from the cue firings, skipping any that overlaps a span of the same technique in
    ``existing`` or an earlier cue span (cues are tried in order of measured precision)."""
    taken: dict[str, list[tuple[int, int]]] = {}
    for x in existing or []:
        taken.setdefault(x.technique, []).append((x.start, x.end))
    firings = sorted(find_cues(doc, cues), key=lambda f: (-(f.cue.precision or 0.0), f.start))
    out = []
    for f in firings:
        have = taken.setdefault(f.cue.technique, [])
        if any(_overlaps((f.start, f.end), t) for t in have):
            continue
        have.append((f.start, f.end))
        words = f.match if len(f.match) <= 60 else f.match[:57] + "..."
        prec = f.cue.precision or 0.0
        expl = f"cue '{f.cue.id}' fired on '{words}': {f.cue.why} (rule precision {prec:.2f} on SemEval train)"
        if f.voice == "attributed":
            expl = f"attributed ({f.why_voice}): {expl}"
        out.append(TechniqueSpan(technique=f.cue.technique, start=f.start, end=f.end, text=doc.text[f.start:f.end],
                                 score=round(prec, 3), voice=f.voice, explanation=expl))
    return out


class TechniqueCuesComponent:
    """Adds cue-rule spans for the rare techniques after the span model (``newsprism.techniques.v1``)."""

    name: ClassVar[str] = "technique_cues"
    assigns: ClassVar[tuple[str, ...]] = ("techniques", "technique_summary")
    requires: ClassVar[tuple[str, ...]] = ("techniques",)

    def __init__(self) -> None:
        self.cues = load_cues(shipped_only=True)

    def __call__(self, doc: Document, state: DocState) -> Document:
        added = cue_spans(doc, self.cues, doc.techniques)
        if added:
            doc.techniques = sorted(doc.techniques + added, key=lambda x: (x.start, x.end, x.technique))
        doc.technique_summary = technique_summary(doc)
        return doc
