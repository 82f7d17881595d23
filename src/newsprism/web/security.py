"""Security middleware: strict headers on every response, a request body cap, a same-origin check on writes,
and the write token. Pure ASGI, so they also guard bodies FastAPI never parses."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import Depends, HTTPException
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsprism.web.state import AppState, get_state

MAX_FORM_FILES = 50

# Scripts and styles only from our own origin (served as files, never inline); nothing framed, no plugins.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


async def _plain(send: Send, status: int, text: str) -> None:
    body = text.encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), *HEADERS]})
    await send({"type": "http.response.body", "body": body})


async def _html(send: Send, status: int, page: str) -> None:
    body = page.encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/html; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), *HEADERS]})
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *[h for h in HEADERS if h[0] not in names]]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class _TooLarge(Exception):
    pass


class BodyLimit:
    """413 for bodies over ``max_bytes``: by Content-Length up front, else by counting as chunks arrive.

    A browser (``Accept: text/html``) gets ``page(message)``, an error page in the app's own layout; other
    clients get the message as plain text."""

    def __init__(self, app: ASGIApp, max_bytes: int, page: Callable[[str], str] | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.page = page

    def _message(self, size: int | None) -> str:
        limit = f"{self.max_bytes / 1e6:.1f} MB" if self.max_bytes >= 100_000 else f"{self.max_bytes} bytes"
        got = f" ({size / 1e6:.1f} MB)" if size and size >= 100_000 else ""
        return (f"What you sent{got} is over this server's limit of {limit} per request "
                f"(--max-request-bytes). Split the text or send fewer files at a time.")

    async def _refuse(self, scope: Scope, send: Send, size: int | None) -> None:
        accept = next((v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"accept"), "")
        message = self._message(size)
        if self.page is not None and "text/html" in accept:
            await _html(send, 413, self.page(message))
        else:
            await _plain(send, 413, f"request body over {self.max_bytes} bytes: {message}")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for k, v in scope.get("headers", []):
            if k == b"content-length":
                try:
                    too_big = int(v) > self.max_bytes
                except ValueError:
                    too_big = True
                if too_big:
                    await self._refuse(scope, send, int(v) if v.isdigit() else None)
                    return
        seen = 0
        over = False
        started = False

        async def counting_receive() -> Message:
            nonlocal seen, over
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    over = True
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if over:  # the app turned our exception into its own error answer: ours replaces it
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            pass
        if over and not started:
            await self._refuse(scope, send, seen)


class SameOrigin:
    """Refuse cross-site writes (CSRF) before any handler runs. Browsers send ``Sec-Fetch-Site`` and
    ``Origin`` on POST: another site (or another port on this host, which is "same-site") is refused; an
    opaque ``Origin: null`` (sandboxed frames, files) is refused unless the browser vouches same-origin."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] not in SAFE_METHODS:
            h = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
            site, origin, host = h.get("sec-fetch-site"), h.get("origin"), h.get("host", "")
            if site in ("cross-site", "same-site") or (origin == "null" and site != "same-origin") or (
                    origin and origin != "null" and urlsplit(origin).netloc.lower() != host.lower()):
                await _plain(send, 403, "cross-site write refused")
                return
        await self.app(scope, receive, send)


def token_ok(expected: str | None, request: Request, form_token: str | None = None) -> bool:
    """True when no token is configured, or the request carries the right one (compared in constant time)."""
    if not expected:
        return True
    auth = request.headers.get("authorization", "")
    given = [form_token or "", request.headers.get("x-newsprism-token", ""),
             auth[7:] if auth.lower().startswith("bearer ") else ""]
    return any(g and hmac.compare_digest(g.encode(), expected.encode()) for g in given)


TOKEN_REQUIRED = "This server needs a valid access token for writes."


def api_write(request: Request, state: Annotated[AppState, Depends(get_state)]) -> None:
    """Dependency of every API write: the token (``Authorization: Bearer`` or ``X-Newsprism-Token``) when the
    server has one. Runs before the body is validated or the path looked up."""
    if not token_ok(state.settings.token, request):
        raise HTTPException(401, "a valid token is required for writes")


def admit(state: Annotated[AppState, Depends(get_state)]) -> None:
    """Dependency of routes that start an analysis: 503 at once when every slot is taken (before a large
    body is read)."""
    state.admit()


async def form_write(request: Request, state: Annotated[AppState, Depends(get_state)]) -> FormData:
    """Dependency of every form post: the parsed form, once its ``token`` field (or a token header) checked
    out. Parts may be as large as the whole body cap (a long pasted article), not Starlette's 1 MB default."""
    form = await request.form(max_files=MAX_FORM_FILES, max_fields=100,
                              max_part_size=state.settings.max_request_bytes)
    token = form.get("token")
    if not token_ok(state.settings.token, request, token if isinstance(token, str) else None):
        raise HTTPException(401, TOKEN_REQUIRED)
    return form
