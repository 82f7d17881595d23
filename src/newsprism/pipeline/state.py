"""Per-run analysis state that never goes to JSON, owned by the Pipeline: one :class:`DocState` per document.

Components exchange data through declared fields of the Document or through these slots, never through
anything else. A component names a slot in ``requires``/``assigns`` as ``"state.<slot>"`` (e.g.
``"state.spacy"``), and the Pipeline checks every name against this class when it loads. The state of a
run is dropped when the run ends, so nothing in it reaches the JSON output, the store or another process.

To add a slot: add a typed field here (default ``None``) with a comment saying who assigns it, and name it
in that component's ``assigns``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import numpy as np

    from newsprism.comments.civility import Civility
    from newsprism.encoder.document import EncodedDocument
    from newsprism.events.build import DocMentions
    from newsprism.nlp.spacy_pipe import ParsedPiece
    from newsprism.techniques.components import TechniqueLines

T = TypeVar("T")


@dataclass(slots=True)
class DocState:
    """The non-JSON state of one document during one pipeline run."""

    # newsprism.sentences.v1: the spaCy parse of each analyzed paragraph (title, headings, body), in pieces of
    # at most MAX_CHUNK_CHARS, each with its paragraph index and character offset.
    spacy: list[ParsedPiece] | None = None
    # newsprism.encoder_pass.v1: the one pass of the shared encoder over the document's units (the sentences of
    # every paragraph, by punctuation rules) and its comments: sentence embeddings (exactly Encoder.embed of each
    # unit's text), every word piece's last-layer state with its document offsets, and comment embeddings. Read
    # by genre, frames, comments, events (token states of its sentences) and the story step (embeddings).
    encoded: EncodedDocument | None = None
    # newsprism.technique_model.v1: the technique model's output per body line, with its paragraph index
    # (-1 when the document has no paragraph layer), computed in the background (the first read waits). Read by
    # the techniques component.
    technique_lines: TechniqueLines | None = None
    # newsprism.comments.v1: the encoder embedding of each comment (n_comments x 384), one pass per batch.
    comment_embeddings: np.ndarray | None = None
    # newsprism.comments.v1: each comment's civility score with the insults and threats found in it.
    comment_civility: list[Civility] | None = None
    # newsprism.comments.v1: near-duplicate comment pairs (i, j, edit-distance ratio 0..100), i < j.
    comment_duplicate_pairs: list[tuple[int, int, float]] | None = None
    # newsprism.events.v1: every event mention of the document (trigger, participants, status, encoder state)
    # with its encoded sentences; story-wide event coreference (newsprism.events.coref.cluster) reads it.
    event_mentions: DocMentions | None = None


STATE_SLOTS: frozenset[str] = frozenset(f.name for f in fields(DocState))


class StateError(RuntimeError):
    """A component read a state slot that no earlier component filled for this document."""


def need(value: T | None, slot: str) -> T:
    """``value`` when set; otherwise a StateError naming the slot (a failed earlier component leaves it unset)."""
    if value is None:
        raise StateError(f"state.{slot} is not set: the component that assigns it did not run or failed "
                         "on this document")
    return value
