"""``newsprism report``: analyze articles (or load a saved analysis) and write one self-contained HTML file."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from newsprism.cli.common import (
    EXIT_INPUT_ERROR,
    nothing_to_analyze,
    report_errors,
    report_skipped,
    write_output,
)
from newsprism.errors import SchemaError
from newsprism.model import Analysis
from newsprism.model.upgrade import load_analysis


def _saved_analysis(paths: list[str]) -> Analysis | None:
    """A single ``newsprism analyze`` JSON output is rendered as it is, without analyzing again; one of an earlier
    contract version is upgraded (SchemaError when it cannot be). Any other JSON is an input to analyze."""
    if len(paths) != 1 or not paths[0].endswith(".json") or not Path(paths[0]).is_file():
        return None
    try:
        data = json.loads(Path(paths[0]).read_text("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if isinstance(data, dict) and "schema" in data:
        return load_analysis(data, paths[0])
    return None


def report(paths: list[str], out: Path, *, pipeline: Path | None = None, disable: list[str] | None = None,
           story: bool = True, fmt: str = "html") -> tuple[Analysis, int]:
    """Write the HTML report (or, with ``fmt="md"``, the Markdown summary) of ``paths`` to ``out``; returns the
    analysis and the exit code."""
    from newsprism.report import render_report
    from newsprism.report.summary import render_markdown

    try:
        result = _saved_analysis(paths)
    except SchemaError as exc:
        print(f"newsprism: error: {exc}", file=sys.stderr)
        return Analysis(), EXIT_INPUT_ERROR
    if result is None:
        from newsprism.api import analyze_documents, ingest, load_pipeline
        from newsprism.ingest import Skipped

        skipped: list[Skipped] = []
        docs, errors = ingest(paths, skipped=skipped)
        report_skipped(skipped)
        if not docs:
            report_errors(errors)
            return Analysis(errors=errors), nothing_to_analyze(errors, skipped, out)
        result = analyze_documents(docs, pipeline=load_pipeline(pipeline, disable=disable or ()), story=story,
                                   errors=errors)
    code = report_errors(result.errors)
    if not result.documents:
        print("newsprism: error: no document could be analyzed; no report written", file=sys.stderr)
        return result, code or 2
    write_output(render_markdown(result) if fmt == "md" else render_report(result), out)
    print(f"newsprism: wrote the report of {len(result.documents)} source(s) to {out}", file=sys.stderr)
    return result, code


def report_cli(
    paths: list[str] = typer.Argument(..., help="Files, folders, globs or URLs, or one saved analysis JSON."),
    out: Path = typer.Option(Path("story.html"), "--output", "-o", help="The HTML file to write."),
    fmt: str = typer.Option("html", "--format", "-f", help="html (the report) or md (a short Markdown summary)."),
    pipeline: Path | None = typer.Option(None, "--pipeline", help="A pipeline config JSON file."),
    disable: list[str] = typer.Option([], "--disable", help="Skip a component by factory name (repeatable)."),
    no_story: bool = typer.Option(False, "--no-story", help="Do not compare the documents."),
) -> None:
    """Write one self-contained HTML report (no external files; opens offline, can be e-mailed).

    It shows the sources, timeline, claims matrix, highlighted texts, charts and comments.
    Exit code 2 if any input failed.

    Example: newsprism analyze examples/story -o story.json && newsprism report story.json -o story.html
    """
    if fmt not in ("html", "md"):
        print(f"newsprism: error: unknown --format {fmt!r}; choose html or md", file=sys.stderr)
        raise typer.Exit(2)
    _, code = report(paths, out, pipeline=pipeline, disable=disable, story=not no_story, fmt=fmt)
    raise typer.Exit(code)
