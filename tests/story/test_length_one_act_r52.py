"""Two lengths of time that measure one act, read from their own phrases, are one specific thing (round 52, issue
11): English names what a length measures by a noun of the act ("a three-week closure", "a two-year suspension") or
by the verb itself ("will stay shut for ten days", "suspended the scheme for six months"), and two outlets choose
differently. The two name one act when they are one word, a noun and the verb WordNet's derivational pointers make
it from ("closure" -> "close", "suspension" -> "suspend", "shutdown" -> "shut down"), or two verbs WordNet reads as
one act ("close" / "shut"). Such a pair is paired across unlike sentences as a specific counted noun is, and the
measure lift reads it as one measured thing (story/groups.one_length, one_act_words; switch ``one_measured_act``).
Words WordNet does not join stay two things ("ban" / "suspension", "contract" / "option", "closed" / "opened"), and
the same length told in two units is no conflict. Invented reports, fictional names (the Wendel Street baths in the
town of Corvale; the Corvale Herald and the Saltmere Evening News)."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, discrepancies_between

from newsprism.lexicon import noun_acts, same_act_word
from newsprism.story.compare import settings
from newsprism.story.groups import one_act_words

LEAD_A = ("Corvale council has closed the Wendel Street baths after a pump in the plant room failed on Tuesday"
          " night, flooding the boiler house, the council said. The baths, opened in 1936, are the only public"
          " pool in the town. Swimming clubs and school classes have been moved to the leisure centre at Ashby,"
          " twelve kilometres away, and the council will pay for the coaches.")
LEAD_B = ("Swimmers in Corvale have lost their only public pool. The Wendel Street baths were emptied on Wednesday"
          " morning after water from a broken pump reached the boilers, town hall officials said. Parents of"
          " children in the school swimming programme said the trip to Ashby would cost each class half a"
          " morning.")

# one closure's length, a verb on one side and the noun of its act on the other, in unlike sentences
SHUT = ("Engineers expect the baths to stay shut for ten days while a new pump is fitted.",
        "Council papers seen by the News set out a three-week closure of the building.",
        "ten days", "three-week")
# the same, a suspension: "suspended ... for six months" / "a two-year suspension"
SUSPENDED = ("The council also suspended the free lessons for pensioners for six months, a spokesman said.",
             "Pensioners' groups condemned a two-year suspension of the free lessons.",
             "six months", "two-year")
# the same length in two units: agreement, never a conflict
SAME = ("Engineers expect the baths to stay shut for a fortnight while a new pump is fitted.",
        "Council papers seen by the News set out a 14-day closure of the building.",
        "fortnight", "14-day")
# two acts WordNet does not join: a ban on one side, a suspension on the other
BAN = ("The club captain has been banned from the baths for six months, the council said.",
       "Pensioners' groups condemned a two-year suspension of the free lessons.",
       "six months", "two-year")
# two acts of one report's pool: the closure and the length of a contract with an option
CONTRACT = ("The pump maker signed a contract with the council for four years, a spokesman said.",
            "Council papers seen by the News set out a two-year option to extend the maintenance work.",
            "four years", "two-year")


def _flags(pair: tuple[str, str, str, str]) -> list:
    a, b, wa, wb = pair
    result = analyzed_reports(
        ("herald", "Corvale Herald", "Pump failure shuts Wendel Street baths", "x\n" + LEAD_A + " " + a),
        ("news", "Saltmere Evening News", "Corvale loses its pool", "x\n" + LEAD_B + " " + b))
    return discrepancies_between(result, "conflict", "duration", ("herald", wa), ("news", wb))


def _top(pair: tuple[str, str, str, str]) -> float | None:
    flags = _flags(pair)
    return max((d.confidence for d in flags), default=None)


@pytest.mark.slow  # the whole pipeline on invented reports
def test_a_verb_and_the_noun_of_its_act_give_one_length_shown():
    for pair in (SHUT, SUSPENDED):
        top = _top(pair)
        assert top is not None and top >= 0.5, pair


@pytest.mark.slow
def test_switched_off_the_two_lengths_are_not_shown(monkeypatch):
    monkeypatch.setitem(settings()["one_measured_act"], "enabled", False)
    for pair in (SHUT, SUSPENDED):
        top = _top(pair)
        assert top is None or top < 0.5, pair


@pytest.mark.slow
def test_the_same_length_in_two_units_is_no_conflict():
    assert _flags(SAME) == []


@pytest.mark.slow
def test_two_acts_wordnet_does_not_join_are_not_shown():
    for pair in (BAN, CONTRACT):
        top = _top(pair)
        assert top is None or top < 0.5, pair


def test_nouns_name_the_acts_wordnet_derives_them_from():
    assert "close" in noun_acts("closure")
    assert "suspend" in noun_acts("suspension")
    assert "shut_down" in noun_acts("shutdown")
    assert noun_acts("truce") == frozenset()  # WordNet ties it to no verb


def test_one_act_words():
    assert same_act_word("closure", "shut")  # closure -> close; close / shut one synset
    assert same_act_word("suspension", "suspend")
    assert same_act_word("shutdown", "clos")  # a verb_key stem, "closed"
    assert same_act_word("exhibition", "display")
    assert not same_act_word("ban", "suspension")
    assert not same_act_word("contract", "option")
    assert not same_act_word("clos", "open")  # siblings are never one act
    assert not same_act_word("sentenc", "suspend")  # a sentence and its suspended part


def test_switched_off_no_two_words_are_one_act(monkeypatch):
    assert one_act_words("closure", "shut")
    monkeypatch.setitem(settings()["one_measured_act"], "enabled", False)
    assert not one_act_words("closure", "shut")
