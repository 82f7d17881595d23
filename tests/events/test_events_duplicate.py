"""One event per happening (issue 11, rounds 8-9): an event the learned duplicate check calls a repeat of a more
confident event of its document becomes mentions of that event, the one of its highest-scored pair
(``newsprism.events.duplicate``). Invented text (fictional people and places)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
import pytest
from events_floor import analyze_events

from newsprism.events import duplicate
from newsprism.events.duplicate import FEATURE_NAMES, get_duplicate_model
from newsprism.events.group import confidence_config
from newsprism.events.logit import StandardLogit

TEXT = """Dorrow meets Vesk in Portvale

Mayor Lena Dorrow met Governor Omar Vesk in Portvale on Monday to discuss the harbor bridge.

Dorrow's aides had prepared for weeks. The talks in Portvale lasted three hours and were the first since the election, Dorrow's office said.

Vesk later signed a transport decree in the capital.
"""


@contextmanager
def folding(model: StandardLogit | None) -> Iterator[None]:
    """The duplicate check answered by this model."""
    saved = duplicate.get_duplicate_model
    duplicate.get_duplicate_model = lambda: model  # type: ignore[assignment]
    try:
        yield
    finally:
        duplicate.get_duplicate_model = saved  # type: ignore[assignment]


def _only(feature: str) -> StandardLogit:
    """A stand-in model: P(repeat) is high exactly when the feature is 1."""
    n = len(FEATURE_NAMES)
    weight = np.zeros(n, dtype=np.float32)
    weight[FEATURE_NAMES.index(feature)] = 20.0
    return StandardLogit(np.zeros(n, dtype=np.float32), np.ones(n, dtype=np.float32), weight, -10.0)


def _analyze(at: float | None):
    """The article with every floor off (``analyze_events``) but the duplicate fold at ``at``."""
    import events_floor

    cfg = confidence_config()
    real = events_floor.no_confidence_floor

    @contextmanager
    def floors_but_duplicate() -> Iterator[None]:
        with real():
            cfg["min_duplicate"] = at
            yield

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(events_floor, "no_confidence_floor", floors_but_duplicate)
        return analyze_events(TEXT, "portvale")


def test_the_shipped_model_and_threshold_load():
    model = get_duplicate_model()
    assert model is not None and model.weight.shape == (len(FEATURE_NAMES),)
    assert confidence_config()["min_duplicate"] is not None


def test_a_definite_description_of_a_told_act_becomes_its_mention():
    with folding(_only("definite_same_type")):
        doc = _analyze(0.5)
    triggers = [e.trigger for e in doc.events]
    assert "met" in triggers or "meets" in triggers
    assert "talks" not in triggers  # "The talks in Portvale": the meeting already told
    host = next(e for e in doc.events if e.trigger in ("met", "meets"))
    assert "talks" in [m.text for m in host.mentions]
    assert "signed" in triggers  # another happening stays an event


def test_without_a_threshold_nothing_is_folded():
    with folding(_only("definite_same_type")):
        kept = _analyze(None)
    assert "talks" in [e.trigger for e in kept.events]


def test_while_recording_nothing_is_folded_and_every_event_has_a_row():
    duplicate.RECORDER = []
    try:
        with folding(_only("definite_same_type")):
            doc = _analyze(0.5)
        rows = duplicate.RECORDER
    finally:
        duplicate.RECORDER = None
    assert [(r[1], r[3]) for r in rows] == [(e.trigger_start, e.trigger) for e in doc.events]
    # one row per event kept above it: none for the surest, one for the next, ...
    assert [r[4].shape for r in rows] == [(k, len(FEATURE_NAMES)) for k in range(len(rows))]
    assert "talks" in [e.trigger for e in doc.events]


def test_a_stem_is_shared_by_a_verb_and_its_noun_and_not_by_short_words():
    assert duplicate.same_stem("offer", "offering")
    assert duplicate.same_stem("criticize", "criticism")
    assert duplicate.same_stem("meet", "meeting")
    assert not duplicate.same_stem("offer", "offensive")
    assert not duplicate.same_stem("act", "action")  # under MIN_STEM letters: no stem is read


def test_an_event_folds_into_the_kept_event_of_its_highest_row_not_of_its_highest_coreference_pair():
    """A stand-in model that calls a repeat exactly the pairs whose kept event is *not* the one of the event's highest
    coreference pair: "talks" (kept events above it: "signed", then "met", its nearest pair) folds into "signed";
    "met", with "signed" alone above it (its highest pair by default), stays an event."""
    n = len(FEATURE_NAMES)
    weight = np.zeros(n, dtype=np.float32)
    weight[FEATURE_NAMES.index("best_pair")] = -20.0
    with folding(StandardLogit(np.zeros(n, dtype=np.float32), np.ones(n, dtype=np.float32), weight, 10.0)):
        doc = _analyze(0.5)
    by_trigger = {e.trigger: e for e in doc.events}
    assert set(by_trigger) == {"signed", "met"}
    assert "talks" in [m.text for m in by_trigger["signed"].mentions]
