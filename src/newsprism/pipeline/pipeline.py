"""The Pipeline: components in order, with the requires/assigns chain checked at load time."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from newsprism.errors import ConfigError
from newsprism.limits import DEFAULT_LIMITS
from newsprism.model import Document
from newsprism.pipeline.config import PipelineConfig, load_config
from newsprism.pipeline.protocol import Component, pipe_component
from newsprism.pipeline.registry import get_factory

log = logging.getLogger(__name__)

# Fields every ingested Document already has.
INGEST_ASSIGNS = ("text", "body", "paragraphs", "title", "published", "place", "comments")


class Pipeline:
    def __init__(self, components: Sequence[Component], name: str = "custom") -> None:
        self.components = list(components)
        self.name = name
        self.timings: dict[str, float] = {c.name: 0.0 for c in self.components}
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
             max_seconds_per_doc: float = DEFAULT_LIMITS.max_seconds_per_doc) -> list[Document]:
        """Run every component over the batch. A document whose share of the time passes
        ``max_seconds_per_doc`` (0 disables) skips the remaining layers, and the skip is recorded in its
        warnings. Components run over whole batches, so a document's time is its share of each batched call;
        a running component is never interrupted (Python threads cannot be), so the cap is checked between
        layers."""
        out = list(docs)
        spent = [0.0] * len(out)
        active = list(range(len(out)))
        for pos, comp in enumerate(self.components):
            if not active:
                break
            batch = [out[k] for k in active]
            t0 = time.perf_counter()
            try:
                batch = pipe_component(comp, batch)
            except Exception:  # noqa: BLE001 - isolate the failing document, keep the others
                batch = [self._one(comp, d) for d in batch]
            took = time.perf_counter() - t0
            self.timings[comp.name] = self.timings.get(comp.name, 0.0) + took
            for k, d in zip(active, batch, strict=True):
                out[k] = d
                spent[k] += took / len(batch)
            if max_seconds_per_doc and pos + 1 < len(self.components):
                over = [k for k in active if spent[k] > max_seconds_per_doc]
                skipped = ", ".join(self.names[pos + 1 :])
                for k in over:
                    out[k].warnings.append(
                        f"max_seconds_per_doc: analysis took {spent[k]:.1f} s (cap {max_seconds_per_doc:g} s) "
                        f"by the end of {comp.name!r}; skipped: {skipped}")
                active = [k for k in active if k not in set(over)]
        return out

    @staticmethod
    def _one(comp: Component, doc: Document) -> Document:
        """Run one component on one document; a failure is recorded on the document, not raised, so one
        bad document never loses a batch (the CLI turns these records into errors and exit code 2)."""
        try:
            return comp(doc)
        except Exception as exc:  # noqa: BLE001
            log.exception("component %s failed on %s", comp.name, doc.source)
            doc.warnings.append(f"component-error: {comp.name} failed: {exc.__class__.__name__}: {exc}")
            return doc
