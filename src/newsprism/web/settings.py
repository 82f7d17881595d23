"""Settings of one web app instance; ``create_app(settings)`` reads nothing else (no module globals)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from newsprism.limits import Limits
from newsprism.model import Analysis, Document, Story

Analyzer = Callable[[list[Document]], Analysis]
Comparer = Callable[[list[Document]], Story]


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    db: Path = Path("newsprism.sqlite")
    # When set, every write (form or API) must carry it: form field ``token``, ``Authorization: Bearer T`` or
    # ``X-Newsprism-Token: T``.
    token: str | None = None
    # URL inputs resolving to private, loopback or link-local addresses are refused unless this is set.
    allow_private: bool = False
    # Host headers the app answers to. Loopback names only by default, so a web page whose DNS name is
    # rebound to 127.0.0.1 cannot read or write the local store. ``["*"]`` answers any host.
    allowed_hosts: list[str] = Field(default_factory=lambda: ["127.0.0.1", "localhost"])
    # Requests with a larger body are answered 413 before the body is read in full.
    max_request_bytes: int = 10_000_000
    # Threads that run analyses (never the event loop). One by default: components written by different
    # people share lazily loaded models, and serializing analyses avoids racing on first load; reads are
    # never blocked by it.
    workers: int = Field(1, ge=1)
    # Back-pressure: most analyses admitted at once (running plus queued on the analysis threads). Beyond it
    # an analysis request is answered 503 with ``Retry-After`` at once instead of queueing without bound;
    # pages and reads are not affected. None means 2 x ``workers``.
    max_pending: int | None = Field(None, ge=1)
    # Most inputs (texts + files + URLs) one submission may hold.
    max_inputs: int = 20
    # Most documents one submission may yield (a JSONL upload can hold many); the rest are refused, reported.
    max_documents: int = 50
    limits: Limits = Field(default_factory=Limits)
    # Turns ingested Documents into an Analysis; None means ``newsprism.api.analyze_documents``.
    analyzer: Analyzer | None = None
    # Compares a story's analyzed Documents; None means ``newsprism.api.build_story``.
    comparer: Comparer | None = None
    # Pages showing a job's progress poll it for at most this long, then say it is taking too long (the job
    # itself goes on). API clients may wait for a job (``?wait=``) at most ``max_wait_s`` per request.
    job_wait_s: float = Field(900.0, gt=0)
    max_wait_s: float = Field(60.0, ge=0)

    @property
    def pending_cap(self) -> int:
        return self.max_pending or 2 * self.workers
