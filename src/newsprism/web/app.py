"""``create_app(settings)``: the FastAPI app over one SQLite store. Everything it holds lives on
``app.state.np`` (an ``AppState``, reached by routes through ``Depends(get_state)``); nothing is global, so
tests build as many apps as they like. Routes live in ``web/routes/`` as APIRouter modules."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager

import jinja2
from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response

from newsprism import __version__
from newsprism.errors import ModelError, StoreError
from newsprism.report.render import environment
from newsprism.store import Store
from newsprism.web.routes import api_library, api_stories, forms, pages
from newsprism.web.security import BodyLimit, SameOrigin, SecurityHeaders
from newsprism.web.settings import Settings
from newsprism.web.state import AppState, Busy, doc_href, job_href, story_href

TITLES = {401: "Token required", 403: "Refused", 404: "Not found", 409: "Conflict", 413: "Too large",
          422: "Cannot use this input", 503: "Busy"}


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or "text/html" not in request.headers.get("accept", "")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    store = Store(settings.db)
    env = environment(jinja2.PackageLoader("newsprism.web", "templates"))
    env.globals.update(doc_href=doc_href, story_href=story_href, job_href=job_href)
    state = AppState(settings=settings, store=store, templates=env,
                     executor=ThreadPoolExecutor(max_workers=settings.workers, thread_name_prefix="np-analyze"))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Reading an input detects its language: load that model (~2.5 s) before the first paste, not during it.
        from starlette.concurrency import run_in_threadpool

        from newsprism.ingest.language import identifier

        await run_in_threadpool(identifier)
        yield
        state.executor.shutdown(wait=True, cancel_futures=True)
        store.close()

    # The interactive docs pages load scripts from a CDN, which our CSP forbids and offline use cannot
    # reach; the OpenAPI spec itself is served at /openapi.json and summarized at /api.
    app = FastAPI(title="newsprism", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Build stories source by source, compare every source's account, review each "
                              "flag, export what was confirmed; browse and search the store.")
    app.state.np = state
    for module in (api_library, api_stories, pages, forms):
        app.include_router(module.router)

    def page(status: int, message: str, title: str | None = None,
             headers: Mapping[str, str] | None = None) -> Response:
        return HTMLResponse(state.render("error.html.j2", title=title or TITLES.get(status, "Error"),
                                         message=message), status_code=status, headers=headers)

    @app.exception_handler(Busy)
    async def busy(request: Request, exc: Busy) -> Response:
        headers = {"Retry-After": str(exc.retry_after)}
        if wants_json(request):
            return JSONResponse({"detail": str(exc), "error": "busy", "retry_after": exc.retry_after},
                                status_code=503, headers=headers)
        return page(503, str(exc), "Busy", headers)

    @app.exception_handler(ModelError)
    async def model_error(request: Request, exc: ModelError) -> Response:
        # A missing or broken model file is a fault of this install, not of the input: 503 with the reason
        # (the traceback goes to the server log, never to the client).
        message = f"analysis is unavailable: {exc.reason}"
        if wants_json(request):
            return JSONResponse({"detail": message, "error": "ModelError"}, status_code=503)
        return page(503, message, "Analysis unavailable")

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        if wants_json(request):
            return JSONResponse({"detail": exc.reason, "error": "StoreError"}, status_code=422)
        return page(422, exc.reason)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return page(exc.status_code, str(exc.detail), headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if wants_json(request):
            return JSONResponse({"detail": jsonable(exc.errors())}, status_code=422)
        return page(422, "; ".join(f"{'.'.join(map(str, e.get('loc', ())))}: {e.get('msg')}" for e in exc.errors()))

    # Added innermost first: security headers wrap every answer (413/403/400 included), then the body cap,
    # then the Host check, then CSRF.
    from starlette.middleware.trustedhost import TrustedHostMiddleware

    app.add_middleware(SameOrigin)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.allowed_hosts)
    app.add_middleware(BodyLimit, max_bytes=settings.max_request_bytes,
                       page=lambda message: state.render("error.html.j2", title="Too large", message=message))
    app.add_middleware(SecurityHeaders)
    return app


def jsonable(errors: object) -> object:
    from fastapi.encoders import jsonable_encoder

    return jsonable_encoder(errors)
