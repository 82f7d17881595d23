"""The SQLite store: one writer, reads in threads, numbered migrations. Schema tour: ``SCHEMA.md``."""

from newsprism.store.db import Store, analysis_story_id, hash_text, migrations

__all__ = ["Store", "analysis_story_id", "hash_text", "migrations"]
