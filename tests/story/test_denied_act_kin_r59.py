"""A denial and a deed of two verbs of one act, on one thing, are one act's pair (invented reports, round 59, issue 11).

English tells one act with many verbs: one outlet writes that a festival board "denied that any concert had been
cancelled", another that the board "called off two concerts". The status pairing compared two different verbs only
as a thing's fate (``compare.fate_against_deed``), whose lifts ask one predicate, so the denial stayed below the bar.
``compare.kin_denied_act`` (switch ``status_denied_act_kin``) reads the pair as one act when WordNet reads the two
verbs as one act (``lexicon.same_act_verb``) and both clauses act on one thing with no two doers named.

Kept apart: the act done to another thing (lectures, not concerts), another act (opened / closed are siblings), and
another doer named."""

from __future__ import annotations

import pytest
from hand_sources import denial_flags, denial_shown, sentence, source, vectors

from newsprism.claims.slots import Status
from newsprism.story.compare import kin_denied_act, settings

DENIAL = "The Orvane Festival board denied that any concert had been cancelled."
ADMISSION = "The Orvane Festival board confirmed that it had called off two concerts."
AS_FACT = "The Orvane Festival board called off two concerts on Friday."
OTHER_THING = "The Orvane Festival board called off two lectures on Friday."
OTHER_DOER = "The Pellin city police called off two concerts on Friday."


_denials, _shown = denial_flags, denial_shown


def _st(predicate: str, negated: bool, subject: str | None, obj: str | None) -> Status:
    return Status(start=0, end=3, text=predicate, predicate=predicate, status="denied" if negated else "occurred",
                  negated=negated, subject=subject, object=obj)


def test_the_switch_off_reads_no_pair(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(settings(), "status_denied_act_kin", {"enabled": False})
    assert kin_denied_act(*_pair("shut", "close", "gate", "gate")) is None


def _pair(dv: str, ov: str, dobj: str, oobj: str, doer: str | None = None):
    src = source(0, sentence(""), vectors(0.4)[0])  # no parse: the verbs are the clauses' keys
    return (src, 0, _st(dv, True, dobj, dobj)), (src, 0, _st(ov, False, doer, oobj))


def test_one_act_on_one_thing_and_kept_apart():
    seen = kin_denied_act(*_pair("shut", "close", "gate", "gate"))
    assert seen is not None and seen[1][2].act == "shut"
    assert kin_denied_act(*_pair("shut", "close", "gate", "fence")) is None  # another thing
    assert kin_denied_act(*_pair("open", "close", "gate", "gate")) is None  # siblings are two acts


@pytest.mark.slow
def test_a_denial_against_the_own_admission_in_two_verbs_is_shown():
    assert _shown(DENIAL, ADMISSION)


@pytest.mark.slow
def test_a_denial_against_the_deed_told_as_fact_is_shown():
    assert _shown(DENIAL, AS_FACT)


@pytest.mark.slow
def test_the_switch_off_misses_both(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(settings(), "status_denied_act_kin", {"enabled": False})
    assert not _shown(DENIAL, ADMISSION)
    assert not _shown(DENIAL, AS_FACT)


@pytest.mark.slow
def test_another_thing_or_doer_is_not_flagged():
    assert not _shown(DENIAL, OTHER_THING)
    assert not _denials(DENIAL, OTHER_DOER) or not _shown(DENIAL, OTHER_DOER)


RELAYED_DENIAL = "The Quellby exchange denied that any trades had been cancelled during the outage."


@pytest.mark.slow
def test_a_relayed_deed_against_a_relayed_denial_stays_hidden():
    # two parties' words, no fact told: the reports do not disagree on the record
    assert not _shown(RELAYED_DENIAL, "The Quellby exchange said on Monday that it had voided 1,400 trades during the "
                                      "outage.")
