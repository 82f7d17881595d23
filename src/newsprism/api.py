"""The library API. The CLI, the web app and batch runs are thin layers over these functions."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from newsprism.common.blas import cap_blas_threads
from newsprism.common.ids import make_ids_unique
from newsprism.errors import IngestError
from newsprism.ingest import Skipped, from_text, iter_inputs
from newsprism.limits import DEFAULT_LIMITS, Limits
from newsprism.model import Analysis, Document, InputFailure, Story
from newsprism.pipeline import DocState, Pipeline, PipelineConfig
from newsprism.pipeline.pipeline import Progress

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

_PIPELINES: dict[tuple[str | None, tuple[str, ...]], Pipeline] = {}
_LOCK = threading.Lock()


def load_pipeline(config: PipelineConfig | str | Path | None = None, *, disable: Iterable[str] = ()) -> Pipeline:
    """A configured pipeline; the default one is built once per process and shared."""
    disable = tuple(sorted(disable))
    if isinstance(config, PipelineConfig):
        return Pipeline.from_config(config, disable=disable)
    key = (str(config) if config else None, disable)
    with _LOCK:
        if key not in _PIPELINES:
            _PIPELINES[key] = Pipeline.from_config(config, disable=disable)
        return _PIPELINES[key]


def component_failures(docs: Sequence[Document]) -> list[InputFailure]:
    """One record per component that failed on a document (its ``error`` notes)."""
    return [InputFailure(input=d.source, reason=f"{n.component} failed: {n.message}", kind="ComponentError")
            for d in docs for n in d.notes if n.kind == "error"]


def build_story(docs: Sequence[Document], states: Sequence[DocState] | None = None) -> Story:
    """Cross-source comparison of several documents (see :mod:`newsprism.story`). With the run ``states`` of
    the pipeline that analyzed them, events are matched across documents by the events layer's coreference
    (:func:`newsprism.events.coref.cluster`); stored documents alone use the story's own event matcher."""
    from newsprism.nlp import link_across  # imported late: the NLP layers load only when used
    from newsprism.story import build_story as compare_sources  # imported late: it loads the encoder

    cap_blas_threads()  # as in the pipeline (common/blas.py); scipy's OpenBLAS may have loaded since
    link_across(list(docs))
    event_ids = None
    triggers = None
    if states is not None and all(s.event_mentions is not None for s in states):
        from newsprism.events.coref import cluster, trigger_inputs

        event_ids = cluster(list(docs), list(states))
        triggers = trigger_inputs(list(states))
    known = pass_vectors(docs, states) if states is not None else None
    return compare_sources(list(docs), event_ids=event_ids, known_vectors=known, triggers=triggers)


def pass_vectors(docs: Sequence[Document], states: Sequence[DocState]) -> dict[str, np.ndarray]:
    """Each encoder-pass unit's text with its embedding (exactly ``Encoder.embed`` of that text), for the story
    step, which would otherwise embed many of the same sentences again."""
    out: dict[str, np.ndarray] = {}
    for d, s in zip(docs, states, strict=True):
        if s.encoded is not None:
            out.update((d.text[a:b], e) for (a, b, _p), e in zip(s.encoded.units, s.encoded.embeddings, strict=True))
    return out


def analyze_documents(docs: Sequence[Document], *, pipeline: Pipeline | None = None,
                      story: bool = True, errors: Sequence[InputFailure] = (),
                      limits: Limits = DEFAULT_LIMITS, progress: Progress | None = None) -> Analysis:
    """Run the pipeline over already-ingested Documents and, for two or more, compare them.
    ``progress(component, done, total)`` is told where the pipeline is (the web app's job page shows it)."""
    pipe = pipeline or load_pipeline()
    states: list[DocState] | None = None
    if story and len(docs) >= 2:  # the run state (parses, event mentions) is kept only for the comparison
        done, states = pipe.pipe_with_state(list(docs), max_seconds_per_doc=limits.max_seconds_per_doc,
                                            progress=progress)
    else:
        done = pipe.pipe(list(docs), max_seconds_per_doc=limits.max_seconds_per_doc, progress=progress)
    result = Analysis(documents=done, errors=list(errors) + component_failures(done))
    if story and len(done) >= 2:
        result.story = build_story(done, states)
    elif done:
        result.story = Story(documents=[d.id for d in done])
    return result


def ingest(inputs: str | Path | Iterable[str | Path], *, limits: Limits = DEFAULT_LIMITS, allow_private: bool = True,
           skipped: list[Skipped] | None = None) -> tuple[list[Document], list[InputFailure]]:
    """Read files, folders, globs or URLs into Documents (no analysis); bad inputs become errors, and files a
    folder holds but that are not read go to ``skipped``."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    docs: list[Document] = []
    errors: list[InputFailure] = []
    for item in iter_inputs(inputs, limits=limits, allow_private=allow_private, skipped=skipped):
        if isinstance(item, IngestError):
            errors.append(InputFailure(input=item.input or "?", reason=item.reason, kind=type(item).__name__))
        else:
            docs.append(item)
    make_ids_unique(docs)
    return docs, errors


def analyze(inputs: str | Path | Iterable[str | Path], *, pipeline: Pipeline | None = None,
            limits: Limits = DEFAULT_LIMITS, story: bool = True, allow_private: bool = True,
            skipped: list[Skipped] | None = None) -> Analysis:
    """Analyze files, folders, globs or URLs. Bad inputs become ``Analysis.errors``; good ones are analyzed.
    Files a folder holds but that are not read (and why) are appended to ``skipped`` when it is given.

    >>> result = analyze(["examples/story"])            # doctest: +SKIP
    >>> result.documents[0].actors[0].canonical          # doctest: +SKIP
    """
    docs, errors = ingest(inputs, limits=limits, allow_private=allow_private, skipped=skipped)
    return analyze_documents(docs, pipeline=pipeline, story=story, errors=errors, limits=limits)


def analyze_text(text: str, source: str = "<text>", **kwargs) -> Analysis:
    """Analyze one article given as a string (plain-text layout or HTML)."""
    return analyze_documents([from_text(text, source)], **kwargs)

