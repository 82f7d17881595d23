"""A rich progress bar on stderr: items done of total, articles analyzed per second, ETA. Silent with quiet."""

from __future__ import annotations

import sys
import time
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn


class BatchProgress:
    def __init__(self, total: int | None, quiet: bool = True) -> None:
        self.quiet = quiet
        self.total = total
        self.counts = {"analyzed": 0, "skipped": 0, "failed": 0, "duplicates": 0}
        self._t0 = time.perf_counter()
        self._progress: Progress | None = None
        self._task: Any = None
        self._phase_task: Any = None

    def __enter__(self) -> BatchProgress:
        if not self.quiet:
            self._progress = Progress(
                TextColumn("[bold]{task.description}"), BarColumn(bar_width=20), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"), TextColumn("ETA"), TimeRemainingColumn(),
                TextColumn("{task.fields[counts]}"),
                console=Console(file=sys.stderr), transient=False)
            self._progress.start()
            self._task = self._progress.add_task("analyzing", total=self.total, rate="", counts="")
        self._t0 = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def advance(self, **counts: int) -> None:
        for k, v in counts.items():
            self.counts[k] += v
        if self._progress is None:
            return
        elapsed = max(time.perf_counter() - self._t0, 1e-9)
        c = self.counts
        self._progress.update(
            self._task, advance=sum(counts.values()), rate=f"{c['analyzed'] / elapsed:.2f} articles/s",
            counts=f"done {c['analyzed']} skipped {c['skipped']} dup {c['duplicates']} failed {c['failed']}")

    def phase(self, name: str, total: int) -> None:
        if self._progress is not None and total:
            self._phase_task = self._progress.add_task(name, total=total, rate="", counts="")

    def advance_phase(self) -> None:
        if self._progress is not None and self._phase_task is not None:
            self._progress.update(self._phase_task, advance=1)

    def note(self, message: str) -> None:
        if self._progress is not None:
            self._progress.console.print(message)
