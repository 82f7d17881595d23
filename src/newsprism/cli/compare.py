"""``newsprism compare``: compare several articles about one story (JSON, Markdown or ClaimReview JSON-LD)."""

from __future__ import annotations

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
    """The comparison as JSON, Markdown, or ClaimReview JSON-LD: a ClaimReview only for flags a person
    confirmed (verdicts on ``result``'s flags, see :func:`read_reviews`), unreviewed flags at or above the
    confidence threshold as unrated machine-generated Claims, nothing else (``report/citations.py``)."""
    if fmt == CompareFormat.json:
        return result.to_json()
    if fmt == CompareFormat.jsonld:
        from newsprism.report.citations import claimreview_json

        return claimreview_json(result, unreviewed=True)
    from newsprism.story.markdown import story_markdown

    return story_markdown(result)


def read_reviews(result: Analysis, db: Path) -> int:
    """Verdicts given in the store (``newsprism serve --db``) on these flags: matched by the documents' text,
    the flags' kind, slot and evidence. Returns how many flags have one."""
    from newsprism.store import Store, hash_text

    with Store(db) as store:
        hashes = {d.id: d.content_hash or hash_text(d.text) for d in result.documents}
        stored = store.ids_by_hash(list(hashes.values()))
        ids = {doc_id: stored[h] for doc_id, h in hashes.items() if h in stored}
        return store.apply_stored_reviews(result.story, ids)


def compare(paths: list[str], *, fmt: CompareFormat = CompareFormat.json, out: Path | None = None,
            db: Path | None = None) -> tuple[Analysis, int]:
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
    if db is not None:
        n = read_reviews(result, db)
        print(f"newsprism: {n} of {len(result.story.discrepancies)} flag(s) reviewed in {db}", file=sys.stderr)
    write_output(render_compare(result, fmt), out)
    return result, code


def compare_cli(
    paths: list[str] = typer.Argument(..., help="Two or more files, folders, globs or URLs about one story."),
    fmt: CompareFormat = typer.Option(CompareFormat.json, "--format", "-f", help="json, md or jsonld."),
    out: Path | None = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    db: Path | None = typer.Option(None, "--db", help="Read the verdicts given on these flags from this store "
                                                     "(the web app's); jsonld writes a ClaimReview only for "
                                                     "confirmed flags."),
) -> None:
    """Compare articles about one story: consensus, conflicts, vague-vs-precise figures, planned-vs-done, and
    what each source alone reports (every flag with evidence offsets).

    Exit code 2 if an input failed or fewer than two articles could be read.
    """
    _, code = compare(paths, fmt=fmt, out=out, db=db)
    raise typer.Exit(code)
