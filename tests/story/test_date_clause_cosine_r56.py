"""Two dates of one happening are compared by the likeness of their two DATED CLAUSES, not only of their whole
sentences (``compare.clause_sims``, ``compare.dated_clause``; switch ``date_clause_cosine``, round 56, issue 11). A
report often dates a happening in a short clause ("Inspectors first detected lead in the Harrow Cross water supply on
March 4") inside a sentence that goes on about other things ("..., and the council handed out bottled water to 900
households ..."); the whole-sentence cosine reads the other material too, and two tellings of one happening fell under
the sentence floor (``date_min_sentence``). Kept apart: two happenings of the story whose clauses share a place (a
detection and a school closure), two verbs of one participant whose short clauses read alike but whose whole sentences
do not (the near-identical test of two verbs still reads the whole sentences), and two days of saying of one speaker.
The sentence vectors are placed by hand at cosine 0.45 (below the floor); the clauses are embedded by the shared
encoder. Invented sentences, fictional names and outlets."""

from __future__ import annotations

import numpy as np
import pytest
from hand_sources import parsed_slots, vectors

from newsprism.story.compare import Source, compare_pair, dated_clause, settings

DETECTED = ("Inspectors first detected lead in the Harrow Cross water supply on March 4, and the council handed out "
            "bottled water to 900 households while two primary schools stayed closed for a week.")
FOUND = ("Lead was found in the Harrow Cross water supply on March 9, according to a laboratory report seen by the "
         "Courier, which also lists three streets where the pipes are older than the council says.")
CLOSED = ("The council closed two primary schools in Harrow Cross on March 9, and parents were told to keep children "
          "at home until the water was safe.")
DELIVERED = ("The inspectors' report on the Corvane dam was delivered to the regional assembly on May 12, two weeks "
             "after residents of Ilsby reported damp patches below the spillway.")
COMMISSIONED = ("The inspectors' report on the Corvane dam, which the regional assembly commissioned on May 19, runs to "
                "212 pages, and its last chapter is far darker than the ministry admits.")
SAID_A = "The Ilsby harbour master said on Friday that the channel would stay shut to all shipping until the wreck is moved."
SAID_B = "The Ilsby harbour master said on Thursday that divers had found a second breach in the hull of the stranded ferry."


def _source(i: int, text: str, vec: np.ndarray) -> Source:
    from newsprism.story.sources import Vectors

    s = parsed_slots(text)
    return Source(index=i, name=f"Outlet {i}", sentences=[s], vectors=np.array([vec]), text=s.text,
                  embed=Vectors().get)


def _date_findings(a: str, b: str, cos: float = 0.45) -> list[tuple[str, str, str]]:
    va, vb = vectors(cos)
    return [(f.kind, f.a.text, f.b.text) for f in compare_pair(_source(0, a, va), _source(1, b, vb))
            if f.slot == "date"]


@pytest.mark.slow
def test_the_dated_clause_leaves_out_the_other_material():
    s = _source(0, DETECTED, np.array([1.0, 0.0]))
    assert dated_clause(s, 0, s.sentences[0].dates[0]) == \
        "Inspectors first detected lead in the Harrow Cross water supply on March 4"


@pytest.mark.slow
def test_one_detection_told_in_two_clauses_is_compared():
    assert ("conflict", "March 4", "March 9") in _date_findings(DETECTED, FOUND)


@pytest.mark.slow
def test_the_switch_off_misses_it(monkeypatch: pytest.MonkeyPatch):
    # the hole: the whole sentences sit below the floor, so the two days were never compared
    monkeypatch.setitem(settings(), "date_clause_cosine", False)
    assert _date_findings(DETECTED, FOUND) == []


@pytest.mark.slow
def test_a_detection_and_a_school_closure_stay_apart():
    assert _date_findings(DETECTED, CLOSED) == []


@pytest.mark.slow
def test_two_verbs_in_alike_clauses_need_alike_sentences():
    # "was delivered to the assembly" / "which the assembly commissioned": one report, two acts
    assert _date_findings(DELIVERED, COMMISSIONED) == []


@pytest.mark.slow
def test_two_days_of_saying_keep_their_sentences_cosine():
    assert _date_findings(SAID_A, SAID_B) == []
