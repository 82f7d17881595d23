"""Outlets, authors and dates come only from what the input states; one-line, one-paragraph and Markdown
articles are read; folders name what they skip."""

from __future__ import annotations

from newsprism.ingest import Skipped, from_text, iter_inputs
from newsprism.nlp.date_resolution import resolve

BRIEF = "The harbour council of Port Vell approved a tidal barrier plan on Thursday after a six-hour session."


def test_one_line_article_is_accepted_as_body_without_a_title():
    doc = from_text(BRIEF, "brief.txt")
    assert doc.title is None
    assert [p.kind for p in doc.paragraphs] == ["body"]
    assert doc.body.text == BRIEF


def test_one_paragraph_brief_hard_wrapped_is_one_paragraph():
    text = ("The harbour council of Port Vell approved a tidal barrier plan on Thursday\n"
            "after a six-hour session, officials said. Councillor Ada Renn said the vote\n"
            "was long overdue.\n")
    doc = from_text(text, "brief.txt")
    assert doc.title is None
    (para,) = doc.paragraphs
    assert para.kind == "body" and doc.text[para.start : para.end].endswith("long overdue.")


def test_titled_one_paragraph_brief_keeps_title_and_body():
    doc = from_text("Barrier approved\n" + BRIEF, "brief.txt")
    assert doc.title == "Barrier approved" and [p.kind for p in doc.paragraphs] == ["title", "body"]


def test_undated_brief_has_no_publication_date_and_relative_words_stay_unresolved():
    doc = from_text("Barrier approved\n" + BRIEF, "brief.txt")
    assert doc.published is None
    assert resolve("on Thursday", None) == (None, "day")
    assert resolve("last week", None)[0] is None
    assert resolve("March 3", None)[0] is None  # no year and no anchor: not this year by default
    assert resolve("March 3, 2026", None)[0] == "2026-03-03"  # a stated date needs no anchor
    assert resolve("on Thursday", "2026-03-06")[0] == "2026-03-05"  # the publication date anchors it


def test_a_date_in_the_lead_without_a_dateline_is_not_the_publication_date():
    doc = from_text("Barrier approved\nThe council voted on March 3, 2026 to build it.\n", "b.txt")
    assert doc.published is None


def test_dated_dateline_agency_and_published_line():
    doc = from_text("Barrier approved\nPORT VELL, March 3, 2026 (Harbour Wire) – The council voted.\n", "b.txt")
    assert doc.published == "2026-03-03" and doc.outlet == "Harbour Wire" and doc.place == "PORT VELL"
    doc = from_text("Barrier approved\nPublished: 4 March 2026\nThe council voted on Thursday.\n", "b.txt")
    assert doc.published == "2026-03-04"


def test_outlet_from_source_line_and_byline_never_from_a_file_name():
    doc = from_text("Barrier approved\nBy Jane Roe | The Harbour Times\nThe council voted.\n", "x.txt")
    assert (doc.author, doc.outlet) == ("Jane Roe", "The Harbour Times")
    doc = from_text("Barrier approved\nBy Jane Roe, Ed Park\nThe council voted.\n", "x.txt")
    assert (doc.author, doc.outlet) == ("Jane Roe, Ed Park", None)  # a comma names people, not an outlet
    doc = from_text("Barrier approved\nBy Jane Roe, Harbour Editor\nThe council voted.\n", "x.txt")
    assert doc.outlet is None
    doc = from_text("Barrier approved\nBy Harbour Wire staff\nThe council voted.\n", "x.txt")
    assert doc.outlet == "Harbour Wire"
    doc = from_text("Barrier approved\nThe council voted.\nSource: Lantern Post\n", "lantern-post.txt")
    assert doc.outlet == "Lantern Post"
    assert from_text("Barrier approved\nThe council voted.\n", "lantern-post.txt").outlet is None


def test_a_source_line_names_the_outlet_before_a_staff_byline():
    # a staff byline may name a desk or office of the outlet; the Source line names the outlet itself
    text = "Barrier approved\nBy Press Desk Staff\nSource: Lantern Post\nThe council voted.\n"
    assert from_text(text, "x.txt").outlet == "Lantern Post"
    text = "Barrier approved\nBy Jane Roe | The Harbour Times\nSource: Lantern Post\nThe council voted.\n"
    assert from_text(text, "x.txt").outlet == "Lantern Post"
    assert from_text("Barrier approved\nBy Press Desk Staff\nThe council voted.\n", "x.txt").outlet == "Press Desk"


def test_copyright_year_is_not_a_publication_date():
    html = ("<html><head><title>Bridge opens</title></head><body><article><h1>Bridge opens</h1>"
            "<p>The new bridge over the Tessa river opened to traffic on Thursday after three years of work, "
            "the city said in a statement.</p><p>Mayor Ada Renn cut the ribbon and said the bridge would cut "
            "commutes by twenty minutes.</p></article><footer><p>© 2025 Valley Courier. All rights reserved."
            "</p></footer></body></html>")
    doc = from_text(html, "page.html")
    assert doc.published is None
    assert "Tessa river" in doc.body.text


def test_markdown_file_is_read_as_text_with_front_matter(tmp_path):
    (tmp_path / "brief.md").write_text(
        "---\ntitle: Bridge Opens\noutlet: Valley Courier\ndate: 2026-05-02\n---\n\n"
        "The new **bridge** over the [Tessa](https://valley.invalid/tessa) river opened on Thursday.\n\n"
        "> Mayor Ada Renn cut the ribbon.\n\n![photo](x.png)\n", encoding="utf-8")
    (doc,) = list(iter_inputs([tmp_path]))
    assert doc.title == "Bridge Opens" and doc.outlet == "Valley Courier" and doc.published == "2026-05-02"
    assert "The new bridge over the Tessa river opened on Thursday." in doc.body.text
    assert "**" not in doc.text and "](" not in doc.text and "Mayor Ada Renn cut the ribbon." in doc.text
    for p in doc.paragraphs:
        assert doc.text[p.start : p.end].strip() == doc.text[p.start : p.end]


def test_markdown_heading_is_the_title(tmp_path):
    (tmp_path / "a.md").write_text("# Ferry strike ends\n\nFerry workers ended a nine-day strike.\n")
    (doc,) = list(iter_inputs([tmp_path / "a.md"]))
    assert doc.title == "Ferry strike ends" and doc.body.text.endswith("nine-day strike.")


def test_folder_reads_md_and_suffixless_files_and_names_what_it_skips(tmp_path):
    (tmp_path / "a.md").write_text("# One\n\nA body paragraph here.\n")
    (tmp_path / "b").write_text("Two\nAnother body paragraph here.\n")
    (tmp_path / "README.md").write_text("# Notes\n\nNot an article.\n")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text("Hidden\nNot read.\n")
    skipped: list[Skipped] = []
    docs = list(iter_inputs([tmp_path], skipped=skipped))
    assert sorted(d.title for d in docs) == ["One", "Two"]
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in skipped}
    assert set(reasons) == {"README.md", "scan.pdf"}
    assert "documentation" in reasons["README.md"] and ".pdf" in reasons["scan.pdf"]


def test_empty_folder_is_named_as_skipped(tmp_path):
    skipped: list[Skipped] = []
    assert list(iter_inputs([tmp_path], skipped=skipped)) == []
    assert [s.reason for s in skipped] == ["the folder holds no files"]


def test_paragraph_per_line_text_is_not_joined_as_if_wrapped():
    para = "the council met again " * 10  # lines far longer than a wrap width, starting in lower case
    doc = from_text(f"A Title\n{para.strip()}\n{para.strip()}\n", "p.txt")
    assert doc.title == "A Title" and [p.kind for p in doc.paragraphs] == ["title", "body", "body"]
