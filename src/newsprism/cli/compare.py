"""``newsprism compare``: compare several articles about one story (JSON, Markdown or ClaimReview JSON-LD)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer

from newsprism.api import analyze_documents, ingest
from newsprism.cli.common import EXIT_INPUT_ERROR, report_errors, report_skipped, write_output
from newsprism.ingest import Skipped
from newsprism.model import Analysis


class CompareFormat(StrEnum):
    json = "json"
    md = "md"
    jsonld = "jsonld"


def render_compare(result: Analysis, fmt: CompareFormat) -> str:
    if fmt == CompareFormat.json:
        return result.to_json()
    if fmt == CompareFormat.jsonld:
        from newsprism.claims.jsonld import claims_jsonld

        return json.dumps(claims_jsonld(result.documents, result.story), indent=2, ensure_ascii=False)
    from newsprism.story.markdown import story_markdown

    return story_markdown(result)


def compare(paths: list[str], *, fmt: CompareFormat = CompareFormat.json,
            out: Path | None = None) -> tuple[Analysis, int]:
    """Analyze and compare the inputs; write the rendering. Returns the result and the exit code.

    Fewer than two readable articles is an error found before any analysis: nothing is printed or written
    (an existing ``out`` is kept)."""
    skipped: list[Skipped] = []
    docs, errors = ingest(paths, skipped=skipped)
    report_skipped(skipped)
    code = report_errors(errors)
    if len(docs) < 2:
        kept = f"; {out} was left as it was" if out is not None and out.exists() else ""
        print(f"newsprism: error: compare needs at least two readable articles, got {len(docs)}{kept}",
              file=sys.stderr)
        return Analysis(documents=docs, errors=errors), EXIT_INPUT_ERROR
    result = analyze_documents(docs, story=True, errors=errors)
    code = report_errors(result.errors[len(errors):]) or code
    write_output(render_compare(result, fmt), out)
    return result, code


def compare_cli(
    paths: list[str] = typer.Argument(..., help="Two or more files, folders, globs or URLs about one story."),
    fmt: CompareFormat = typer.Option(CompareFormat.json, "--format", "-f", help="json, md or jsonld."),
    out: Path | None = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
) -> None:
    """Compare articles about one story: consensus, conflicts, vague-vs-precise figures, planned-vs-done, and
    what each source alone reports (every flag with evidence offsets).

    Exit code 2 if an input failed or fewer than two articles could be read.
    """
    _, code = compare(paths, fmt=fmt, out=out)
    raise typer.Exit(code)
