"""Pipeline components: the technique model pass, span techniques with voice, paragraph techniques and frames
(the genre component is ``newsprism.genre.component``).

One technique model pass per body line (``newsprism.technique_model.v1``, kept in ``DocState.technique_lines``)
feeds the techniques component. Frames read the shared encoder pass (``DocState.encoded``, assigned by
``newsprism.encoder_pass.v1``). Both declare what they read in ``requires``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import Future
from typing import ClassVar, overload

import numpy as np

from newsprism.common.data_files import load_json
from newsprism.encoder.document import BackgroundJob
from newsprism.model import (
    Document,
    Frame,
    LabelScore,
    ParagraphTechniques,
    TechniqueCount,
    TechniqueSpan,
    TechniqueSummary,
)
from newsprism.pipeline.state import DocState, need
from newsprism.techniques.frames import frame_features, get_frame_model
from newsprism.techniques.model import LineOutput, get_model, labels, split_lines, thresholds
from newsprism.techniques.spans import paragraph_scores, technique_spans, word_bounds
from newsprism.techniques.voice import quoted_regions, voice_of

_WORD = re.compile(r"\w+")
MAX_SPAN_CHARS = 400
ANCHOR_MIN = 0.08  # least token probability for an anchor span of a paragraph-level label  # longer runs are usually a run-on of weak tokens, not one technique instance


def explanations() -> dict[str, str]:
    data: dict[str, str] = load_json("newsprism.techniques", "data/explanations.json")
    return data


def body_lines(doc: Document) -> list[tuple[int, tuple[int, int]]]:
    """(paragraph index, line span) for every non-empty line of every body paragraph."""
    out: list[tuple[int, tuple[int, int]]] = []
    paras = doc.body_paragraphs() or []
    if not paras:  # no paragraph layer: the body's lines stand in
        return [(-1, ls) for ls in split_lines(doc.text, doc.body.start, doc.body.end)]
    for i, p in enumerate(doc.paragraphs):
        if p.kind == "body":
            out.extend((i, ls) for ls in split_lines(doc.text, p.start, p.end))
    return out


def run_model(docs: Sequence[Document]) -> list[list[tuple[int, LineOutput]]]:
    """The model's output for the body lines of each document, with each line's paragraph index (tokenized
    together; each document's windows are batched on their own, see ``TechniqueModel.run_many``)."""
    todo = [body_lines(doc) for doc in docs]
    if not todo:
        return []
    outs = get_model().run_many([(doc.text, [ls for _, ls in lines]) for doc, lines in zip(docs, todo, strict=True)])
    return [list(zip([i for i, _ in lines], doc_outs, strict=True)) for lines, doc_outs in zip(todo, outs, strict=True)]


class TechniqueLines(Sequence[tuple[int, LineOutput]]):
    """One document's technique model output (``state.technique_lines``): (paragraph index, line output) per body
    line. Computed in the background when built from a Future or a BackgroundJob: the first read waits for it, or
    runs it when the worker has not started it (and raises what the model raised)."""

    def __init__(self, lines: list[tuple[int, LineOutput]] | Future[list[tuple[int, LineOutput]]]
                 | BackgroundJob[list[tuple[int, LineOutput]]]) -> None:
        self._lines = lines

    def _get(self) -> list[tuple[int, LineOutput]]:
        if isinstance(self._lines, Future | BackgroundJob):
            self._lines = self._lines.result()
        return self._lines

    @overload
    def __getitem__(self, i: int) -> tuple[int, LineOutput]: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[tuple[int, LineOutput]]: ...
    def __getitem__(self, i: int | slice) -> tuple[int, LineOutput] | Sequence[tuple[int, LineOutput]]:
        return self._get()[i]

    def __len__(self) -> int:
        return len(self._get())


class TechniqueModelComponent:
    """One pass of the technique model over every body line; its output feeds techniques and frames.

    It reads nothing but the paragraph layer, so with ``background=True`` (the default) each document is queued
    on the encoder pass's worker thread (a ``BackgroundJob``) and the component returns at once: the model runs
    while spaCy parses and the rule layers run, and the techniques component waits for a document the worker is
    running, or runs one the worker has not started itself (the model runs one thread a call on the CPU, so the
    worker and the pipeline thread then share the two cores). Each document is run on its own (as ``run_model``
    batches it anyway), so its result is the same either way."""

    name: ClassVar[str] = "technique_model"
    assigns: ClassVar[tuple[str, ...]] = ("state.technique_lines",)
    requires: ClassVar[tuple[str, ...]] = ("paragraphs",)

    def __init__(self, background: bool = True) -> None:
        self.background = background

    def pipe(self, docs: Sequence[Document], states: Sequence[DocState]) -> list[Document]:
        if self.background:
            get_model()  # loaded here, so that a load failure is this component's
            for doc, state in zip(docs, states, strict=True):
                state.technique_lines = TechniqueLines(BackgroundJob(_run_one, doc.text, body_lines(doc)))
            return list(docs)
        for state, lines in zip(states, run_model(docs), strict=True):
            state.technique_lines = TechniqueLines(lines)
        return list(docs)

    def __call__(self, doc: Document, state: DocState) -> Document:
        return self.pipe([doc], [state])[0]


def _run_one(text: str, lines: list[tuple[int, tuple[int, int]]]) -> list[tuple[int, LineOutput]]:
    outs = get_model().run_many([(text, [ls for _, ls in lines])])[0]
    return list(zip([i for i, _ in lines], outs, strict=True))


def _sentence_bounds(doc: Document, pos: int, line: LineOutput) -> tuple[int, int]:
    for s in doc.sentences:
        if s.start <= pos < s.end:
            return s.start, s.end
    # No sentence layer: cut at sentence punctuation within the line.
    a = max(doc.text.rfind(ch, line.start, pos) for ch in ".!?")
    b = [doc.text.find(ch, pos, line.end) for ch in ".!?"]
    b = [x for x in b if x >= 0]
    return (a + 1 if a >= 0 else line.start), (min(b) + 1 if b else line.end)


def technique_summary(doc: Document) -> TechniqueSummary:
    """Per-document figures over ``doc.techniques``: spans per 1,000 body words by voice, top author techniques.
    Shared by every component that adds technique spans (the model's and the cue rules')."""
    words = max(1, len(_WORD.findall(doc.body_text)))
    author = [s for s in doc.techniques if s.voice == "author"]
    return TechniqueSummary(
        author_per_1000_words=round(1000 * len(author) / words, 2),
        attributed_per_1000_words=round(1000 * (len(doc.techniques) - len(author)) / words, 2),
        top=[TechniqueCount(technique=k, count=n) for k, n in Counter(s.technique for s in author).most_common(5)])


class TechniquesComponent:
    name: ClassVar[str] = "techniques"
    assigns: ClassVar[tuple[str, ...]] = ("techniques", "paragraph_techniques", "technique_summary")
    requires: ClassVar[tuple[str, ...]] = ("paragraphs", "state.technique_lines")

    def __init__(self) -> None:
        self.labels = labels()["techniques"]
        th = thresholds()
        # Shown spans use a precision floor over the F1-tuned thresholds: low-confidence single words read as noise.
        self.span_thr = [max(th["technique"][t], th.get("display_floor", 0.25)) for t in self.labels]
        self.para_thr = [th["paragraph"][t] for t in self.labels]
        self.mix = th["paragraph_mix"]

    def _span(self, doc: Document, lo: LineOutput, quotes: list[tuple[int, int]], tech: str, s: int, e: int,
              score: float) -> TechniqueSpan:
        ss, se = _sentence_bounds(doc, s, lo)
        voice, why = voice_of(doc.text, s, e, ss, se, quotes)
        snippet = doc.text[s:e] if e - s <= 60 else doc.text[s : s + 57] + "..."
        expl = explanations().get(tech, tech).format(text=snippet)
        if voice == "attributed":
            expl = f"attributed ({why}): {expl}"
        return TechniqueSpan(technique=tech, start=s, end=e, text=doc.text[s:e], score=round(score, 3), voice=voice,
                             explanation=expl)

    def _anchor_spans(self, doc: Document, lo: LineOutput, para_sc, spans: list[TechniqueSpan]) -> list[TechniqueSpan]:
        """A paragraph label with no span of its own gets one: the strongest token run of that technique."""
        out: list[TechniqueSpan] = []
        if not lo.n_tokens:
            return out
        quotes = quoted_regions(doc.text, lo.start, lo.end)
        for k, tech in enumerate(self.labels):
            if para_sc[k] < self.para_thr[k] or any(
                    x.technique == tech and lo.start <= x.start < lo.end for x in spans):
                continue
            col = lo.token_probs[:, k]
            i = int(col.argmax())
            if col[i] < ANCHOR_MIN:  # too weak to point at words; the label stays paragraph-only
                continue
            a = b = i
            while a > 0 and col[a - 1] >= 0.5 * col[i]:
                a -= 1
            while b + 1 < lo.n_tokens and col[b + 1] >= 0.5 * col[i]:
                b += 1
            s, e = word_bounds(doc.text, int(lo.offsets[a, 0]), int(lo.offsets[b, 1]))
            if s + 3 < e <= s + MAX_SPAN_CHARS:  # a 1-3 letter anchor ("and", "This") is noise
                out.append(self._span(doc, lo, quotes, tech, s, e, float(para_sc[k])))
        return out

    def __call__(self, doc: Document, state: DocState) -> Document:
        lines = need(state.technique_lines, "technique_lines")
        spans: list[TechniqueSpan] = []
        for _, lo in lines:
            quotes = quoted_regions(doc.text, lo.start, lo.end)
            for t, s, e, score in technique_spans([lo], self.span_thr, doc.text):
                if e <= s or e - s > MAX_SPAN_CHARS:
                    continue
                spans.append(self._span(doc, lo, quotes, self.labels[t], s, e, score))
        by_para: dict[int, list[LineOutput]] = {}
        for pi, lo in lines:
            by_para.setdefault(pi, []).append(lo)
        doc.paragraph_techniques = []
        for pi, los in by_para.items():
            sc = paragraph_scores(los[0], self.mix)
            for n, lo in enumerate(los):
                line_sc = sc if n == 0 else paragraph_scores(lo, self.mix)
                sc = np.maximum(sc, line_sc)
                spans += self._anchor_spans(doc, lo, line_sc, spans)
            start = doc.paragraphs[pi].start if pi >= 0 else los[0].start
            end = doc.paragraphs[pi].end if pi >= 0 else los[-1].end
            doc.paragraph_techniques.append(ParagraphTechniques(
                paragraph=pi, start=start, end=end,
                techniques=[t for k, t in enumerate(self.labels) if sc[k] >= self.para_thr[k]],
                scores=[LabelScore(label=t, score=round(float(sc[k]), 3))
                        for k, t in enumerate(self.labels) if sc[k] >= 0.05]))
        doc.techniques = sorted(spans, key=lambda x: (x.start, x.end, x.technique))
        doc.technique_summary = technique_summary(doc)
        return doc


def document_frame_features(doc: Document, state: DocState) -> np.ndarray:
    """The frame head's features from the document's encoder pass (title units are told apart)."""
    enc = need(state.encoded, "encoded")
    is_title = np.array([doc.paragraphs[p].kind == "title" for _a, _b, p in enc.units], bool)
    return frame_features(enc.embeddings, is_title)


class FramesComponent:
    """Frames of the document (SemEval-2023 subtask 2) from its sentence embeddings in the shared encoder pass
    (``frames.py``)."""

    name: ClassVar[str] = "frames"
    assigns: ClassVar[tuple[str, ...]] = ("frames",)
    requires: ClassVar[tuple[str, ...]] = ("paragraphs", "state.encoded")

    def __call__(self, doc: Document, state: DocState) -> Document:
        picked = get_frame_model().predict(document_frame_features(doc, state))
        doc.frames = [Frame(label=n, score=round(p, 3)) for n, p in picked]
        return doc
