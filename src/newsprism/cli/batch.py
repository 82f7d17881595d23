"""``newsprism batch``: analyze a whole corpus into a SQLite store or a JSONL file, resumably."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from newsprism.cli.common import report_errors, report_skipped, use_device

if TYPE_CHECKING:
    from newsprism.batch import BatchReport


class EngineName(StrEnum):
    local = "local"
    dask = "dask"


def batch(paths: list[str], *, db: Path | None = None, out: Path | None = None, workers: int = 1,
          engine: EngineName = EngineName.local, scheduler: str | None = None, quiet: bool = False,
          pipeline: Path | None = None, disable: list[str] | None = None, dedupe: bool = True,
          stories: bool = True) -> tuple[BatchReport, int]:
    """Run the batch, print failures and a summary on stderr; returns the report and the exit code."""
    from newsprism.batch import BatchReport, run_batch  # loaded on use: keeps `newsprism --help` fast
    from newsprism.errors import NewsprismError

    if (db is None) == (out is None):
        print("newsprism: error: give exactly one of --db FILE.sqlite or --out FILE.jsonl", file=sys.stderr)
        return BatchReport(), 1
    try:
        report = run_batch(paths, db=db, out=out, workers=workers, engine=engine.value, scheduler=scheduler,
                           quiet=quiet, pipeline=pipeline, disable=tuple(disable or ()), dedupe=dedupe,
                           stories=stories)
    except NewsprismError as exc:  # the store or the output cannot be used (e.g. an unreadable earlier file)
        print(f"newsprism: error: {exc}", file=sys.stderr)
        return BatchReport(), 2
    report_skipped(report.not_read)
    code = report_errors(report.failed + report.partial)
    print(f"newsprism: {report.summary()}", file=sys.stderr)
    if report.nothing_found:
        print("newsprism: error: nothing to analyze: no input held an article (see above)", file=sys.stderr)
    return report, report.exit_code if report.nothing_found else code


def batch_cli(
    paths: list[str] = typer.Argument(..., help="Folders, globs, files or JSONL corpora (one article a line)."),
    db: Path | None = typer.Option(None, "--db", help="Write into this SQLite store (resumable)."),
    out: Path | None = typer.Option(None, "--out", help="Append JSONL here instead (resumable)."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes (models load once each)."),
    engine: EngineName = typer.Option(EngineName.local, "--engine", help="local processes or a dask cluster."),
    scheduler: str | None = typer.Option(None, "--scheduler",
                                         help="Dask scheduler address tcp://HOST:PORT (default: a LocalCluster)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    pipeline: Path | None = typer.Option(None, "--pipeline", help="A pipeline config JSON file."),
    disable: list[str] = typer.Option([], "--disable", help="Skip a component by factory name (repeatable)."),
    no_dedupe: bool = typer.Option(False, "--no-dedupe", help="Analyze near-duplicates too."),
    no_stories: bool = typer.Option(False, "--no-stories", help="No story clustering or comparison."),
    device: str = typer.Option("cpu", "--device", help="cpu, or cuda (needs onnxruntime-gpu on every worker)."),
) -> None:
    """Analyze a corpus with bounded memory: re-runs skip finished articles (keyed by content hash),
    near-duplicates are linked instead of analyzed again, new articles join existing stories.

    Exit code 2 if any input failed; every good input is still saved.
    """
    if code := use_device(device):
        raise typer.Exit(code)
    _, code = batch(paths, db=db, out=out, workers=workers, engine=engine, scheduler=scheduler, quiet=quiet,
                    pipeline=pipeline, disable=disable, dedupe=not no_dedupe, stories=not no_stories)
    raise typer.Exit(code)
