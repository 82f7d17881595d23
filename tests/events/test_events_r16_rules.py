"""Round 16 (events engineer): a rule of syntax from the wrong arguments of the dev draws read this round (BASIL, the
ECB+ draws r6-r8, r14). Invented sentences, no audit text.

- a past participle with a subject and no auxiliary, as the clause a verb of seeing or causing takes, is a reduced
  passive (a small clause): its subject is what is acted on, never the doer ("the siege saw 300 soldiers killed",
  "she wants the bridge demolished"); an active verb with a subject is finite or takes "have", so those keep
  their subject as the doer. Under a verb of saying it is left alone (the tagger also gives VBN to a finite past).
"""

from __future__ import annotations

import pytest
from events_floor import analyze_events, token_of

from newsprism.events.participants import is_passive


@pytest.mark.parametrize(("sentence", "word", "passive"), [
    ("The two-month siege saw more than 300 Velkan soldiers killed as well as 12 nurses.", "killed", True),
    ("The mayor wants the old Kell bridge demolished.", "demolished", True),
    ("The Orvan army killed 300 Velkan soldiers during the siege.", "killed", False),  # finite: active
    ("The Orvan army has killed 300 Velkan soldiers since May.", "killed", False),  # with "have": active
    ("The soldiers were killed during the siege.", "killed", True),  # a full passive, as before
])
def test_a_participle_with_a_subject_and_no_auxiliary_is_passive(sentence, word, passive):
    assert is_passive(token_of(sentence, word)) is passive


def _event(text: str, trigger: str):
    return next(e for e in analyze_events(text, "r16").events if e.trigger == trigger)


def test_the_subject_of_a_reduced_passive_is_not_stated_as_the_doer():
    e = _event("The two-month siege of Orvan saw more than 300 Velkan soldiers killed, the ministry said on "
               "Tuesday.", "killed")
    assert e.actor is None or "soldier" not in e.actor.lower()


def test_an_active_killing_keeps_its_doer():
    e = _event("The Orvan army killed 300 Velkan soldiers during the siege, the ministry said on Tuesday.", "killed")
    assert e.actor is not None and "army" in e.actor.lower()
