"""HTML pages. Each view builds one context and answers HTML, or JSON for ``.json`` / ``?format=json``
(the Datasette convention), so the page and its data never drift apart."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from markupsafe import Markup
from starlette.datastructures import UploadFile

from newsprism.model import Analysis, Document
from newsprism.report.context import build_view
from newsprism.report.render import render_report, report_csp
from newsprism.web import intake
from newsprism.web.app import AppState, doc_href, story_href
from newsprism.web.security import token_ok

MAX_FORM_FILES = 50


def _split(ident: str, request: Request) -> tuple[str, bool]:
    if ident.endswith(".json"):
        return ident[:-5], True
    return ident, request.query_params.get("format") == "json"


def _page(request: Request, limit: int = 50) -> tuple[int, int]:
    def num(name: str, default: int, hi: int) -> int:
        try:
            return max(0, min(hi, int(request.query_params.get(name, default))))
        except ValueError:
            return default
    return num("limit", limit, 500) or limit, num("offset", 0, 10**9)


def _answer(state: AppState, as_json: bool, data: Any, template: str, status: int = 200, **ctx: Any) -> Response:
    if as_json:
        return JSONResponse(data, status_code=status)
    return HTMLResponse(state.render(template, **ctx), status_code=status)


def _not_found(state: AppState, as_json: bool, what: str) -> Response:
    return _answer(state, as_json, {"detail": f"no such {what}"}, "error.html.j2", status=404,
                   title="Not found", message=f"No such {what}.")


def register_views(app: FastAPI) -> None:
    state: AppState = app.state.np

    async def home_context(errors: list[dict] | None = None) -> dict[str, Any]:
        return {"stories": await state.read(state.store.list_stories, 10, 0),
                "documents": await state.read(state.store.list_documents, 10, 0), "errors": errors or []}

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def home() -> Response:
        return HTMLResponse(state.render("home.html.j2", **await home_context()))

    @app.post("/analyze", include_in_schema=False)
    async def analyze_form(request: Request) -> Response:
        state.admit()  # refuse at once when busy, before reading a large upload
        # Parts may be as large as the whole body cap (a long pasted article), not Starlette's 1 MB default.
        form = await request.form(max_files=MAX_FORM_FILES, max_fields=100,
                                  max_part_size=state.settings.max_request_bytes)
        token = form.get("token")
        if not token_ok(state.settings.token, request, token if isinstance(token, str) else None):
            return HTMLResponse(state.render("error.html.j2", title="Token required",
                                             message="This server needs a valid access token for writes."),
                                status_code=401)
        text, source, urls = (str(form.get(k) or "") for k in ("text", "source", "urls"))
        sub = intake.Submission(texts=[(source, text)] if text.strip() else [],
                                urls=[u for u in urls.splitlines() if u.strip()])
        for f in form.getlist("files"):
            if isinstance(f, UploadFile) and f.filename:
                sub.files.append((f.filename, await f.read()))
        if not len(sub):
            ctx = await home_context([{"input": "form", "reason": "paste a text, choose files or give URLs"}])
            return HTMLResponse(state.render("home.html.j2", **ctx), status_code=422)
        out = await state.analyze(intake.run, sub, state.settings, state.store)
        href = story_href(out.story_id) if out.story_id else (
            doc_href(out.document_ids[0]) if out.document_ids else None)
        if href:
            if out.analysis.errors:  # some inputs failed: say so on the next page
                href += "?note=" + state.add_note([e.model_dump() for e in out.analysis.errors])
            return RedirectResponse(href, status_code=303)
        ctx = await home_context([e.model_dump() for e in out.analysis.errors])
        return HTMLResponse(state.render("home.html.j2", **ctx), status_code=422)

    @app.get("/stories", include_in_schema=False)
    @app.get("/stories.json", include_in_schema=False)
    async def stories(request: Request) -> Response:
        limit, offset = _page(request)
        rows = await state.read(state.store.list_stories, limit, offset)
        as_json = request.url.path.endswith(".json") or request.query_params.get("format") == "json"
        return _answer(state, as_json, rows, "stories.html.j2", rows=rows, limit=limit, offset=offset)

    @app.get("/stories/{ident}", include_in_schema=False)
    async def story(ident: str, request: Request) -> Response:
        story_id, as_json = _split(ident, request)
        got = await state.read(state.store.get_story, story_id)
        if got is None:
            return _not_found(state, as_json, "story")
        analysis = intake.analysis_from_story(got)
        if as_json:
            return JSONResponse(analysis.to_dict())
        view = build_view(analysis)
        view.errors = state.notes.pop(request.query_params.get("note", ""), [])
        return HTMLResponse(state.render("story.html.j2", v=view, story_id=story_id))

    @app.get("/stories/{story_id}/report.html", include_in_schema=False)
    async def story_report(story_id: str) -> Response:
        """The offline report of a stored story, as a download (the same file ``newsprism report`` writes)."""
        got = await state.read(state.store.get_story, story_id)
        if got is None:
            return _not_found(state, False, "story")
        html = await state.read(render_report, intake.analysis_from_story(got))
        name = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in story_id)[:80] or "story"
        # The report runs its own inline script, admitted by hash: send its own policy, not the app's.
        return HTMLResponse(html, headers={"Content-Security-Policy": report_csp(),
                                           "Content-Disposition": f'attachment; filename="{name}.html"'})

    @app.get("/documents", include_in_schema=False)
    @app.get("/documents.json", include_in_schema=False)
    async def documents(request: Request) -> Response:
        limit, offset = _page(request)
        rows = await state.read(state.store.list_documents, limit, offset)
        as_json = request.url.path.endswith(".json") or request.query_params.get("format") == "json"
        return _answer(state, as_json, rows, "documents.html.j2", rows=rows, limit=limit, offset=offset)

    @app.get("/documents/{ident}", include_in_schema=False)
    async def document(ident: str, request: Request) -> Response:
        doc_id, as_json = _split(ident, request)
        got = await state.read(state.store.get_document, doc_id)
        if got is None:
            return _not_found(state, as_json, "document")
        if as_json:
            return JSONResponse(got)
        doc = Document.model_validate(got)
        story_id = await state.read(state.store.story_of, doc_id)
        view = build_view(Analysis(documents=[doc]))
        view.errors = state.notes.pop(request.query_params.get("note", ""), [])
        return HTMLResponse(state.render("story.html.j2", v=view, story_id=None, parent_story=story_id))

    @app.get("/search", include_in_schema=False)
    @app.get("/search.json", include_in_schema=False)
    async def search(request: Request) -> Response:
        q = (request.query_params.get("q") or "").strip()[:500]
        rows = await state.read(state.store.search, q, 50) if q else []
        as_json = request.url.path.endswith(".json") or request.query_params.get("format") == "json"
        if as_json:
            return JSONResponse({"q": q, "rows": rows})
        # The store escapes snippets itself and marks hits with <mark>; nothing else is trusted.
        for r in rows:
            r["snippet_markup"] = Markup(r.get("snippet_html") or "")
        return HTMLResponse(state.render("search.html.j2", q=q, rows=rows))

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    async def api_index() -> Response:
        spec = app.openapi()
        ops = [{"method": m.upper(), "path": p, "summary": (op.get("summary") or ""),
                "doc": (op.get("description") or "")} for p, item in spec["paths"].items() for m, op in item.items()]
        return HTMLResponse(state.render("api.html.j2", ops=ops))
