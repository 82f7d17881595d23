"""Every place that shows events first reads the one events' bar (``newsprism.events.shown``): the HTML report (and
the web app, which renders the same templates), the Markdown and the story timeline (the audit's "shown" measure:
tests/docs/test_audit_events_shown.py).
An event just under the bar sits behind "show more"; one just over it is shown first; the JSON keeps both."""

from __future__ import annotations

import json

from docparts import event_on

from newsprism.events.shown import shown_at
from newsprism.report import render_report
from newsprism.report.context import TimelineItem
from newsprism.report.demo import demo_analysis
from newsprism.report.details import ranked_events
from newsprism.report.summary import render_markdown

UNDER, OVER = shown_at() - 0.001, shown_at() + 0.001


def _wire_at_the_bar():
    analysis = demo_analysis()
    wire = analysis.documents[0]
    phrase = wire.events[0].evidence.text
    wire.events = [event_on(wire, phrase, "dissolve", "Quill Harbour board", UNDER),
                   event_on(wire, phrase, "approve", "Pellan ferry trust", OVER)]
    return analysis


def test_report_events_bar_splits_an_event_just_under_from_one_just_over():
    analysis = _wire_at_the_bar()
    shown, less = ranked_events(analysis.documents[0])
    assert [e.actor for e in shown] == ["Pellan ferry trust"] and [e.actor for e in less] == ["Quill Harbour board"]
    section = render_report(analysis).split('<section id="details">', 1)[1].split("</section>", 1)[0]
    first, _, more = section.partition('<details class="more more-events">')
    assert "Pellan ferry trust" in first and "Quill Harbour board" not in first
    assert f"Show 1 less certain event(s) (confidence below {shown_at():.2g})" in more


def test_report_events_bar_in_the_markdown():
    md = render_markdown(_wire_at_the_bar()).split("## ", 2)[1]
    first, _, more = md.partition(f"<details><summary>Show 1 less certain event(s) (confidence below "
                                  f"{shown_at():.2g})</summary>")
    assert "Pellan ferry trust" in first and "Quill Harbour board" not in first
    assert "Quill Harbour board" in more


def test_report_events_bar_in_the_timeline_and_the_json_keeps_both():
    assert TimelineItem(date="", label="", type="", status="", confidence=OVER).confident
    assert not TimelineItem(date="", label="", type="", status="", confidence=UNDER).confident
    data = json.loads(_wire_at_the_bar().model_dump_json())
    assert sorted(e["confidence"] for e in data["documents"][0]["events"]) == [UNDER, OVER]

