"""An appositive title written right after a name's comma is that person's title whatever head the parser gives it
(round 52b, issue 11, switch ``appositive_title_by_position`` in claims/data/slots.json): "NAME, the agency's deputy
director-general," where the parser heads the appositive by the adjective after the hyphen, and "Prime Minister NAME
listened as NAME, X's deputy trade minister, ..." where the second person's appositive was tested against the first
person's title instead of the title word list. Deputy X is not X: "Director-General NAME" in one report against
"NAME, the agency's deputy director-general" in another is a title conflict.

What stays unread: an indefinite description ("a retired admiral"), an honorific ("Mr."), an open phrase ("After
meeting NAME, the mayor said"); a title held before keeps its "former". Invented sentences (fictional names)."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, discrepancies_between

from newsprism.claims import slots
from newsprism.nlp.spacy_pipe import get_nlp

pytestmark = pytest.mark.slow


def _roles(text: str) -> list[tuple[str, str, str | None, frozenset[str]]]:
    (sent,) = list(get_nlp()(text).sents)
    return [(r.name, r.title, r.core, r.modifiers) for r in slots._roles(sent, 0)]


HYPHEN = "Brenna Oskel, the authority's deputy director-general, opened the new terminal."
SECOND = "Prime Minister Aldo Ferrin listened as Ilka Samsel, Vostria's deputy trade minister, read the statement."
FORMER = "The accord was signed by Ilka Samsel, the former deputy director-general."


def test_a_hyphenated_title_after_a_possessive_owner_is_read():
    read = [r for r in _roles(HYPHEN) if r[0] == "Brenna Oskel"]
    assert read == [("Brenna Oskel", "deputy director general", "general", frozenset({"deputy"}))]


def test_the_second_person_of_a_sentence_keeps_an_appositive_title():
    read = [r for r in _roles(SECOND) if r[0] == "Ilka Samsel"]
    assert read == [("Ilka Samsel", "deputy trade minister", "minister", frozenset({"deputy"}))]
    assert ("Aldo Ferrin", "prime minister", "prime minister", frozenset()) in _roles(SECOND)


def test_a_title_held_before_keeps_former():
    read = [r for r in _roles(FORMER) if r[0] == "Ilka Samsel"]
    assert read and {"former", "deputy"} <= read[0][3]


@pytest.mark.parametrize("text", [
    "Tobias Wend, a retired admiral, said the budget would pass.",
    "After meeting Tobias Wend, the mayor said the budget would pass.",
    "Mr. Tobias Wend said the budget would pass.",
])
def test_look_alikes_stay_unread(text):
    assert all(not core for name, _, core, _ in _roles(text) if name == "Tobias Wend")


LEDGER = """Space Agency Tests New Engine
The Vostrian space agency fired its new engine for six minutes on Tuesday, the agency said.
Director-General Brenna Oskel called the test a turning point for the programme.
Director-General Ilvo Marsk said the launch pad would be ready in the spring.
"""
COURIER = """Engine Test Passes
The Vostrian space agency ran its new engine for six minutes on Tuesday, the agency announced.
Brenna Oskel, the authority's deputy director-general, opened the test stand to reporters on Tuesday.
Ilvo Marsk, the agency's director-general, said the launch pad would be ready in the spring.
"""


@pytest.fixture(scope="module")
def result():
    return analyzed_reports(("ledger", "Vostria Ledger", "Space Agency Tests New Engine", LEDGER),
                            ("courier", "Orbit Courier", "Engine Test Passes", COURIER))


def test_the_director_general_is_not_the_deputy_director_general(result):
    (flag,) = discrepancies_between(result, "conflict", "role", ("ledger", "Brenna Oskel"),
                                    ("courier", "deputy director-general"))
    assert flag.confidence is not None and flag.confidence >= 0.5


def test_the_same_title_written_after_the_name_is_no_conflict(result):
    assert not discrepancies_between(result, "conflict", "role", ("ledger", "Ilvo Marsk"), ("courier", "Ilvo Marsk"))
