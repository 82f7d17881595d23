"""A negated verb under a counterfactual modal or in a condition denies nothing (invented sentences, round 55, issue
11; switch ``status_counterfactual`` in claims/data/slots.json). English: "would not have placed him ... if ...",
"could not have known", "had it not been for", a negation inside an if / unless clause, and "would not V if ..."
tell what did not or would not happen under another course of things; they assert no deed, plan none and deny none.
Before, "would" under a verb of saying read as a plan and its negation as a denial, set against the same report's
deed (a shown status conflict, 0.67, on the held-out real draw r55). A plain denial of the deed stays a denial and
is still set against the deed."""

from __future__ import annotations

import pytest
from hand_sources import parsed_slots, status_flags

from newsprism.claims import slots
from newsprism.story.confidence import confidence

pytestmark = pytest.mark.slow  # the slots are read from the spaCy parse

DEED = "The Harwick Otters placed winger Dario Fennel on injured reserve on Tuesday."


def _best(a: str, b: str, cos: float = 0.7) -> float:
    return max((confidence(f) for f in status_flags(a, b, cos=cos)), default=0.0)


def _status(text: str, verb: str) -> tuple[str, bool]:
    st = next(s for s in parsed_slots(text).statuses if s.text == verb)
    return st.status, st.negated


@pytest.fixture
def switch_off():
    d = slots.data()
    d["status_counterfactual"] = False
    yield
    d["status_counterfactual"] = True


def test_counterfactual_beside_the_deed_is_no_conflict():
    assert _best(DEED, "The Otters said they would not have placed Fennel on injured reserve if his knee had "
                       "healed in time.") < 0.5


def test_counterfactual_without_if_is_no_denial():
    assert _status("The Otters said they would never have placed Fennel on injured reserve.", "placed")[0] \
        == "hypothetical"
    assert _status("Coach Mira Dalst said the club could not have placed Fennel on the list any sooner.",
                   "placed")[0] == "hypothetical"


def test_would_not_under_a_condition_is_no_denial():
    assert _status("The Otters said they would not place Fennel on injured reserve unless a scan showed a tear.",
                   "place")[0] == "hypothetical"


def test_a_counterfactual_is_no_plan():
    # "would have" under a verb of saying is no plan either (before: planned)
    assert _status("Club officials said a later decision would have cost the team its playoff place.",
                   "cost")[0] == "hypothetical"


def test_the_base_reads_the_counterfactual_as_a_denial(switch_off):
    # switched off, the base reading comes back: the counterfactual is a denial set against the deed
    assert _best(DEED, "The Otters said they would not have placed Fennel on injured reserve if his knee had "
                       "healed in time.") >= 0.5
    assert _status("The Otters said they would not have placed Fennel on injured reserve if his knee had "
                   "healed in time.", "placed") == ("denied", True)


def test_a_plain_denial_still_conflicts():
    assert _status("The Otters said they did not place Fennel on injured reserve.", "place") == ("denied", True)
    assert _best(DEED, "The Otters denied that they had placed Fennel on injured reserve.") >= 0.5
    assert _best(DEED, "The Otters said they did not place Fennel on injured reserve.") >= 0.5


def test_a_reported_refusal_stays_a_denied_plan():
    # "said it would not V" with no condition and no perfect is the party's word about its plan: unchanged
    assert _status("The Otters said they would not place Fennel on injured reserve.", "place") == ("denied", True)


def test_a_conditional_plan_without_negation_stays_a_plan():
    # a condition on an asserted plan keeps the plan (the compatible look-alike: no negation, no perfect)
    assert _status("The Otters said they will place Fennel on injured reserve if a scan shows a tear.",
                   "place")[0] == "planned"


def _clause(text: str, verb: str) -> str:
    from newsprism.nlp.spacy_pipe import get_nlp

    tok = next(t for t in get_nlp()(text) if t.text == verb)
    return slots.clause_of(tok, 0).status


def test_a_negation_inside_a_condition_is_no_denial():
    assert _clause("The Otters would have kept Fennel on the roster if his knee had not swollen again.",
                   "swollen") == "hypothetical"
    assert _clause("Had it not been for the scan, the Otters would have played Fennel on Sunday.",
                   "been") == "hypothetical"


def test_a_negated_clause_beside_a_condition_of_another_verb_stays_denied():
    # a plain negated deed in a sentence that also holds a condition on something else is still denied
    assert _clause("The Otters did not place Fennel on injured reserve, and coach Mira Dalst said she would "
                   "rest him if the pain returned.", "place") == "denied"
