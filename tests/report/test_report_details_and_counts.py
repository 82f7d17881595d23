"""Per-source actors, events and claims; every side of a flag linked together with a way back; counts that
agree with what is drawn; sources named by outlet, never by a hash."""

from __future__ import annotations

import re

from newsprism.ingest import parse_text_article
from newsprism.model import Actor, Analysis, Comment
from newsprism.report import build_view, render_report
from newsprism.report.charts import Part, stacked_bars
from newsprism.report.demo import demo_analysis
from newsprism.report.labels import source_label


def test_per_source_actors_events_and_claims_link_to_their_words():
    analysis = demo_analysis()
    analysis.documents[0].actors = [Actor(canonical="Rhea Pask", label="PERSON", roles=["Councillor"], mentions=2)]
    html = render_report(analysis)
    section = html.split('<section id="details">', 1)[1].split("</section>", 1)[0]
    assert "Rhea Pask" in section and "Councillor" in section and "People" in section
    assert "“approved”: Lantern Bay council → ferry line" in section  # the source's word, not the type
    assert "approve:" not in html
    assert "300 passengers a day" in section and "Several hundred passengers a day" in section
    for href in re.findall(r'href="#((?:evt|cl)-[^"]+)"', section):
        assert f'id="{href}"' in html  # every link lands on an anchor in the texts


def test_every_side_of_a_flag_shares_its_row_id_and_links_back():
    html = render_report(demo_analysis())
    row = re.search(r'<tr class="k-conflict" id="(f-[0-9a-f]+)"', html)
    assert row
    flag = row.group(1)
    sides = re.findall(rf'<mark class="[^"]*" data-ev="[^"]*" data-flag="[^"]*\b{flag}\b[^"]*">([^<]+)</mark>', html)
    assert sides == ["voted 9 to 2", "voted 7 to 4"]
    assert html.count(f'<a class="back" href="#{flag}"') == 2


def test_header_counts_exactly_the_red_rows():
    view = build_view(demo_analysis())
    red = [r for r in view.rows if any(c.state == "conflict" for c in r.cells)]
    assert view.counts["disagreements"] == len(red) == 1
    html = render_report(demo_analysis())
    assert "1 in disagreement" in html
    assert html.count('class="cell st-conflict"') == 2  # the one red row has a red cell per source


def test_counts_print_as_whole_numbers():
    svg = stacked_bars([("Lantern Wire", [Part("favor", 11.0, "#000"), Part("against", 3.0, "#111")])],
                       title="Comment stance")
    assert ">14<" in svg and "14.0" not in svg


def test_source_labels_prefer_the_outlet_and_never_show_a_hash():
    doc = parse_text_article("A title\nA body paragraph here.\n", "pasted-1")
    assert doc.id != "" and source_label(doc, 0) == "A title"
    doc.title = None
    assert source_label(doc, 2) == "Source 3"
    doc.url = "https://www.harbour-wire.example/a/1"
    assert source_label(doc, 0) == "harbour-wire.example"
    doc.outlet = "Harbour Wire"
    assert source_label(doc, 0) == "Harbour Wire"
    doc2 = parse_text_article("A title\nA body paragraph here.\n", "stories/01_wire.txt")
    assert source_label(doc2) == "01_wire.txt"


def test_stance_chart_counts_are_integers_in_the_report():
    analysis = demo_analysis()
    wire = analysis.documents[0]
    wire.comments = [Comment(author=f"a{i}", text="x", start=0, end=1, stance="favor") for i in range(11)]
    html = render_report(Analysis(documents=[wire]))
    assert ">11<" in html and "11.0" not in html


def test_a_one_line_megabyte_article_with_many_spans_renders_in_seconds():
    import random
    import time

    from newsprism.model import TechniqueSpan

    rnd = random.Random(0)
    doc = parse_text_article("word " * 200_000, "line.txt")
    for _ in range(5000):
        s = rnd.randrange(doc.body.start, doc.body.end - 40)
        e = s + rnd.randint(3, 40)
        doc.techniques.append(TechniqueSpan(technique="Doubt", start=s, end=e, text=doc.text[s:e], score=0.5))
    t0 = time.perf_counter()
    html = render_report(Analysis(documents=[doc]))
    assert time.perf_counter() - t0 < 20  # was quadratic in the spans of one paragraph
    assert html.count('data-tech="Doubt"') >= 4000


def test_flags_show_statements_confident_first_and_the_rest_behind_show_more():
    html = render_report(demo_analysis())
    main = html.split('id="matrix-main"', 1)[1].split("</table>", 1)[0]
    more = html.split('id="more-flags"', 1)[1].split("</details>", 1)[0]
    assert "<summary>Show 1 less certain flag(s) (confidence below 0.5)</summary>" in more
    assert "may both mean the Lantern Bay council" in more and "may both mean" not in main
    statements = re.findall(r'<th scope="row" class="card-head">([^<]+)', main)
    assert statements[0].startswith("Lantern Wire and The Bay Voice disagree on the council vote")
    assert len(statements) == 4
    kinds = re.findall(r'<td class="kind" data-label="Kind">([^<]+)', main)
    assert kinds == ["Conflict", "Different precision", "Agreement", "One source only"]  # no machine labels
    assert "1 in disagreement</strong> · 1 less certain" in html


def test_events_are_named_by_the_sources_words_not_by_their_type_everywhere_people_read_them():
    """An event type is a dictionary key ('coerce', 'other', 'intend_cooperate'): the report, the Markdown and
    the summary name an event by its trigger as the source wrote it, with who did it to whom."""
    from newsprism.report.summary import render_markdown
    from newsprism.story.markdown import story_markdown

    analysis = demo_analysis()
    for d in analysis.documents:
        for e in d.events:
            e.type = "coerce_xq"  # a type key no text contains
    analysis.story.timeline[0].type = "coerce_xq"
    html = render_report(analysis)
    md = story_markdown(analysis)
    summary = render_markdown(analysis)
    for text in (html, md, summary):
        assert "“approved”" in text
        visible = re.sub(r"<[^>]+>", " ", re.sub(r"<(style|script)\b.*?</\1>", " ", text, flags=re.S))
        assert "coerce_xq" not in visible
    assert "- 2026-05-05: “approved”: Lantern Bay council → ferry line (occurred) [Lantern Wire / The Bay Voice]" in md


def test_a_standing_fact_is_listed_in_plain_words_and_links_to_its_clause():
    from newsprism.model import Span, StandingFact

    analysis = demo_analysis()
    doc = analysis.documents[0]
    clause = doc.text[: min(len(doc.text), 30)]
    doc.standing_facts = [StandingFact(holder="Rhea Pask", kind="employment", organisation="the Lantern Bay council",
                                       named=True, status="former", time="the 1990s",
                                       verb=Span(start=0, end=1, text=doc.text[:1]),
                                       evidence=Span(start=0, end=len(clause), text=clause))]
    html = render_report(analysis)
    section = html.split('<section id="details">', 1)[1].split("</section>", 1)[0]
    assert "Roles and careers" in section
    assert "Rhea Pask · a past role · the 1990s" in section
    assert "employment" not in section and "former" not in section  # no machine labels
    hrefs = re.findall(r'href="#(role-[^"]+)"', section)
    assert hrefs and all(f'id="{h}"' in html for h in hrefs)
