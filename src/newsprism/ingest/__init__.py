"""Ingestion: every input becomes one Document with stable character offsets (or a reasoned IngestError)."""

from newsprism.ingest.layout import compose_text, parse_text_article
from newsprism.ingest.records import record_to_document
from newsprism.ingest.sources import Skipped, expand, from_bytes, from_text, iter_inputs, load

__all__ = ["Skipped", "compose_text", "expand", "from_bytes", "from_text", "iter_inputs", "load", "parse_text_article",
           "record_to_document"]
