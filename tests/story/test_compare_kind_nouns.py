"""Two words for one kind of counted thing ("pupils" / "students", WordNet synonyms) in two reports of one
happening are one count told twice: a conflict when the figures clash (round 20; invented sentences). Two kinds
WordNet keeps apart ("soldiers" / "civilians") stay two counts."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, discrepancies_between

from newsprism.story.compare import kind_nouns

GAZETTE = """Gas Leak Empties Varnley School
Forty pupils were taken to hospital after a gas leak at the Varnley school on Monday, officials said.
Three soldiers guarded the road to the town while engineers sealed the pipe.
"""
HERALD = """Varnley School Evacuated After Leak
Sixty students were taken to hospital after a gas leak at the Varnley school on Monday, officials said.
Eight civilians guarded the road to the town while engineers sealed the pipe.
"""


def test_kind_nouns_asks_the_lexicon():
    assert kind_nouns("pupil", "student") and kind_nouns("fatality", "death")
    assert not kind_nouns("soldier", "civilian") and not kind_nouns("vote", "voter")
    assert not kind_nouns(None, "student") and not kind_nouns("pupil", "")


@pytest.mark.slow
def test_two_words_for_one_counted_kind_conflict():
    result = analyzed_reports(("gazette", "Varnley Gazette", "Gas Leak Empties Varnley School", GAZETTE),
                              ("herald", "Varnley Herald", "Varnley School Evacuated After Leak", HERALD))
    assert discrepancies_between(result, "conflict", "count", ("gazette", "Forty pupils"), ("herald", "Sixty"))
    assert not discrepancies_between(result, "conflict", "count", ("gazette", "Three soldiers"), ("herald", "Eight"))
