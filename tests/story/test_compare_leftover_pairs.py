"""Round 13 (extract): figures of one specific counted thing left over after the mutual-best pairing are paired
among themselves, so a figure whose best partner was taken by a closer pair is still compared; figures of an
unknown or generic thing are not re-paired. And "carrier" names an airline (one counted thing). Invented cases."""

from __future__ import annotations

from newsprism.story.compare import _Cand, _mutual_best, _pair_leftovers, noun_match


def _cand(i: int, j: int, score: float, specific: bool = True) -> _Cand:
    return _Cand(i, j, score, {"specific": 1.0} if specific else {})


def test_a_figure_whose_best_partner_is_taken_pairs_with_its_next():
    # A0 "2.1 billion dinars" (fund) pairs with B1 "2.1 billion dinars"; B0 "58 million dinars" liked A0 best,
    # so the first round leaves it and A1 "85 million dinars" alone; the second round pairs them
    cands = [_cand(0, 1, 2.0), _cand(0, 0, 1.3), _cand(1, 0, 1.0), _cand(1, 1, 0.9)]
    chosen = _mutual_best(cands)
    assert [(c.i, c.j) for c in chosen] == [(0, 1)]
    assert [(c.i, c.j) for c in _pair_leftovers(cands, chosen)] == [(1, 0)]


def test_figures_of_an_unknown_thing_are_not_re_paired():
    cands = [_cand(0, 1, 2.0, False), _cand(0, 0, 1.3, False), _cand(1, 0, 1.0, False)]
    chosen = _mutual_best(cands)
    assert _pair_leftovers(cands, chosen) == []


def test_each_figure_pairs_once_over_the_rounds():
    cands = [_cand(0, 0, 2.0), _cand(1, 0, 1.5), _cand(2, 0, 1.4), _cand(1, 1, 1.0), _cand(2, 1, 0.8)]
    chosen = _mutual_best(cands)
    more = _pair_leftovers(cands, chosen)
    pairs = [(c.i, c.j) for c in chosen + more]
    assert pairs == [(0, 0), (1, 1)]
    assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})


def test_a_carrier_is_an_airline():
    assert noun_match("carrier", "airline") == 0.8
    assert noun_match("carrier", "airport") == -1.0
