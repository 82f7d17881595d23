"""The story timeline: one entry per happening and date, whatever each source calls the actor; two happenings
of one type, actor and day stay two entries."""

from __future__ import annotations

from newsprism.model import Event, Span
from newsprism.story.build import _timeline

A = "Ferry captain dies\n\nRhea Pask, the ferry captain, died on Monday. She also retired on Monday.\n"
B = "Captain dies at 80\n\nCaptain Pask died on Monday at her home.\n"


def _event(doc, n: int, word: str, actor: str) -> Event:
    at = doc.text.index(word)
    sent = doc.text.rfind("\n", 0, at) + 1
    return Event(id=f"e{n}", type="other", trigger=word, trigger_start=at, trigger_end=at + len(word), actor=actor,
                 date="2026-05-04", evidence=Span(start=sent, end=doc.text.index(".", at) + 1,
                                                  text=doc.text[sent : doc.text.index(".", at) + 1]))


def test_one_entry_per_happening_and_date_with_coreference(make_doc):
    a, b = make_doc(A, "a.txt"), make_doc(B, "b.txt")
    a.events = [_event(a, 1, "died", "Rhea Pask"), _event(a, 2, "retired", "Rhea Pask")]
    b.events = [_event(b, 1, "died", "Captain Pask")]
    ids = {(a.id, "e1"): "H1", (a.id, "e2"): "H2", (b.id, "e1"): "H1"}
    entries = _timeline([a, b], [0, 1], ids)
    assert sorted((t.trigger, len(t.sources)) for t in entries) == [("died", 2), ("retired", 1)]
    # without coreference the fallback merges one type, actor and day (here two happenings of one source)
    without = _timeline([a, b], [0, 1])
    assert sorted((t.trigger, len(t.sources)) for t in without) == [("died", 1), ("died", 2)]


def test_an_entry_takes_the_highest_confidence_of_its_events(make_doc):
    a, b = make_doc(A, "a.txt"), make_doc(B, "b.txt")
    a.events = [_event(a, 1, "died", "Rhea Pask"), _event(a, 2, "retired", "Rhea Pask")]
    b.events = [_event(b, 1, "died", "Captain Pask")]
    a.events[0].confidence, a.events[1].confidence, b.events[0].confidence = 0.3, None, 0.7
    ids = {(a.id, "e1"): "H1", (a.id, "e2"): "H2", (b.id, "e1"): "H1"}
    by_trigger = {t.trigger: t.confidence for t in _timeline([a, b], [0, 1], ids)}
    assert by_trigger == {"died": 0.7, "retired": None}
