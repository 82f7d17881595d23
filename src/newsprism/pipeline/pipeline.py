"""The Pipeline: components in order, every declared name and the requires/assigns chain checked at load time.

The Pipeline owns the run state: :meth:`Pipeline.pipe` makes one :class:`~newsprism.pipeline.state.DocState`
per document, hands it to each component with its document, and drops it when the run ends.
"""

from __future__ import annotations

import logging
import time
import types
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel

from newsprism.common.blas import cap_blas_threads
from newsprism.errors import ConfigError
from newsprism.limits import DEFAULT_LIMITS
from newsprism.model import Document
from newsprism.pipeline.config import PipelineConfig, load_config
from newsprism.pipeline.factories import get_factory
from newsprism.pipeline.protocol import Component, languages_of, pipe_component
from newsprism.pipeline.state import STATE_SLOTS, DocState

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (component name, components done, components in all)


def _language_name(code: str | None) -> str:
    from newsprism.ingest.language import language_name

    return language_name(code)

# Fields every ingested Document already has.
INGEST_ASSIGNS = ("id", "source", "outlet", "url", "title", "author", "published", "place", "dateline", "text",
                  "body", "comments_section", "paragraphs", "comments", "comments.author", "comments.text",
                  "comments.posted", "notes", "content_hash")


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model inside ``X``, ``X | None``, ``list[X]`` or ``Annotated[X, ...]``, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = get_origin(annotation)
    if origin in (list, Union, types.UnionType, Annotated):
        for arg in get_args(annotation):
            found = _inner_model(arg)
            if found is not None:
                return found
    return None


def check_name(name: str) -> None:
    """ConfigError unless ``name`` is a Document field path (``"comments.stance"``) or a state slot
    (``"state.spacy"``)."""
    if name.startswith("state."):
        if name[len("state."):] not in STATE_SLOTS:
            raise ConfigError(f"{name!r} is not a state slot; slots: {', '.join(sorted(STATE_SLOTS))}")
        return
    model: type[BaseModel] | None = Document
    path: list[str] = []
    for part in name.split("."):
        if model is None or part not in model.model_fields:
            where = ".".join(path) or "Document"
            raise ConfigError(f"{name!r} names no field: {where} has no field {part!r}")
        path.append(part)
        model = _inner_model(model.model_fields[part].annotation)


class Pipeline:
    def __init__(self, components: Sequence[Component], name: str = "custom") -> None:
        self.components = list(components)
        self.name = name
        self.timings: dict[str, float] = {c.name: 0.0 for c in self.components}
        self._check_names()
        self._check_chain()

    @classmethod
    def from_config(cls, config: PipelineConfig | str | Path | None = None, *,
                    disable: Iterable[str] = ()) -> Pipeline:
        cfg = config if isinstance(config, PipelineConfig) else load_config(config)
        skip = set(disable)
        comps = []
        for cc in cfg.components:
            if not cc.enabled or cc.factory in skip:
                continue
            comps.append(get_factory(cc.factory)(**cc.options))
        return cls(comps, name=cfg.name)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def _check_names(self) -> None:
        for comp in self.components:
            for name in (*comp.requires, *comp.assigns):
                try:
                    check_name(name)
                except ConfigError as exc:
                    raise ConfigError(f"component {comp.name!r}: {exc.reason}") from None

    def _check_chain(self) -> None:
        available = set(INGEST_ASSIGNS)
        for comp in self.components:
            missing = [r for r in comp.requires if r not in available]
            if missing:
                raise ConfigError(
                    f"component {comp.name!r} requires {missing}, which no earlier component assigns"
                )
            available.update(comp.assigns)

    def __call__(self, doc: Document) -> Document:
        return self.pipe([doc])[0]

    def pipe(self, docs: Sequence[Document], *,
             max_seconds_per_doc: float = DEFAULT_LIMITS.max_seconds_per_doc,
             progress: Progress | None = None) -> list[Document]:
        """Run every component over the batch (see :meth:`pipe_with_state`); the run state is dropped."""
        return self.pipe_with_state(docs, max_seconds_per_doc=max_seconds_per_doc, progress=progress)[0]

    def pipe_with_state(self, docs: Sequence[Document], *,
                        max_seconds_per_doc: float = DEFAULT_LIMITS.max_seconds_per_doc,
                        progress: Progress | None = None) -> tuple[list[Document], list[DocState]]:
        """Run every component over the batch; returns the documents and their run state.

        A document whose share of the time passes ``max_seconds_per_doc`` (0 disables) skips the remaining
        layers, and the skip is recorded as a note. Components run over whole batches, so a document's time is
        its share of each batched call; a running component is never interrupted (Python threads cannot be),
        so the cap is checked between layers.

        A component whose models do not cover a document's language (``languages_of``) is not run on it; each
        such document gets one note naming the layers left out. ``progress(component, done, total)`` is called
        before each component.

        numpy's BLAS runs one thread while the pipeline runs (``common/blas.py``): the pipeline's own threads
        fill the cores."""
        cap_blas_threads()
        out = list(docs)
        states = [DocState() for _ in out]
        spent = [0.0] * len(out)
        active = list(range(len(out)))
        left_out: dict[int, list[str]] = {}
        for pos, comp in enumerate(self.components):
            if progress is not None:
                progress(comp.name, pos, len(self.components))
            if not active:
                break
            langs = languages_of(comp)
            run = [k for k in active if langs is None or out[k].language_supported
                   or (out[k].language is not None and out[k].language in langs)]
            for k in active:
                if k not in run:
                    left_out.setdefault(k, []).append(comp.name)
            if not run:
                continue
            batch = [out[k] for k in run]
            batch_states = [states[k] for k in run]
            t0 = time.perf_counter()
            try:
                batch = pipe_component(comp, batch, batch_states)
            except Exception:  # noqa: BLE001 - isolate the failing document, keep the others
                batch = [self._one(comp, d, s) for d, s in zip(batch, batch_states, strict=True)]
            took = time.perf_counter() - t0
            self.timings[comp.name] = self.timings.get(comp.name, 0.0) + took
            for k, d in zip(run, batch, strict=True):
                out[k] = d
                spent[k] += took / len(batch)
            if max_seconds_per_doc and pos + 1 < len(self.components):
                over = {k for k in active if spent[k] > max_seconds_per_doc}
                skipped = ", ".join(self.names[pos + 1 :])
                for k in sorted(over):
                    out[k].note("pipeline", "skipped",
                                f"max_seconds_per_doc: analysis took {spent[k]:.1f} s (cap {max_seconds_per_doc:g} s) "
                                f"by the end of {comp.name!r}; skipped: {skipped}")
                active = [k for k in active if k not in over]
        for k, names in left_out.items():
            out[k].note("pipeline", "skipped", f"not run on text in {_language_name(out[k].language)}, which its "
                                               f"models do not cover: {', '.join(names)}")
        if progress is not None:
            progress("done", len(self.components), len(self.components))
        return out, states

    @staticmethod
    def _one(comp: Component, doc: Document, state: DocState) -> Document:
        """Run one component on one document; a failure is recorded on the document as an error note, not
        raised, so one bad document never loses a batch (the CLI turns these notes into errors and exit 2)."""
        try:
            return comp(doc, state)
        except Exception as exc:  # noqa: BLE001
            log.exception("component %s failed on %s", comp.name, doc.source)
            doc.note(comp.name, "error", f"{exc.__class__.__name__}: {exc}")
            return doc
