"""benchmarks/audit_events.py: its "shown" measure uses the events' bar of the src under test
(``newsprism.events.shown``); an event just under it is behind "show more", one just over it is shown."""

from newsprism.events.shown import shown_at


def test_audit_events_shown_measure_is_the_events_bar_just_under_and_over(audit_events):
    assert audit_events.SHOWN_AT == shown_at()
    under, over = shown_at() - 0.001, shown_at() + 0.001
    docs = [{"id": "a", "events": [
        {"trigger_start": 0, "trigger_end": 3, "trigger": "met", "status": "occurred", "confidence": under},
        {"trigger_start": 9, "trigger_end": 13, "trigger": "sign", "status": "occurred", "confidence": over}]}]
    labels = {("a", 0, 3, "met"): {"label": "correct"}, ("a", 9, 13, "sign"): {"label": "wrong_args"}}
    out = audit_events.score(docs, labels, [])
    assert out["shown_by_default"]["n"] == 1 and out["shown_by_default"]["correct"] == 0
    assert out["shown_by_default"]["behind_show_more"] == 1
    # the bar of rounds 7-19 (0.5), kept for comparison whatever the events' bar is
    half = [label for c, label in ((under, "correct"), (over, "wrong_args")) if c >= 0.5]
    assert out["shown_at_half"]["n"] == len(half) and out["shown_at_half"]["correct"] == half.count("correct")
