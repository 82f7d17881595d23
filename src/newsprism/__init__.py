"""newsprism: one news story from every angle.

What happened (actors, events, claims), who agrees and who doesn't (cross-source discrepancies), how each
source spins it (genre, frames, persuasion techniques with author voice vs quoted words) and how readers
react (comment stance, civility, coordination).
"""

import logging

from newsprism.api import analyze, analyze_documents, analyze_text, build_story, load_pipeline
from newsprism.errors import (
    ConfigError,
    IngestError,
    LimitError,
    ModelError,
    NewsprismError,
    SchemaError,
    StoreError,
)
from newsprism.model import Analysis, Document, Story

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Analysis",
    "ConfigError",
    "Document",
    "IngestError",
    "LimitError",
    "ModelError",
    "NewsprismError",
    "SchemaError",
    "StoreError",
    "Story",
    "__version__",
    "analyze",
    "analyze_documents",
    "analyze_text",
    "build_story",
    "load_pipeline",
]
