"""Rivals are counted per series (switch ``rivals_per_series``, round 50, issue 11). An ordinal or a figure that is
not its sentence's only one was never lifted as one fact told two ways (``only_pair``), whatever the other ordinal
or figure was. What an ordinal orders is its head noun and its scale: "the first winter" orders winters, not ferry
lines, and "by far the busiest" ranks by size, so neither is a rival of "the fourth ferry line"
(``story.compare.series_rivals``, feature ``only_series``, read by ``confidence.one_ordered_thing``). A measure given
per a period is a rate: "winds of up to 130 kilometres an hour" is a speed, no rival of "a 12-metre mast"
(``story.flags.rival_figures``, ``rivals_per_series.rate_dims``). Kept apart: an elided ordinal ("and the first to
close in winter" repeats the noun) and an ordinal of the same noun stay rivals; a rank of another series and a rate
are never compared with the figure themselves. Invented reports, fictional names and outlets."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, conflict_texts

from newsprism.story.compare import settings

pytestmark = pytest.mark.slow  # the slots are read from the spaCy parse; the reports are analysed in full

FERRY_HEAD = "Kessgate ferry crossing to close after owners pull out"
FERRY_B_HEAD = "Islanders lose Kessgate ferry as operator quits"


def _ferry_a(rank: str) -> str:
    return (f"{FERRY_HEAD}\nThe ferry crossing between Kessgate and the island of Orra will close on Friday after its "
            f"owners, the Dunvale Shipping Company, said they could no longer run it at a loss. {rank}\n"
            "About 900 islanders use the ferry each week, most of them to reach work or school on the mainland.\n"
            "The company said the crossing had lost money for six years.\n")


def _ferry_b(rank: str) -> str:
    return (f"{FERRY_B_HEAD}\nIslanders on Orra will lose their ferry to Kessgate on Friday, when the Dunvale Shipping "
            f"Company ends the crossing. {rank}\nIsland councillors said they would ask the province to find a new "
            "operator.\n")


def _ordinal_flags(a_rank: str, b_rank: str) -> list[tuple[str, str, float]]:
    r = analyzed_reports(("a_coast", "Dunmore Coast Wire", FERRY_HEAD, _ferry_a(a_rank)),
                         ("b_orra", "Orra Island Courier", FERRY_B_HEAD, _ferry_b(b_rank)))
    return conflict_texts(r, "ordinal", "a_coast", "b_orra")


def _shown(found: list[tuple[str, str, float]], a_words: str, b_words: str) -> list[float]:
    return [c for a, b, c in found if a_words in a and b_words in b and c >= 0.5]


OTHER_NOUN = ("The Kessgate crossing is the fourth ferry line in the province to close this year, and the closure "
              "comes in the first winter since the port was sold.")
SUPERLATIVE = ("The Kessgate crossing is the fourth ferry line in the province to close this year, and by far the "
               "busiest.")
B_SECOND = "Kessgate becomes the second ferry line in the province to close this year."


@pytest.mark.parametrize("a_rank", [OTHER_NOUN, SUPERLATIVE])
def test_an_ordinal_of_another_series_is_no_rival(a_rank: str):
    found = _ordinal_flags(a_rank, B_SECOND)
    assert _shown(found, "fourth ferry line", "second ferry line"), found


@pytest.mark.parametrize("a_rank", [OTHER_NOUN, SUPERLATIVE])
def test_the_switch_off_holds_the_order_conflict(monkeypatch: pytest.MonkeyPatch, a_rank: str):
    monkeypatch.setitem(settings(), "rivals_per_series", {"enabled": False, "rate_dims": ["measure"]})
    found = _ordinal_flags(a_rank, B_SECOND)
    assert not _shown(found, "fourth ferry line", "second ferry line"), found


@pytest.mark.parametrize("a_rank", [
    # an elided ordinal repeats the series noun: it may be the rank the other report gives
    "The Kessgate crossing is the fourth ferry line in the province to close this year, and the first to close in "
    "winter.",
    # an ordinal of the same noun: the sentence tells two ferry lines' ranks
    "The Kessgate crossing is the fourth ferry line in the province to close this year; the first ferry line closed "
    "in March.",
])
def test_an_ordinal_of_the_same_series_stays_a_rival(a_rank: str):
    found = _ordinal_flags(a_rank, B_SECOND)
    assert not _shown(found, "fourth ferry line", "second ferry line"), found


def test_two_reports_that_agree_on_the_rank_are_not_flagged():
    # the compatible look-alike: the same rank in both, one sentence with a rank of another series beside it
    found = _ordinal_flags(OTHER_NOUN, B_SECOND.replace("second", "fourth"))
    assert not [c for _, _, c in found if c >= 0.5], found


STORM_HEAD = "Storm topples Velby radio mast"
STORM_B_HEAD = "Velby mast brought down in gale"


def _measure_flags(a_sent: str, b_sent: str) -> list[tuple[str, str, float]]:
    a = (f"{STORM_HEAD}\nA storm brought down the radio mast above the harbour at Velby on Sunday night, cutting the "
         f"town's local radio for most of Monday. {a_sent}\nNo one was hurt, the harbour authority said.\n")
    b = (f"{STORM_B_HEAD}\nThe Velby harbour radio mast came down in a gale on Sunday night, taking the town's radio "
         f"station off the air. {b_sent}\nEngineers hope to put up a temporary mast by the end of the week.\n")
    r = analyzed_reports(("a_velby", "Velby Harbour News", STORM_HEAD, a),
                         ("b_gale", "Northsea Weather Desk", STORM_B_HEAD, b))
    return conflict_texts(r, "quantity", "a_velby", "b_gale")


RATE_A = "Winds of up to 130 kilometres an hour tore down the 12-metre mast shortly before midnight."
RATE_B = "The mast, which stood 18 metres above the quay, fell shortly before midnight."


def test_a_rate_is_no_rival_of_a_length():
    found = _measure_flags(RATE_A, RATE_B)
    assert [c for a, b, c in found if "12" in a and "18" in b and c >= 0.5], found


def test_the_switch_off_holds_the_length_conflict(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(settings(), "rivals_per_series", {"enabled": False, "rate_dims": ["measure"]})
    found = _measure_flags(RATE_A, RATE_B)
    assert not [c for a, b, c in found if "12" in a and "18" in b and c >= 0.5], found


def test_a_rate_and_a_length_of_one_value_are_never_a_conflict():
    # the compatible look-alike: the two lengths agree; neither the speed nor the length is set against the other
    found = _measure_flags(RATE_A, RATE_B.replace("18 metres", "12 metres"))
    assert not [c for _, _, c in found if c >= 0.5], found


def test_two_lengths_in_one_sentence_stay_rivals():
    # no rate: a second length of the sentence may be the one the other report gives
    found = _measure_flags("The 12-metre mast fell onto a 3-metre wall shortly before midnight.", RATE_B)
    assert not [c for a, b, c in found if "12" in a and "18" in b and c >= 0.5], found
