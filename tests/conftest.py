"""Root fixtures: one factory for hand-built Documents, paths to the bundled examples and the shared seeds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsprism.ingest import parse_text_article

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "story"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def make_doc():
    """Build a Document from plain-text layout without loading any model."""

    def _make(text: str, source: str = "test.txt"):
        return parse_text_article(text, source)

    return _make


@pytest.fixture
def examples_dir() -> Path:
    if not EXAMPLES.is_dir():
        pytest.skip("examples/story is missing")
    return EXAMPLES


@pytest.fixture
def seeds_dir() -> Path:
    d = SHARED / "seeds"
    if not d.is_dir():
        pytest.skip("../shared/seeds is not present on this machine")
    return d


@pytest.fixture
def shared_data() -> Path:
    d = SHARED / "data"
    if not d.is_dir():
        pytest.skip("../shared/data is not present on this machine")
    return d


@pytest.fixture
def analysis_v1() -> dict[str, Any]:
    """A real ``newsprism.analysis/1`` output (two invented articles; see tests/data/README.md), fresh per test."""
    return json.loads((Path(__file__).parent / "data" / "analysis_v1.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def slots():
    """Typed slots of the first sentence of a text, parsed by the shipped spaCy pipeline (one load per run)."""
    from newsprism.claims.slots import sentence_slots
    from newsprism.nlp.spacy_pipe import get_nlp

    nlp = get_nlp()

    def _parse(text: str):
        return sentence_slots(next(iter(nlp(text).sents)), 0)

    return _parse
