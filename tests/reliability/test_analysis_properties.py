"""Property tests over the full analysis: hostile articles through the default pipeline (every registered layer
in default.json), the story comparison and every export format.

A component error counts as a failure here: the pipeline isolates it (the run goes on), but it is still a
crash in a layer and the user loses that layer's output.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from fuzz.invariants import check_document  # noqa: E402
from fuzz.strategies import articles, json_files, line  # noqa: E402
from newsprism.api import analyze_documents  # noqa: E402
from newsprism.claims import parse_quantity  # noqa: E402
from newsprism.cli.analyze import Format, render  # noqa: E402
from newsprism.errors import IngestError  # noqa: E402
from newsprism.ingest import from_bytes, from_text  # noqa: E402
from newsprism.model import Analysis  # noqa: E402
from newsprism.report.citations import claimreview  # noqa: E402

SLOW = settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))


def _docs(texts: list[str]) -> list:
    docs = []
    for i, t in enumerate(texts):
        try:
            docs.append(from_text(t, f"in{i}.txt"))
        except IngestError:
            pass
    return docs


def _check_analysis(result: Analysis) -> None:
    problems = [f"{d.source}: {p}" for d in result.documents for p in check_document(d)]
    problems += [f"{e.input}: {e.reason}" for e in result.errors if e.kind == "ComponentError"]
    assert not problems, "\n".join(problems[:20])
    # Every export format renders and parses back.
    json.loads(render(result, Format.json))
    for ln in render(result, Format.jsonl).split("\n")[:-1]:  # JSONL lines end at "\\n" only
        json.loads(ln)
    assert isinstance(render(result, Format.md), str)
    json.dumps(claimreview(result), allow_nan=False)
    Analysis.model_validate_json(result.to_json())
    from newsprism.report import render_report

    assert "</html>" in render_report(result)


@pytest.mark.slow
@SLOW
@given(st.lists(articles(), min_size=1, max_size=3))
def test_full_analysis_of_hostile_articles_is_sound(texts):
    docs = _docs(texts)
    if docs:
        _check_analysis(analyze_documents(docs))


@pytest.mark.slow
@SLOW
@given(json_files())
def test_full_analysis_of_hostile_records_is_sound(file):
    data, suffix = file
    try:
        items = list(from_bytes(data, "r" + suffix, suffix=suffix))
    except IngestError:
        return
    docs = [d for d in items if not isinstance(d, IngestError)]
    for i, d in enumerate(docs):
        d.id = f"{d.id}-{i}"  # duplicate ids are deduplicated by analyze(); do the same here
    if docs:
        _check_analysis(analyze_documents(docs))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["more", "than", "about", "nearly", "several", "dozen", "two", "hundred",
                                 "million", "billion", "a", "few", "1,000", "3.5", "9" * 400, "0", "-", "of",
                                 "at", "least"]) | line, min_size=1, max_size=8).map(" ".join))
def test_quantity_parse_is_finite_and_ordered(text):
    q = parse_quantity(text)
    if q is None:
        return
    nums = [x for x in (q.value, q.low, q.high) if x is not None]
    assert all(x == x and abs(x) != float("inf") for x in nums), q  # no NaN or infinity in the output JSON
    if q.low is not None and q.high is not None:
        assert q.low <= q.high, q
