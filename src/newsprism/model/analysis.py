"""The whole output of one run: the analyzed documents, their comparison and the inputs that failed."""

from __future__ import annotations

import json
from typing import Any

from pydantic import ConfigDict, Field

from newsprism.model.base import Model
from newsprism.model.document import Document
from newsprism.model.story import Story

SCHEMA_ID = "newsprism.analysis/2"


class InputFailure(Model):
    """A record of one input that could not be analyzed (or only in part). Not an exception: the
    exceptions are :class:`newsprism.errors.IngestError` and its kin, and ``kind`` names the one raised."""

    input: str = Field(description="The input: a path, URL, record name or document source.")
    reason: str = Field(description="Why it failed, in one line.")
    kind: str = Field("IngestError", description="What failed: the exception class (IngestError, LimitError, ...), "
                                                 "ComponentError (a component failed on it; the rest of it was "
                                                 "analyzed) or AnalysisError.")


class Analysis(Model):
    """The output contract ``newsprism.analysis/2``."""

    schema_: str = Field(default=SCHEMA_ID, alias="schema", description="The contract version.")
    documents: list[Document] = Field(default_factory=list, description="The analyzed documents.")
    story: Story = Field(default_factory=Story, description="Their comparison (empty for one document).")
    errors: list[InputFailure] = Field(default_factory=list, description="Inputs that failed.")

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent, by_alias=True)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.to_json(indent=None))
        return data
