"""Comment threads as people paste them: interface lines dropped, exact authors, times and reply structure."""

from __future__ import annotations

import pytest
import thread_layouts_fresh
import thread_layouts_fresh2
import thread_layouts_fresh3
from thread_layouts import LAYOUTS as FIRST
from thread_layouts import NEWS_SITE, NEWS_SITE_AUTHORS, SOCIAL

from newsprism.ingest.threads import name_shape, normalize_time, parse_thread

LAYOUTS = {**FIRST, **thread_layouts_fresh.LAYOUTS, **thread_layouts_fresh2.LAYOUTS, **thread_layouts_fresh3.LAYOUTS}
INTERFACE = {"Reply", "Like", "Report", "Share", "Save", "Load more replies", "Show more comments", "Top fan",
             "Most relevant", "Sort by: Newest", "Join the conversation", "View 4 more replies", "Avatar", "reply",
             "• Reply • Share ›", "Show 2 more replies", "Recommend 12", "12 reactions", "3 replies", "#2",
             "Click to expand...", "Reply | Report", "32 likes", "Member"}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_threads_exact_authors(name):
    text, authors, _, _ = LAYOUTS[name]
    parsed = parse_thread(text, 0, len(text))
    assert [c.author for c in parsed.comments] == authors
    for c in parsed.comments:
        assert text[c.author_start : c.author_end] == c.author
        body = text[c.start : c.end]
        assert body.strip() == body and body
        # No interface line and no author line is left inside a comment's text.
        lines = {ln.strip() for ln in body.split("\n")}
        assert not lines & INTERFACE, lines & INTERFACE
        assert not any(ln.startswith(("Reply ·", "Like ·")) for ln in lines)


@pytest.mark.parametrize("name", sorted(k for k, v in LAYOUTS.items() if v[2] is not None))
def test_threads_reply_structure(name):
    text, _, parents, _ = LAYOUTS[name]
    parsed = parse_thread(text, 0, len(text))
    assert [c.parent for c in parsed.comments] == parents
    for c in parsed.comments:
        assert (c.depth == 0) == (c.parent is None)
        if c.parent is not None:
            assert c.depth == parsed.comments[c.parent].depth + 1


@pytest.mark.parametrize("name", sorted(k for k, v in LAYOUTS.items() if v[3] is not None))
def test_threads_times(name):
    text, _, _, times = LAYOUTS[name]
    assert [c.posted for c in parse_thread(text, 0, len(text)).comments] == times


def test_threads_texts_of_a_news_site_paste():
    parsed = parse_thread(NEWS_SITE, 0, len(NEWS_SITE))
    texts = [NEWS_SITE[c.start : c.end] for c in parsed.comments]
    assert texts[1] == "Steep? It doubles the price for commuters. Nobody asked us."
    assert texts[4] == "Great decision, long overdue."
    assert parsed.dropped_lines >= 12


def test_threads_vote_counts_and_handles_are_dropped():
    parsed = parse_thread(SOCIAL, 0, len(SOCIAL))
    assert [SOCIAL[c.start : c.end] for c in parsed.comments][0].endswith("Meanwhile the mills close")
    assert [c.handle for c in parsed.comments] == ["lenamarsh", "tobi_r", "qadair"]


def test_threads_in_an_article_keep_offsets(make_doc):
    article = ("Ferry Fares Rise in Port Vell\nPort Vell, Maravia – The harbour board raised ferry fares by "
               "a fifth on March 3, 2026.\nThe board said the money would pay for a new pier.\n")
    doc = make_doc(article + "5 Comments\n" + NEWS_SITE)
    assert [c.author for c in doc.comments] == NEWS_SITE_AUTHORS
    assert not any("declares" in n.message for n in doc.notes)
    for c in doc.comments:
        assert doc.text[c.start : c.end] == c.text
        assert doc.text[c.author_start : c.author_end] == c.author
        assert c.start >= doc.body.end
    assert doc.comments[4].posted == "Yesterday at 9:14 PM"
    assert [(c.parent, c.depth) for c in doc.comments] == [(None, 0), (0, 1), (1, 2), (None, 0), (None, 0)]


def test_threads_header_variants(make_doc):
    for header in ("Comments (2)", "2 comments", "Comments: 2", "2 thoughts on “Ferry fares”"):
        doc = make_doc(f"Ferry Fares Rise\nThe board raised fares on Monday in the port.\n{header}\n"
                       "ann_k\n3h\nToo expensive.\nReply\nbo.lind\n2h\nFair price for a new pier.\nReply\n")
        assert [c.author for c in doc.comments] == ["ann_k", "bo.lind"], header


def test_threads_plain_alternation_with_declared_count(make_doc):
    # No cues at all: author and comment lines alternate when the declared count says so, even when a
    # comment is as short as a name.
    doc = make_doc("Title of the story\nA body paragraph that is long enough.\n2 Comments\nann\nAgreed\n"
                   "Bob Hale\nNot at all\n")
    assert [(c.author, c.text) for c in doc.comments] == [("ann", "Agreed"), ("Bob Hale", "Not at all")]


def test_name_shape():
    assert name_shape("Marta Quill") > 0 and name_shape("tern_watcher") > 0 and name_shape("Ana de la Vega") > 0
    assert name_shape("so true") < 0 and name_shape("I agree.") < -10
    assert name_shape("This is a very long line that cannot be anybody's name at all") < -10


def test_normalize_time():
    assert normalize_time("March 3, 2026 at 2:14 pm") == "2026-03-03T14:14"
    assert normalize_time("2026-03-03") == "2026-03-03"
    assert normalize_time("2 hours ago") == "2 hours ago"
    assert normalize_time(None) is None
