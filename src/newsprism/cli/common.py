"""Helpers shared by CLI commands: error lines, output writing, exit codes."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from newsprism.ingest import Skipped
from newsprism.model import InputFailure

EXIT_OK = 0
EXIT_INPUT_ERROR = 2


def report_errors(errors: list[InputFailure]) -> int:
    """One line per failed input on stderr; the exit code the command should return."""
    for e in errors:
        print(f"newsprism: error: {e.input}: {e.reason}", file=sys.stderr)
    return EXIT_INPUT_ERROR if errors else EXIT_OK


def report_skipped(skipped: list[Skipped]) -> None:
    """One line per file a folder held that was not read, with the reason (never skipped without a word)."""
    for s in skipped:
        print(f"newsprism: skipped: {s.path}: {s.reason}", file=sys.stderr)


def nothing_to_analyze(errors: list[InputFailure], skipped: list[Skipped], out: Path | None) -> int:
    """Say that a run had nothing to analyze, and why; the exit code (2). Nothing is written: an existing
    output file is left as it was."""
    why = []
    if errors:
        why.append(f"{len(errors)} input(s) failed")
    if skipped:
        why.append(f"{len(skipped)} file(s) skipped")
    reason = "; ".join(why) or "no input given"
    kept = f"; {out} was left as it was" if out is not None and out.exists() else "; nothing was written"
    print(f"newsprism: error: nothing to analyze ({reason}, see above){kept}", file=sys.stderr)
    return EXIT_INPUT_ERROR


def write_output(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)  # atomic: a reader never sees half a file


def use_device(device: str) -> int:
    """Point every model at ``device`` (cpu or cuda) for this process and its workers; 0, or the exit code
    after a one-line error when the device cannot be used."""
    from newsprism.encoder import providers_for
    from newsprism.errors import ModelError

    if device not in ("cpu", "cuda"):
        print(f"newsprism: error: --device {device!r}: choose cpu or cuda", file=sys.stderr)
        return EXIT_INPUT_ERROR
    try:
        providers_for(device)
    except ModelError as exc:
        print(f"newsprism: error: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    os.environ["NEWSPRISM_DEVICE"] = device
    return EXIT_OK
