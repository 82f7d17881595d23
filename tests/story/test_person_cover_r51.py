""""People" names any persons: a count of people and a count of a kind of person, told by one act of one doer once
in each report, count one group (``compare.person_cover``, ``confidence.person_cover_one_act``, ``owners.one_act``;
switch ``person_cover_one_act``, round 51, issue 11). "Police detained 46 people" / "Sixty-three protesters were
arrested": the counted nouns differ, so the base code dropped the pair as two different things (a noun clash).
Kept apart: two employers' staff ("the plant employs 900 workers" / "the rival plant employs 300 people"), those
picked up against those aboard (two acts), a report that counts two groups of persons by the act, and "men" /
"women" (two general words). Invented reports, fictional names and outlets."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, conflict_texts

from newsprism.story.compare import person_cover, settings

pytestmark = pytest.mark.slow  # the doers are read from the spaCy parse; the reports are analysed in full

HEAD_A = "Police detain dozens after Corlen march turns violent"
HEAD_B = "Corlen march ends in clashes and arrests"


def _a(arrests: str) -> str:
    return (f"{HEAD_A}\n{arrests} The march, called by the opposition Vessic League over a new press law, began "
            "peacefully outside the Corlen city hall on Saturday morning.\n"
            "Clashes broke out when marchers tried to cross the Ambry bridge, which officers had closed.\n"
            "The interior ministry said eight officers were treated for minor injuries.\n"
            "The Vessic League said it would march again next Saturday.\n")


def _b(arrests: str) -> str:
    return (f"{HEAD_B}\nA march against the new press law in Corlen ended in clashes on Saturday after officers "
            f"closed the Ambry bridge to the crowd. {arrests}\n"
            "Leaders of the Vessic League, which organised the march, accused the police of provoking the crowd by "
            "closing the bridge without warning.\n"
            "The press law, passed last month, lets the government close newspapers for up to a year.\n"
            "The league said it would march again next Saturday.\n")


DETAINED_46 = "Police detained 46 people in central Corlen after the march turned violent, the interior ministry said."
ARRESTED_63 = "Sixty-three protesters were arrested, lawyers for the league said on Sunday."


def _conflicts(a_text: str, b_text: str) -> list[tuple[str, str, float]]:
    r = analyzed_reports(("a_tessin", "Tessin Morning Wire", HEAD_A, a_text),
                         ("b_corlen", "Corlen Evening Ledger", HEAD_B, b_text))
    return conflict_texts(r, "count", "a_tessin", "b_corlen")


def _on(found: list[tuple[str, str, float]], a_fig: str, b_fig: str) -> list[float]:
    return [c for a, b, c in found if a_fig in a and b_fig.lower() in b.lower()]


@pytest.mark.parametrize(("a", "b", "joined"), [
    ("people", "protester", True), ("passenger", "people", True), ("men", "miner", True),
    ("people", "customer", True), ("men", "women", False), ("people", "boat", False), ("people", "people", False),
    ("protester", "passenger", False),
])
def test_people_covers_a_kind_of_person(a: str, b: str, joined: bool):
    assert person_cover(a, b) is joined


def test_people_detained_and_protesters_arrested_is_one_count_shown():
    found = _conflicts(_a(DETAINED_46), _b(ARRESTED_63))
    assert [c for c in _on(found, "46", "Sixty-three") if c >= 0.5], found


def test_the_switch_off_drops_it(monkeypatch: pytest.MonkeyPatch):
    # the hole on the base code: "people" / "protesters" is a noun clash, the pair is never compared
    monkeypatch.setitem(settings(), "person_cover_one_act", {"enabled": False, "nouns": []})
    found = _conflicts(_a(DETAINED_46), _b(ARRESTED_63))
    assert not [c for c in _on(found, "46", "Sixty-three") if c >= 0.5], found


def test_a_report_that_counts_two_groups_of_persons_is_not_lifted():
    # "people" in the other report may be either group: which one cannot be read
    twice = ARRESTED_63 + " Police also arrested 12 journalists who were covering the march."
    found = _conflicts(_a(DETAINED_46), _b(twice))
    assert not [c for c in _on(found, "46", "Sixty-three") if c >= 0.5], found


def test_two_employers_are_not_flagged():
    # a compatible look-alike: one verb, "people" and a kind of person, two doers
    head_a, head_b = "Marrow valley glassworks to expand", "Glassworks of the Marrow valley"
    a_text = (f"{head_a}\nThe Tallis glassworks at Marrow employs 900 workers and plans a second furnace next year.\n"
              "Its owners said orders had risen by a fifth since the spring.\n")
    b_text = (f"{head_b}\nThe Tallis glassworks will add a second furnace next year, its owners said.\n"
              "The rival Oddney glassworks, which opened in 1998, employs 300 people.\n"
              "Gas prices in the valley have risen since the spring.\n")
    r = analyzed_reports(("a_marrow", "Marrow Valley Post", head_a, a_text),
                         ("b_oddney", "Oddney Weekly", head_b, b_text))
    shown = [d for d in r.story.discrepancies if d.kind in ("conflict", "precision") and d.confidence >= 0.5]
    assert not shown, [(d.statement, d.confidence) for d in shown]


def test_those_picked_up_and_those_aboard_are_not_flagged():
    # a compatible look-alike: a part and its whole, told by two acts
    head = "Trawler sinks off Keld point"
    a_text = (f"{head}\nThe Keld trawler Sea Wren sank off Keld point on Monday night after striking a rock.\n"
              "A lifeboat from Keld picked up two sailors from a life raft an hour after the sinking.\n"
              "The coastguard said the search for the others would go on through the night.\n")
    b_text = (f"{head}\nThe trawler Sea Wren sank off Keld point on Monday night after it struck a rock.\n"
              "The Sea Wren had five people aboard when it left Keld harbour on Monday morning.\n"
              "The coastguard said the search would go on through the night.\n")
    r = analyzed_reports(("a_keld", "Keld Harbour News", head, a_text), ("b_norr", "Norr Coast Daily", head, b_text))
    shown = [d for d in r.story.discrepancies if d.kind in ("conflict", "precision") and d.confidence >= 0.5]
    assert not shown, [(d.statement, d.confidence) for d in shown]
