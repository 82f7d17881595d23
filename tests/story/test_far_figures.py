"""Two figures more than an order of magnitude apart are two things, not one fact told two ways
(story/confidence.far_figures, round 32, issue 11): such a conflict is held behind "show more" whatever lifts it, by
the family model (alike sentences) or as one fact (unlike ones); figures of one fact told two ways, even far apart
by an estimate's spread ("about 4,000" / "fewer than 500"), keep their confidence. Invented sources, slots built by
hand (no models but the same-happening one)."""

from __future__ import annotations

import hand_sources as hand
import numpy as np

from newsprism.claims.amounts import Amount
from newsprism.claims.slots import SentenceSlots
from newsprism.story.compare import Source, compare_pair, settings
from newsprism.story.confidence import far_figures, one_fact_figure
from newsprism.story.flags import rate


def _source(i: int, text: str, figure: str, value: float, low: float, high: float, bound: str,
            cos_vec: np.ndarray) -> Source:
    at = text.index(figure)
    amount = Amount(start=at, end=at + len(figure), text=figure, value=value, low=low, high=high,
                    bound=bound, dim="count", noun="crate", noun_text="crates",  # type: ignore[arg-type]
                    extra={"verb": "seize"})
    sent = SentenceSlots(start=0, end=len(text), text=text, amounts=[amount])
    return Source(index=i, name=f"Outlet {i}", sentences=[sent], vectors=np.array([cos_vec]), text=text)


def _conflict(a: tuple[str, str, float, float, float, str], b: tuple[str, str, float, float, float, str], cos: float):
    va, vb = hand.vectors(cos)
    sa, sb = _source(0, *a, va), _source(1, *b, vb)
    found = [f for f in compare_pair(sa, sb) if f.kind in ("conflict", "precision")]
    assert len(found) == 1
    rate(found, {0: sa, 1: sb})
    return found[0]


MANY = ("Customs officers at Tarnholm seized 4,800 crates of smuggled cigarettes on Friday.", "4,800",
        4800.0, 4800.0, 4800.0, "exact")
FEW = ("Customs officers at Tarnholm seized 300 crates of smuggled cigarettes on Friday.", "300",
       300.0, 300.0, 300.0, "exact")
SOME = ("Customs officers at Tarnholm seized 1,100 crates of smuggled cigarettes on Friday.", "1,100",
        1100.0, 1100.0, 1100.0, "exact")


def test_figures_an_order_of_magnitude_apart_are_held_behind_show_more():
    cap = settings()["unsure_happening_confidence"]
    for cos in (0.4, 0.8):  # unlike sentences (the one-fact lift) and alike ones (the family model)
        f = _conflict(MANY, FEW, cos)
        assert f.kind == "conflict" and far_figures(f)
        if cos < settings()["shown_min_sentence"]:
            assert one_fact_figure(f)  # one noun, each report's one figure: the lift holds, the far figures cap it
        assert f.confidence <= cap < 0.5


def test_figures_of_one_fact_a_few_times_apart_keep_their_confidence():
    f = _conflict(SOME, FEW, 0.4)  # 1,100 against 300: under ten times apart
    assert f.kind == "conflict" and not far_figures(f)
    assert one_fact_figure(f)
    assert f.confidence >= settings()["one_fact_figure_confidence"] >= 0.5


def test_the_nearer_ends_of_two_ranges_are_measured():
    about = ("Customs officers at Tarnholm seized about 4,000 crates of smuggled cigarettes on Friday.", "about 4,000",
             4000.0, 3600.0, 4400.0, "approx")
    under = ("Customs officers at Tarnholm seized fewer than 500 crates of smuggled cigarettes on Friday.",
             "fewer than 500", 500.0, 0.0, 500.0, "lt")
    f = _conflict(about, under, 0.4)  # 3,600 against 500: seven times apart, one fact told two ways
    assert not far_figures(f)
    assert f.confidence >= 0.5
