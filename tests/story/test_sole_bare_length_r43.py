"""Two lengths of one thing with no counted noun (story/confidence.one_fact_measure's no-noun path): ``sole_dim``
reads "the closure lasted three weeks" as a length of "last", so a report that gives "will close for six weeks" and "in
2019 the closure lasted three weeks" was read as giving one length of the closure. It tells two periods, and
neither is "the" fact the other report's one length contradicts: each length must be its report's only length of
what it measures (round 43, issue 11). The guard tried (``sole_measured_bare``) failed its gate and was not shipped, so
the first case is a strict xfail that records the hole (benchmarks/story.md, round 43). A report that tells its one
length of the thing is lifted. Invented reports run through the library as `compare` runs them
(slow: loads the models)."""

from __future__ import annotations

import pytest
from hand_sources import harbour_story, top_harbour_length

pytestmark = pytest.mark.slow

TWO_CLOSURES = ("The Orlen harbour bridge will close for six weeks from Monday for repairs, the city said. In 2019 the"
                " closure lasted three weeks.")
ONE_CLOSURE = ("Repair crews will shut the bridge over Orlen harbour, which will be closed for four weeks, officials"
               " said.")


@pytest.mark.xfail(strict=True, reason="round 43's guard (sole_measured_bare) failed its gate and was not shipped:"
                   " the known hole of one_fact_measure's no-noun path, benchmarks/story.md, round 43")
def test_a_previous_closure_against_the_coming_one_stays_behind_show_more():
    assert top_harbour_length(harbour_story(TWO_CLOSURES, ONE_CLOSURE), "six weeks", "four weeks") < 0.5


def test_the_closure_told_once_on_each_side_is_still_shown():
    one = "The Orlen harbour bridge will close for six weeks from Monday for repairs, the city said."
    assert top_harbour_length(harbour_story(one, ONE_CLOSURE), "six weeks", "four weeks") >= 0.5
