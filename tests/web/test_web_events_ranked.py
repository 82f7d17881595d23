"""The web app's document page lists events most confident first, the less likely right than wrong behind the
flags' "show more" control."""

from __future__ import annotations

from newsprism.model import Analysis, Event, Span
from newsprism.report.demo import OPINION, WIRE


def _event(doc, phrase: str, etype: str, actor: str, confidence: float) -> Event:
    s = doc.text.index(phrase)
    return Event(id="e0", type=etype, actor=actor, trigger=phrase.split()[0], trigger_start=s,
                 trigger_end=s + len(phrase.split()[0]), confidence=confidence,
                 evidence=Span(start=s, end=s + len(phrase), text=phrase))


def test_web_document_page_puts_the_unlikely_event_behind_show_more(make_client):
    def analyzer(docs):
        phrase = "approved a new ferry line"
        for d in docs:
            if phrase not in d.text:
                continue
            d.events = [_event(d, phrase, "dissolve", "Quill Harbour board", 0.3),
                        _event(d, phrase, "approve", "Pellan ferry trust", 0.8)]
        return Analysis(documents=list(docs))

    c = make_client(analyzer=analyzer, comparer=lambda docs: None)
    r = c.post("/api/analyze", json={"texts": [{"text": WIRE, "source": "wire.txt"},
                                               {"text": OPINION, "source": "voice.txt"}]})
    assert r.status_code == 200, r.text
    page = c.get(f"/documents/{r.json()['document_ids'][0]}", headers={"accept": "text/html"}).text
    first, _, more = page.partition('<details class="more more-events">')
    assert "Pellan ferry trust" in first and "Quill Harbour board" not in first
    assert "Quill Harbour board" in more.split("</details>", 1)[0]
