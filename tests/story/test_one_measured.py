"""Two lengths of time that measure one thing read from their own phrases are one fact told two ways (story/groups
.one_measured, story/confidence.one_fact_measure, round 28, issue 11): a length measures the noun it modifies ("a
90-day suspension"), else its verb, and for a verb of mere duration or state ("lasted", "took", "stayed",
"remained") the verb's subject or state complement ("the audit took", "stay closed"); a noun made from a verb names
what the verb does ("a closure" / "closed"). Such a pair needs only the pairing floor of the same-happening test,
not the shown floor. Invented sentences; read from the spaCy parse (slow)."""

from __future__ import annotations

import hand_sources as hand
import numpy as np
import pytest

from newsprism.claims.amounts import Amount
from newsprism.claims.slots import SentenceSlots
from newsprism.story.compare import Finding, Side, Source, compare_pair, settings
from newsprism.story.confidence import one_fact_measure
from newsprism.story.flags import rate
from newsprism.story.groups import measured_things, one_measured

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("sentence,figure,things", [
    ("The regulator imposed a 90-day suspension on the lender.", "90-day", {"suspension"}),
    ("The outage lasted six hours, the company said.", "six hours", {"outage"}),
    ("The audit took nine weeks.", "nine weeks", {"audit"}),
    ("The museum will stay closed for two months.", "two months", {"clos"}),
    ("The pier will remain shut for at least a year, officials said.", "a year", {"shut"}),
    ("It includes a rent freeze lasting three years.", "three years", {"freeze"}),
    ("Construction is expected to take two years.", "two years", {"construction"}),
    ("It took the crews five hours to clear the road.", "five hours", {"clear"}),
    ("He served in the army for 20 years.", "20 years", {"serv"}),
])
def test_measured_things(sentence: str, figure: str, things: set[str]) -> None:
    at = sentence.index(figure)
    assert set(measured_things(sentence, at, at + len(figure), figure)) == things


def _days(text: str, figure: str, days: float) -> Amount:
    at = text.index(figure)
    return Amount(start=at, end=at + len(figure), text=figure, value=days, low=days * 0.98, high=days * 1.02,
                  bound="exact", dim="duration", unit="day")


def _finding(a_text: str, a_fig: str, b_text: str, b_fig: str) -> tuple[Finding, dict[int, Source]]:
    x, y = _days(a_text, a_fig, 30.0), _days(b_text, b_fig, 60.0)
    va, vb = hand.vectors(0.8)
    srcs = {0: hand.source(0, hand.sentence(a_text, amounts=[x]), va),
            1: hand.source(1, hand.sentence(b_text, amounts=[y]), vb)}
    f = Finding(kind="conflict", slot="duration", detail="value",
                a=Side(source=0, sentence=0, start=x.start, end=x.end, text=x.text, value="", amount=x),
                b=Side(source=1, sentence=0, start=y.start, end=y.end, text=y.text, value="", amount=y))
    return f, srcs


@pytest.mark.parametrize("a_text,a_fig,b_text,b_fig,one", [
    # a noun and its own verb, a noun made from a verb and the verb, one subject of a verb of duration
    ("The federation handed the sprinter a 30-day ban.", "30-day",
     "The sprinter was banned for two months by the federation.", "two months", 1.0),
    ("Officials expect a one-month closure of the museum.", "one-month",
     "The museum will stay closed for two months, officials said.", "two months", 1.0),
    ("The board found a one-month failure to report the losses.", "one-month",
     "The firm failed for two months to report the losses.", "two months", 1.0),
    ("The audit took 30 days.", "30 days", "The 60-day audit found no fraud.", "60-day", 1.0),
    # two things: what was cut against how long the outage lasted; two deeds that each "took" a while; a state and
    # its opposite; a post held against a stay in hospital
    ("Power was cut for 30 days in the north.", "30 days",
     "The outage lasted 60 days, the company said.", "60 days", 0.0),
    ("It took the crews 30 days to clear the road.", "30 days", "The audit took 60 days.", "60 days", 0.0),
    ("The museum stayed open for 30 days in the spring.", "30 days",
     "The museum will stay closed for 60 days.", "60 days", 0.0),
    ("He served in the army for 30 days.", "30 days", "He was in hospital for 60 days.", "60 days", 0.0),
])
def test_one_measured(a_text: str, a_fig: str, b_text: str, b_fig: str, one: float) -> None:
    f, srcs = _finding(a_text, a_fig, b_text, b_fig)
    assert one_measured(f, srcs)["one_measured"] == one  # with it, round 48's measured_dated / _several


def test_other_findings_are_not_asked() -> None:
    f, srcs = _finding("The audit took 30 days.", "30 days", "The 60-day audit found no fraud.", "60-day")
    f.kind = "consensus"
    assert one_measured(f, srcs) == {}


A_BAN = "The federation banned the sprinter for three years on Friday after a doping test."
B_BAN = "On Friday the federation handed the sprinter an 18-month ban after a failed doping test."
A_JAIL = "The tribunal sentenced the former mayor Orrin Vell to six years in prison on Friday."
B_JAIL = "Orrin Vell, the former mayor, was jailed for five years by the tribunal on Friday."


def _rated(a_text: str, a_fig: str, a_days: float, b_text: str, b_fig: str, b_days: float, cos: float) -> Finding:
    va, vb = hand.vectors(cos)
    a = Source(index=0, name="Outlet 0", sentences=[SentenceSlots(start=0, end=len(a_text), text=a_text,
                                                                  amounts=[_days(a_text, a_fig, a_days)])],
               vectors=np.array([va]), text=a_text)
    b = Source(index=1, name="Outlet 1", sentences=[SentenceSlots(start=0, end=len(b_text), text=b_text,
                                                                  amounts=[_days(b_text, b_fig, b_days)])],
               vectors=np.array([vb]), text=b_text)
    found = [f for f in compare_pair(a, b) if f.kind == "conflict" and f.slot == "duration"]
    assert len(found) == 1
    rate(found, {0: a, 1: b})
    return found[0]


def test_one_ban_told_with_its_noun_and_its_verb_is_shown_below_the_shown_floor(monkeypatch) -> None:
    # round 52 (one_measured_act) pairs two lengths of one act as a specific thing, same_p 1.0; this test keeps
    # the round-28 path it was written for (the pairing floor of the same-happening model) with that reading off
    monkeypatch.setitem(settings()["one_measured_act"], "enabled", False)
    f = _rated(A_BAN, "three years", 3 * 365.25, B_BAN, "18-month", 18 * 30.4, 0.6)
    cfg = settings()
    assert cfg["same_happening_min"] <= f.features["same_p"] < cfg["same_happening_shown"]
    assert f.features["one_measured"] == 1.0 and f.features["measured_clash"] == 1.0
    assert one_fact_measure(f)
    assert f.confidence >= 0.5


def test_two_verbs_of_two_things_keep_the_shown_floor() -> None:
    f = _rated(A_JAIL, "six years", 6 * 365.25, B_JAIL, "five years", 5 * 365.25, 0.6)
    assert f.features["one_measured"] == 0.0
    assert f.features["same_p"] < settings()["same_happening_shown"]
    assert not one_fact_measure(f)
    assert f.confidence < 0.5
