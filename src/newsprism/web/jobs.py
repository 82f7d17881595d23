"""Long analyses as jobs: a submission returns at once with a job, and pages (or API clients) poll it.

A job records where the work is (``stage``, ``step`` of ``steps``) so the page can show progress, and where
to go when it is done (``href``). Jobs live in memory, bounded; what they produce lives in the store, so a
restart loses only the progress display (documents still pending say so on their story's page).
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Status = Literal["queued", "running", "done", "failed"]
KEEP = 500  # finished jobs kept for their pages


@dataclass
class Job:
    id: str
    what: str  # a title for the progress page: "Analysing 2 sources"
    story_id: str | None = None
    status: Status = "queued"
    stage: str = "waiting for a free analysis slot"
    step: int = 0
    steps: int = 0
    created: float = field(default_factory=time.time)
    started: float | None = None
    finished: float | None = None
    href: str | None = None  # where the result is shown
    document_ids: list[str] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)
    error: str | None = None

    @property
    def active(self) -> bool:
        return self.status in ("queued", "running")

    def elapsed(self, now: float | None = None) -> float:
        return round((self.finished or now or time.time()) - self.created, 2)

    def public(self, wait_bound: float) -> dict[str, Any]:
        """The job as the API and the page show it; ``overdue`` once it ran past the bound pages wait for."""
        out = asdict(self)
        out["elapsed"] = self.elapsed()
        out["overdue"] = self.active and out["elapsed"] > wait_bound
        out["wait_bound"] = wait_bound
        return out


class Jobs:
    """Every job of one app (thread-safe: workers report progress while the event loop reads)."""

    def __init__(self, keep: int = KEEP) -> None:
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self.keep = keep

    def new(self, what: str, story_id: str | None = None, steps: int = 0) -> Job:
        job = Job(id="j-" + secrets.token_urlsafe(9), what=what, story_id=story_id, steps=steps)
        with self._lock:
            self._jobs[job.id] = job
            done = [k for k, j in self._jobs.items() if not j.active]
            for k in done[: max(0, len(self._jobs) - self.keep)]:
                del self._jobs[k]
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def update(self, job: Job, **fields: Any) -> None:
        with self._lock:
            if fields.get("status") == "running" and job.started is None:
                job.started = time.time()
            if fields.get("status") in ("done", "failed"):
                job.finished = time.time()
            for k, v in fields.items():
                setattr(job, k, v)

    def progress(self, job: Job, stage: str, step: int | None = None, steps: int | None = None) -> None:
        """Where the work is now: ``stage`` in words, optionally ``step`` of ``steps``."""
        self.update(job, status="running", stage=stage, **({"step": step} if step is not None else {}),
                    **({"steps": steps} if steps is not None else {}))

    def active_for(self, story_id: str) -> list[Job]:
        with self._lock:
            return [j for j in self._jobs.values() if j.story_id == story_id and j.active]
