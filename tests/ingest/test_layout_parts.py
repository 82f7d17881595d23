"""Plain-text layout: title, meta lines, dateline, headings, paragraphs and the trailing comment section."""

from __future__ import annotations

from newsprism.ingest.layout import compose_text

ARTICLE = """Harbour Council Approves Tidal Barrier Plan
Published
- 4 min read
Port Vell, Maravia – The harbour council of Port Vell approved a tidal barrier plan on March 3, 2026, after a six-hour session.
Councillor Ada Renn said the vote was "long overdue" and promised work would start in May.
Costs and Critics
Opponents said the plan would cost more than 40 million crowns and warned of delays.
3 Comments
tidewatcher
About time. The floods last winter were awful.
Bea Lorn
Forty million crowns for a wall? Absurd.
marco_p
Glad to see the council finally act.
"""


def test_layout_title_dateline_date_and_meta(make_doc):
    doc = make_doc(ARTICLE)
    assert doc.title == "Harbour Council Approves Tidal Barrier Plan"
    assert doc.place == "Port Vell, Maravia"
    assert doc.text[doc.dateline.start : doc.dateline.end] == "Port Vell, Maravia"
    assert doc.published == "2026-03-03"
    kinds = [p.kind for p in doc.paragraphs]
    assert kinds == ["title", "meta", "meta", "body", "body", "heading", "body"]


def test_layout_comments_are_separate_records(make_doc):
    doc = make_doc(ARTICLE)
    assert [c.author for c in doc.comments] == ["tidewatcher", "Bea Lorn", "marco_p"]
    assert doc.comments[1].text == "Forty million crowns for a wall? Absurd."
    for c in doc.comments:
        assert doc.text[c.start : c.end] == c.text
        assert doc.text[c.author_start : c.author_end] == c.author
        # No comment text leaks into the body, and no body text into comments.
        assert c.text not in doc.body.text
        assert c.start >= doc.body.end
    assert "3 Comments" not in doc.body.text
    assert doc.body.text.rstrip().endswith("warned of delays.")
    assert all(p.end <= doc.body.end for p in doc.paragraphs)


def test_layout_offsets_are_valid_for_every_span(make_doc):
    doc = make_doc(ARTICLE)
    assert doc.text[doc.body.start : doc.body.end] == doc.body.text
    for p in doc.paragraphs:
        assert doc.text[p.start : p.end].strip() == doc.text[p.start : p.end]


def test_layout_multiline_comments_without_matching_count(make_doc):
    text = "A Title Here\nSome body paragraph that is long enough to count.\n2 Comments\nann\nfirst line.\n" \
           "second line of the same comment.\nbob\nshort reply."
    doc = make_doc(text)
    assert [c.author for c in doc.comments] == ["ann", "bob"]
    assert doc.comments[0].text == "first line.\nsecond line of the same comment."


def test_layout_no_comment_section(make_doc):
    doc = make_doc("Title\nOnly a body paragraph with several words in it.\n")
    assert doc.comments == [] and doc.comments_section is None


def test_compose_text_roundtrips_through_parser(make_doc):
    text = compose_text("T  itle", ["Para one is here.", "Para two."], [{"author": "a b", "text": "hi  there"}])
    doc = make_doc(text)
    assert doc.title == "T itle"
    assert [(c.author, c.text) for c in doc.comments] == [("a b", "hi there")]


def test_layout_one_prose_paragraph_without_title_is_the_body(make_doc):
    text = ("Harbour pilots in Port Vell stopped work on Monday. The port authority said about 40 ships were "
            "waiting offshore.\n")
    d = make_doc(text)
    assert [p.kind for p in d.paragraphs] == ["body"]
    assert d.text == text and d.body.text == text.rstrip("\n")
    assert d.title is None  # no headline was given, and none is made up (issue 13)


def test_layout_one_headline_line_is_still_no_article(make_doc):
    import pytest

    from newsprism.errors import IngestError

    with pytest.raises(IngestError, match="only a title line"):
        make_doc("Harbour Pilots Stop Work in Port Vell\n")


def test_layout_a_thoughts_on_headline_above_the_article_is_no_comment_section(make_doc):
    # WordPress heads a comment section "5 thoughts on <title>", but a section follows an article: the same
    # words before any sentence are the article's headline, and the article must not be lost.
    text = ("3/4/21 at 9:10 AM\n\n7 Thoughts on Why the Harbour Board Chose Mira Olsen as Chair\n\n"
            "The Port Vell harbour board named Mira Olsen its chair on Tuesday. She is the first pilot to lead "
            "it.\n\nOlsen said the dredging plan would come first.\n")
    doc = make_doc(text)
    assert doc.comments == [] and doc.comments_section is None
    assert "named Mira Olsen its chair" in doc.body.text


def test_layout_a_thoughts_on_line_after_the_article_heads_its_comments(make_doc):
    text = ("Harbour Board Names a Chair\nThe Port Vell harbour board named Mira Olsen its chair on Tuesday.\n"
            "2 thoughts on Harbour Board Names a Chair\nann\nAbout time.\nbob\nWho pays for the dredging?\n")
    doc = make_doc(text)
    assert [c.author for c in doc.comments] == ["ann", "bob"]
