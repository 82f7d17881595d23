"""Stories as workspaces: the work behind adding, correcting and removing sources, as plain functions that
the REST API and the HTML forms share. Everything here runs in a worker thread, never on the event loop.

Adding a source stores the document as soon as it is read (state ``pending``), so its id is known at once and
nothing is lost if the analysis fails or the server stops; a job then analyzes it and compares the story
again. Any change of members (or of a source's outlet, date, title or URL) compares the story again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from newsprism.errors import ModelError, NewsprismError
from newsprism.model import Analysis, Document, InputFailure, Story
from newsprism.pipeline.pipeline import Progress
from newsprism.store import Store
from newsprism.web.intake import MODEL_LOAD_ERRORS, model_reason
from newsprism.web.jobs import Job, Jobs
from newsprism.web.settings import Settings

log = logging.getLogger(__name__)

META = ("outlet", "published", "title", "url")  # what a person may say about a source
# What each pipeline layer is called on the progress page.
LAYER_WORDS = {"sentences": "reading sentences", "entities": "finding people, places and organizations",
               "dates": "resolving dates", "events": "finding events", "claims": "finding claims",
               "technique_model": "running the technique model", "techniques": "marking persuasion techniques",
               "technique_cues": "checking technique cues", "genre": "telling reporting from opinion",
               "frames": "finding frames", "comments": "reading the comments", "thread": "summing up the thread",
               "done": "analysis done"}


@dataclass
class Added:
    """Sources stored (pending) and queued for analysis; inputs that could not be read."""

    story_id: str
    document_ids: list[str] = field(default_factory=list)
    errors: list[InputFailure] = field(default_factory=list)


def apply_meta(doc: Document, meta: dict[str, str | None]) -> Document:
    """What the person said about a source wins over what was read from it (blank fields say nothing)."""
    given = {k: v.strip() for k, v in meta.items() if k in META and isinstance(v, str) and v.strip()}
    return doc.model_copy(update=given) if given else doc


def store_sources(store: Store, story_id: str, docs: list[Document], meta: dict[str, str | None]) -> list[str]:
    """Save read documents as pending members of the story; returns their stored ids."""
    ids = []
    for doc in docs:
        doc_id = store.save_document(apply_meta(doc, meta) if doc is docs[0] else doc, state="pending")
        store.add_to_story(story_id, doc_id)
        ids.append(doc_id)
    return ids


def _analyze(settings: Settings, docs: list[Document], progress: Progress | None = None) -> list[Document]:
    if settings.analyzer is not None:
        return settings.analyzer(docs).documents
    from newsprism.api import analyze_documents

    return analyze_documents(docs, story=False, progress=progress).documents


def _compare(settings: Settings, docs: list[Document]) -> Story:
    if settings.comparer is not None:
        return settings.comparer(docs)
    from newsprism.api import build_story

    return build_story(docs)


def analyze_sources(settings: Settings, store: Store, jobs: Jobs, job: Job, story_id: str,
                    doc_ids: list[str]) -> None:
    """The job of new sources: analyze them (each failure is kept with its reason), then compare the story."""
    try:
        docs = [d for d in (store.load_document(i) for i in doc_ids) if d is not None]
        what = f"analyzing {len(docs)} source{'s' if len(docs) != 1 else ''}"
        jobs.progress(job, what, 0, 3)

        def step(component: str, done: int, total: int) -> None:
            # total components, then saving and comparing: steps = total + 2
            jobs.progress(job, f"{what}: {LAYER_WORDS.get(component, component)}", done, total + 2)

        try:
            done = _analyze(settings, docs, step)
        except ModelError as exc:
            for d in docs:
                store.set_document_state(d.id, "failed", f"analysis is unavailable: {exc.reason}")
            raise
        except MODEL_LOAD_ERRORS as exc:
            reason = model_reason(exc)
            for d in docs:
                store.set_document_state(d.id, "failed", f"analysis is unavailable: {reason}")
            raise ModelError(reason) from exc
        except NewsprismError as exc:
            for d in docs:
                store.set_document_state(d.id, "failed", exc.reason)
            jobs.update(job, errors=[{"input": d.source, "reason": exc.reason} for d in docs])
            done = []
        steps = max(job.steps, 3)
        jobs.progress(job, "saving", steps - 2, steps)
        for d in done:
            store.save_document(d)
        compare_story(settings, store, jobs, job, story_id, step=steps - 1, steps=steps)
    except Exception as exc:
        log.exception("analysis job %s failed", job.id)
        jobs.update(job, status="failed", stage="failed", error=_reason(exc))
        return
    jobs.update(job, status="done", stage="done")


def compare_story(settings: Settings, store: Store, jobs: Jobs, job: Job, story_id: str, *, step: int = 1,
                  steps: int = 1, finish: bool = False) -> None:
    """Compare a story's analyzed sources again and save the result (unless its members changed meanwhile:
    the change queued its own comparison). Fewer than two analyzed sources make an empty comparison."""
    try:
        loaded = store.load_story(story_id)
        if loaded is None:
            raise NewsprismError("the story was deleted", input=story_id)
        _, docs = loaded
        members = store.story_document_ids(story_id)
        ready = [d for d in docs if (store.document_state(d.id) or ("",))[0] == "analyzed"]
        jobs.progress(job, f"comparing {len(ready)} source(s)", step, steps)
        story = _compare(settings, ready) if len(ready) >= 2 else Story(documents=[d.id for d in ready])
        story.id = story_id
        story.documents = [d.id for d in ready]
        store.save_story(story, members=members)
    except Exception as exc:
        if not finish:
            raise
        log.exception("comparison job %s failed", job.id)
        jobs.update(job, status="failed", stage="failed", error=_reason(exc))
        return
    if finish:
        jobs.update(job, status="done", stage="done")


def recompare(settings: Settings, store: Store, jobs: Jobs, job: Job, story_id: str) -> None:
    """The job of a changed story (a source removed or corrected): compare it again."""
    compare_story(settings, store, jobs, job, story_id, finish=True)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, ModelError):
        return f"analysis is unavailable: {exc.reason}"
    if isinstance(exc, NewsprismError):
        return exc.reason
    return f"{type(exc).__name__}: {str(exc)[:200]}"


def analysis_of(store: Store, story_id: str) -> Analysis | None:
    """The stored story as an Analysis (documents in member order) for the views and exports."""
    loaded = store.load_story(story_id)
    if loaded is None:
        return None
    story, docs = loaded
    return Analysis(documents=docs, story=story)

