"""REST API: stories as workspaces. Make a story, add and remove sources (each change compares it again),
review its flags, export what was confirmed."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import JSONResponse, Response

from newsprism.ingest.url import is_url
from newsprism.report import citations
from newsprism.report.flags import confident_at
from newsprism.web import actions, intake
from newsprism.web.routes.api_library import BUSY, NOT_FOUND, WRITE, State, job_out, wait_for
from newsprism.web.schemas import (
    Deleted,
    JobOut,
    ReviewIn,
    ReviewOut,
    SourceAdded,
    SourceIn,
    StoryCreate,
    StoryCreated,
    StoryDetail,
    StorySummary,
)
from newsprism.web.state import AppState, story_href
from newsprism.web.story_view import detail_analysis, story_detail

router = APIRouter(prefix="/api/stories", tags=["stories"])
Wait = Annotated[float, Query(ge=0, description="Seconds to wait for the analysis to end (at most the server's "
                                                "max_wait_s); 0 answers at once with the job to poll.")]


async def _detail(state: AppState, story_id: str) -> StoryDetail:
    got = await state.read(story_detail, state.store, state.jobs, story_id, state.settings.job_wait_s)
    if got is None:
        raise HTTPException(404, "no such story")
    return got


@router.get("", response_model=list[StorySummary])
async def api_stories(state: State, limit: int = Query(50, ge=1, le=500),
                      offset: int = Query(0, ge=0)) -> list[StorySummary]:
    """Stored stories, most recently changed first."""
    return [StorySummary(**r) for r in await state.read(state.store.list_stories, limit, offset, confident_at())]


@router.post("", response_model=StoryCreated, status_code=201, dependencies=WRITE)
async def api_create_story(body: StoryCreate, state: State) -> StoryCreated:
    """Make an empty story (a workspace) to add sources to."""
    story_id = await actions.create_story(state, body.title)
    return StoryCreated(id=story_id, title=body.title.strip() or None, href=story_href(story_id))


@router.get("/{story_id}", response_model=StoryDetail, responses=NOT_FOUND)
async def api_story(story_id: str, state: State) -> StoryDetail:
    """One story: its sources (with their analysis state), the analyses still running, the comparison with
    every flag (each with a stable ``id`` and its ``review``), and every document."""
    return await _detail(state, story_id)


@router.delete("/{story_id}", response_model=Deleted, dependencies=WRITE, responses=NOT_FOUND)
async def api_delete_story(story_id: str, state: State) -> Deleted:
    """Delete a story with its comparison and reviews. Its documents stay in the store."""
    try:
        await actions.delete_story(state, story_id)
    except actions.NotFound as exc:
        raise HTTPException(404, str(exc)) from None
    return Deleted(deleted=story_id)


@router.post("/{story_id}/documents", response_model=SourceAdded, status_code=202, dependencies=WRITE,
             responses={201: {"description": "stored and analyzed within `wait` seconds"},
                        404: {"description": "no such story"}, 422: {"description": "the input could not be read"},
                        **BUSY})
async def api_add_source(story_id: str, body: SourceIn, state: State, wait: Wait = 0) -> JSONResponse:
    """Add a source: ``text`` (with an optional ``url`` saying where it is from), or a ``url`` alone to fetch.
    ``outlet``, ``published`` and ``title`` override what is read from it. The source is stored at once and
    its ``document_id`` returned (202) with the job that analyzes it and compares the story again; with
    ``wait`` the answer comes when the job ends (201), or after ``wait`` seconds (202) at most."""
    text = body.text if body.text and body.text.strip() else None
    if text is None and not body.url:
        raise HTTPException(422, "give the source's text, or a url to fetch")
    if text is not None:
        sub = intake.Submission(texts=[(body.outlet or "pasted", text)])
        meta_url = body.url if body.url and is_url(body.url) else None
    else:
        sub = intake.Submission(urls=[body.url or ""])
        meta_url = None
    meta = {"outlet": body.outlet, "published": body.published, "title": body.title, "url": meta_url}
    try:
        ids, errors, job = await actions.add_sources(state, story_id, sub, meta)
    except actions.NotFound as exc:
        raise HTTPException(404, str(exc)) from None
    if job is None:
        raise HTTPException(422, {"errors": [e.model_dump() for e in errors]})
    await wait_for(state, job, wait)
    out = SourceAdded(document_id=ids[0], document_ids=ids, job=job_out(state, job), errors=errors)
    return JSONResponse(out.model_dump(mode="json"), status_code=202 if job.active else 201)


@router.delete("/{story_id}/documents/{document_id}", response_model=Deleted, dependencies=WRITE,
               responses={**NOT_FOUND, **BUSY})
async def api_remove_source(story_id: str, document_id: str, state: State, wait: Wait = 0) -> Deleted:
    """Take a source out of the story (it stays in the store) and compare the story again."""
    try:
        job = await actions.remove_source(state, story_id, document_id)
    except actions.NotFound as exc:
        raise HTTPException(404, str(exc)) from None
    return Deleted(deleted=document_id, job=job_out(state, await wait_for(state, job, wait)))


@router.post("/{story_id}/compare", response_model=JobOut, status_code=202, dependencies=WRITE,
             responses={**NOT_FOUND, **BUSY})
async def api_compare(story_id: str, state: State, wait: Wait = 0) -> JobOut:
    """Compare the story's analyzed sources again (after an interrupted or refused comparison)."""
    if not await state.read(state.store.has_story, story_id):
        raise HTTPException(404, "no such story")
    state.admit()
    return job_out(state, await wait_for(state, actions.compare_job(state, story_id), wait))


@router.post("/{story_id}/flags/{flag_id}/review", response_model=ReviewOut, dependencies=WRITE,
             responses=NOT_FOUND)
async def api_review(story_id: str, flag_id: str, body: ReviewIn, state: State) -> ReviewOut:
    """Confirm or reject one flag (``verdict``: ``confirmed`` | ``rejected``; ``null`` clears it), with a note.
    The verdict is stored with a fingerprint of the flag's evidence: a new comparison that finds the same flag
    on the same words keeps it."""
    try:
        got = await actions.review(state, story_id, flag_id, body.verdict, body.note)
    except actions.NotFound as exc:
        raise HTTPException(404, str(exc)) from None
    return ReviewOut(flag_id=flag_id, verdict=got.verdict if got else None, note=got.note if got else "",
                     at=got.at if got else None)


EXPORTS = {"md": ("text/markdown; charset=utf-8", "md"), "csv": ("text/csv; charset=utf-8", "csv"),
           "claimreview": ("application/ld+json", "jsonld")}


@router.get("/{story_id}/export", response_class=Response, responses={
    **NOT_FOUND, 200: {"description": "The citations as a file.",
                       "content": {"text/markdown": {"schema": {"type": "string"}},
                                   "text/csv": {"schema": {"type": "string"}},
                                   "application/ld+json": {"schema": {"type": "object"}}}}})
async def api_export(story_id: str, state: State,
                     format: Annotated[Literal["md", "csv", "claimreview"], Query(
                         description="md or csv: citations with quotes, sources and offsets; claimreview: "
                                     "schema.org JSON-LD (a ClaimReview only for confirmed flags).")] = "md",
                     include: Annotated[Literal["confirmed", "reviewed", "all"], Query(
                         description="md and csv: only confirmed flags (the default), every reviewed flag, or "
                                     "all. ClaimReview always rates only confirmed flags.")] = "confirmed",
                     unreviewed: Annotated[bool, Query(
                         description="claimreview: also list unreviewed flags at or above the confidence "
                                     "threshold as unrated, machine-generated Claims.")] = False) -> Response:
    """The story's flags as citations: Markdown, CSV or ClaimReview JSON-LD (see the README for the rule)."""
    detail = await _detail(state, story_id)
    analysis = detail_analysis(detail)
    title = detail.title
    if format == "md":
        body = citations.markdown(analysis, title, include)
    elif format == "csv":
        body = citations.csv_text(analysis, include)
    else:
        body = citations.claimreview_json(analysis, unreviewed=unreviewed)
    media, ext = EXPORTS[format]
    name = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in (title or story_id))[:60] or "story"
    return Response(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}.{ext}"'})
