"""What a person can do to a story, once for both the REST API and the HTML forms: each action checks,
changes the store (in a thread) and queues the analysis or comparison it needs as a job."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsprism.model import Document, InputFailure, Review
from newsprism.web import intake, workspace
from newsprism.web.jobs import Job

__all__ = ["Job", "NotFound", "add_sources", "compare_job", "read_inputs", "store_and_analyze"]
from newsprism.web.state import AppState, Busy, story_href


class NotFound(Exception):  # noqa: N818 - answered 404
    def __init__(self, what: str) -> None:
        super().__init__(f"no such {what}")
        self.what = what


def start_job(state: AppState, what: str, story_id: str | None, fn: Callable[..., Any], *args: Any) -> Job:
    """Queue ``fn(settings, store, jobs, job, *args)`` on the analysis pool; raises Busy when it is full."""
    job = state.jobs.new(what, story_id=story_id)
    if story_id:
        job.href = story_href(story_id)
    try:
        state.submit(fn, state.settings, state.store, state.jobs, job, *args)
    except Busy:
        state.jobs.update(job, status="failed", stage="refused", error="the server was busy")
        raise
    return job


def compare_job(state: AppState, story_id: str) -> Job:
    return start_job(state, "Comparing the story again", story_id, workspace.recompare, story_id)


async def create_story(state: AppState, title: str) -> str:
    return await state.read(state.store.create_story, title)


async def read_inputs(state: AppState, sub: intake.Submission) -> tuple[list[Document], list[InputFailure]]:
    """Read (not analyze) a submission's texts, files and URLs in a thread."""
    return await state.read(intake.ingest, sub, state.settings)


async def store_and_analyze(state: AppState, story_id: str, docs: list[Document],
                            meta: dict[str, str | None]) -> tuple[list[str], Job]:
    """Store read documents as pending sources of the story and queue one job that analyzes them and compares
    the story again. Returns (stored ids, the job)."""
    if not await state.read(state.store.has_story, story_id):
        raise NotFound("story")
    state.admit()
    ids = await state.read(workspace.store_sources, state.store, story_id, docs, meta)
    n = len(ids)
    job = start_job(state, f"Analyzing {n} new source{'s' if n != 1 else ''}", story_id,
                    workspace.analyze_sources, story_id, ids)
    state.jobs.update(job, document_ids=ids)
    return ids, job


async def add_sources(state: AppState, story_id: str, sub: intake.Submission,
                      meta: dict[str, str | None]) -> tuple[list[str], list[InputFailure], Job | None]:
    """Read the inputs, store what was read as pending sources of the story, queue their analysis. Returns
    (stored ids, inputs that could not be read, the job). Nothing is stored when nothing could be read."""
    if not await state.read(state.store.has_story, story_id):
        raise NotFound("story")
    state.admit()
    docs, errors = await read_inputs(state, sub)
    if not docs:
        return [], errors, None
    ids, job = await store_and_analyze(state, story_id, docs, meta)
    state.jobs.update(job, errors=[e.model_dump() for e in errors])
    return ids, errors, job


async def remove_source(state: AppState, story_id: str, doc_id: str) -> Job:
    state.admit()
    if not await state.read(state.store.remove_from_story, story_id, doc_id):
        raise NotFound("source in this story")
    return compare_job(state, story_id)


async def update_source(state: AppState, doc_id: str, fields: dict[str, str | None]) -> tuple[Document, list[Job]]:
    """Correct what a source says about itself (blank clears a field); every story it is in is compared
    again (statements name sources by outlet)."""
    state.admit()
    doc = await state.read(lambda: state.store.update_document(doc_id, **fields))
    if doc is None:
        raise NotFound("document")
    stories = await state.read(state.store.stories_of, doc_id)
    return doc, [compare_job(state, s) for s in stories]


async def delete_document(state: AppState, doc_id: str) -> list[Job]:
    if await state.read(state.store.get_document, doc_id) is None:
        raise NotFound("document")
    stories = await state.read(state.store.delete_document, doc_id)
    jobs = []
    for s in stories:
        try:
            jobs.append(compare_job(state, s))
        except Busy:  # the document is gone either way; the story stays marked stale until compared
            pass
    return jobs


async def delete_story(state: AppState, story_id: str) -> None:
    if not await state.read(state.store.delete_story, story_id):
        raise NotFound("story")


async def review(state: AppState, story_id: str, flag_id: str, verdict: str | None, note: str) -> Review | None:
    """Give or clear a person's verdict on one flag of a story (the flag as the story holds it now)."""
    loaded = await state.read(state.store.load_story, story_id)
    if loaded is None:
        raise NotFound("story")
    flag = next((d for d in loaded[0].discrepancies if d.id == flag_id), None)
    if flag is None:
        raise NotFound("flag in this story (a new comparison may have changed it)")
    return await state.read(state.store.review_flag, story_id, flag, verdict, note)


async def retry_source(state: AppState, story_id: str, doc_id: str) -> Job:
    """Analyze a source again whose analysis failed or was cut off (a restart forgets running jobs)."""
    if doc_id not in await state.read(state.store.story_document_ids, story_id):
        raise NotFound("source in this story")
    state.admit()
    await state.read(state.store.set_document_state, doc_id, "pending", None)
    job = start_job(state, "Analyzing the source again", story_id, workspace.analyze_sources, story_id, [doc_id])
    state.jobs.update(job, document_ids=[doc_id])
    return job
