"""``newsprism analyze``: analyze articles and write JSON, JSONL or a Markdown summary."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer

from newsprism.api import analyze_documents, ingest, load_pipeline
from newsprism.cli.common import nothing_to_analyze, report_errors, report_skipped, use_device, write_output
from newsprism.ingest import Skipped
from newsprism.limits import Limits
from newsprism.model import Analysis
from newsprism.report.summary import render_markdown


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    md = "md"


def render(result: Analysis, fmt: Format) -> str:
    if fmt == Format.json:
        return result.to_json()
    if fmt == Format.jsonl:
        lines = [json.dumps({"schema": result.schema_, "document": d.model_dump(mode="json")}, ensure_ascii=False)
                 for d in result.documents]
        if len(result.documents) > 1:
            lines.append(json.dumps({"schema": result.schema_, "story": result.story.model_dump(mode="json")},
                                    ensure_ascii=False))
        return "\n".join(lines) + "\n"
    return render_markdown(result)


def run_analyze(paths: list[str], *, fmt: Format = Format.json, out: Path | None = None, db: Path | None = None,
                pipeline: Path | None = None, disable: list[str] | None = None, story: bool = True,
                max_bytes: int | None = None) -> tuple[Analysis, int]:
    """Analyze, write the output (and the store), report failures. Returns the result and the exit code.

    A run with nothing to analyze writes nothing (an existing ``out`` is kept), names every failed and
    skipped input, and exits 2."""
    limits = Limits(max_bytes=max_bytes) if max_bytes else Limits()
    skipped: list[Skipped] = []
    docs, errors = ingest(paths, limits=limits, skipped=skipped)
    report_skipped(skipped)
    if not docs:
        report_errors(errors)
        return Analysis(errors=errors), nothing_to_analyze(errors, skipped, out)
    pipe = load_pipeline(pipeline, disable=disable or ())
    result = analyze_documents(docs, pipeline=pipe, story=story, errors=errors, limits=limits)
    write_output(render(result, fmt), out)
    if db is not None and result.documents:
        from newsprism.store import Store

        store = Store(db)
        try:
            store.save_analysis(result)
        finally:
            store.close()
    code = report_errors(result.errors)
    if out is not None:
        print(f"newsprism: wrote {len(result.documents)} document(s) to {out}", file=sys.stderr)
    return result, code


def analyze_cli(
    paths: list[str] = typer.Argument(..., help="Files, folders, globs or URLs."),
    fmt: Format = typer.Option(Format.json, "--format", "-f", help="json, jsonl or md."),
    out: Path | None = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    db: Path | None = typer.Option(None, "--db", help="Also store the results in this SQLite file."),
    pipeline: Path | None = typer.Option(None, "--pipeline", help="A pipeline config JSON file."),
    disable: list[str] = typer.Option([], "--disable", help="Skip a component by factory name (repeatable)."),
    no_story: bool = typer.Option(False, "--no-story", help="Do not compare the documents."),
    max_bytes: int | None = typer.Option(None, "--max-bytes", help="Refuse inputs larger than this."),
    device: str = typer.Option("cpu", "--device", help="cpu, or cuda (needs onnxruntime-gpu)."),
) -> None:
    """Analyze articles (text, HTML, JSON/JSONL records, URLs) and print or write the analysis.

    Exit code 2 if any input failed; every good input is still analyzed and written.
    """
    if code := use_device(device):
        raise typer.Exit(code)
    _, code = run_analyze(paths, fmt=fmt, out=out, db=db, pipeline=pipeline, disable=disable,
                          story=not no_story, max_bytes=max_bytes)
    raise typer.Exit(code)
