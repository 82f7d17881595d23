"""The SQLite store: one writer, reads in threads, numbered migrations. Schema tour: ``SCHEMA.md``."""

from newsprism.store.db import Store, migrations

__all__ = ["Store", "migrations"]
