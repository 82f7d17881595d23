"""Two lengths of time that measure one thing read from their own phrases ("will stay closed for six weeks" / "a
ten-week closure", "banned for six weeks" / "a 30-day ban") are one fact told two ways wherever they sit in their
reports: the measure lift does not ask its depth test of them (story/confidence.measured_anywhere, round 48, issue 11),
as the told-measure lift does not ask it of one named thing's measure (round 36). The depth test stood in for what a
figure's own phrase did not say: a figure deep in a report was another group or sum of the same noun. Two lengths of
two things, deep in both reports, stay behind "show more": their phrases name two things, so depth is asked as
before, and so do lengths told in a sentence that ties them to a time of their own (a year, "when it was last
closed"): an earlier instance of the thing, told as background; so do lengths of a noun told in the plural
("signed five-year contracts with two firms"), several things each with its own length. Invented reports, fictional names (the footbridge of Marrow Lane in the town of Kesst)."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, discrepancies_between

from newsprism.claims.amounts import Amount
from newsprism.story.compare import Finding, Side, settings
from newsprism.story.confidence import measured_anywhere, one_fact_measure

LEAD_A = ("Kesst council closed the Marrow Lane footbridge over the river Oss on Monday after an inspector found"
          " cracked welds under its deck, the council said. The bridge links the old town with the railway station."
          " About 4,000 people cross it on a weekday, most of them on foot or by bicycle. Buses will carry"
          " pedestrians between the station and the market square free of charge, the council said, and a"
          " temporary crossing for cyclists is being planned. Shops on the market square said they feared losing"
          " trade in the weeks before the winter fair.")
LEAD_B = ("The footbridge on Marrow Lane in Kesst was shut to the public on Monday when an inspection found"
          " cracks in the welds that hold up its deck, town officials said. The crossing joins the station to the"
          " old town. Council buses will take people across the river without charge, and the market traders'"
          " association has asked for help with its rents during the work. The bridge was built in 1988 and last"
          " painted four years ago.")

# one thing's length, told deep in both reports (depth above one_fact_depth_max), by a verb and by a noun made
# from it ("closed" / "closure"); the owners are not read as one (the footbridge / the engineers)
CLOSURE = ("The council said the footbridge would stay closed for six weeks while welders replace the cracked parts.",
           "Engineers have asked the council for a ten-week closure so that the whole deck can be rebuilt.",
           "six weeks", "ten-week")
# the same closure's length told with the verb "last" (a verb of duration, not the adjective of "the last closure")
LASTS = ("The council said the footbridge would stay closed for six weeks while welders replace the cracked parts.",
         "Engineers said the closure would last ten weeks so that the whole deck can be rebuilt.",
         "six weeks", "ten weeks")
# an earlier closure's length, told as background deep in one report: the sentence sets it before this closure
EARLIER = ("The council said the footbridge would stay closed for six weeks while welders replace the cracked parts.",
           "When the council last closed the footbridge, it stayed closed for ten weeks, officials said.",
           "six weeks", "ten weeks")
DATED = ("The council said the footbridge would stay closed for six weeks while welders replace the cracked parts.",
         "In 2019 the council closed the footbridge for ten weeks, officials said.",
         "six weeks", "ten weeks")
# several contracts' lengths (a plural) against one contract's: several things, each with its own length
SEVERAL = ("The council also signed five-year contracts with two welding firms, officials said.",
           "The architect is in the second year of a three-year contract with the council.",
           "five-year", "three-year")
# two things' lengths, told deep in both reports: the closure and the welders' repair work, two things named
REPAIRS = ("The council said the footbridge would stay closed for six weeks while welders replace the cracked parts.",
           "The council said the welders would need ten weeks to replace the cracked parts, officials said.",
           "six weeks", "ten weeks")


def _story(pair: tuple[str, str, str, str]) -> list:
    a, b, wa, wb = pair
    result = analyzed_reports(
        ("courier", "Kesst Courier", "Marrow Lane footbridge closed", "x\n" + LEAD_A + " " + a),
        ("post", "Oss Valley Gazette", "Cracks shut Kesst footbridge", "x\n" + LEAD_B + " " + b))
    return discrepancies_between(result, "conflict", "duration", ("courier", wa), ("post", wb))


def _top(pair: tuple[str, str, str, str]) -> float:
    flags = _story(pair)
    assert flags, "the pair must be found (kept in the JSON)"
    return max(d.confidence for d in flags)


@pytest.mark.slow  # the whole pipeline on invented reports
def test_one_things_length_deep_in_both_reports_is_shown():
    assert _top(CLOSURE) >= 0.5
    assert _top(LASTS) >= 0.5


@pytest.mark.slow
def test_switched_off_the_deep_length_stays_behind_show_more(monkeypatch):
    monkeypatch.setitem(settings()["one_fact_measure_one_measured_anywhere"], "enabled", False)
    assert _top(CLOSURE) < 0.5
    assert _top(LASTS) < 0.5


@pytest.mark.slow
def test_two_things_lengths_deep_in_both_reports_stay_hidden():
    assert all(d.confidence < 0.5 for d in _story(REPAIRS))


@pytest.mark.slow
def test_an_earlier_instances_length_told_as_background_stays_hidden():
    for pair in (EARLIER, DATED):
        assert all(d.confidence < 0.5 for d in _story(pair))


@pytest.mark.slow
def test_a_length_of_several_things_stays_hidden():
    assert all(d.confidence < 0.5 for d in _story(SEVERAL))


def _finding(**features: float) -> Finding:
    def side(i: int, value: float) -> Side:
        a = Amount(start=0, end=2, text=str(int(value)), value=value, low=value, high=value, bound="exact",
                   dim="duration")
        return Side(source=i, sentence=0, start=0, end=2, text=str(int(value)), value=str(int(value)), amount=a)

    # every test of the measure lift holds for two lengths of one thing read from their own phrases, told deep
    base = {"noun": 0.0, "counted": 0.0, "noun_clash": 0.0, "sole_dim": 1.0, "only_pair": 1.0, "vague": 0.0,
            "told_across_dim": 0.0, "partitive": 0.0, "group_clash": 0.0, "one_measured": 1.0, "same_p": 0.6,
            "depth": 0.8, "same_owner": 0.0, "measured_dated": 0.0, "measured_several": 0.0}
    base.update(features)
    return Finding(kind="conflict", slot="duration", a=side(0, 42.0), b=side(1, 70.0), detail="value",
                   features=base)


def test_one_measured_lengths_are_not_asked_where_they_sit():
    assert measured_anywhere(_finding().features)
    assert one_fact_measure(_finding())


def test_a_length_tied_to_a_time_of_its_own_keeps_the_depth_test():
    # "in 2019 ... closed for ten weeks", "when it was last closed": maybe an earlier instance, told as background
    assert not measured_anywhere(_finding(measured_dated=1.0).features)
    assert not one_fact_measure(_finding(measured_dated=1.0))
    assert one_fact_measure(_finding(measured_dated=1.0, depth=0.3))


def test_a_length_of_a_plural_noun_keeps_the_depth_test():
    # "reached six-year deals with two players" / "the first year of a three-year deal": several deals, one deal
    assert not one_fact_measure(_finding(measured_several=1.0))
    assert one_fact_measure(_finding(measured_several=1.0, depth=0.3))


def test_lengths_of_two_things_are_still_asked_where_they_sit():
    # "stay closed for six weeks" / "the welding will take ten weeks": no one measured thing, so depth is asked
    assert not one_fact_measure(_finding(one_measured=0.0, same_p=0.9))
    assert one_fact_measure(_finding(one_measured=0.0, same_p=0.9, depth=0.3))


def test_the_lifts_other_tests_still_hold_the_pair():
    assert not one_fact_measure(_finding(sole_dim=0.5))  # a report gives another length of that thing
    assert not one_fact_measure(_finding(only_pair=0.0, only_figure=0.0))  # another length in the sentence
    assert not one_fact_measure(_finding(told_across_dim=1.0))  # the other report tells this length too
    assert not one_fact_measure(_finding(same_p=0.4))  # below the pairing floor
    assert not one_fact_measure(_finding(vague=1.0))


def test_switched_off_the_base_depth_test_holds_the_pair(monkeypatch):
    monkeypatch.setitem(settings()["one_fact_measure_one_measured_anywhere"], "enabled", False)
    assert not one_fact_measure(_finding())
    assert one_fact_measure(_finding(depth=0.3))
