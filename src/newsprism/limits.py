"""Run-time limits and settings. Every cap is configurable; hitting one is recorded, never silent."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Limits(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # Inputs over this many bytes are refused with a LimitError rather than risking an OOM kill.
    max_bytes: int = 20_000_000
    # Text beyond this many characters is truncated; the truncation is recorded in Document.notes.
    max_chars: int = 2_000_000
    max_comments: int = 20_000
    # Wall-clock budget per document for the analysis layers (seconds); 0 disables the check.
    max_seconds_per_doc: float = 120.0
    fetch_timeout: float = 15.0
    fetch_max_bytes: int = 10_000_000


DEFAULT_LIMITS = Limits()
