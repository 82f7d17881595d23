"""The component protocol: a component reads a Document (and its run state) and adds one layer to it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Protocol, runtime_checkable

from newsprism.model import Document
from newsprism.pipeline.state import DocState


@runtime_checkable
class Component(Protocol):
    """``assigns`` and ``requires`` name Document fields (``"entities"``, ``"comments.stance"``) or state slots
    (``"state.spacy"``); the Pipeline checks every name against the model when it loads, and that each
    requirement is assigned by an earlier component.

    A component may also implement ``pipe(docs, states)`` to batch work across documents (the encoder
    heads do); the pipeline falls back to calling it once per document.
    """

    name: ClassVar[str]
    assigns: ClassVar[tuple[str, ...]]
    requires: ClassVar[tuple[str, ...]]

    def __call__(self, doc: Document, state: DocState) -> Document: ...


@runtime_checkable
class BatchComponent(Component, Protocol):
    """A component that runs over a whole batch at once."""

    def pipe(self, docs: Sequence[Document], states: Sequence[DocState]) -> list[Document]: ...


def pipe_component(component: Component, docs: Sequence[Document], states: Sequence[DocState]) -> list[Document]:
    if isinstance(component, BatchComponent):
        return list(component.pipe(docs, states))
    return [component(d, s) for d, s in zip(docs, states, strict=True)]
