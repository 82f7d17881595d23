"""The state of one app (``AppState``, on ``app.state.np``) and the dependencies routes take it through.

Nothing here is global: ``create_app(settings)`` builds one AppState per app, and routes reach it with
``Depends(get_state)``, so tests can build as many apps as they like and no route module imports the app.
"""

from __future__ import annotations

import asyncio
import math
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import quote

import jinja2
from fastapi import Request
from starlette.concurrency import run_in_threadpool

from newsprism.store import Store
from newsprism.web.jobs import Jobs
from newsprism.web.settings import Settings

T = TypeVar("T")


class Busy(Exception):  # noqa: N818 - a state, answered 503, not a bug
    """Every analysis slot is taken (``Settings.max_pending``): answered 503 with ``Retry-After``."""

    def __init__(self, pending: int, cap: int, retry_after: int) -> None:
        super().__init__(f"the server is busy: {pending} analyses pending, at most {cap} (max_pending); "
                         f"retry after {retry_after} s")
        self.retry_after = retry_after


def doc_href(doc_id: str) -> str:
    return "/documents/" + quote(doc_id, safe="")


def story_href(story_id: str) -> str:
    return "/stories/" + quote(story_id, safe="")


def job_href(job_id: str) -> str:
    return "/jobs/" + quote(job_id, safe="")


@dataclass
class AppState:
    settings: Settings
    store: Store
    executor: ThreadPoolExecutor
    templates: jinja2.Environment
    jobs: Jobs = field(default_factory=Jobs)
    # What a submission could not use (failed inputs; a refused paste with its text), shown once on the page
    # it redirects to (bounded; per app, not global).
    notes: OrderedDict[str, dict[str, Any]] = field(default_factory=OrderedDict)
    # Analyses admitted and not finished (running or queued on the executor). Only touched on the event loop.
    pending: int = 0
    # Moving average of one analysis' duration (s), for the Retry-After estimate.
    avg_seconds: float = 2.0

    def add_note(self, note: dict[str, Any]) -> str:
        key = secrets.token_urlsafe(8)
        self.notes[key] = note
        while len(self.notes) > 200:
            self.notes.popitem(last=False)
        return key

    def pop_note(self, key: str | None) -> dict[str, Any]:
        return self.notes.pop(key or "", {})

    def retry_after(self) -> int:
        waves = (self.pending + self.settings.workers) / self.settings.workers
        return max(1, min(120, math.ceil(self.avg_seconds * waves)))

    def admit(self) -> None:
        """Raise Busy when every analysis slot is taken (cheap; call it before reading a large body too)."""
        cap = self.settings.pending_cap
        if self.pending >= cap:
            raise Busy(self.pending, cap, self.retry_after())

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        """Start analysis work on the analysis pool and return at once (call on the event loop).

        At most ``settings.pending_cap`` analyses are admitted at once; beyond that this raises Busy (answered
        503 + Retry-After) rather than queueing without bound. A slot is freed when the work itself ends, not
        when a waiting request goes away, so a client that disconnects cannot make room for more work than the
        cap while its analysis still runs."""
        self.admit()
        loop = asyncio.get_running_loop()
        took: list[float] = []

        def job() -> T:
            t0 = time.perf_counter()
            try:
                return fn(*args)
            finally:
                took.append(time.perf_counter() - t0)

        def release() -> None:
            self.pending -= 1
            if took:  # not when cancelled before it started
                self.avg_seconds = 0.8 * self.avg_seconds + 0.2 * took[0]

        def done(_f: object) -> None:  # runs on a worker thread (or here, when cancelled before it started)
            try:
                loop.call_soon_threadsafe(release)
            except RuntimeError:  # the loop is closed: the app is shutting down
                pass

        self.pending += 1
        try:
            fut = self.executor.submit(job)
        except BaseException:
            self.pending -= 1
            raise
        fut.add_done_callback(done)
        return fut

    async def analyze(self, fn: Callable[..., T], *args: Any) -> T:
        """Run analysis work on the analysis pool and wait for it (CPU-bound models never block the loop)."""
        return await asyncio.wrap_future(self.submit(fn, *args))

    async def read(self, fn: Callable[..., T], *args: Any) -> T:
        """Store reads run in threads (the store gives each thread its own read connection)."""
        return await run_in_threadpool(fn, *args)

    def render(self, name: str, **ctx: Any) -> str:
        return self.templates.get_template(name).render(settings=self.settings, **ctx)


def get_state(request: Request) -> AppState:
    """The app's state, for ``Depends``."""
    state: AppState = request.app.state.np
    return state
