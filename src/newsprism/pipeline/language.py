"""The Pipeline: components in order, with the requires/assigns chain checked at load time."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from newsprism.errors import ConfigError
from newsprism.model import Document
from newsprism.pipeline.component import Component, pipe_component
from newsprism.pipeline.config import PipelineConfig, load_config
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

    def pipe(self, docs: Sequence[Document]) -> list[Document]:
        out = list(docs)
        for comp in self.components:
            t0 = time.perf_counter()
            try:
                out = pipe_component(comp, out)
            except Exception:  # noqa: BLE001 - isolate the failing document, keep the others
                out = [self._one(comp, d) for d in out]
            self.timings[comp.name] = self.timings.get(comp.name, 0.0) + time.perf_counter() - t0
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
