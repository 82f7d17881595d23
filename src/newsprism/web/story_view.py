"""One story as the API and its page show it: sources with their states, running jobs, the comparison with
every flag's review, and the documents. Built in a worker thread from the store."""

from __future__ import annotations

from newsprism.model import Analysis
from newsprism.report.labels import source_label
from newsprism.store import Store
from newsprism.store.reviews import apply_reviews
from newsprism.web.jobs import Jobs
from newsprism.web.schemas import JobOut, SourceOut, StoryDetail


def story_detail(store: Store, jobs: Jobs, story_id: str, wait_bound: float) -> StoryDetail | None:
    # The running jobs are read before the store: a job saves its comparison before it is marked done, so a job
    # missing from this list has already saved, and the row read next is not stale on its account. Read the
    # other way round, a comparison that finished in between left a stale page with no job to follow.
    running = [JobOut(**j.public(wait_bound)) for j in jobs.active_for(story_id)]
    row = store.story_row(story_id)
    loaded = store.load_story(story_id)
    if row is None or loaded is None:
        return None
    story, docs = loaded
    apply_reviews(story, store.reviews(story_id))
    sources = []
    for i, d in enumerate(docs):
        state, reason = store.document_state(d.id) or ("analyzed", None)
        sources.append(SourceOut(id=d.id, label=source_label(d, i), title=d.title, outlet=d.outlet,
                                 published=d.published, url=d.url, state=state, state_reason=reason,
                                 language=getattr(d, "language", None)))
    return StoryDetail(id=story_id, title=row["title"], created_at=row["created_at"], updated_at=row["updated_at"],
                       stale=bool(row["stale"]) or any(s.state == "pending" for s in sources), sources=sources,
                       jobs=running, story=story, documents=docs)


def detail_analysis(detail: StoryDetail) -> Analysis:
    """The analyzed sources and their comparison, for the report views and exports (pending and failed
    sources are listed on the page, not compared)."""
    ready = {s.id for s in detail.sources if s.state == "analyzed"}
    return Analysis(documents=[d for d in detail.documents if d.id in ready], story=detail.story)
