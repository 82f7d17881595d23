"""Two trigger words of one act across two reports (round 55, issue 11; switch ``coref_lexical``): the
cross-document coreference pair model also reads how WordNet relates the two trigger lemmas (one act: a verb and
its synonym, a way of doing it, or the noun naming it; two acts under one broader act; one act entailing the
other), with weights fitted on ECB+ train topics beside the frozen base model. ECB+ tells most happenings with one
lemma in every report, so the base model reads two lemmas as two happenings whatever else the two mentions share.
Two mentions of one document read no lexical feature: every within-document probability is the base model's.
Invented reports, fictional names and outlets."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.events import coref
from newsprism.events.coref import (
    LEX_PAIR_FEATURES,
    PairInput,
    cross_probabilities,
    get_coref_model,
    lexical_matrix,
    pair_matrix,
)
from newsprism.events.lexrel import LEX_FEATURES, lexical_relation


def _m(doc: str, lemma: str, pos: str = "VERB", seed: int = 0) -> PairInput:
    rng = np.random.default_rng(seed)
    state, emb = rng.normal(size=384), rng.normal(size=384)
    return PairInput(doc, lemma, lemma, pos, 0, (state / np.linalg.norm(state)).astype(np.float32),
                     (emb / np.linalg.norm(emb)).astype(np.float32), {})


def test_wordnet_ties_a_verb_to_its_synonym_and_to_the_noun_of_the_act():
    assert lexical_relation("complete", "finish")[LEX_FEATURES.index("lex_same_act")] == 1.0
    assert lexical_relation("closure", "shut")[LEX_FEATURES.index("lex_same_act")] == 1.0
    assert lexical_relation("withdrawal", "withdraw")[LEX_FEATURES.index("lex_same_act")] == 1.0


def test_two_acts_under_one_broader_act_are_siblings_not_one_act():
    rel = lexical_relation("open", "close")
    assert rel[LEX_FEATURES.index("lex_same_act")] == 0.0 and rel[LEX_FEATURES.index("lex_sibling")] == 1.0


def test_one_lemma_and_unrelated_words_read_nothing():
    assert lexical_relation("sign", "sign") == (0.0, 0.0, 0.0)
    assert lexical_relation("sign", "quarrel") == (0.0, 0.0, 0.0)


def test_lexical_features_only_across_documents_and_never_for_verbs_of_saying():
    ms = [_m("a", "complete"), _m("a", "finish"), _m("b", "finish"), _m("b", "tell"), _m("a", "say")]
    iu, ju, F = pair_matrix(ms)
    L = lexical_matrix(ms, iu, ju, F)
    got = {(int(i), int(j)): tuple(row) for i, j, row in zip(iu, ju, L, strict=True)}
    none = (0.0,) * len(LEX_PAIR_FEATURES)
    assert got[(0, 2)][LEX_PAIR_FEATURES.index("lex_same_act")] == 1.0  # complete (a) / finish (b)
    assert got[(0, 1)] == none  # one document
    assert got[(1, 2)] == none  # one lemma
    assert got[(3, 4)] == none  # say / tell: verbs of saying


def test_within_a_document_every_probability_is_the_base_models(monkeypatch: pytest.MonkeyPatch):
    ms = [_m("a", "complete", seed=1), _m("a", "finish", seed=2), _m("a", "closure", "NOUN", seed=3),
          _m("a", "shut", seed=4)]
    iu, ju, F = pair_matrix(ms)
    model = get_coref_model()
    on = model.pair_proba(ms, iu, ju, F)
    monkeypatch.setattr(coref, "lexical_on", lambda: False)
    off = model.pair_proba(ms, iu, ju, F)
    assert np.array_equal(on, off)


def test_the_shipped_model_reads_the_lexical_weights():
    model = get_coref_model()
    assert model.lex_weight is not None and model.lex_weight.shape == (len(LEX_PAIR_FEATURES),)
    assert coref.lexical_on()


def test_across_documents_one_act_of_two_words_is_lifted(monkeypatch: pytest.MonkeyPatch):
    xs, ys = [_m("a", "complete", seed=5)], [_m("b", "finish", seed=6)]
    on = float(cross_probabilities(xs, ys)[0, 0])
    monkeypatch.setattr(coref, "lexical_on", lambda: False)
    off = float(cross_probabilities(xs, ys)[0, 0])
    assert on > off


# two invented reports of one footbridge repair: the work told "completed" in one and "finished" in the other, in
# unlike sentences (the base model gives the pair 0.44, below what its one-lemma pairs of such sentences get)
WIRE = """Vellin footbridge reopens after repair
Crews completed the repair of the Vellin footbridge on Friday, the Dunmere council said.
The bridge over the river Ast had been shut since a barge struck one of its piers in March.
"""
DAILY = """Footbridge back in use
The nine-week job on the damaged pier of the Vellin crossing was finished late on Friday, according to the contractor.
Pedestrians crossed the river Ast on it again within an hour.
"""
# a look-alike: another act told of the same job in the same words (opening is no way of completing)
OTHER = """Footbridge back in use
The nine-week job on the damaged pier of the Vellin crossing was opened late on Friday, according to the contractor.
Pedestrians crossed the river Ast on it again within an hour.
"""


def _pair(text_b: str, word_a: str, word_b: str, monkeypatch: pytest.MonkeyPatch) -> tuple[float, float]:
    from newsprism.events.export import nlp_pipeline
    from newsprism.ingest import parse_text_article

    docs = [parse_text_article(WIRE, "wire.txt", doc_id="wire"), parse_text_article(text_b, "daily.txt", doc_id="daily")]
    docs, states = nlp_pipeline().pipe_with_state(docs)
    trig = coref.trigger_inputs(states)
    xa = [x for start, _lem, x in trig["wire"] if x.text == word_a]
    yb = [y for start, _lem, y in trig["daily"] if y.text == word_b]
    assert xa and yb, (trig["wire"], trig["daily"])
    on = float(cross_probabilities(xa[:1], yb[:1])[0, 0])
    monkeypatch.setattr(coref, "lexical_on", lambda: False)
    off = float(cross_probabilities(xa[:1], yb[:1])[0, 0])
    return on, off


@pytest.mark.slow
def test_one_repair_told_completed_and_finished_is_read_as_one_happening(monkeypatch: pytest.MonkeyPatch):
    on, off = _pair(DAILY, "completed", "finished", monkeypatch)
    assert on >= off + 0.1, (off, on)  # base 0.44 -> 0.56 (measured when written)


@pytest.mark.slow
def test_an_opening_against_the_completed_repair_is_not_lifted(monkeypatch: pytest.MonkeyPatch):
    on, off = _pair(OTHER, "completed", "opened", monkeypatch)
    assert on == off < get_coref_model().threshold, (off, on)  # 0.014 either way
