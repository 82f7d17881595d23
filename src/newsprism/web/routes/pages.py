"""HTML pages. Each view builds one context and answers HTML, or JSON for ``.json`` / ``?format=json`` (the
Datasette convention), so the page and its data never drift apart."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from markupsafe import Markup

from newsprism.common.data_files import load_text
from newsprism.model import Analysis
from newsprism.report.context import build_view
from newsprism.report.flags import confident_at
from newsprism.report.render import asset, render_report, report_csp
from newsprism.web.state import AppState, get_state
from newsprism.web.story_view import detail_analysis, story_detail

router = APIRouter(include_in_schema=False)
State = Annotated[AppState, Depends(get_state)]
STATIC = {"report.css": "text/css; charset=utf-8", "report.js": "text/javascript; charset=utf-8",
          "app.js": "text/javascript; charset=utf-8"}
FAVICON = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M8 1 15 14H1z" '
           'fill="#0072B2"/></svg>')


def split_ident(ident: str, request: Request) -> tuple[str, bool]:
    if ident.endswith(".json"):
        return ident[:-5], True
    return ident, request.query_params.get("format") == "json"


def page_args(request: Request, limit: int = 50) -> tuple[int, int]:
    def num(name: str, default: int, hi: int) -> int:
        try:
            return max(0, min(hi, int(request.query_params.get(name, default))))
        except ValueError:
            return default
    return num("limit", limit, 500) or limit, num("offset", 0, 10**9)


def answer(state: AppState, as_json: bool, data: Any, template: str, status: int = 200, **ctx: Any) -> Response:
    if as_json:
        return JSONResponse(data, status_code=status)
    return HTMLResponse(state.render(template, **ctx), status_code=status)


def not_found(state: AppState, as_json: bool, what: str) -> Response:
    return answer(state, as_json, {"detail": f"no such {what}"}, "error.html.j2", status=404,
                  title="Not found", message=f"No such {what}.")


async def home_context(state: AppState, **extra: Any) -> dict[str, Any]:
    return {"stories": await state.read(state.store.list_stories, 10, 0, confident_at()),
            "documents": await state.read(state.store.list_documents, 10, 0), "errors": [], "form": {}, **extra}


async def story_context(state: AppState, story_id: str, note: dict[str, Any] | None = None,
                        form: dict[str, Any] | None = None, errors: list[dict[str, str]] | None = None
                        ) -> dict[str, Any] | None:
    """Everything the story page shows: the workspace (sources, jobs, forms) and the report of what is
    analyzed. ``form``/``errors`` refill the add-source form after a refusal, so nothing typed is lost."""
    detail = await state.read(story_detail, state.store, state.jobs, story_id, state.settings.job_wait_s)
    if detail is None:
        return None
    view = await state.read(build_view, detail_analysis(detail))
    note = note or {}
    view.errors = list(note.get("errors", [])) + list(errors or [])
    return {"v": view, "d": detail, "story_id": story_id, "form": form or note.get("form") or {},
            "form_errors": errors or note.get("form_errors") or []}


@router.get("/static/{name}")
def static(name: str) -> Response:
    if name == "favicon.svg":
        return Response(FAVICON, media_type="image/svg+xml")
    if name not in STATIC:
        return Response("not found", status_code=404, media_type="text/plain")
    body = app_asset(name) if name == "app.js" else asset(name)
    return Response(body, media_type=STATIC[name], headers={"Cache-Control": "max-age=300"})


def app_asset(name: str) -> str:
    """A static file of the web app itself (``web/static/``), read once."""
    return load_text("newsprism.web", f"static/{name}")


@router.get("/", response_class=HTMLResponse)
async def home(state: State) -> Response:
    return HTMLResponse(state.render("home.html.j2", **await home_context(state)))


@router.get("/stories")
@router.get("/stories.json")
async def stories(request: Request, state: State) -> Response:
    limit, offset = page_args(request)
    rows = await state.read(state.store.list_stories, limit, offset, confident_at())
    as_json = request.url.path.endswith(".json") or request.query_params.get("format") == "json"
    return answer(state, as_json, rows, "stories.html.j2", rows=rows, limit=limit, offset=offset)


@router.get("/stories/{ident}")
async def story(ident: str, request: Request, state: State) -> Response:
    story_id, as_json = split_ident(ident, request)
    if as_json:
        detail = await state.read(story_detail, state.store, state.jobs, story_id, state.settings.job_wait_s)
        if detail is None:
            return not_found(state, True, "story")
        return JSONResponse(detail.model_dump(mode="json"))
    ctx = await story_context(state, story_id, state.pop_note(request.query_params.get("note")))
    if ctx is None:
        return not_found(state, False, "story")
    return HTMLResponse(state.render("story.html.j2", **ctx))


@router.get("/stories/{story_id}/report.html")
async def story_report(story_id: str, state: State) -> Response:
    """The offline report of a stored story, as a download (the same file ``newsprism report`` writes)."""
    detail = await state.read(story_detail, state.store, state.jobs, story_id, state.settings.job_wait_s)
    if detail is None:
        return not_found(state, False, "story")
    html = await state.read(render_report, detail_analysis(detail))
    name = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in story_id)[:80] or "story"
    # The report runs its own inline script, admitted by hash: send its own policy, not the app's.
    return HTMLResponse(html, headers={"Content-Security-Policy": report_csp(),
                                       "Content-Disposition": f'attachment; filename="{name}.html"'})


@router.get("/jobs/{job_id}")
async def job_page(job_id: str, request: Request, state: State) -> Response:
    """A job's progress; once it is done, its result page (carrying the submission's note along)."""
    job = state.jobs.get(job_id)
    if job is None:
        return not_found(state, False, "job (a restarted server forgets its jobs; the sources are stored)")
    if job.status == "done" and job.href:
        note = request.query_params.get("note")
        return RedirectResponse(job.href + (f"?note={quote(note)}" if note else ""), status_code=303)
    return HTMLResponse(state.render("job.html.j2", job=job.public(state.settings.job_wait_s)))


@router.get("/documents")
@router.get("/documents.json")
async def documents(request: Request, state: State) -> Response:
    limit, offset = page_args(request)
    rows = await state.read(state.store.list_documents, limit, offset)
    as_json = request.url.path.endswith(".json") or request.query_params.get("format") == "json"
    return answer(state, as_json, rows, "documents.html.j2", rows=rows, limit=limit, offset=offset)


@router.get("/documents/{ident}")
async def document(ident: str, request: Request, state: State) -> Response:
    doc_id, as_json = split_ident(ident, request)
    doc = await state.read(state.store.load_document, doc_id)
    if doc is None:
        return not_found(state, as_json, "document")
    if as_json:
        return JSONResponse(doc.model_dump(mode="json"))
    stories_in = await state.read(state.store.stories_of, doc_id)
    view = build_view(Analysis(documents=[doc]))
    view.errors = list(state.pop_note(request.query_params.get("note")).get("errors", []))
    doc_state = await state.read(state.store.document_state, doc_id)
    return HTMLResponse(state.render("document.html.j2", v=view, doc=doc, stories_in=stories_in,
                                     doc_state=doc_state))


@router.get("/search")
@router.get("/search.json")
async def search(request: Request, state: State) -> Response:
    q = (request.query_params.get("q") or "").strip()[:500]
    rows = await state.read(state.store.search, q, 50) if q else []
    as_json = request.url.path.endswith(".json") or request.query_params.get("format") == "json"
    if as_json:
        return JSONResponse({"q": q, "rows": rows})
    # The store escapes snippets itself and marks hits with <mark>; nothing else is trusted.
    for r in rows:
        r["snippet_markup"] = Markup(r.get("snippet_html") or "")
    return HTMLResponse(state.render("search.html.j2", q=q, rows=rows))


@router.get("/api", response_class=HTMLResponse)
async def api_index(request: Request, state: State) -> Response:
    spec = request.app.openapi()
    ops = [{"method": m.upper(), "path": p, "summary": (op.get("summary") or ""),
            "doc": (op.get("description") or "")} for p, item in spec["paths"].items() for m, op in item.items()]
    return HTMLResponse(state.render("api.html.j2", ops=ops))
