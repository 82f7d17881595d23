"""Embedded events and fragments (issue 11, round 4): the governing predicate's class and polarity as features of
the status model and as an irrealis reading (an attempt, a wish, an embedded question, missing evidence, a
denial), and the fragment features of the happening filter. Invented text (fictional people and places)."""

from __future__ import annotations

import pytest
from events_floor import SentenceOnly as Unit
from events_floor import no_confidence_floor, token_of

from newsprism.events.clauses import irrealis, unasserted_complement
from newsprism.events.happening import (
    PARTICIPANT_NAMES,
    get_happening_model,
    participant_features,
)
from newsprism.events.status import (
    FEATURE_NAMES,
    GOVERNOR_FLAGS,
    get_status_model,
    governor_flags,
    rule_features,
)

pytestmark = pytest.mark.slow


def _on(sentence: str, word: str) -> set[str]:
    return {k for k, v in governor_flags(token_of(sentence, word)).items() if v}


@pytest.mark.parametrize(("sentence", "word", "flags"), [
    ("The rebels tried to oust Governor Ilse Marrow.", "oust", {"attempt"}),
    ("The navy made an attempt to seize the port of Velka.", "seize", {"attempt"}),
    ("The militia attempted a coup in Doravia.", "coup", {"attempt"}),
    ("Minister Oren Tal did not want to sign the accord.", "sign", {"desire", "negated"}),
    ("The council plans to hold a vote on the levy.", "vote", {"intention"}),
    ("The mayor closed the bridge to build a ferry pier.", "build", {"purpose"}),
    ("If the assembly rejects the levy, the Velka council will sue the province.", "sue", {"cond_consequence"}),
    ("Reporters asked whether the Brisk plant closed.", "closed", {"embedded_question"}),
    ("There is no evidence that the Orvan firm bribed the inspectors.", "bribed", {"negated", "no_evidence"}),
    ("Director Pim Sollen denied that he leaked the memo.", "leaked", {"denied_content"}),
    ("The Velka police arrested two smugglers on Monday.", "arrested", set()),
    ("After the clerk refused to testify, Senator Ada Quill tried to subpoena her.", "refused", set()),
])
def test_governor_flags(sentence, word, flags):
    assert _on(sentence, word) == flags


def test_shipped_models_read_the_rows_the_code_builds():
    # the governor flags are no status-model feature (tried, and dev macro-F1 dropped); the fragment block is
    # part of the happening filter's row
    assert not [n for n in FEATURE_NAMES if n.startswith("gov:")] and set(GOVERNOR_FLAGS) >= {"attempt", "desire"}
    assert len(rule_features(token_of("The rebels tried to oust the governor.", "oust"))) == len(FEATURE_NAMES)
    assert get_status_model().weight.shape[0] == 384 + len(FEATURE_NAMES)
    assert [n for n in PARTICIPANT_NAMES if n.startswith("frag:")]
    assert get_happening_model().weight.shape[0] == 384 + len(FEATURE_NAMES) + len(PARTICIPANT_NAMES)


def test_unasserted_complements_are_irrealis_and_intentions_and_purposes_are_not():
    # an attempt is left to the model and to group.read_status (round 6: done as it is tried, clauses.attempted)
    assert not unasserted_complement(token_of("The rebels sought to topple the Doravian cabinet.", "topple"))
    assert unasserted_complement(token_of("Senator Ada Quill hopes to win the primary.", "win"))
    assert unasserted_complement(token_of("Pim Sollen denied that he leaked the memo.", "leaked"))
    assert not unasserted_complement(token_of("The council plans to hold a vote.", "hold"))
    assert not unasserted_complement(token_of("The mayor closed the bridge to build a pier.", "build"))
    assert not unasserted_complement(token_of("The rebels toppled the Doravian cabinet.", "toppled"))
    # a definite event noun is presupposed: wanting to address the flood does not make the flood unreal
    assert not unasserted_complement(token_of("The mayor wants to address the Velka flood.", "flood"))
    assert unasserted_complement(token_of("The rebels wanted to stage a coup.", "coup"))


def test_irrealis_reads_a_wish_not_an_attempt():
    s = "The rebels hoped to oust Governor Ilse Marrow."
    assert irrealis(token_of(s, "oust"), Unit(s))
    s = "The rebels tried to oust Governor Ilse Marrow."
    assert not irrealis(token_of(s, "oust"), Unit(s))
    s = "The rebels ousted Governor Ilse Marrow."
    assert not irrealis(token_of(s, "ousted"), Unit(s))


def _frag(sentence: str, word: str) -> set[str]:
    row = dict(zip(PARTICIPANT_NAMES, participant_features(token_of(sentence, word)), strict=True))
    return {k for k, v in row.items() if k.startswith("frag:") and v}


def test_fragment_features():
    assert "frag:under_evaluative" in _frag("It is important to win the war in Doravia.", "win")
    assert "frag:modal_norm" in _frag("Every harbour must win the trust of its pilots.", "win")
    assert "frag:generic_present" in _frag("Ferry captains rarely visit the island.", "visit")
    assert "frag:content_subject" in _frag("The report offers a glimpse of the talks.", "offers")
    assert "frag:pred_adjective" in _frag("The levy is unfair.", "unfair")
    assert not _frag("The Velka police arrested Dana Wick on Monday.", "arrested")


ARTICLE = """Velka Port Dispute Deepens
The Velka dockers tried to blockade the harbour on Tuesday.
Mayor Ilse Marrow wants to sell the ferry company to the Orvan group.
Director Pim Sollen denied that he leaked the harbour memo.
The Velka police arrested two dockers on Wednesday.
"""


@pytest.fixture(scope="module")
def doc():
    from newsprism.encoder.document import EncoderPassComponent
    from newsprism.events.components import EventsComponent
    from newsprism.ingest import parse_text_article
    from newsprism.nlp.components import DatesComponent, EntitiesComponent, SentencesComponent
    from newsprism.pipeline import Pipeline

    d = parse_text_article(ARTICLE, "velka.txt")
    d.published = "2031-05-02"
    with no_confidence_floor():
        return Pipeline([EncoderPassComponent(), SentencesComponent(), EntitiesComponent(), DatesComponent(),
                         EventsComponent()]).pipe([d])[0]


def test_embedded_events_are_not_stated_as_occurred(doc):
    by_trigger = {e.trigger: e for e in doc.events}
    for word in ("sell", "leaked"):
        if word in by_trigger:
            assert by_trigger[word].status != "occurred", word
    # an attempt told in the past is done as it is tried (round 6, ``clauses.attempted``)
    assert "blockade" not in by_trigger or by_trigger["blockade"].status == "occurred"
    assert "arrested" in by_trigger and by_trigger["arrested"].status == "occurred"
