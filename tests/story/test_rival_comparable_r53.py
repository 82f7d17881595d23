"""A figure the comparer could not set against the other report's figure is no rival (switch ``rivals_comparable``,
round 53, issue 11). The one-fact lifts ask that each figure be its sentence's only figure of its dimension
(``confidence.one_figure``); a second figure there made the pair "one of several" whatever that figure was. A figure
of another kind of quantity ("about 9,000 tonnes of grapes" beside "1,700 hectares of vineyards") or the earlier value of
a change ("compared with an average of about 11,000") cannot be the fact the other report's figure tells: the
comparer never sets the two side by side (``story.compare.set_against``), so it is no rival
(``story.flags.rival_figures``, feature ``only_figure``). Kept apart: a second figure of the same kind and reading (a
bare number, another count of the noun) stays a rival; two reports that agree are never flagged. Invented reports,
fictional names and outlets."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, conflict_texts

from newsprism.story.compare import settings

pytestmark = pytest.mark.slow  # the slots are read from the spaCy parse; the reports are analysed in full

MARKET_HEAD = "Tessholm winter market opens to smaller crowds"
MARKET_B_HEAD = "Fewer visitors at Tessholm market on opening day"


def _market_flags(a_sent: str, b_sent: str) -> list[tuple[str, str, float]]:
    a = (f"{MARKET_HEAD}\n{a_sent} Stallholders blamed the cold and the closure of the riverside car park for the "
         "smaller crowds.\nThe market runs until the end of December.\n")
    b = (f"{MARKET_B_HEAD}\n{b_sent} Traders said the cold had kept families at home.\nThe organisers hope the "
         "weekend will bring more shoppers.\n")
    r = analyzed_reports(("a_tess", "Tessholm Town Crier", MARKET_HEAD, a),
                         ("b_river", "Rivermouth Evening Star", MARKET_B_HEAD, b))
    return conflict_texts(r, "count", "a_tess", "b_river")


BEFORE_A = ("Counters at the gates recorded 8,200 visitors at the Tessholm winter market on its opening day, "
            "compared with an average of about 11,000 on an opening day in past years.")
PLAIN_B = "The Tessholm winter market drew 5,900 visitors on its opening day, the organisers said."


def _shown(found: list[tuple[str, str, float]], a_words: str, b_words: str) -> list[float]:
    return [c for a, b, c in found if a_words in a and b_words in b and c >= 0.5]


def test_an_earlier_value_is_no_rival_of_the_present_figure():
    found = _market_flags(BEFORE_A, PLAIN_B)
    assert _shown(found, "8,200", "5,900"), found


def test_the_switch_off_holds_the_visitor_conflict(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(settings(), "rivals_comparable", False)
    found = _market_flags(BEFORE_A, PLAIN_B)
    assert not _shown(found, "8,200", "5,900"), found


def test_a_second_count_of_the_same_reading_stays_a_rival():
    # another present count of the sentence may be the one the other report gives
    a = ("Counters at the gates recorded 8,200 visitors at the Tessholm winter market on its opening day, and 600 "
         "more came for the evening lantern parade.")
    found = _market_flags(a, PLAIN_B)
    assert not _shown(found, "8,200", "5,900"), found


def test_two_reports_that_agree_are_not_flagged():
    # the compatible look-alike: one count in both, the earlier value beside one of them
    found = _market_flags(BEFORE_A, PLAIN_B.replace("5,900", "8,200"))
    assert not [c for _, _, c in found if c >= 0.5], found


VINE_HEAD = "Orsk valley growers fear for vineyards after frost"
VINE_B_HEAD = "Frost damage in Orsk vineyards"


def _vine_flags(a_sent: str, b_sent: str) -> list[tuple[str, str, float]]:
    a = (f"{VINE_HEAD}\n{a_sent} A late frost has damaged vines across the valley, the regional growers' association "
         "said on Tuesday.\nGrowers will know the full damage in the spring.\n")
    b = (f"{VINE_B_HEAD}\n{b_sent} Frost struck the vineyards overnight on Monday, growers said.\n"
         "The association has asked the province for emergency help.\n")
    r = analyzed_reports(("a_orsk", "Orsk Valley Gazette", VINE_HEAD, a),
                         ("b_frost", "Growers' Weekly Ledger", VINE_B_HEAD, b))
    return conflict_texts(r, "quantity", "a_orsk", "b_frost")


AREA_A = "The vineyards of the Orsk valley cover 2,400 hectares and supply most of the country's white wine."
AREA_B = "The valley's 1,700 hectares of vineyards yielded about 9,000 tonnes of grapes last year."


def test_a_figure_of_another_unit_is_no_rival():
    found = _vine_flags(AREA_A, AREA_B)
    assert _shown(found, "2,400", "1,700"), found


def test_the_switch_off_holds_the_area_conflict(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(settings(), "rivals_comparable", False)
    found = _vine_flags(AREA_A, AREA_B)
    assert not _shown(found, "2,400", "1,700"), found


def test_two_areas_of_one_report_that_agree_are_not_flagged():
    # the compatible look-alike: the same area in both, tonnes beside one of them
    found = _vine_flags(AREA_A, AREA_B.replace("1,700", "2,400"))
    assert not [c for _, _, c in found if c >= 0.5], found
