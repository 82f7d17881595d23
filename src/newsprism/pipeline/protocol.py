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

    A component may declare ``languages``: the ISO 639-1 codes its models cover, or None when it works in any
    language. One that declares nothing is taken to be English-only (see :func:`languages_of`), so a new
    model never runs unnoticed on text it was not trained for.
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


ENGLISH_ONLY: tuple[str, ...] = ("en",)


def languages_of(component: Component) -> tuple[str, ...] | None:
    """The languages a component covers (None: any); English only unless it says otherwise."""
    langs: tuple[str, ...] | None = getattr(component, "languages", ENGLISH_ONLY)
    return langs
