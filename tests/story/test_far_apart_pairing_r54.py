"""Two figures whose intervals overlap but that lie far apart are no agreement when the pairs of two reports are
scored for the mutual-best choice (``compare.agrees``, the ``same_value`` pair feature; switch
``pair_far_apart_no_agreement``, round 54, issue 11). "Twenty-six runners needed hospital treatment" and "Fewer than
9,000 runners set off" are both true of one race, but they are two figures, and the value test after pairing drops
the pair (``compare.far_apart``); given the agreement credit at pairing it took "fewer than 9,000" from its true
partner, "More than 12,000 runners started", and the race's one disagreement was never compared. Kept apart: a
bound that holds a figure close to it ("More than 12,000" / "About 12,400") is an agreement and no conflict, and a
bound far from a figure of another group ("fewer than 9,000" / "twenty-six treated") is no conflict either.
Invented reports, fictional names and outlets."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, conflict_texts

from newsprism.claims.amounts import Amount
from newsprism.story.compare import agrees, settings

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


def _count(text: str, value: float, bound: str) -> Amount:
    low, high = {"gt": (value, float("inf")), "lt": (0.0, value), "exact": (value, value)}[bound]
    return Amount(start=0, end=len(text), text=text, value=value, low=low, high=high, bound=bound,  # type: ignore[arg-type]
                  dim="count", noun="runner")


@pytest.mark.slow
def test_the_two_field_sizes_pair_and_are_shown():
    found = _conflicts(_a("More than 12,000"), _b("Fewer than 9,000"))
    assert [c for c in _on(found, "12,000", "9,000") if c >= 0.5], found


@pytest.mark.slow
def test_the_switch_off_leaves_them_unpaired(monkeypatch: pytest.MonkeyPatch):
    # the hole: "Twenty-six" / "fewer than 9,000" wins the choice by agreeing, is dropped as two figures after it
    monkeypatch.setitem(settings(), "pair_far_apart_no_agreement", False)
    found = _conflicts(_a("More than 12,000"), _b("Fewer than 9,000"))
    assert not _on(found, "12,000", "9,000"), found


@pytest.mark.slow
def test_a_bound_that_holds_a_close_figure_is_no_conflict():
    # a compatible look-alike: "more than 12,000" holds "about 12,400"; the treated runners are another group
    found = _conflicts(_a("More than 12,000"), _b("About 12,400"))
    assert not [c for _, _, c in found if c >= 0.5], found


@pytest.mark.slow
def test_a_bound_far_from_another_group_is_no_conflict():
    # without a field size in the first report, "fewer than 9,000" has no partner: the treated runners are no rival
    found = _conflicts(_a("Thousands of", ""), _b("Fewer than 9,000"))
    assert not [c for _, _, c in found if c >= 0.5], found


def test_agrees_reads_agreement_as_the_value_test_does(monkeypatch: pytest.MonkeyPatch):
    cfg = settings()
    few, many, near = _count("fewer than 9,000", 9000, "lt"), _count("twenty-six", 26, "exact"), \
        _count("8,800", 8800, "exact")
    assert not agrees(few, many, "compatible", cfg)  # overlapping, but 346 times apart: two figures
    assert agrees(few, near, "compatible", cfg)  # within agreement_max_ratio: one figure told with a bound
    assert agrees(many, many, "same", cfg)
    assert not agrees(few, _count("12,000", 12000, "exact"), "conflict", cfg)
    monkeypatch.setitem(cfg, "pair_far_apart_no_agreement", False)
    assert agrees(few, many, "compatible", cfg)  # the base: any overlap is an agreement at pairing
