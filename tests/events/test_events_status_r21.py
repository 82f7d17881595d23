"""Round 21 (stat21): status cues of English news grammar (issue 11). Invented sentences, no audit text.

- a condition told by subject-auxiliary inversion ("Had the mayor resigned, ...", "Should the council sell, ...") is a
  condition as an if-clause is; a past counterfactual ("had X happened, ... would") says X did not happen;
- "scant evidence that X" does not assert X, as "no evidence that X" does not;
- a story the text calls untrue in its own voice: what it tells (hedged "supposedly", the content of a negated
  claim, or of a verb of saying whose subject is the story) is denied; someone else's "called it false" is not
  the text's voice;
- a verb negated with "do" and no modal ("when I didn't receive consent") is denied, not supposed;
- a verb of saying told in the narrative present ("he declares", "the report concludes") is no standing state.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from events_floor import SentenceOnly as Unit
from events_floor import token_of

from newsprism.events.clauses import (
    conditional,
    counterfactual,
    debunked_content,
    debunking_voice,
    do_negated,
    irrealis,
    narrative_speech,
)


def _units_and_token(text: str, word: str):
    from newsprism.nlp.spacy_pipe import get_nlp

    doc = get_nlp()(text)
    units = [SimpleNamespace(span=s) for s in doc.sents]
    return units, next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("sentence", "word", "cond", "counter"), [
    ("Had Mayor Orr resigned, there would be a new vote.", "resigned", True, True),
    ("Should the mayor sell the harbour, the council would sue him.", "sell", True, False),
    ("If the police had arrived earlier, the clerk would have lived.", "arrived", True, True),
    ("If the police arrive, the clerk will leave.", "arrive", True, False),
    ("The ferry had sunk before the storm reached Kell.", "sunk", False, False),  # a plain pluperfect
    ("Mayor Orr had resigned, and the board met on Monday.", "resigned", False, False),
])
def test_an_inverted_condition_is_a_condition(sentence, word, cond, counter):
    tok = token_of(sentence, word)
    assert conditional(tok, Unit(sentence)) is cond
    assert counterfactual(tok) is counter


@pytest.mark.parametrize(("sentence", "word", "unasserted"), [
    ("Scant evidence that the clerk leaked the ledgers", "leaked", True),
    ("There is little evidence that the clerk leaked the ledgers.", "leaked", True),
    ("The clerk leaked the ledgers to the Kell Gazette.", "leaked", False),
])
def test_scant_evidence_asserts_nothing(sentence, word, unasserted):
    assert irrealis(token_of(sentence, word), Unit(sentence)) is unasserted


@pytest.mark.parametrize(("text", "word", "denied"), [
    ("The story is fiction. Supposedly, the loggers cut down the oldest tree in Kell.", "cut", True),
    ("The viral report claims that loggers cut down the oldest tree. However, the claims in the story are untrue.",
     "cut", True),
    ("Ms. Pell has NOT claimed the mayor assaulted her. The article is a hoax.", "assaulted", True),
    ("Fortunately, the entire story is fabricated. Supposedly, the mayor resigned on Monday.", "resigned", True),
    # no debunking in the text's own voice: a rumour report stays a report
    ("Supposedly, the loggers cut down the oldest tree in Kell.", "cut", False),
    ("The mayor said the story was false. Supposedly, the loggers cut down the oldest tree.", "cut", False),
    # the text debunks a story, but this happening is told as a fact, not as the story's content
    ("The story is fiction. The Kell Gazette published it on Monday.", "published", False),
])
def test_the_content_of_a_debunked_story_is_denied(text, word, denied):
    units, tok = _units_and_token(text, word)
    assert debunked_content(tok, units) is denied


def test_only_the_texts_own_voice_debunks():
    units, _ = _units_and_token("Mayor Orr called the story false on Monday.", "story")
    assert not debunking_voice(units)
    units, _ = _units_and_token("The story is 100 percent false and fake.", "story")
    assert debunking_voice(units)


@pytest.mark.parametrize(("sentence", "word", "speech"), [
    ("Brandishing a knife, the gunman declares that the war has begun.", "declares", True),
    ("The agency's report states that the plan failed.", "states", True),
    ("Democrats threaten to filibuster the nominee.", "threaten", False),
    ("The union supports the Velka levy.", "supports", False),
])
def test_a_speech_act_in_the_narrative_present(sentence, word, speech):
    assert narrative_speech(token_of(sentence, word)) is speech


@pytest.mark.parametrize(("sentence", "word", "denied"), [
    ("On her birthday, when she didn't receive the permit, she appealed.", "receive", True),
    ("I do not ask that the Kell Gazette be closed.", "ask", True),
    ("The mayor would not sign the levy.", "sign", False),  # a modal: the status model's business
    ("The mayor did not want to sign the levy.", "sign", False),  # an infinitive: what is wanted
])
def test_a_do_negation_is_denied(sentence, word, denied):
    assert do_negated(token_of(sentence, word)) is denied
