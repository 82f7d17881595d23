"""The HTML forms: every write a page offers, as a POST that works without JavaScript. Each checks the token
(``form_write``), does the same action as the REST API, and redirects to the page that shows the result; a
refusal comes back on the same form with everything typed still in it and the reason beside it."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData, UploadFile

from newsprism.model import InputFailure
from newsprism.web import actions, intake
from newsprism.web.jobs import Job
from newsprism.web.routes.pages import home_context, not_found, story_context
from newsprism.web.security import admit, form_write
from newsprism.web.state import AppState, doc_href, get_state, job_href, story_href

router = APIRouter(include_in_schema=False)
State = Annotated[AppState, Depends(get_state)]
Form = Annotated[FormData, Depends(form_write)]
KEEP = ("title", "text", "source", "urls", "outlet", "published", "url", "meta_title")  # refilled after a refusal


def value(form: FormData, name: str, limit: int | None = None) -> str:
    v = form.get(name)
    s = v if isinstance(v, str) else ""
    return s[:limit] if limit else s


async def submission(form: FormData) -> tuple[intake.Submission, intake.Submission]:
    """(the pasted text, the uploaded files and URLs): read apart, so a refused paste can be given back."""
    text, name = value(form, "text"), value(form, "source", 200)
    pasted = intake.Submission(texts=[(name or "pasted", text)] if text.strip() else [])
    rest = intake.Submission(urls=[u for u in value(form, "urls").splitlines() if u.strip()])
    for f in form.getlist("files"):
        if isinstance(f, UploadFile) and f.filename:
            rest.files.append((f.filename, await f.read()))
    return pasted, rest


def meta(form: FormData) -> dict[str, str | None]:
    return {"outlet": value(form, "outlet", 200), "published": value(form, "published", 40),
            "title": value(form, "meta_title", 500), "url": value(form, "url", 2000)}


def kept(form: FormData) -> dict[str, str]:
    return {k: value(form, k) for k in KEEP}


def errors_of(errs: list[InputFailure]) -> list[dict[str, str]]:
    return [e.model_dump() for e in errs]


async def _ingest_form(state: AppState, story_id: str, form: FormData, pasted: intake.Submission,
                       rest: intake.Submission) -> tuple[list[str], list[InputFailure], list[InputFailure], Job | None]:
    """Add the form's inputs to the story in one job: (ids, paste errors, other errors, job). The paste is
    read on its own, so that when only it is refused its text can be given back beside the reason."""
    docs_p, paste_errors = await actions.read_inputs(state, pasted) if len(pasted) else ([], [])
    docs_r, other_errors = await actions.read_inputs(state, rest) if len(rest) else ([], [])
    if not (docs_p or docs_r):
        return [], paste_errors, other_errors, None
    # What the form says about the source (outlet, date, title, URL) belongs to the paste, or to a lone input.
    m = meta(form) if docs_p or len(docs_r) == 1 else {}
    ids, job = await actions.store_and_analyze(state, story_id, docs_p + docs_r, m)
    return ids, paste_errors, other_errors, job


@router.post("/analyze", dependencies=[Depends(admit)])
async def start_story(state: State, form: Form) -> Response:
    """The home page's form: a new story from a paste, files and/or URLs."""
    pasted, rest = await submission(form)
    if not (len(pasted) or len(rest)):
        ctx = await home_context(state, errors=[{"input": "form", "reason": "paste a text, choose files or give URLs"}],
                                 form=kept(form))
        return HTMLResponse(state.render("home.html.j2", **ctx), status_code=422)
    story_id = await actions.create_story(state, value(form, "title", 500))
    ids, paste_errors, other_errors, job = await _ingest_form(state, story_id, form, pasted, rest)
    if not ids:  # nothing could be read: no story, and the form comes back as it was sent
        await actions.delete_story(state, story_id)
        ctx = await home_context(state, errors=errors_of(paste_errors + other_errors), form=kept(form))
        return HTMLResponse(state.render("home.html.j2", **ctx), status_code=422)
    note: dict[str, Any] = {"errors": errors_of(other_errors)}
    if paste_errors:  # the files or URLs made the story; the refused paste waits in the add-source form
        note.update(form=kept(form), form_errors=errors_of(paste_errors))
    return _to_job(state, job, note)


def _to_job(state: AppState, job: Job | None, note: dict[str, Any]) -> Response:
    """To the progress page of the job (which moves on to the story when it is done)."""
    href = job_href(job.id) if job else "/"
    if note.get("errors") or note.get("form_errors"):
        href += "?note=" + state.add_note(note)
    return RedirectResponse(href, status_code=303)


def _to_story(state: AppState, story_id: str, note: dict[str, Any] | None = None, anchor: str = "") -> Response:
    href = story_href(story_id)
    if note and (note.get("errors") or note.get("form_errors")):
        href += "?note=" + state.add_note(note)
    return RedirectResponse(href + anchor, status_code=303)


@router.post("/stories")
async def create_story(state: State, form: Form) -> Response:
    """An empty story, to add sources to one by one."""
    return _to_story(state, await actions.create_story(state, value(form, "title", 500)))


@router.post("/stories/{story_id}/sources", dependencies=[Depends(admit)])
async def add_source(story_id: str, state: State, form: Form) -> Response:
    try:
        ids, paste_errors, other_errors, job = await _ingest_form(state, story_id, form, *await submission(form))
    except actions.NotFound:
        return not_found(state, False, "story")
    errors = errors_of(paste_errors + other_errors)
    if not ids:
        if not errors:
            errors = [{"input": "form", "reason": "paste a text, choose files or give a URL", "kind": "IngestError"}]
        ctx = await story_context(state, story_id, form=kept(form), errors=errors)
        if ctx is None:
            return not_found(state, False, "story")
        return HTMLResponse(state.render("story.html.j2", **ctx), status_code=422)
    note: dict[str, Any] = {"errors": errors_of(other_errors)}
    if paste_errors:
        note.update(form=kept(form), form_errors=errors_of(paste_errors))
    return _to_job(state, job, note)


@router.post("/stories/{story_id}/sources/{doc_id}/remove")
async def remove_source(story_id: str, doc_id: str, state: State, form: Form) -> Response:
    try:
        await actions.remove_source(state, story_id, doc_id)
    except actions.NotFound:
        return not_found(state, False, "source in this story")
    return _to_story(state, story_id, anchor="#sources")


@router.post("/documents/{doc_id}/edit")
async def edit_source(doc_id: str, state: State, form: Form) -> Response:
    fields = {k: (value(form, k, 2000).strip() or None) for k in ("outlet", "published", "title", "url")}
    try:
        await actions.update_source(state, doc_id, fields)
    except actions.NotFound:
        return not_found(state, False, "document")
    back = value(form, "story")
    known: bool = await state.read(state.store.has_story, back) if back else False
    if known:
        return _to_story(state, back, anchor="#sources")
    return RedirectResponse(doc_href(doc_id), status_code=303)


@router.post("/stories/{story_id}/rename")
async def rename_story(story_id: str, state: State, form: Form) -> Response:
    if not await state.read(state.store.rename_story, story_id, value(form, "title", 500)):
        return not_found(state, False, "story")
    return _to_story(state, story_id)


@router.post("/stories/{story_id}/compare")
async def compare_story(story_id: str, state: State, form: Form) -> Response:
    if not await state.read(state.store.has_story, story_id):
        return not_found(state, False, "story")
    state.admit()
    actions.compare_job(state, story_id)
    return _to_story(state, story_id)


@router.post("/stories/{story_id}/delete")
async def delete_story(story_id: str, state: State, form: Form) -> Response:
    if value(form, "confirm") != "yes":
        return RedirectResponse(story_href(story_id) + "#danger", status_code=303)
    try:
        await actions.delete_story(state, story_id)
    except actions.NotFound:
        return not_found(state, False, "story")
    return RedirectResponse("/stories?deleted=" + quote(story_id, safe=""), status_code=303)


@router.post("/stories/{story_id}/flags/{flag_id}/review")
async def review_flag(story_id: str, flag_id: str, state: State, form: Form) -> Response:
    verdict = value(form, "verdict")
    if verdict not in ("confirmed", "rejected", "clear"):
        return RedirectResponse(story_href(story_id) + f"#review-{flag_id}", status_code=303)
    try:
        await actions.review(state, story_id, flag_id, None if verdict == "clear" else verdict,
                             value(form, "note", 5000).strip())
    except actions.NotFound:
        return not_found(state, False, "flag in this story (a new comparison may have changed it)")
    return RedirectResponse(story_href(story_id) + f"#review-{flag_id}", status_code=303)


@router.post("/stories/{story_id}/sources/{doc_id}/retry")
async def retry_source(story_id: str, doc_id: str, state: State, form: Form) -> Response:
    try:
        job = await actions.retry_source(state, story_id, doc_id)
    except actions.NotFound:
        return not_found(state, False, "source in this story")
    return _to_job(state, job, {})
