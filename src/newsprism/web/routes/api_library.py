"""REST API: one-shot analysis, stored documents, search and jobs."""

from __future__ import annotations

import asyncio
import time
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query

from newsprism.model import Document
from newsprism.web import actions, intake
from newsprism.web.jobs import Job
from newsprism.web.schemas import (
    AnalyzeRequest,
    AnalyzeResponse,
    Deleted,
    DocumentPatch,
    DocumentSummary,
    JobOut,
    SearchHit,
)
from newsprism.web.security import api_write
from newsprism.web.state import AppState, get_state

router = APIRouter(prefix="/api", tags=["api"])
State = Annotated[AppState, Depends(get_state)]
WRITE = [Depends(api_write)]
Responses = dict[int | str, dict[str, Any]]
NOT_FOUND: Responses = {404: {"description": "not found"}}
BUSY: Responses = {503: {"description": "busy (every analysis slot is taken; see Retry-After), or the analysis models are "
                             "missing or broken"}}


def job_out(state: AppState, job: Job) -> JobOut:
    return JobOut(**job.public(state.settings.job_wait_s))


async def wait_for(state: AppState, job: Job, seconds: float) -> Job:
    """Wait until the job ends, for at most ``seconds`` (bounded by ``Settings.max_wait_s``)."""
    deadline = time.monotonic() + min(max(seconds, 0.0), state.settings.max_wait_s)
    while job.active and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    return job


@router.post("/analyze", response_model=AnalyzeResponse, dependencies=WRITE,
             responses={401: {"description": "missing or wrong token"}, 413: {"description": "body too large"},
                        422: {"description": "no input could be analyzed"}, **BUSY})
async def api_analyze(body: AnalyzeRequest, state: State) -> AnalyzeResponse:
    """Analyze pasted texts and/or URLs, store the result and return it, in one request. Needs the token when
    the server was started with ``--token``. When ``max_pending`` analyses are already running or queued the
    answer is 503 with ``Retry-After`` (seconds) and ``{"error": "busy"}``, at once. To build a story source by
    source, with progress, use ``POST /api/stories`` and ``POST /api/stories/{id}/documents``."""
    sub = intake.Submission(texts=[(t.source, t.text) for t in body.texts], urls=list(body.urls))
    if not len(sub):
        raise HTTPException(422, "give at least one text or URL")
    out = await state.analyze(intake.run, sub, state.settings, state.store)
    if not out.analysis.documents:
        raise HTTPException(422, {"errors": [e.model_dump() for e in out.analysis.errors]})
    return AnalyzeResponse(**out.to_dict())


@router.get("/jobs/{job_id}", response_model=JobOut, responses=NOT_FOUND)
async def api_job(job_id: str, state: State,
                  wait: Annotated[float, Query(ge=0, description="Seconds to wait for the job to end "
                                                                 "(at most the server's max_wait_s).")] = 0) -> JobOut:
    """A job's progress: status, stage in words, step of steps, and where its result is shown."""
    job = state.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, "no such job (jobs are kept in memory; a restarted server forgets them)")
    return job_out(state, await wait_for(state, job, wait))


@router.get("/documents", response_model=list[DocumentSummary])
async def api_documents(state: State, limit: int = Query(50, ge=1, le=500),
                        offset: int = Query(0, ge=0)) -> list[DocumentSummary]:
    """Stored documents, newest first (summary rows)."""
    rows = await state.read(state.store.list_documents, limit, offset)
    return [DocumentSummary(**r) for r in rows]


@router.get("/documents/{doc_id}", response_model=Document, responses=NOT_FOUND)
async def api_document(doc_id: str, state: State) -> Document:
    """One stored Document with every analysis layer."""
    doc = await state.read(state.store.load_document, doc_id)
    if doc is None:
        raise HTTPException(404, "no such document")
    return doc


@router.patch("/documents/{doc_id}", response_model=Document, dependencies=WRITE, responses={**NOT_FOUND, **BUSY})
async def api_patch_document(doc_id: str, body: DocumentPatch, state: State) -> Document:
    """Correct a source's outlet, published date, title or URL (only the fields given; an empty string
    clears one). Every story it is in is compared again."""
    fields = {k: (v or None) for k, v in body.model_dump(exclude_unset=True).items()}
    try:
        doc, _ = await actions.update_source(state, doc_id, fields)
    except actions.NotFound as exc:
        raise HTTPException(404, str(exc)) from None
    return doc


@router.delete("/documents/{doc_id}", response_model=Deleted, dependencies=WRITE, responses=NOT_FOUND)
async def api_delete_document(doc_id: str, state: State) -> Deleted:
    """Delete a document and every layer of it from the store; its stories are compared again."""
    try:
        jobs = await actions.delete_document(state, doc_id)
    except actions.NotFound as exc:
        raise HTTPException(404, str(exc)) from None
    return Deleted(deleted=doc_id, job=job_out(state, jobs[0]) if jobs else None)


@router.get("/search", response_model=list[SearchHit])
async def api_search(state: State, q: str = Query(..., min_length=1, max_length=500),
                     limit: int = Query(20, ge=1, le=200)) -> list[SearchHit]:
    """Full-text search (SQLite FTS5) over titles and article bodies; every word must occur."""
    return [SearchHit(**r) for r in await state.read(state.store.search, q, limit)]
