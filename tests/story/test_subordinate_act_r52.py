"""A date in a subordinate clause dates a clause with its own doer, thing acted on and tense
(``compare._act_clauses``, ``claims.slots.clause_of``; switch ``date_one_act_subordinate_clauses``, round 52, issue
11). The status reader keeps main clauses only, so "Since the library shut on October 6, ..." or "The lease, which the
trust signed on May 4, ..." gave the one-act test no clause: the act was not told done and had no participant, and two
reports that each give the one closing of one library its own day were never compared. Read from the parse, the
subordinate clause is a clause like any other. Kept apart: two closings of two places (a library and a pool), and an act
a subordinate clause tells as still to come ("until the library closes on October 6"). Invented reports, fictional
names and outlets."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, conflict_texts

from newsprism.claims.slots import clause_of
from newsprism.story.compare import parsed_sentence, settings

HEAD_A = "Tarnwick loses its branch library"
HEAD_B = "Pupils in Tarnwick face long trip for books"

CLOSED = "The Tarnwick branch library closed on October 3 after the county council withdrew its grant."
SHUT = "Since the library shut on October 6, pupils have had to take the bus to Vessholm to borrow books."


def _a(act: str) -> str:
    return (f"{HEAD_A}\nThe county council has ended its grant to the branch library in Tarnwick, a village of 2,300 "
            f"people, the council said.\n{act}\nThe building will be sold next year, and its 14,000 books will go to "
            "the county store.\nLibrarians said the branch lent more books per head than any other in the county.\n")


def _b(act: str) -> str:
    return (f"{HEAD_B}\nParents in Tarnwick have written to the county council about the loss of the village's "
            f"branch library.\n{act}\nThe council says a mobile library van will call once a fortnight from "
            "January.\nThe parents' letter has been signed by 310 families.\n")


def _dates(a_act: str, b_act: str) -> list[tuple[str, str, float]]:
    r = analyzed_reports(("a_ledger", "Tarnwick Ledger", HEAD_A, _a(a_act)),
                         ("b_gazette", "Vessholm Gazette", HEAD_B, _b(b_act)))
    return conflict_texts(r, "date", "a_ledger", "b_gazette")


def _shown(found: list[tuple[str, str, float]], day_a: str, day_b: str) -> list[float]:
    return [c for a, b, c in found if day_a in a and day_b in b and c >= 0.5]


def _clause(sentence: str, verb: str) -> tuple[str | None, str | None, str]:
    doc = parsed_sentence(sentence)
    assert doc is not None
    tok = next(t for t in doc if t.text == verb)
    st = clause_of(tok, 0)
    return st.subject, st.object, st.status


def test_a_relative_clause_acts_on_the_noun_it_hangs_on():
    # "which" is the object of "signed": the lease is what the trust signed
    assert _clause("The lease, which the Orlen Trust signed on May 4, runs for ten years.", "signed")[:2] == \
        ("trust", "lease")
    # "which" is the subject of "opened": the hall is what opened
    assert _clause("The hall, which opened on May 4, seats 600 people.", "opened")[0] == "hall"


def test_an_adverbial_clause_keeps_its_own_subject_and_tense():
    subject, _obj, status = _clause("Since the library shut on October 6, pupils have had to travel.", "shut")
    assert subject == "library" and status == "occurred"


@pytest.mark.slow
def test_one_closing_told_in_a_subordinate_clause_is_one_act():
    found = _dates(CLOSED, SHUT)
    assert _shown(found, "October 3", "October 6"), found


@pytest.mark.slow
def test_the_switch_off_misses_it(monkeypatch: pytest.MonkeyPatch):
    # the hole: the subordinate "shut" had no clause, so the one-act test never paired the two days
    monkeypatch.setitem(settings(), "date_one_act_subordinate_clauses", False)
    found = _dates(CLOSED, SHUT)
    assert not _shown(found, "October 3", "October 6"), found


@pytest.mark.slow
def test_two_closings_of_two_places_stay_apart():
    pool = "Since the swimming pool shut on October 6, pupils have had to take the bus to Vessholm for lessons."
    found = _dates(CLOSED, pool)
    assert not _shown(found, "October 3", "October 6"), found


@pytest.mark.slow
def test_a_closing_still_to_come_stays_apart():
    coming = "Until the library closes on October 6, pupils can still borrow books in the village."
    found = _dates(CLOSED, coming)
    assert not _shown(found, "October 3", "October 6"), found
