"""Events as people read them: most confident first, and those under the events' bar (``newsprism.events.shown``)
behind the same "show more" control the flags use, in the HTML report, the Markdown and the web app; the JSON keeps
every event."""

from __future__ import annotations

import json

from docparts import event_on

from newsprism.events.shown import shown_at
from newsprism.report import render_report
from newsprism.report.demo import demo_analysis
from newsprism.report.summary import render_markdown


def _wire_with_events():
    analysis = demo_analysis()
    wire = analysis.documents[0]
    phrase = wire.events[0].evidence.text
    # listed out of order on purpose: the report ranks them
    wire.events = [event_on(wire, phrase, "dissolve", "Quill Harbour board", 0.2),
                   event_on(wire, phrase, "approve", "Pellan ferry trust", 0.9),
                   event_on(wire, phrase, "meet", "Oster Island ferry guild", 0.75)]
    return analysis


def test_report_lists_events_by_confidence_with_the_unlikely_one_behind_show_more():
    html = render_report(_wire_with_events())
    section = html.split('<section id="details">', 1)[1].split("</section>", 1)[0]
    first, _, more = section.partition('<details class="more more-events">')
    assert more, "no 'show more' control for the less certain event"
    assert f"Show 1 less certain event(s) (confidence below {shown_at():.2g})" in more
    assert "Quill Harbour board" in more.split("</details>", 1)[0]
    assert "Quill Harbour board" not in first  # not shown first
    assert first.index("Pellan ferry trust") < first.index("Oster Island ferry guild")


def test_report_says_when_no_event_is_confident_enough():
    analysis = _wire_with_events()
    for e in analysis.documents[0].events:
        e.confidence = 0.1
    section = render_report(analysis).split('<section id="details">', 1)[1].split("</section>", 1)[0]
    assert "No event is confident enough to show first." in section
    assert "Show 3 less certain event(s)" in section


def test_markdown_lists_events_by_confidence_with_the_unlikely_one_behind_show_more():
    md = render_markdown(_wire_with_events())
    wire = md.split("## ", 2)[1]
    first, _, more = wire.partition(f"<details><summary>Show 1 less certain event(s) (confidence below "
                                    f"{shown_at():.2g})</summary>")
    assert more and "[occurred] (0.20)" in more.split("</details>", 1)[0]
    assert "Quill Harbour board" not in first
    assert first.index("Pellan ferry trust [occurred] (0.90)") < first.index("Oster Island ferry guild [occurred] (0.75)")


def test_json_keeps_every_event_with_its_confidence():
    analysis = _wire_with_events()
    data = json.loads(analysis.model_dump_json())
    assert sorted(e["confidence"] for e in data["documents"][0]["events"]) == [0.2, 0.75, 0.9]
