"""The fragment check (issue 11, "events a careful reader would accept"): a learned probability that a candidate
event is a fragment (an evaluation, norm, generic or quoted opinion), and at or above ``max_fragment`` it is not
stated. Invented text (fictional outlets, people and places)."""

from __future__ import annotations

import numpy as np
import pytest
from events_floor import token_of

from newsprism.events import fragment
from newsprism.events.fragment import context_features, evaluative_features, get_fragment_model

pytestmark = pytest.mark.slow

TEXT = ("Port Vell Council Meets\n"
        "The Port Vell council approved the harbour budget on Monday.\n"
        "Mayor Oskar Velde signed the ferry contract with Drava Lines on Tuesday.\n"
        "\u201cWe must always fight for our harbour, and we know how to win,\u201d said Ilse Marren of the "
        "Drava Ferry Workers Union.\n"
        "Would any mayor really close a harbour?\n"
        "Drava Lines will open a second ferry route to Kestoria in June.\n")


def test_context_features_read_quotes_questions_and_person():
    quoted = context_features(token_of("\u201cWe will win the vote,\u201d said Ilse Marren.", "win"))
    plain = context_features(token_of("Ilse Marren won the vote on Monday, the union said.", "won"))
    straight = context_features(token_of('She said "they closed it" and left.', "closed"))
    after = context_features(token_of('She said "they closed it" and left.', "left"))
    asked = context_features(token_of("Did the council close the depot?", "close"))
    assert quoted == [1.0, 0.0, 1.0]
    assert plain == [0.0, 0.0, 0.0]
    assert straight[0] == 1.0 and after[0] == 0.0
    assert asked[1] == 1.0


def test_evaluative_features_read_the_wording_not_the_happening():
    attitude = evaluative_features(token_of("Ilse Marren supports the harbour plan.", "supports"))
    deed = evaluative_features(token_of("The storm killed two ferry workers near Kestoria on Monday.", "killed"))
    plain = evaluative_features(token_of("The council met the ferry operator on Monday.", "met"))
    verdict = evaluative_features(token_of("The audit badly damaged the mayor's standing.", "damaged"))
    assert attitude[0] > 0 and deed[0] < 0 and plain[:3] == [0.0, 0.0, 0.0]
    assert attitude[1] == attitude[0] and deed[1] == -deed[0]
    assert verdict[2] > 0  # "badly", in the trigger's clause
    assert all(-1.0 <= v <= 1.0 for row in (attitude, deed, plain, verdict) for v in row)


def _groups():
    from newsprism.events.build import doc_mentions, story_clusters
    from newsprism.events.components import WITHIN_DOC_THRESHOLD
    from newsprism.events.group import group_events
    from newsprism.ingest import parse_text_article
    from newsprism.nlp.components import DatesComponent, EntitiesComponent, SentencesComponent
    from newsprism.pipeline import Pipeline

    d = parse_text_article(TEXT, "council.txt")
    d.published = "2031-05-20"
    docs, states = Pipeline([SentencesComponent(), EntitiesComponent(), DatesComponent()]).pipe_with_state([d])
    found = doc_mentions(docs[0], states[0].spacy)
    labels = story_clusters([found], threshold=WITHIN_DOC_THRESHOLD)[0]
    return docs[0], found.units, group_events(docs[0], found.units, found.mentions, labels)


def test_model_reads_the_row_the_events_layer_builds():
    doc, units, groups = _groups()
    m = get_fragment_model()
    assert m.weight.ndim == 1 and m.mean.shape == m.scale.shape == m.weight.shape
    row = fragment.fragment_row(groups[0], typed=True, actor=None, target=None)
    assert row.shape == m.weight.shape and np.all(np.isfinite(row))
    p = m.proba(np.stack([row, row]))
    assert p.shape == (2,) and np.all((p > 0) & (p < 1))


def test_the_floor_drops_exactly_the_candidates_at_or_above_it():
    from newsprism.events.group import confidence_config, to_events

    doc, units, groups = _groups()
    cfg = confidence_config()
    saved = cfg.get("max_fragment"), cfg.get("min_event_confidence")
    fragment.RECORDER = []
    try:
        cfg["min_event_confidence"] = None
        every = {(e.trigger_start, e.trigger_end) for e in to_events(doc, units, groups)}
        rows = {(s, e): r for _doc, s, e, _t, r in fragment.RECORDER}
        fragment.RECORDER = None
        p = {k: float(get_fragment_model().proba(r)[0]) for k, r in rows.items()}
        floor = sorted(p.values())[len(p) // 2]
        cfg["max_fragment"] = floor
        kept = {(e.trigger_start, e.trigger_end) for e in to_events(doc, units, groups)}
    finally:
        fragment.RECORDER = None
        cfg["max_fragment"], cfg["min_event_confidence"] = saved
    assert set(rows) == every  # while recording nothing is dropped, and every stated candidate is recorded
    at_or_above = {k for k, v in p.items() if v >= floor}
    assert kept == every - at_or_above and at_or_above


def test_deeds_stay_and_a_quoted_norm_goes():
    from newsprism.events.group import to_events

    doc, units, groups = _groups()
    stated = {e.trigger for e in to_events(doc, units, groups)}
    assert {"approved", "signed"} <= stated
    assert "fight" not in stated
