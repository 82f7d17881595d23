"""A figure after "from" governed by a word of change ("down from", "up from", "fell from", "cut from", "rose from")
or after "compared with" is the earlier value of a quantity that changed: the before-value, never a rival of the
other report's present figure (claims.slots reads it, ``Amount.extra["before"]``; story.compare pairs a before-value
only with a before-value; switch ``before_value_apart``, round 49, issue 11). One report gives the new price as a
range and the old average after "down from"; the other gives the new price as an estimate. The old average lies
outside the estimate, and the disjoint-bounds lift of round 45 showed the pair as a conflict. Two after-values of one
change ("cut to 44 ... from 52" / "cut to about 50 ... from 52") still disagree, and so do two before-values of one
change. Invented reports, fictional names, outlets and currency."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports

from newsprism.story.compare import settings

pytestmark = pytest.mark.slow  # the slots are read from the spaCy parse; the reports are analysed in full

HEAD = "Orchard growers in Velm protest cut in apple price"
TAIL = ("The union's members approved the cut at a meeting in Harnet last month.\n"
        "The Korsa plant, owned by the Redane Fruit Company, packs most of the valley's apples.\n"
        "A spokesman for the union said talks would resume next week.\n")
OTHER_HEAD = "Growers block Korsa packing plant over price cut"


def _a(price: str) -> str:
    return (f"{HEAD}\nApple growers in the Velm valley began a three-day protest at the Korsa packing plant on Monday "
            f"over a lower price for the autumn harvest. {price}\n{TAIL}")


def _b(price: str) -> str:
    return (f"{OTHER_HEAD}\nGrowers drove 140 trucks to the Korsa packing plant in the Velm valley on Monday, blocking "
            f"its gates for most of the day.\n{price}\nThe Redane Fruit Company, which owns the plant, said it had no "
            "choice.\n")


RANGE_DOWN_FROM = ("From September, growers will be paid between 40 and 46 vorns a crate, depending on grade, down from "
                   "an average of 52 vorns this year.")
ESTIMATE = ("They are angry about a price cut that will leave many of them earning about 43 vorns a crate from "
            "September, less than they say it costs to grow the fruit.")


def _conflicts(a_price: str, b_price: str) -> list[tuple[str, str, float]]:
    r = analyzed_reports(("a_velm", "Velm Farm Wire", HEAD, _a(a_price)),
                         ("b_korsa", "Korsa Evening Post", OTHER_HEAD, _b(b_price)))
    out = []
    for d in r.story.discrepancies:
        if d.kind == "conflict" and d.slot in ("count", "quantity"):
            by = {s.document: s.text for s in d.sides}
            out.append((by["a_velm"], by["b_korsa"], float(d.confidence)))
    return out


def _shown(found: list[tuple[str, str, float]], a_fig: str, b_fig: str) -> list[float]:
    return [c for a, b, c in found if a_fig in a and b_fig in b and c >= 0.5]


def test_the_old_average_after_down_from_is_no_rival_of_the_new_estimate():
    found = _conflicts(RANGE_DOWN_FROM, ESTIMATE)
    assert not _shown(found, "52", "43"), found
    assert not [c for _, _, c in found if c >= 0.5], found


def test_the_switch_off_shows_the_false_conflict(monkeypatch: pytest.MonkeyPatch):
    # the hole of round 45's disjoint-bounds lift: the before-value against the present estimate, shown at 0.67
    monkeypatch.setitem(settings(), "before_value_apart", False)
    assert _shown(_conflicts(RANGE_DOWN_FROM, ESTIMATE), "52", "43")


@pytest.mark.parametrize("before", ["down from an average of 52 vorns this year",
                                    "compared with an average of 52 vorns this year"])
def test_any_word_of_change_marks_the_old_value(before: str):
    a_price = (f"From September, growers will be paid between 40 and 46 vorns a crate, depending on grade, {before}.")
    assert not _shown(_conflicts(a_price, ESTIMATE), "52", "43")


@pytest.mark.parametrize("other", ["about 36 vorns", "47 vorns"])
def test_two_after_values_of_one_change_still_disagree(other: str):
    # "cut to 44 from 52" / "cut to about 36 from 52": the new prices disagree whatever the old one was
    found = _conflicts("The growers' union agreed to cut the price to 44 vorns a crate from 52 vorns.",
                       f"The growers' union agreed to cut the price to {other} a crate from 52 vorns.")
    assert _shown(found, "44", other.split()[-2]), found


def test_two_before_values_of_one_change_still_disagree():
    # "down from 52" / "down from 56": two reports' old values of one change, still compared with each other
    found = _conflicts("From September, growers will be paid about 44 vorns a crate, down from 52 vorns this year.",
                       "From September, growers will be paid about 44 vorns a crate, down from 56 vorns this year.")
    assert _shown(found, "52", "56"), found


def _before(text: str) -> dict[str, bool]:
    from newsprism.claims.slots import sentence_slots
    from newsprism.nlp.spacy_pipe import get_nlp

    s = sentence_slots(next(iter(get_nlp()(text).sents)))
    return {a.text: bool(a.extra.get("before")) for a in s.amounts}


def test_the_reading_of_a_before_value():
    assert _before("Growers will be paid 44 vorns a crate, compared with 52 vorns last year.") == {"44": False,
                                                                                                     "52": True}
    # the parse hangs "from 52 vorns" on "crate"; the "to" phrase carries it to "cut"
    assert _before("The union cut the price to 44 vorns a crate from 52 vorns.") == {"44": False, "52": True}
    # "from" of no change: where the flights come from, not an earlier value
    assert not any(_before("Flights from 12 airports rose to 40 a day.").values())
