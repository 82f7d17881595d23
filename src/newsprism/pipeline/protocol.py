"""The component protocol: a component reads a Document and adds one layer to it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Protocol, runtime_checkable

from newsprism.model import Document


@runtime_checkable
class Component(Protocol):
    """``assigns`` and ``requires`` name Document fields (e.g. ``"entities"``, ``"comments.stance"``).

    A component may implement ``pipe(docs)`` to batch work across documents (the encoder heads do); the
    pipeline falls back to calling it once per document.
    """

    name: ClassVar[str]
    assigns: ClassVar[tuple[str, ...]]
    requires: ClassVar[tuple[str, ...]]

    def __call__(self, doc: Document) -> Document: ...


def pipe_component(component: Component, docs: Sequence[Document]) -> list[Document]:
    batch = getattr(component, "pipe", None)
    if batch is not None:
        return list(batch(list(docs)))
    return [component(d) for d in docs]
