"""A title told after the name is compared with its rank (round 40, issue 11: "Deputy X is not X"): the noun a rank
word modifies is the post ("the orchestra's assistant conductor" against "Principal Conductor NAME"), and an
indefinite appositive with a subordinate rank ("an assistant curator at the museum") names a post. Two different
posts of one person stay two titles that both hold, and a description ("a retired admiral") no title. Invented
reports (fictional names) run through the library as `compare` runs them."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, discrepancies_between

pytestmark = pytest.mark.slow

HERALD = """Orchestra Cancels Winter Tour
The Lisvale orchestra cancelled its winter tour of the islands on Monday after a pay dispute.
Principal Conductor Mattis Orlen said the musicians were heartbroken.
The hoard holds 2,900 coins, according to the museum's chief curator, Greta Holm.
Chief Engineer Pavel Dorn said the ferry would sail again next week.
Karel Brenn, the festival's director, said tickets would be refunded.
"""
POST = """Lisvale Orchestra Calls Off Tour
The Lisvale orchestra called off its winter island tour on Monday over a dispute about pay.
Mattis Orlen, the orchestra's assistant conductor, wrote to the island councils to apologise.
Greta Holm, an assistant curator at the museum, said the coins had been buried in a war.
Pavel Dorn, the ferry company's director, said the ferry would sail again next week.
Karel Brenn, a retired admiral, said tickets would be refunded.
"""


@pytest.fixture(scope="module")
def result():
    return analyzed_reports(("herald", "Lisvale Herald", "Orchestra Cancels Winter Tour", HERALD),
                            ("post", "Island Post", "Lisvale Orchestra Calls Off Tour", POST))


def _roles(result, herald: str, post: str):
    return discrepancies_between(result, "conflict", "role", ("herald", herald), ("post", post))


def test_an_assistant_conductor_is_not_the_principal_conductor(result):
    (flag,) = _roles(result, "Principal Conductor Mattis Orlen", "assistant conductor")
    assert flag.confidence is not None and flag.confidence >= 0.5  # shown, not behind "show more"


def test_an_assistant_curator_is_not_the_chief_curator(result):
    (flag,) = _roles(result, "chief curator", "assistant curator")
    assert flag.confidence is not None and flag.confidence >= 0.5


def test_two_posts_of_one_person_are_no_conflict(result):
    assert not _roles(result, "Chief Engineer Pavel Dorn", "director")


def test_a_description_is_no_title(result):
    assert not _roles(result, "director", "retired admiral")
