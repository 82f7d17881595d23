"""``create_app(settings)``: the FastAPI app over one SQLite store. Everything it holds lives on
``app.state.np``; nothing is global, so tests build as many apps as they like."""

from __future__ import annotations

import asyncio
import secrets
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import quote

import jinja2
from fastapi import FastAPI
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.middleware.trustedhost import TrustedHostMiddleware

from newsprism import __version__
from newsprism.report.render import asset, environment
from newsprism.store import Store
from newsprism.web.security import BodyLimit, SameOrigin, SecurityHeaders
from newsprism.web.settings import Settings

T = TypeVar("T")

STATIC = {"report.css": "text/css; charset=utf-8", "report.js": "text/javascript; charset=utf-8"}
FAVICON = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M8 1 15 14H1z" '
           'fill="#0072B2"/></svg>')


@dataclass
class AppState:
    settings: Settings
    store: Store
    executor: ThreadPoolExecutor
    templates: jinja2.Environment
    # Failed inputs of a submission, shown once on the page it redirects to (bounded; per app, not global).
    notes: OrderedDict[str, list[dict[str, str]]] = field(default_factory=OrderedDict)

    def add_note(self, errors: list[dict[str, str]]) -> str:
        key = secrets.token_urlsafe(8)
        self.notes[key] = errors
        while len(self.notes) > 200:
            self.notes.popitem(last=False)
        return key

    async def analyse(self, fn: Callable[..., T], *args: Any) -> T:
        """Run analysis work on the analysis pool: CPU-bound models must never block the event loop."""
        return await asyncio.get_running_loop().run_in_executor(self.executor, fn, *args)

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
                     executor=ThreadPoolExecutor(max_workers=settings.workers, thread_name_prefix="np-analyse"))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        state.executor.shutdown(wait=True, cancel_futures=True)
        store.close()

    # The interactive docs pages load scripts from a CDN, which our CSP forbids and offline use cannot
    # reach; the OpenAPI spec itself is served at /openapi.json and summarised at /api.
    app = FastAPI(title="newsprism", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Analyse news articles, store them, browse stories and search them.")
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
    # Added innermost first: security headers wrap every answer (413/403/400 included), then the body cap,
    # then the Host check, then CSRF.
    app.add_middleware(SameOrigin)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.allowed_hosts)
    app.add_middleware(BodyLimit, max_bytes=settings.max_request_bytes)
    app.add_middleware(SecurityHeaders)
    return app
