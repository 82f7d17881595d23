"""Rule features of the status model and participants of event mentions, on parsed invented sentences."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.events.status import FEATURE_NAMES, lemma, rule_features, trigger_state

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    from newsprism.nlp.spacy_pipe import get_nlp

    return get_nlp()


def _tok(sdoc, word):
    return next(t for t in sdoc if t.text == word)


def _on(row, name):
    return row[FEATURE_NAMES.index(name)] == 1.0


def test_status_rules_future_negation_and_conditional(nlp):
    s = nlp("Minister Alva Renn will not sign the pact if the talks fail, her office said.")
    sign = rule_features(_tok(s, "sign"))
    assert _on(sign, "own:future") and _on(sign, "own:neg")
    fail = rule_features(_tok(s, "fail"))
    assert _on(fail, "own:mark_cond")
    assert not _on(fail, "own:future")


def test_status_rules_denial_head_and_planned_adjective(nlp):
    s = nlp("The port authority denied that workers blocked the gates before the planned vote.")
    assert _on(rule_features(_tok(s, "blocked")), "up:denial")
    assert _on(rule_features(_tok(s, "vote")), "own:planned_adj")


def test_status_rules_progressive(nlp):
    s = nlp("Dockers are striking in Port Vell.")
    assert _on(rule_features(_tok(s, "striking")), "own:progressive")


def test_status_lemma_without_pipeline_lemmatizer(nlp):
    s = nlp("The rebels seized the airport and held talks.")
    assert lemma(_tok(s, "seized")) == "seize"
    assert lemma(_tok(s, "held")) == "hold"


def test_status_trigger_state_averages_overlapping_pieces():
    hidden = np.arange(12, dtype=np.float32).reshape(4, 3)
    offsets = [(0, 3), (4, 7), (7, 9), (10, 12)]
    assert trigger_state(hidden, offsets, 4, 9).tolist() == [4.5, 5.5, 6.5]
    # nothing overlaps: the nearest piece
    assert trigger_state(hidden, offsets, 13, 14).tolist() == [9.0, 10.0, 11.0]


def test_participants_agent_patient_and_definite(make_doc):
    from newsprism.events.mentions import SentenceUnit
    from newsprism.events.participants import mention_args
    from newsprism.nlp.components import DatesComponent, EntitiesComponent, SentencesComponent
    from newsprism.nlp.spacy_pipe import parse_many

    d = make_doc("Harbour Strike Ends\n\nPort Vell, Maravia – President Tomas Varkel met the union leaders "
                 "on Monday.\nHis visit to the docks followed the strike.\n")
    from newsprism.pipeline import Pipeline

    d = Pipeline([SentencesComponent(), EntitiesComponent(), DatesComponent()]).pipe([d])[0]
    found = {}
    for _pi, offset, sdoc in parse_many([d])[0]:
        for sent in sdoc.sents:
            unit = SentenceUnit(offset + sent.start_char, offset + sent.end_char, sent, np.zeros((0, 384)), [],
                                np.zeros(384))
            for tok in sent:
                if tok.text in ("met", "visit"):
                    found[tok.text] = mention_args(tok, unit, d)
    assert "ent:Tomas Varkel" in found["met"]["agent"]
    assert "np:leader" in found["met"]["patient"]
    assert "ent:Tomas Varkel" in found["met"]["definite"]
    # "his visit": a pronoun possessor is a definite agent
    assert found["visit"]["agent"] == {"pron:his"}
    assert "pron:his" in found["visit"]["definite"]
