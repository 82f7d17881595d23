"""Two words for one kind of thing, counted by one act of one doer once in each report, count one group (round 51,
issue 11; measured on branch ``kin51`` at a441ea7 as ``compare.one_kind``, ``confidence.kind_one_act``, switch
``kind_one_act``, and NOT shipped: +1 dev plant where the gate asks +2; benchmarks/story.md, round 51 kin51).
"the storm had damaged at least 20 houses" / "fewer than ten homes were damaged by the storm": WordNet reads a house
as a kind of home, so the pair is compared (``kind_match``), but the one-fact lift asks one counted noun, every word
of it, and holds the conflict behind "show more"; the hole is kept as a strict xfail. Kept apart (passing): two
acts (damaged / flooded), a report that counts two groups of the kind by the act, two employers' staff (two doers).
Invented reports, fictional names and outlets."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, conflict_texts

pytestmark = pytest.mark.slow  # the doers are read from the spaCy parse; the reports are analysed in full

HEAD = "Storm batters Pellory coast"


def _storm(doc_id: str, outlet: str, damaged: str) -> tuple[str, str, str, str]:
    text = (f"{HEAD}\nA storm with gusts of up to 140 kilometres an hour struck the Pellory coast on Sunday night. "
            f"{damaged}\nPower was cut to the harbour district for most of Monday.\n"
            "The regional council said it would open a fund for repairs next week.\n")
    return doc_id, outlet, HEAD, text


A_20 = ("Fire crews said the storm had damaged at least 20 houses in the fishing village of Vamm, most of them on the "
        "exposed harbour front.")
B_10 = ("Across the district, fewer than ten homes were damaged by the storm, according to the regional fire service, "
        "which sent crews from three towns.")


def _shown(a_sentence: str, b_sentence: str, a_fig: str, b_fig: str) -> list[tuple[str, str, float]]:
    r = analyzed_reports(_storm("a_pell", "Pellory Coast Wire", a_sentence),
                         _storm("b_ostry", "Ostry Evening Star", b_sentence))
    found = conflict_texts(r, "count", "a_pell", "b_ostry")
    return [(a, b, c) for a, b, c in found if a_fig in a and b_fig in b and c >= 0.5]


@pytest.mark.xfail(strict=True, reason="round 51 kin51 (not shipped): houses / homes, one act of one doer told once in "
                   "each report, are one counted thing; one_fact_figure asks noun 1 and counted 1 (0.21 behind show more)")
def test_houses_and_homes_damaged_is_one_count_shown():
    assert _shown(A_20, B_10, "20", "ten")


def test_two_acts_are_not_lifted():
    # damaged / flooded: two acts, two groups of one kind
    assert not _shown(A_20, B_10.replace("damaged", "flooded"), "20", "ten")


def test_a_report_that_counts_two_groups_of_the_kind_is_not_lifted():
    # "homes" in the other report may be the houses or the cottages: which one cannot be read
    twice = A_20 + " The storm also damaged five cottages on the cliff road."
    assert not _shown(twice, B_10, "20", "ten")


def test_two_employers_are_not_flagged():
    # a compatible look-alike: one verb, two words of one kind, two doers
    head_a, head_b = "Marrow valley glassworks to expand", "Glassworks of the Marrow valley"
    a_text = (f"{head_a}\nThe Tallis glassworks at Marrow employs 900 workers and plans a second furnace next year.\n"
              "Its owners said orders had risen by a fifth since the spring.\n")
    b_text = (f"{head_b}\nThe Tallis glassworks will add a second furnace next year, its owners said.\n"
              "The rival Oddney glassworks, which opened in 1998, employs 300 employees.\n"
              "Gas prices in the valley have risen since the spring.\n")
    r = analyzed_reports(("a_marrow", "Marrow Valley Post", head_a, a_text),
                         ("b_oddney", "Oddney Weekly", head_b, b_text))
    shown = [d for d in r.story.discrepancies if d.kind in ("conflict", "precision") and d.confidence >= 0.5]
    assert not shown, [(d.statement, d.confidence) for d in shown]
