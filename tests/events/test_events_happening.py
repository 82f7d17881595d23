"""The happening filter (issue 11): a learned probability that a trigger is a specific happening, not a state,
attitude or generic statement; a factor of every event's confidence and, under ``min_happening``, a filter.
Invented text (fictional outlets, people and places)."""

from __future__ import annotations

import numpy as np
import pytest
from events_floor import token_of

from newsprism.events.happening import PARTICIPANT_NAMES, get_happening_model, participant_features

pytestmark = pytest.mark.slow


def test_participant_features_read_the_subject_kind():
    named = participant_features(token_of("Mayor Oskar Velde opened the Drava bridge on Monday.", "opened"))
    bare = participant_features(token_of("Ferry workers usually prefer shorter shifts.", "prefer"))
    on = dict(zip(PARTICIPANT_NAMES, named, strict=True))
    off = dict(zip(PARTICIPANT_NAMES, bare, strict=True))
    assert on["subj=named"] == 1.0 and on["obj=definite"] == 1.0 and on["time_anchor"] == 1.0
    assert off["subj=bare_plural"] == 1.0 and off["habitual_adverb"] == 1.0 and off["time_anchor"] == 0.0


def test_model_loads_small_and_gives_probabilities():
    m = get_happening_model()
    assert m.weight.ndim == 1 and m.mean.shape == m.scale.shape == m.weight.shape
    p = m.proba(np.zeros((3, m.weight.shape[0]), dtype=np.float32))
    assert p.shape == (3,) and np.all((p > 0) & (p < 1))


def test_a_deed_is_surer_than_a_stance():
    from newsprism.encoder.document import EncoderPassComponent
    from newsprism.events.components import EventsComponent
    from newsprism.events.group import happening_probability
    from newsprism.ingest import parse_text_article
    from newsprism.nlp.components import DatesComponent, EntitiesComponent, SentencesComponent
    from newsprism.pipeline import Pipeline

    text = ("Harbour Vote in Port Vell\n"
            "Police in Port Vell arrested the ferry captain Ilse Marren on Tuesday.\n"
            "The Drava Ferry Workers Union firmly believes that the harbour board is wrong.\n")
    d = parse_text_article(text, "vote.txt")
    pipe = Pipeline([EncoderPassComponent(), SentencesComponent(), EntitiesComponent(), DatesComponent(),
                     EventsComponent()])
    _docs, states = pipe.pipe_with_state([d])
    found = states[0].event_mentions
    assert found is not None
    p = {m.text: happening_probability(m) for m in found.mentions}
    # a stance (TimeML I_STATE) is learned; a habitual statement ("captains usually earn more") is not: the
    # training sets hold too few generic events (benchmarks/events.md)
    assert p["arrested"] > 0.8 > p["believes"]


def test_the_floor_drops_exactly_the_events_under_it():
    from newsprism.events.build import doc_mentions, story_clusters
    from newsprism.events.components import WITHIN_DOC_THRESHOLD
    from newsprism.events.group import confidence_config, group_events, to_events
    from newsprism.ingest import parse_text_article
    from newsprism.nlp.components import DatesComponent, EntitiesComponent, SentencesComponent
    from newsprism.pipeline import Pipeline

    text = ("Port Vell Council Meets\n"
            "The Port Vell council approved the harbour budget on Monday.\n"
            "Mayor Oskar Velde signed the ferry contract with Drava Lines on Tuesday.\n"
            "The harbour board wants a new inspection office, and the council fears a long strike.\n"
            "Drava Lines will open a second ferry route to Kestoria in June.\n")
    d = parse_text_article(text, "council.txt")
    d.published = "2031-05-20"
    docs, states = Pipeline([SentencesComponent(), EntitiesComponent(), DatesComponent()]).pipe_with_state([d])
    found = doc_mentions(docs[0], states[0].spacy)
    labels = story_clusters([found], threshold=WITHIN_DOC_THRESHOLD)[0]
    groups = group_events(docs[0], found.units, found.mentions, labels)
    assert all(0.0 < g.happening < 1.0 for g in groups)
    cfg = confidence_config()
    saved = cfg.get("min_happening"), cfg.get("min_event_confidence")
    try:
        cfg["min_event_confidence"] = None
        cfg["min_happening"] = None
        every = {(e.trigger_start, e.trigger_end) for e in to_events(docs[0], found.units, groups)}
        floor = sorted(g.happening for g in groups)[len(groups) // 2]
        cfg["min_happening"] = floor
        kept = {(e.trigger_start, e.trigger_end) for e in to_events(docs[0], found.units, groups)}
    finally:
        cfg["min_happening"], cfg["min_event_confidence"] = saved
    under = {(g.head.start, g.head.end) for g in groups if g.happening < floor}
    assert kept == every - under and under & every
