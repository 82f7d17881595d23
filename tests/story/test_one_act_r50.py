"""One act, one counted noun, one doer, told once in each report, is one fact however unlike the two sentences read
(``owners.one_act``, feature ``one_act``; ``confidence.one_act_floor``; switch ``one_fact_one_act``, round 50, issue
11). "Police arrested 17 people" / "a police spokesman said 11 people had been arrested": the learned same-happening
test reads two unlike sentences and held the conflict below the bar; the act (arrest), the thing counted (people) and
who did it (the police; an agentless passive on the other side) are named in both. Kept apart: two holders of one
kind ("The Sallow creamery employs 180 people" / "The rival Dunholt creamery employs 95 people"), and a report that
counts the act twice (a day's arrests and an earlier day's). Invented reports, fictional names and outlets."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, conflict_texts

from newsprism.story.compare import settings
from newsprism.story.owners import read_doer

pytestmark = pytest.mark.slow  # the doers are read from the spaCy parse; the reports are analysed in full

HEAD_A = "Police arrest 17 after clashes at Tessary dock protest"
HEAD_B = "Dock strike turns violent in Tessary"


def _a(arrests: str) -> str:
    return (f"{HEAD_A}\n{arrests} The clashes began when striking dock workers tried to force their way past "
            "security guards at the main gate of the port of Tessary.\n"
            "The Tessary Dockers' Union called the strike last week over a plan to cut night-shift pay.\n"
            "Ships were left waiting in the bay for most of the day.\n"
            "The port authority said it would meet union leaders on Tuesday.\n")


def _b(arrests: str) -> str:
    return (f"{HEAD_B}\nA strike at the port of Tessary turned violent on Saturday when dock workers tried to break "
            f"through a line of security guards at the main gate. {arrests}\n"
            "Union leaders blamed the port authority for hiring private guards, who they said had provoked the "
            "workers by blocking the gate with lorries.\n"
            "The strike, called over night-shift pay, is in its second week, and ships have been diverted to "
            "the ports of Halden and Brisk.\n"
            "The port authority said talks with the union would resume on Tuesday.\n")


ARRESTED_17 = ("Police arrested 17 people at the main gate and at homes in the nearby villages of Orm and Kessel, and "
               "seized two vans loaded with iron bars.")
SAID_11 = "Police said 11 people had been arrested."


def _conflicts(a_text: str, b_text: str) -> list[tuple[str, str, float]]:
    r = analyzed_reports(("a_varo", "Varo Courier", HEAD_A, a_text),
                         ("b_lenmark", "Lenmark Daily Bulletin", HEAD_B, b_text))
    return conflict_texts(r, "count", "a_varo", "b_lenmark")


def _on(found: list[tuple[str, str, float]], a_fig: str, b_fig: str) -> list[float]:
    return [c for a, b, c in found if a_fig in a and b_fig in b]


def test_one_arrest_count_told_in_two_unlike_sentences_is_shown():
    found = _conflicts(_a(ARRESTED_17), _b(SAID_11))
    assert [c for c in _on(found, "17", "11") if c >= 0.5], found


def test_the_switch_off_hides_it(monkeypatch: pytest.MonkeyPatch):
    # the hole: the same-happening cap holds the pair below the bar (found, behind "show more")
    monkeypatch.setitem(settings(), "one_fact_one_act", False)
    found = _conflicts(_a(ARRESTED_17), _b(SAID_11))
    assert not [c for c in _on(found, "17", "11") if c >= 0.5], found


def test_a_report_that_counts_the_act_twice_is_not_lifted():
    # a day's arrests and an earlier day's: which one the other report's figure tells cannot be read
    twice = ARRESTED_17 + " Officers had arrested 23 people at the same gate on Friday."
    found = _conflicts(_a(twice), _b(SAID_11))
    assert not [c for c in _on(found, "17", "11") if c >= 0.5], found


def test_two_holders_of_one_kind_are_not_flagged():
    # a compatible look-alike: two creameries, one verb, one counted noun, two doers
    head_a, head_b = "Sallow creamery to expand", "Creameries of the Oster valley"
    a_text = (f"{head_a}\nThe Sallow creamery employs 180 people and plans to add a cheese line next year.\n"
              "Its owners said milk deliveries had risen by a fifth since the spring.\n")
    b_text = (f"{head_b}\nThe Sallow creamery will add a cheese line next year, its owners said.\n"
              "The rival Dunholt creamery, which opened in 2001, employs 95 people.\n"
              "Milk prices in the valley have risen since the spring.\n")
    r = analyzed_reports(("a_oster", "Oster Valley Post", head_a, a_text),
                         ("b_dunholt", "Dunholt Weekly", head_b, b_text))
    shown = [d for d in r.story.discrepancies if d.kind in ("conflict", "precision") and d.confidence >= 0.5]
    assert not shown, [(d.statement, d.confidence) for d in shown]


@pytest.mark.parametrize(("sentence", "figure", "kind"), [
    ("Police arrested 17 people after the clashes.", "17", "agent"),
    ("Police said 11 people had been arrested.", "11", "passive"),
    ("At least 17 people died in the fire.", "17", "itself"),
])
def test_the_doer_reading(sentence: str, figure: str, kind: str):
    i = sentence.index(figure)
    assert read_doer(sentence, i, i + len(figure), figure, "people")[0] == kind


def test_two_creameries_are_two_doers():
    a, b = "The Sallow creamery employs 180 people.", "The rival Dunholt creamery employs 95 people."
    da = read_doer(a, a.index("180"), a.index("180") + 3, "180", "people")
    db = read_doer(b, b.index("95"), b.index("95") + 2, "95", "people")
    assert da[0] == db[0] == "agent" and da[1] != db[1]
