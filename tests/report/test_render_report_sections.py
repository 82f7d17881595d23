"""The self-contained report: every section, evidence links that resolve, escaping, graceful empty layers."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser

from newsprism.model import Analysis, Side, Story, TimelineEntry
from newsprism.report import render_report
from newsprism.report.demo import demo_analysis, payload_document


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside script/style elements."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in = tag if tag in self.raw else None

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in:
            self.raw[self._in].append(data)


def parse(html: str) -> Tags:
    p = Tags()
    p.feed(html)
    return p


def test_report_has_every_section():
    html = render_report(demo_analysis())
    for section in ("overview", "timeline", "matrix", "charts", "texts", "comments"):
        assert f'<section id="{section}">' in html
    assert "Lantern Wire" in html and "The Bay Voice" in html
    assert "2026-05-05" in html  # timeline date
    assert html.count("<svg") == 3  # technique profile, frames, stance


def test_technique_spans_are_highlighted_by_family_and_voice():
    tags = parse(render_report(demo_analysis())).tags
    marks = [a for t, a in tags if t == "mark" and "data-tech" in a]
    slogans = [a for a in marks if a["data-tech"] == "Slogans"]
    assert slogans and "fam-call" in slogans[0]["class"] and "v-author" in slogans[0]["class"]
    assert "Slogans · 0.77 · author's own voice" in slogans[0]["data-tip"]
    quoted = [a for a in marks if "v-attributed" in a["class"]]
    assert len(quoted) == 1 and "attributed" in quoted[0]["data-tip"]
    # Overlapping spans: the inner words carry both techniques.
    assert any(a["data-tech"] == "Appeal_to_Fear-Prejudice Loaded_Language" for a in marks)


def test_matrix_cells_link_to_evidence_that_exists():
    html = render_report(demo_analysis())
    tags = parse(html).tags
    ids = {a["id"] for _, a in tags if a.get("id")}
    conflict_cells = re.findall(r'<td class="cell st-conflict"[^>]*><a class="st-tag" href="#([^"]+)"', html)
    assert len(conflict_cells) == 2
    for anchor in conflict_cells:
        assert anchor in ids
        # the evidence segment right after the anchor holds the side's text
        after = re.sub(r'^(<span class="anchor" id="[^"]+"></span>)*', "", html.split(f'id="{anchor}"></span>', 1)[1])
        assert re.match(r'<mark class="[^"]*ev[^"]*" data-ev="[^"]*' + anchor, after)
    assert 'st-vague' in html and 'st-missing' in html and 'st-agree' in html


def test_comments_show_stance_toxicity_and_duplicates():
    html = render_report(demo_analysis())
    assert html.count('class="stance s-against"') == 3  # two comments and one argument
    assert 'toxicity 0.81' in html and 'class="flag f-toxic"' in html
    assert 'near-duplicate of #2 (Tom Lisk)' in html
    assert 'href="#c-0-1"' in html and 'id="c-0-1"' in html
    assert "What a waste.</li>" not in html  # the label is followed by its stance and size
    assert re.search(r"What a waste\.</q> <span class=\"c-author\">Tom Lisk</span> <span class=\"stance s-against\">against</span> <small>\(2 comments\)", html)
    assert "toxic_share 0.67" in html


def test_report_is_self_contained_and_its_csp_admits_only_its_own_code():
    html = render_report(demo_analysis())
    p = parse(html)
    for tag, attrs in p.tags:
        assert tag not in ("link", "img", "iframe", "object")
        assert not (tag == "script" and attrs.get("src"))
        assert "style" not in attrs  # no inline style attributes: presentation is classes and SVG attributes
    csp = next(a["content"] for t, a in p.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")

    def sha(text: str) -> str:
        return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

    assert f"script-src '{sha(''.join(p.raw['script']))}'" in csp
    assert f"style-src '{sha(''.join(p.raw['style']))}'" in csp
    assert "default-src 'none'" in csp
    assert not re.search(r'(src|href)="(https?:)?//', html)


def test_untrusted_text_is_escaped_everywhere():
    html = render_report(Analysis(documents=[payload_document()]))
    p = parse(html)
    assert [t for t, _ in p.tags].count("script") == 1  # only our own
    assert not any(t in ("img", "iframe", "b") for t, _ in p.tags)
    for _, attrs in p.tags:
        assert not any(k.startswith("on") for k in attrs)
    assert "&lt;script&gt;window.__np_pwned = 1&lt;/script&gt;" in html
    assert "onerror=&#34;window.__np_pwned = 2&#34;" in html
    assert "&lt;script&gt;window.__np_pwned=8&lt;/script&gt;" in html  # a frame label inside the SVG chart


def test_empty_layers_degrade_to_messages(make_doc):
    doc = make_doc("A Plain Title\nOne quiet paragraph with nothing in it.\n")
    html = render_report(Analysis(documents=[doc], story=Story(documents=[doc.id])))
    assert "No cross-source comparison (it needs two or more sources)" in html
    assert "No techniques, frames or comment stances to chart." in html
    assert "No reader comments." in html and "No dated events were found." in html
    assert "One quiet paragraph with nothing in it." in html
    assert "No documents were analyzed." in render_report(Analysis())


def test_timeline_in_the_story_layer_format_links_its_evidence():
    a = demo_analysis()
    wire = a.documents[0]
    phrase = "approved a new ferry line"
    start = wire.text.index(phrase)
    a.story.timeline = [TimelineEntry(date="2026-05-05", type="approve", trigger="approved", actor="council",
                                      target="ferry",
                                      status="occurred", text=phrase,
                                      sources=[Side(document=wire.id, start=start, end=start + len(phrase),
                                                    text=phrase, status="occurred")])]
    html = render_report(a)
    assert "“approved”: council → ferry" in html
    link = re.search(r'<a class="evlink" href="#(tl-[^"]+)">evidence \(Lantern Wire\)</a>', html)
    assert link and f'id="{link.group(1)}"' in html


def test_very_long_texts_are_cut_visibly(make_doc):
    doc = make_doc("Long One\n" + "\n".join(f"Paragraph {i} of many words here." for i in range(400)) + "\n")
    html = render_report(Analysis(documents=[doc]), max_chars=2000)
    assert "Paragraph 10 of many" in html and "Paragraph 300 of many" not in html
    assert 'class="blk b-cut"' in html and "characters of this text are not shown in the report" in html


def _timeline_parts(html: str) -> tuple[str, str]:
    """The timeline section's list shown first and its "show more" part (empty when there is none)."""
    section = html[html.index('<section id="timeline">'):]
    section = section[:section.index("</section>")]
    more = section.index('class="more more-timeline"') if 'class="more more-timeline"' in section else len(section)
    return section[:more], section[more:]


def test_timeline_entries_under_the_confidence_bar_sit_behind_show_more():
    a = demo_analysis()
    wire = a.documents[0]
    phrase = "approved a new ferry line"
    start = wire.text.index(phrase)

    def entry(trigger: str, confidence: float | None) -> TimelineEntry:
        return TimelineEntry(date="2026-05-05", type="approve", trigger=trigger, actor="council", status="occurred",
                             text=phrase, confidence=confidence,
                             sources=[Side(document=wire.id, start=start, end=start + len(phrase), text=phrase,
                                           status="occurred")])

    a.story.timeline = [entry("approved", 0.81), entry("weighed", 0.2), entry("backed", None)]
    shown, more = _timeline_parts(render_report(a))
    assert "“approved”" in shown and "“backed”" in shown and "“weighed”" not in shown
    assert "Show 1 less certain dated event(s)" in more and "“weighed”" in more


def test_timeline_without_a_story_takes_each_events_confidence():
    a = demo_analysis()
    a.story.timeline = []
    dated = [e for d in a.documents for e in d.events if e.date]
    assert dated, "the demo analysis needs dated events"
    for e in dated:
        e.confidence = 0.1
    shown, more = _timeline_parts(render_report(a))
    assert "No dated event is confident enough to show first." in shown
    assert f"Show {len({(e.date, e.type, e.actor, e.target, e.status) for e in dated})} less certain" in more
