"""Two sums are compared only as prices of one thing (round 57, issue 11).

``price_referent_apart``: English names the thing a sum is paid for in a few places of the parse (the subject of
"cost", the noun the sum modifies, a copula's subject, the sum's "for", and through a payment noun such as "fee" or
"fine" its complement). Two reports' sums whose things WordNet finds no kin ("a permit" / "parking without a permit":
a fee and a penalty of one scheme) are two prices, not one price told twice, so ``story.compare`` does not pair them;
two wordings of one thing ("permit" / "licence") and a side whose thing is not read still compare
(``story.referent``, ``compare.price_referent``).

Invented sentences, fictional names, places, currencies and outlets."""

from __future__ import annotations

import pytest
from hand_sources import parsed_slots, source, vectors

from newsprism.nlp.spacy_pipe import get_nlp
from newsprism.story.compare import compare_pair, settings
from newsprism.story.referent import priced_thing, things_apart

pytestmark = pytest.mark.slow  # every sentence is read from the spaCy parse


def _flags(a: str, b: str, cos: float = 0.8) -> list[tuple[str, str, str]]:
    va, vb = vectors(cos)
    found = compare_pair(source(0, parsed_slots(a), va), source(1, parsed_slots(b), vb))
    return [(f.kind, f.a.text, f.b.text) for f in found
            if f.slot in ("count", "quantity") and f.kind in ("conflict", "precision")]


def _thing(sentence: str, figure: str) -> str | None:
    at = sentence.index(figure)
    return priced_thing(get_nlp()(sentence), at, at + len(figure), settings()["price_subject_verbs"])


@pytest.fixture
def off(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    def turn(name: str) -> None:
        monkeypatch.setitem(settings(), name, False)
    return turn


PERMIT = "In Harrowby a yearly bin-collection permit will cost 95 pounds, the Brannock district council said."
PENALTY = "Parking on a Harrowby verge without a permit will cost 30 pounds, the Brannock district council said."
PERMIT_VORNS = "A yearly mooring permit at Caddon quay will cost 420 vorns, the Ostrel harbour board said."
PENALTY_VORNS = "Overnight parking at Caddon quay without a permit will cost 150 vorns, the Ostrel harbour board said."


def test_switch_is_on() -> None:
    assert settings()["price_referent_apart"]


@pytest.mark.parametrize(("sentence", "figure", "thing"), [
    (PERMIT, "95 pounds", "permit"),
    (PENALTY, "30 pounds", "parking"),
    ("Drivers in Harrowby face a fine of 40 pounds for parking on the verge.", "40 pounds", "parking"),
    ("The Harrowby permit fee of 95 pounds was criticised by the Lanthorn Gazette.", "95 pounds", "permit"),
    ("The Lisket ferry charges 3 pounds for each bicycle.", "3 pounds", "bicycle"),
    ("Critics said the new 120-pound annual permit would hit Harrowby pensioners.", "120-pound", "permit"),
    ("The price of a Harrowby permit is 95 pounds.", "95 pounds", "permit"),
    ("The Caddon footbridge will cost 2.4 million pounds.", "2.4 million pounds", "footbridge"),
])
def test_the_thing_a_sum_is_paid_for_is_read(sentence: str, figure: str, thing: str) -> None:
    assert _thing(sentence, figure) == thing


@pytest.mark.parametrize(("sentence", "figure"), [
    ("The penalty is 40 pounds.", "40 pounds"),  # a payment noun with no complement names no thing
    ("The Ostrel council paid 2 million pounds in subsidies to the Lisket ferry company.", "2 million pounds"),
    ("It will cost 95 pounds a year.", "95 pounds"),  # a pronoun names no thing
])
def test_no_thing_where_the_parse_names_none(sentence: str, figure: str) -> None:
    assert _thing(sentence, figure) is None


def test_things_apart_reads_wordnet() -> None:
    assert things_apart("permit", "parking")
    assert not things_apart("permit", "licence")  # two words for one kind of thing
    assert not things_apart("permit", "permits")
    assert not things_apart("permit", None)  # one side unread
    assert not things_apart("permit", "vornidge")  # a word WordNet lacks is never apart


def test_a_fee_and_a_penalty_of_one_scheme_are_not_compared() -> None:
    assert _flags(PERMIT, PENALTY) == []


def test_a_coined_currency_read_as_a_count_is_kept_apart_too() -> None:
    # the claims layer reads "420 vorns" as a count of vorns: the verb of pricing still names the thing priced
    assert _flags(PERMIT_VORNS, PENALTY_VORNS) == []


def test_switch_off_compares_the_two_prices(off) -> None:  # type: ignore[no-untyped-def]
    off("price_referent_apart")
    assert _flags(PERMIT, PENALTY)  # the hole the switch closes
    assert _flags(PERMIT_VORNS, PENALTY_VORNS)


def test_one_price_told_twice_still_conflicts() -> None:
    assert _flags(PERMIT, "In Harrowby a yearly bin-collection permit will cost 120 pounds, the council said.")


def test_two_wordings_of_one_thing_still_conflict() -> None:
    assert _flags(PERMIT, "In Harrowby a yearly bin-collection licence will cost 120 pounds, the council said.")


def test_a_price_against_an_unread_side_still_conflicts() -> None:
    assert _flags(PERMIT, "In Harrowby it will cost 120 pounds a year, the Brannock district council said.")
