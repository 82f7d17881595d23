"""A small exception hierarchy that carries reasons, so callers can tell failures apart."""

from __future__ import annotations


class NewsprismError(Exception):
    """Base class. ``input`` names what failed (a path, URL or record id) when known."""

    def __init__(self, reason: str, input: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.input = input

    def __str__(self) -> str:
        return f"{self.input}: {self.reason}" if self.input else self.reason


class IngestError(NewsprismError):
    """An input could not be read or turned into a Document."""


class LimitError(IngestError):
    """An input is over a configured cap (size, comment count, processing time)."""


class ModelError(NewsprismError):
    """A shipped model is missing, corrupt or failed to run."""


class ConfigError(NewsprismError):
    """A pipeline configuration is invalid (unknown component, unmet requirement)."""


class StoreError(NewsprismError):
    """The SQLite store could not be opened, migrated or written."""


class SchemaError(NewsprismError):
    """Saved JSON follows an unknown contract version, or cannot be read as the version it names."""
