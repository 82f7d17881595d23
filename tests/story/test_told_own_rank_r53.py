"""Two different ranks each of its report's own happening are told by the other report only as ranks of that series;
one rank given by both reports stays an agreement as before (round 53, issue 11, branch ``ord53``; switch
``ordinal_told_own_rank``). Round 52b built the series check of ``flags.ordinal_told_across`` for two ranks that each
point back to their report's own happening (feature ``refers``: "It is the fourth time ...", "This is the bridge's
third closure"), but asked it of agreements too, and a right real agreement (both reports' "it was the first time",
told with two verbs) fell below 0.5. The question the check answers is whether a CONFLICT of two ranks is told by
both reports; one rank given by both is no conflict, so round 53 asks it only when the two ranks differ.
Invented reports, fictional names and outlets."""

from __future__ import annotations

import hand_sources as hand
import pytest
from hand_sources import analyzed_reports, conflict_texts

from newsprism.model import Analysis
from newsprism.story.compare import Finding, settings
from newsprism.story.flags import told_by_both

HEAD_A = "Corvel shuts the Orrin bridge to lorries after cracks are found"
HEAD_B = "Lorries barred from the Orrin bridge"

A_TEXT = (f"{HEAD_A}\nCorvel district council closed the Orrin bridge to lorries on Wednesday after engineers found "
          "cracks in two of its steel girders.\n"
          "It is the fourth time in six years that Corvel has closed the Orrin bridge to lorries.\n"
          "Buses will be let across first, the council said, and repairs should start in the third week of March.\n"
          "Hauliers must use the ring road, which adds about 40 minutes to the journey.\n")

B_TEXT = (f"{HEAD_B}\nLorries may no longer cross the Orrin bridge after the district council shut it on Wednesday "
          "because of cracked girders.\n"
          "This is the bridge's third closure to lorries, the council said.\n"
          "Corvel, the valley's fourth town, depends on the bridge for most of its deliveries.\n"
          "Engineers expect the repairs to take about two months.\n")


def _bridge() -> Analysis:
    return analyzed_reports(("a_corvel", "Corvel Weekly Post", HEAD_A, A_TEXT),
                            ("b_orrin", "Orrin Valley Times", HEAD_B, B_TEXT))


def _shown_closures() -> list[tuple[str, str, float]]:
    return [(a, b, c) for a, b, c in conflict_texts(_bridge(), "ordinal", "a_corvel", "b_orrin")
            if "fourth" in a and "third" in b and c >= 0.5]


@pytest.mark.slow
def test_two_ranks_of_one_series_are_not_told_by_a_fourth_town_and_a_third_week() -> None:
    # "the fourth time ... closed the Orrin bridge" / "the bridge's third closure": each report's own rank of its one
    # closure; A's "third week" and B's "fourth town" order weeks and towns, not closures
    assert _shown_closures()


@pytest.mark.slow
def test_switched_off_the_value_alone_drops_the_two_closures(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(settings(), "ordinal_told_own_rank", False)
    assert not _shown_closures()


def test_two_different_own_ranks_are_not_told_by_a_rank_of_another_noun(monkeypatch: pytest.MonkeyPatch) -> None:
    # "second walkout" / "third walkout": two ranks of one series; A's "third gate" and B's "second shift" order
    # gates and shifts, so neither report tells the other's rank of the walkouts
    a_text = "It was the second walkout at the Brisa cannery, and pickets stood at the third gate."
    b_text = "It was the cannery's third walkout; the second shift kept working."

    def finding() -> Finding:
        return hand.ordinal_finding(a_text, hand.ordinals(a_text, ("second walkout", 2, "walkout", None),
                                                          ("third gate", 3, "gate", None)),
                                    b_text, hand.ordinals(b_text, ("third walkout", 3, "walkout", None),
                                                          ("second shift", 2, "shift", None)),
                                    {"refers": 1.0})

    f = finding()
    assert f.features["told_across"] == 0.0
    assert not told_by_both(f)
    monkeypatch.setitem(settings(), "ordinal_told_own_rank", False)
    assert told_by_both(finding())  # the value alone: "third gate" and "second shift" tell both ranks


def test_one_rank_given_by_both_keeps_the_value_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # the same rank in both reports, each ranking its own happening with another noun ("strike" / "shutdown"): an
    # agreement, not a conflict, so the series check is not asked and told_across is as the value-only key reads it
    a_text = "It was the first strike at the Brisa cannery, the union said."
    b_text = "It was the first shutdown of the Brisa cannery in its history."

    def told() -> float:
        f = hand.ordinal_finding(a_text, hand.ordinals(a_text, ("first strike", 1, "strike", None)),
                                 b_text, hand.ordinals(b_text, ("first shutdown", 1, "shutdown", None)),
                                 {"refers": 1.0})
        return f.features["told_across"]

    on = told()
    monkeypatch.setitem(settings(), "ordinal_told_own_rank", False)
    assert on == told() == 1.0


AGREE_A = ("Tessaly ferry crew rescued from a sandbank\nThe crew of the Tessaly ferry Marisol were lifted off a "
           "sandbank near Brannock Point on Saturday after the vessel ran aground in fog.\n"
           "Harbour master Idris Cole said it was the first time he had heard of a ferry stranded on the bank.\n"
           "The eleven passengers were taken ashore in a lifeboat.\n")
AGREE_B = ("Ferry runs aground at Brannock Point\nThe Marisol, a ferry on the Tessaly run, ran aground on a sandbank "
           "near Brannock Point in thick fog on Saturday.\n"
           "Harbour master Idris Cole said it was the first time he had seen a ferry go aground there.\n"
           "A lifeboat brought the eleven passengers to shore, and the crew were lifted off by helicopter.\n")


def _agreements() -> list[tuple[str, float]]:
    r = analyzed_reports(("a_tessaly", "Tessaly Evening Star", "Tessaly ferry crew rescued from a sandbank", AGREE_A),
                         ("b_brannock", "Brannock Herald", "Ferry runs aground at Brannock Point", AGREE_B))
    return sorted((" / ".join(sorted(s.text for s in d.sides)), round(float(d.confidence), 6))
                  for d in r.story.consensus if d.slot == "ordinal")


@pytest.mark.slow
def test_the_same_first_time_told_with_two_verbs_stays_an_agreement_at_the_base_confidence(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # both reports: "it was the first time he had heard of / seen ...": one rank, so the base reading stands
    on = _agreements()
    monkeypatch.setitem(settings(), "ordinal_told_own_rank", False)
    assert on == _agreements()


QF_A = ("Kestrel Rovers reach the cup semifinal\nKestrel Rovers will play the winner of Friday's second quarterfinal "
        "between Dorran Athletic and Velm Harriers after a 2-1 win on Thursday.\n"
        "Rovers trailed at the end of the first half before two goals from Ansel Pike.\n")
QF_B = ("Pike double sends Rovers through\nKestrel Rovers beat Lisk United 2-1 in the first quarterfinal on Thursday "
        "at Hollin Park.\n"
        "Ansel Pike scored both goals in the second half.\n")


@pytest.mark.slow
def test_two_quarterfinals_of_one_cup_stay_unflagged() -> None:
    # look-alike: "the winner of Friday's second quarterfinal" is another game than "in the first quarterfinal";
    # neither rank points back to its report's own happening, and the ranks of the two halves are told by both
    r = analyzed_reports(("a_kestrel", "Kestrel Gazette", "Kestrel Rovers reach the cup semifinal", QF_A),
                         ("b_hollin", "Hollin Sports Desk", "Pike double sends Rovers through", QF_B))
    assert not [t for t in conflict_texts(r, "ordinal", "a_kestrel", "b_hollin") if t[2] >= 0.5]


def test_two_quarterfinals_that_do_not_point_back_keep_the_value_alone() -> None:
    a_text = "Rovers will meet the winner of Friday's second quarterfinal, having trailed at the end of the first half."
    b_text = "Rovers beat Lisk United in the first quarterfinal, scoring twice in the second half."
    f = hand.ordinal_finding(a_text, hand.ordinals(a_text, ("second quarterfinal", 2, "quarterfinal", None),
                                                   ("first half", 1, "half", None)),
                             b_text, hand.ordinals(b_text, ("first quarterfinal", 1, "quarterfinal", None),
                                                   ("second half", 2, "half", None)))
    assert f.features["told_across"] == 1.0
    assert told_by_both(f)
