"""A pair of figures that overlap as intervals but lie far apart takes the mutual-best choice in ``compare._amounts``
by the agreement credit of the pair score (``same_value``), and is then dropped by the value test as two figures
(``compare.far_apart``), so the figure it beat is never compared with its true partner. "Twenty-six runners needed
hospital treatment" and "Fewer than 9,000 runners set off" are both true of one race but two figures; "More than
12,000 runners started" / "Fewer than 9,000 runners set off" is the race's one disagreement, never shown.

Round 54 (issue 11, branch ``cnt54``) measured a rule that gave such a pair no agreement credit at pairing
(``pair_far_apart_no_agreement``, c5c3853): 709 -> 718 planted shown on the 45 dev sets, but a compatible variation
shown (wire30 s4_part, "Four soldiers remain in hospital" / "12 soldiers were wounded", lifted at 0.67 once paired)
and compatible found 42 -> 45, so it was not shipped (benchmarks/story.md, round 54 cnt54). The hole stays recorded
as a strict xfail; the look-alikes (a bound holding a close figure, a bound far from another group's figure) pass on
the base code. Invented reports, fictional names and outlets."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, conflict_texts

pytestmark = pytest.mark.slow  # the reports are analysed in full

HEAD_A = "Thousands run Hallow Bay half marathon in the heat"
HEAD_B = "Heat thins the field at Hallow Bay half marathon"

TREATED = ("Twenty-six runners needed hospital treatment after temperatures rose sharply through the morning, the "
           "city's ambulance service said.\n")


def _a(started: str, treated: str = TREATED) -> str:
    return (f"{HEAD_A}\n{started} runners started the Hallow Bay half marathon on Sunday, the organisers said, the "
            f"largest field in the race's history.\n{treated}"
            "The winner, Tomas Verlin, finished in just over 64 minutes.\n")


def _b(set_off: str) -> str:
    return (f"{HEAD_B}\n{set_off} runners set off from the harbour square, the smallest field in years, after many "
            "stayed away because of the forecast.\n"
            "The race was won by Tomas Verlin of the Hallow Harriers.\n"
            "Organisers said water stations had been doubled along the course.\n")


def _conflicts(a_text: str, b_text: str) -> list[tuple[str, str, float]]:
    r = analyzed_reports(("a_hallow", "Hallow Bay Courier", HEAD_A, a_text),
                         ("b_coast", "Coastline Evening News", HEAD_B, b_text))
    return conflict_texts(r, "count", "a_hallow", "b_coast")


def _on(found: list[tuple[str, str, float]], a_fig: str, b_fig: str) -> list[float]:
    return [c for a, b, c in found if a_fig in a and b_fig in b]


@pytest.mark.xfail(strict=True, reason="round 54 cnt54: 'Twenty-six runners' / 'fewer than 9,000 runners' (overlapping, "
                   "far apart) wins the pairing by the agreement credit and is dropped after it; the two field sizes "
                   "are never compared (the rule that closes it showed a compatible variation on wire30: not shipped)")
def test_the_two_field_sizes_pair_and_are_shown():
    found = _conflicts(_a("More than 12,000"), _b("Fewer than 9,000"))
    assert [c for c in _on(found, "12,000", "9,000") if c >= 0.5], found


def test_a_bound_that_holds_a_close_figure_is_no_conflict():
    # a compatible look-alike: "more than 12,000" holds "about 12,400"; the treated runners are another group
    found = _conflicts(_a("More than 12,000"), _b("About 12,400"))
    assert not [c for _, _, c in found if c >= 0.5], found


def test_a_bound_far_from_another_group_is_no_conflict():
    # without a field size in the first report, "fewer than 9,000" has no partner: the treated runners are no rival
    found = _conflicts(_a("Thousands of", ""), _b("Fewer than 9,000"))
    assert not [c for _, _, c in found if c >= 0.5], found
