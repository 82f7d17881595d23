"""An ordinal that is the complement of a pronoun pointing back ("It was the third strike ...", "This is the first
time ...", "officials said it was the second ...") ranks its report's own happening, whatever noun names it: two
such ordinals of one story pair as one ordered thing and their conflict is shown (story.compare.refers_back, round
30, issue 11). Invented sentences; an ordinal whose subject is a named thing or that sits deeper in its clause does
not refer back."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, discrepancies_between

from newsprism.story.compare import Source, refers_back

pytestmark = pytest.mark.slow


def _refers(slots, text: str) -> bool:
    s = slots(text)
    (o,) = s.ordinals
    return refers_back(Source(index=0, name="a", sentences=[s], vectors=None), 0, o)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "It was the third strike at the ferry terminal this year.",
    "This is the first time the council has sold a school building.",
    "This was the terminal's first walkout since 2018.",
    "Union leaders said it was the second stoppage of the spring.",
    "The operator said that this was the fourth closure of the line.",
])
def test_a_pronoun_subject_points_back_to_the_story(slots, text: str) -> None:
    assert _refers(slots, text)


@pytest.mark.parametrize("text", [
    "The Orvell bridge is the third bridge in the city to close.",
    "It was built as the second terminal of the harbour in 1962.",
    "Critics doubt it was the first strike, since workers walked out in May.",
    "The union, which said it was weak, called its first strike in May.",
])
def test_a_named_subject_or_a_deeper_ordinal_does_not(slots, text: str) -> None:
    assert not _refers(slots, text)


HERALD = """Ferry Workers Walk Out
Ferry workers at the Harwick terminal walked off the job on Monday over a pay dispute with the operator.
Crossings to the islands were cancelled for the whole day, the operator said.
It was the third strike at the terminal this year.
"""
COURIER = """Harwick Ferries Halted By Strike
Crews of the Harwick ferries stopped work on Monday in a row over pay with the operating company.
No boats left for the islands, stranding hundreds of travellers.
This was the terminal's first walkout since 2018.
"""


def test_two_ranks_of_the_reports_own_happening_are_one_shown_conflict() -> None:
    result = analyzed_reports(("herald", "Harwick Herald", "Ferry Workers Walk Out", HERALD),
                              ("courier", "Island Courier", "Harwick Ferries Halted By Strike", COURIER))
    found = discrepancies_between(result, "conflict", "ordinal", ("herald", "third"), ("courier", "first"))
    assert found and found[0].confidence >= 0.5


DIGEST = """Divers Find Salt Ship
Divers found the hull of an eighteenth-century salt ship off the Morrow coast on Tuesday, the museum said.
The hull lies in shallow water near the harbour mouth and is largely intact, according to the divers.
It is the third wreck of a salt ship that divers have found off the Morrow coast.
"""
REVIEW = """Salt Ship Hull Found Off Morrow
The museum's divers located the remains of a salt ship near the Morrow harbour mouth on Tuesday.
The hull is intact and rests in shallow water, the divers reported.
This is the second season of dives that the museum has run off the Morrow coast.
"""


def test_two_unlike_nouns_point_back_to_two_things() -> None:
    # "the third wreck" / "the second season of dives": each pronoun points back, but to two kinds of thing
    result = analyzed_reports(("digest", "Coast Digest", "Divers Find Salt Ship", DIGEST),
                              ("review", "Maritime Review", "Salt Ship Hull Found Off Morrow", REVIEW))
    found = discrepancies_between(result, "conflict", "ordinal", ("digest", "third"), ("review", "second"))
    assert all(d.confidence < 0.5 for d in found)
