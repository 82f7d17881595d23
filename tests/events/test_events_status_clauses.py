"""Status from what governs the trigger (round 9, events engineer): ongoing adjectives, plan nouns, implicatives
and purpose infinitives told in the past, demand nouns. Invented sentences, no audit text."""

from __future__ import annotations

import pytest
from events_floor import SentenceOnly as Unit
from events_floor import token_of

from newsprism.events.clauses import implied_by_past, irrealis, ongoing_modifier, plan_content


def test_an_ongoing_investigation_is_under_way():
    assert ongoing_modifier(token_of("The mayor refused to discuss the ongoing investigation of the Velka levy.",
                                     "investigation"))
    assert not ongoing_modifier(token_of("The mayor refused to discuss the investigation of the Velka levy.",
                                         "investigation"))


@pytest.mark.parametrize(("sentence", "word", "planned"), [
    ("Mayor Ilse Marrow backed a plan to visit the Orvan docks.", "visit", True),
    ("Mayor Ilse Marrow backed a plan to visit the Orvan docks and meet the harbour board.", "meet", True),
    ("The council announced its decision to close the Velka ferry.", "close", True),
    ("Mayor Ilse Marrow rejected a plan to visit the Orvan docks.", "visit", False),  # not in force
    ("Mayor Ilse Marrow had no plan to visit the Orvan docks.", "visit", False),
    ("Mayor Ilse Marrow went to the Orvan docks to meet the harbour board.", "meet", False),  # no plan noun
])
def test_the_content_of_a_plan_is_planned(sentence, word, planned):
    assert (plan_content(token_of(sentence, word)) is not None) is planned


@pytest.mark.parametrize(("sentence", "word", "done"), [
    ("Rescuers were able to free the trapped dockers.", "free", True),
    ("The Velka council helped observers oversee the ballot.", "oversee", True),
    ("The Velka council allowed observers to oversee the ballot.", "oversee", False),  # permission: only possible
    ("Senator Ada Quill took to the radio to push back on the reports.", "push", True),
    ("Officials stopped the match to get the captain to present the trophy.", "present", True),
    ("The mayor offered a job to the clerk to get him to not challenge the levy.", "challenge", False),
    ("The mayor faced criticism for his calls to ban the levy.", "ban", False),
    ("Rescuers were not able to free the trapped dockers.", "free", False),  # negated
    ("Rescuers will be able to free the trapped dockers.", "free", False),  # not told in the past
    ("Senator Ada Quill will go to the radio to push back on the reports.", "push", False),
    ("Senator Ada Quill wants to push back on the reports.", "push", False),  # a wish, not an implicative
    ("The Velka council called on the mayor to resign.", "resign", False),  # a demand, not a purpose
])
def test_implicatives_and_purposes_told_in_the_past_happened(sentence, word, done):
    assert implied_by_past(token_of(sentence, word)) is done


def test_the_object_of_a_demand_noun_is_supposed():
    sentence = "Senator Ada Quill drew a call for her resignation on Friday."
    assert irrealis(token_of(sentence, "resignation"), Unit(sentence))


@pytest.mark.parametrize(("sentence", "word", "reported"), [
    ("The Velka harbour board said it would defer its inquiry.", "defer", True),
    ("The Velka harbour board said it would not defer its inquiry.", "defer", False),  # negated: the rules after
    ("The Velka harbour board would defer its inquiry.", "defer", False),  # no reporting verb
])
def test_would_in_reported_speech_is_a_future(sentence, word, reported):
    from newsprism.events.group import _reported_future

    assert _reported_future(token_of(sentence, word)) is reported


def test_a_plan_told_with_a_participle_between():
    assert plan_content(token_of("Mayor Ilse Marrow backed a plan, drawn up by her aide, to visit the Orvan docks.",
                                 "visit")) is not None


def test_an_eager_copula_is_no_purpose():
    assert not implied_by_past(token_of("Senator Ada Quill was eager last summer to clear the way for the levy.",
                                        "clear"))

