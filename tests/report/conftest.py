"""A Document factory usable inside hypothesis tests (function-scoped fixtures cannot be)."""

from __future__ import annotations

import pytest

from newsprism.ingest import parse_text_article


@pytest.fixture(scope="module")
def make_doc_factory():
    return lambda text: parse_text_article(text, "t.txt")
