"""A pronoun that opens a clause after "and" / "but" or a colon, or a copula followed by a stance adverb ("It was in
fact the third siege"), still points back to the report's own happening: such an ordinal is the report's own rank
and pairs with another report's own rank (story.compare.refers_back, round 41, issue 11). Invented sentences and
names; a rank of a person after "and it was" is no happening rank and stays apart."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, discrepancies_between

pytestmark = pytest.mark.slow

HERALD = """Dockers At Brennick Walk Out
Dockers at the port of Brennick walked off the job on Monday over a pay dispute with the harbour board.
No ships were loaded or unloaded during the day, the harbour board said.
It was the third strike at the port this year.
"""
COURIER_BUT = """Brennick Port Halted By Dockers
Dockers at Brennick stopped work on Monday in a row over wages with the harbour board.
Cargo piled up on the quays as ships waited offshore, port officials said.
But this was the port's first stoppage since the new board took over.
"""
COURIER_IN_FACT = """Brennick Port Halted By Dockers
Dockers at Brennick stopped work on Monday in a row over wages with the harbour board.
Cargo piled up on the quays as ships waited offshore, port officials said.
The board calls the dispute a surprise; it was in fact the port's first stoppage in many years.
"""
COURIER_SUSPECT = """Brennick Port Halted By Dockers
Dockers at Brennick stopped work on Monday in a row over wages with the harbour board.
Cargo piled up on the quays as ships waited offshore, port officials said.
Police charged a union organiser, Teo Marsk, with blocking a gate, and he was the first docker to be charged.
"""


def _conflicts(courier: str, first: str) -> list:
    result = analyzed_reports(("herald", "Brennick Herald", "Dockers At Brennick Walk Out", HERALD),
                              ("courier", "Coast Courier", "Brennick Port Halted By Dockers", courier))
    return discrepancies_between(result, "conflict", "ordinal", ("herald", "third"), ("courier", first))


def test_a_clause_opened_by_but_ranks_the_story() -> None:
    found = _conflicts(COURIER_BUT, "first")
    assert found and found[0].confidence >= 0.5


def test_a_stance_adverb_after_the_copula_and_a_semicolon_clause_rank_the_story() -> None:
    found = _conflicts(COURIER_IN_FACT, "first")
    assert found and found[0].confidence >= 0.5


def test_the_rank_of_a_person_after_and_stays_apart() -> None:
    assert all(d.confidence < 0.5 for d in _conflicts(COURIER_SUSPECT, "first"))
