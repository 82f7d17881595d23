"""A denial of "any" member of a class is a blanket denial of the class (invented sentences, round 50, issue 11).

Under a negation or a verb of denial, "any N", "a single N", "any of the N" and "anyone" are the negative-polarity
forms of "no N": "the company denied that any of its toys had been recalled" says no toy of the company had been
recalled, and is read as the blanket denial "no N" already was (``Status.blanket``), its participant the class N
(the partitive's noun, not the pronoun). A blanket denial covers a deed of the same verb sharing a party, as before,
or one whose participant is of its class or a kind of it (WordNet: a gas main is a pipe). One verb only: a fate told
with two verbs and two relayed words stay unlifted, and a deed on a thing outside the class with no party in common
is no conflict."""

from __future__ import annotations

import pytest
from hand_sources import parsed_slots, source, status_flags, vectors

from newsprism.story.compare import class_blanket, settings
from newsprism.story.confidence import confidence

pytestmark = pytest.mark.slow  # the slots are read from the spaCy parse

TOYS_DENIED = "The Pellwick toy company denied that any of its toys had been recalled this year."
TRAINS_RECALLED = "The Pellwick prospectus acknowledges that the company recalled 30,000 wooden trains in March."

PIPES_DENIED = "Harnvale Gas acknowledged that nobody had inspected the gas pipes of the Sorrel Street block this year."
MAIN_INSPECTED = "The company said its engineers had inspected the gas main under the Sorrel Street block in October."


def _shown(a: str, b: str, cos: float) -> list[float]:
    return [confidence(f) for f in status_flags(a, b, cos=cos) if confidence(f) >= 0.5]


def test_any_of_a_class_denied_against_the_partys_deed_is_shown(monkeypatch):
    # lifted by the party only (the company, the recaller, a role the denial leaves open): with
    # status_blanket_own_role (round 50, branch prc50) the class must be met in its own role, and WordNet does not
    # know a wooden train for a toy, so the pair is shown only with that switch off (test_blanket_role_r50.py)
    monkeypatch.setitem(settings(), "status_blanket_own_role", False)
    flags = status_flags(TOYS_DENIED, TRAINS_RECALLED, cos=0.4)
    assert flags and flags[0].kind == "status" and flags[0].detail == "denial"
    assert flags[0].features["blanket"] == 1.0 and confidence(flags[0]) >= 0.5


def test_any_of_a_class_against_a_deed_on_a_class_wordnet_does_not_join_is_not_shown():
    assert not _shown(TOYS_DENIED, TRAINS_RECALLED, 0.4)


def test_switched_off_any_is_no_blanket_denial(monkeypatch):
    monkeypatch.setitem(settings(), "status_class_blanket", False)
    assert not _shown(TOYS_DENIED, TRAINS_RECALLED, 0.4)


def test_a_blanket_denial_covers_a_kind_of_its_class():
    # "nobody" names no one to share, and the company's engineers are not Harnvale Gas's words: the gas main is a
    # kind of the pipes the admission says nobody inspected
    flags = status_flags(PIPES_DENIED, MAIN_INSPECTED, cos=0.44)
    assert flags and flags[0].features["blanket"] == 1.0 and confidence(flags[0]) >= 0.5


def test_switched_off_the_kind_is_not_covered(monkeypatch):
    monkeypatch.setitem(settings(), "status_class_blanket", False)
    assert not _shown(PIPES_DENIED, MAIN_INSPECTED, 0.44)


def _reading(text: str) -> list:
    slots = parsed_slots(text)
    src = source(0, slots, vectors(1.0)[0])
    return [class_blanket(src, 0, st) for st in slots.statuses]


def test_the_reading_of_any_and_of_a_partitive():
    toys = [st for st in _reading(TOYS_DENIED) if st.predicate == "recall"]
    assert toys and toys[0].blanket and toys[0].object == "toy"
    goods = [st for st in _reading("Bailiffs did not seize any goods from the Corran market stalls.")
             if st.negated]
    assert goods and goods[0].blanket and goods[0].object == "good"
    guards = [st for st in _reading("None of the guards was injured, according to Tessmar Security.") if st.negated]
    assert guards and guards[0].blanket and guards[0].subject == "guard"


def test_a_denial_of_one_act_with_a_doer_is_no_blanket():
    sold = [st for st in _reading("The Orrin council denied that it had sold the land by the river.") if st.negated]
    assert sold and not sold[0].blanket


def test_an_accusation_against_a_denial_of_any_is_not_shown():
    # both relayed: the union's word against the company's (compat_relayed_denial)
    assert not _shown("Union leaders said the Tollan company had cut the pay of two drivers.",
                      "The Tollan company denied that it had cut the pay of any drivers.", 0.55)


def test_a_fate_told_with_two_verbs_is_not_lifted():
    # received is not upheld: the confirmation tells another happening than the blanket denial
    assert not _shown("The Wenby council confirmed it had received 40 complaints about the noise.",
                      "The Wenby council denied that any complaint about the noise had been upheld.", 0.55)


def test_a_deed_outside_the_class_with_no_party_in_common_is_not_shown():
    assert not _shown("Inspectors from the Korsa rail office inspected the Dunmere bridge on Monday.",
                      "The Velm water board denied that any of its pipes had been inspected this year.", 0.4)
