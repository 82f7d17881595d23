"""The events' bar (``newsprism.events.shown``): one named value in the events config, a stated cost; an event just
under the bar is not shown first, one at or just over it is."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from newsprism.events.shown import shown_at, shown_by_default, wrong_shown_cost


def test_events_shown_bar_follows_from_the_stated_cost_of_a_wrong_event_shown():
    config = json.loads(resources.files("newsprism.events").joinpath("data/event_confidence.json").read_text("utf-8"))
    assert config["wrong_shown_cost"] == wrong_shown_cost()
    assert "_wrong_shown_cost" in config  # the reason sits beside the value
    cost = wrong_shown_cost()
    assert shown_at() == pytest.approx(cost / (1 + cost))
    # round 20: the cost 2 (bar 2/3) failed its out-of-draw rule, so the bar is the 0.5 of rounds 7-19 (cost 1)
    assert shown_at() == 0.5


@pytest.mark.parametrize(("offset", "shown"), [(-1e-6, False), (-0.01, False), (0.0, True), (1e-6, True),
                                               (0.01, True)])
def test_events_shown_by_default_just_under_and_over_the_bar(offset, shown):
    assert shown_by_default(shown_at() + offset) is shown


def test_events_shown_by_default_an_event_without_a_confidence_is_shown():
    assert shown_by_default(None) and shown_by_default(1.0)


@pytest.mark.parametrize(("cost", "bar"), [(1.0, 0.5), (2.0, 2 / 3), (3.0, 0.75)])
def test_events_shown_bar_from_other_costs(monkeypatch, cost, bar):
    import newsprism.events.shown as shown

    monkeypatch.setattr(shown, "wrong_shown_cost", lambda: cost)
    assert shown.shown_at() == pytest.approx(bar)
    assert not shown.shown_by_default(bar - 1e-6) and shown.shown_by_default(bar + 1e-6)
