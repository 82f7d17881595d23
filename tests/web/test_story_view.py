"""The story page's view of a story that a job is comparing: it never shows a stale comparison without the job
that will replace it (such a page does not poll, so it would stay stale until reloaded by hand)."""

from __future__ import annotations

from newsprism.model import Story
from newsprism.store import Store
from newsprism.web.jobs import Jobs
from newsprism.web.story_view import story_detail


def test_a_comparison_that_finishes_while_the_page_is_read_is_not_shown_stale_without_its_job(tmp_path, make_doc):
    store = Store(tmp_path / "s.sqlite")
    sid = store.create_story("Ferry vote")
    ids = [store.save_document(make_doc(f"Ferry news\n\nSource {i} says the ferry carried {i} leaders.\n", f"{i}.txt"))
           for i in range(3)]
    for i in ids:
        store.add_to_story(sid, i)
    store.remove_from_story(sid, ids[2])  # stale now; the removal queued a comparison
    jobs = Jobs()
    job = jobs.new("Comparing the story again", story_id=sid)
    jobs.update(job, status="running")

    story_row = store.story_row

    def row_then_the_job_finishes(story_id: str):
        row = story_row(story_id)
        if job.active:  # the comparison saves and ends right after this page read the row
            store.save_story(Story(id=sid, documents=ids[:2]), members=ids[:2])
            jobs.update(job, status="done", stage="done")
        return row

    store.story_row = row_then_the_job_finishes  # type: ignore[method-assign]
    detail = story_detail(store, jobs, sid, wait_bound=0.0)
    assert detail is not None
    assert detail.jobs or not detail.stale, "a stale story shown without the job that compares it"
    assert store.story_row(sid)["stale"] == 0
