"""``create_app(settings)``: the FastAPI app over one SQLite store. Everything it holds lives on
``app.state.np``; nothing is global, so tests build as many apps as they like."""

from __future__ import annotations

import asyncio
import math
import secrets
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import quote

import jinja2
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.middleware.trustedhost import TrustedHostMiddleware

from newsprism import __version__
from newsprism.errors import ModelError
from newsprism.report.render import asset, environment
from newsprism.store import Store
from newsprism.web.security import BodyLimit, SameOrigin, SecurityHeaders
from newsprism.web.settings import Settings

T = TypeVar("T")

STATIC = {"report.css": "text/css; charset=utf-8", "report.js": "text/javascript; charset=utf-8"}
FAVICON = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M8 1 15 14H1z" '
           'fill="#0072B2"/></svg>')


class Busy(Exception):  # noqa: N818 - a state, answered 503, not a bug
    """Every analysis slot is taken (``Settings.max_pending``): answered 503 with ``Retry-After``."""

    def __init__(self, pending: int, cap: int, retry_after: int) -> None:
        super().__init__(f"the server is busy: {pending} analyses pending, at most {cap} (max_pending); "
                         f"retry after {retry_after} s")
        self.retry_after = retry_after


@dataclass
class AppState:
    settings: Settings
    store: Store
    executor: ThreadPoolExecutor
    templates: jinja2.Environment
    # Failed inputs of a submission, shown once on the page it redirects to (bounded; per app, not global).
    notes: OrderedDict[str, list[dict[str, str]]] = field(default_factory=OrderedDict)
    # Analyses admitted and not finished (running or queued on the executor). Only touched on the event loop.
    pending: int = 0
    # Moving average of one analysis' duration (s), for the Retry-After estimate.
    avg_seconds: float = 2.0

    def add_note(self, errors: list[dict[str, str]]) -> str:
        key = secrets.token_urlsafe(8)
        self.notes[key] = errors
        while len(self.notes) > 200:
            self.notes.popitem(last=False)
        return key

    def retry_after(self) -> int:
        waves = (self.pending + self.settings.workers) / self.settings.workers
        return max(1, min(120, math.ceil(self.avg_seconds * waves)))

    def admit(self) -> None:
        """Raise Busy when every analysis slot is taken (cheap; call it before reading a large body too)."""
        cap = self.settings.pending_cap
        if self.pending >= cap:
            raise Busy(self.pending, cap, self.retry_after())

    async def analyze(self, fn: Callable[..., T], *args: Any) -> T:
        """Run analysis work on the analysis pool: CPU-bound models must never block the event loop.

        At most ``settings.pending_cap`` analyses are admitted at once; beyond that this raises Busy at once
        (answered 503 + Retry-After) rather than queueing without bound. A slot is freed when the work itself
        ends, not when the waiting request goes away, so a client that disconnects cannot make room for more
        work than the cap while its analysis still runs."""
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
            if took:  # not when canceled before it started
                self.avg_seconds = 0.8 * self.avg_seconds + 0.2 * took[0]

        def done(_f: object) -> None:  # runs on a worker thread (or here, when canceled before it started)
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
        return await asyncio.wrap_future(fut)

    async def read(self, fn: Callable[..., T], *args: Any) -> T:
        """Store reads run in threads (the store gives each thread its own read connection)."""
        return await run_in_threadpool(fn, *args)

    def render(self, name: str, **ctx: Any) -> str:
        return self.templates.get_template(name).render(settings=self.settings, **ctx)


def doc_href(doc_id: str) -> str:
    return "/documents/" + quote(doc_id, safe="")


def story_href(story_id: str) -> str:
    return "/stories/" + quote(story_id, safe="")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    store = Store(settings.db)
    env = environment(jinja2.PackageLoader("newsprism.web", "templates"))
    env.globals.update(doc_href=doc_href, story_href=story_href)
    state = AppState(settings=settings, store=store, templates=env,
                     executor=ThreadPoolExecutor(max_workers=settings.workers, thread_name_prefix="np-analyze"))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        state.executor.shutdown(wait=True, cancel_futures=True)
        store.close()

    # The interactive docs pages load scripts from a CDN, which our CSP forbids and offline use cannot
    # reach; the OpenAPI spec itself is served at /openapi.json and summarized at /api.
    app = FastAPI(title="newsprism", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Analyze news articles, store them, browse stories and search them.")
    app.state.np = state

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name == "favicon.svg":
            return Response(FAVICON, media_type="image/svg+xml")
        if name not in STATIC:
            return Response("not found", status_code=404, media_type="text/plain")
        return Response(asset(name), media_type=STATIC[name], headers={"Cache-Control": "max-age=300"})

    from newsprism.web.api import register_api
    from newsprism.web.views import register_views

    register_api(app)
    register_views(app)

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api") or "text/html" not in request.headers.get("accept", "")

    @app.exception_handler(Busy)
    async def busy(request: Request, exc: Busy) -> Response:
        headers = {"Retry-After": str(exc.retry_after)}
        if wants_json(request):
            return JSONResponse({"detail": str(exc), "error": "busy", "retry_after": exc.retry_after},
                                status_code=503, headers=headers)
        return HTMLResponse(state.render("error.html.j2", title="Busy", message=str(exc)), status_code=503,
                            headers=headers)

    @app.exception_handler(ModelError)
    async def model_error(request: Request, exc: ModelError) -> Response:
        # A missing or broken model file is a fault of this install, not of the input: 503 with the reason
        # (the traceback goes to the server log, never to the client).
        message = f"analysis is unavailable: {exc.reason}"
        if wants_json(request):
            return JSONResponse({"detail": message, "error": "ModelError"}, status_code=503)
        return HTMLResponse(state.render("error.html.j2", title="Analysis unavailable", message=message),
                            status_code=503)

    # Added innermost first: security headers wrap every answer (413/403/400 included), then the body cap,
    # then the Host check, then CSRF.
    app.add_middleware(SameOrigin)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.allowed_hosts)
    app.add_middleware(BodyLimit, max_bytes=settings.max_request_bytes)
    app.add_middleware(SecurityHeaders)
    return app
