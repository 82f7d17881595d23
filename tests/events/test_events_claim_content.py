"""Round 9: the content of someone's unverified claim is not the writer's assertion, and a clause describing a class
of participants is a feature of the fragment check. Invented text."""

from __future__ import annotations

import pytest
from events_floor import SentenceOnly as Unit
from events_floor import token_of

from newsprism.events.clauses import claim_content, irrealis, negated
from newsprism.events.fragment import descriptive_features


@pytest.mark.parametrize(("sentence", "word"), [
    ("Senator Ada Quill repeated her claim that the Orvan ferry company bribed the harbour board.", "bribed"),
    ("There is widespread speculation that Mayor Ilse Marrow will veto the Velka levy.", "veto"),
])
def test_the_content_of_a_claim_is_supposed(sentence, word):
    tok = token_of(sentence, word)
    assert claim_content(tok) is not None
    assert irrealis(tok, Unit(sentence)) and not negated(tok)


@pytest.mark.parametrize(("sentence", "word"), [
    ("Mayor Ilse Marrow rejected reports that she refused a meeting with the Velka union.", "refused"),
    ("The Velka inspector denied the accusation that she misled the council.", "misled"),
])
def test_the_content_of_a_rejected_claim_is_denied(sentence, word):
    tok = token_of(sentence, word)
    assert claim_content(tok) is not None
    assert negated(tok) and not irrealis(tok, Unit(sentence))


@pytest.mark.parametrize(("sentence", "word"), [
    ("Mayor Ilse Marrow said that the Velka council refused a meeting.", "refused"),  # the writer reports a saying
    ("The Velka council welcomed the report on the harbour fire.", "welcomed"),
])
def test_no_claim_noun_no_claim(sentence, word):
    assert claim_content(token_of(sentence, word)) is None


def test_a_clause_that_describes_a_class_of_participants():
    assert descriptive_features(token_of("Dockers interviewed by the Velka Herald described long shifts.",
                                         "interviewed")) == [1.0]
    # the same clause on a named or definite noun tells of the happening
    assert descriptive_features(token_of("The levy backed by Mayor Ilse Marrow passed on Monday.", "backed")) == [0.0]
    assert descriptive_features(token_of("The Velka police arrested two dockers on Monday.", "arrested")) == [0.0]


@pytest.mark.parametrize(("sentence", "word", "asked"), [
    ("Will the Velka council pass the harbour levy?", "pass", True),
    ('Mayor Ilse Marrow sent the council a sharp e-mail, asking "why do we want to feed that?"', "sent", False),
    ('Senator Ada Quill asks: "Somebody in the harbour office?"', "asks", False),
])
def test_a_question_mark_makes_supposed_only_what_is_asked(sentence, word, asked):
    from newsprism.events.clauses import in_question

    assert in_question(token_of(sentence, word), Unit(sentence)) is asked


def test_a_counted_or_dated_clause_tells_a_happening():
    assert descriptive_features(token_of("Three dockers arrested on Tuesday appeared in the Velka court.",
                                         "arrested")) == [0.0]
