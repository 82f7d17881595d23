"""Round 19 (plants19), rules from the where-lost diagnosis of the wire sets, tested here on invented sentences: a
currency written as letters is a word of its own ("covers 11 villages" has no rupee sign); a title with an
indefinite article is one office when a preposition ties it to one definite body ("a deputy minister in the trade
ministry"); a core title that describes a later one is not the core ("chief health inspector" is an inspector)."""

from __future__ import annotations

import pytest

from newsprism.claims.amounts import find_amounts
from newsprism.claims.slots import parse_title
from newsprism.claims.typed import role_of
from newsprism.story.roles import compare_titles


@pytest.mark.parametrize("text", ["The dam covers 11 villages in the valley.",
                                  "Reservoirs 18 percent full were drained.",
                                  "In recent years 40 ferries were sold."])
def test_letters_ending_a_word_are_no_currency_sign(text):
    (a,) = find_amounts(text)
    assert a.dim != "money" and a.unit is None


@pytest.mark.parametrize("text, shown", [("It costs Rs 500 a month.", "Rs 500"), ("It cost Rs. 80.", "Rs. 80"),
                                         ("a fee of USD 9 each", "USD 9"), ("a US$ 5 million loan", "US$ 5 million")])
def test_a_currency_word_of_its_own_is_still_money(text, shown):
    (a,) = find_amounts(text)
    assert a.dim == "money" and a.text == shown


def test_a_describing_core_title_gives_way_to_the_one_after_it():
    assert parse_title("chief health inspector".split())[1] == "inspector"
    assert parse_title("chief inspector".split())[1] == "inspector"
    # a title before the name and one after it are not one phrase: the first listed core title stays the core
    assert parse_title("Rep. committee chairman".split())[1] == "representative"
    assert parse_title("chief of staff".split())[1] == "chief"
    assert parse_title("Chief Executive".split())[1] == "chief executive"  # the longer core title still wins
    assert parse_title("police chief".split())[1] == "chief"
    chief = role_of("Vera Tusk", "chief inspector", 0, 1, "")
    junior = role_of("Vera Tusk", "junior inspector", 0, 1, "")
    assert compare_titles(chief, junior, True).verdict == "conflict"


@pytest.mark.slow
def test_an_indefinite_title_at_one_definite_body_is_an_office(slots):
    (r,) = slots("Tomas Velder, a deputy minister in the trade ministry, opened the talks.").roles
    assert (r.core, r.modifiers) == ("minister", {"deputy"})
    (s,) = slots("Lina Osk, a junior inspector at the agency who runs the case, visited the site.").roles
    assert (s.core, s.modifiers) == ("inspector", {"junior"})
    # a description, a body that is not made definite, or a word that is no title, stays no title
    assert not [x for x in slots("Karel Brenn, a retired admiral, spoke at the dinner.").roles if x.core]
    assert not [x for x in slots("Odo Fenn, a spokesman for a ministry, said talks would resume.").roles if x.core]
    assert not [x for x in slots("Marta Linde, a lawyer at the firm, declined to comment.").roles if x.core]
