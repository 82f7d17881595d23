"""The base of every contract model: extra fields are refused, and every span is a character offset."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Model(BaseModel):
    """Base of every output object: unknown fields are an error (``extra="forbid"``), so the JSON Schema
    closes every object (``additionalProperties: false``)."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent, exclude_none=False)


class Span(Model):
    """A character range of the document's stored text: ``Document.text[start:end]``."""

    start: int = Field(description="Offset of the first character in Document.text.")
    end: int = Field(description="Offset just past the last character in Document.text.")
    text: str = Field("", description="The characters of the span (Document.text[start:end]) when filled.")


class LabelScore(Model):
    """One label of a classifier with its score."""

    label: str = Field(description="The label's name.")
    score: float = Field(description="The classifier's score for it, in [0, 1].")
