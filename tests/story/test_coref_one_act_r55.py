"""A denial of one act and that act done, told with two different verbs: the hole round 55 measured (lnk55, not
shipped). A status pair of two verbs is compared only through a support verb, an act's noun or a party's denial of a
thing's fate, so "denied that its officials had seen the audit" against "two of its officials had been shown the
audit" is never paired: two verb keys. lnk55's rule (``status_coref_one_act``, e7d8248, reverted) read the events
layer's cross-document coreference model (learned on ECB+) as that evidence: the two verbs' triggers at a pair
probability of at least the model's own clustering threshold (0.3), one side a denial, the other a deed told in past
time, one participant in one role. It showed 4 more dev plants but two new WRONG shown flags on the real draws (r11: a
present "is not currently performing procedures" against a past "completed the procedure"; r12: a clause read as
denied from the negation of another verb in it, "an invoice for not going"), so it was not shipped
(benchmarks/story.md, round 55, branch ``lnk55``). The miss stays a strict xfail; the look-alikes that any rule here
must keep apart are plain tests. Invented reports, fictional names and outlets."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports

HEAD_A = "Ministry denies early look at Kessel audit"
HEAD_B = "Officials read rail audit early, ministry admits"
LEAD_A = "The Kessel audit office published its report on the state rail company on Monday."
LEAD_B = "The Kessel audit office's report on the state rail company came out on Monday."

DENIAL = "The transport ministry denied that its officials had seen the audit before it was published."
DEED = "The transport ministry admitted that two of its officials had been shown the audit a week before it was published."


def _status(a_act: str, b_act: str) -> list[tuple[str, str, float]]:
    r = analyzed_reports(
        ("a_post", "Kessel Post", HEAD_A, f"{HEAD_A}\n{LEAD_A}\n{a_act}\nThe report found losses of 40 million krona.\n"),
        ("b_ledger", "Rail Ledger", HEAD_B, f"{HEAD_B}\n{LEAD_B}\n{b_act}\nOpposition members want an inquiry.\n"))
    out = []
    for d in r.story.discrepancies:
        if d.kind in ("status", "conflict"):
            by = {s.document: s.text for s in d.sides}
            if set(by) == {"a_post", "b_ledger"}:
                out.append((by["a_post"], by["b_ledger"], float(d.confidence)))
    return out


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="round 55 (lnk55, not shipped): a denial and the deed told with two verbs are "
                   "never paired (two verb keys); the coreference reading measured brought two wrong real-draw flags")
def test_a_denial_and_the_deed_told_with_two_verbs_are_compared():
    found = _status(DENIAL, DEED)
    assert [c for a, b, c in found if "had seen the audit" in a and "had been shown the audit" in b and c >= 0.5], found


@pytest.mark.slow
def test_two_denials_told_with_two_verbs_stay_apart():
    other = "The transport ministry said that none of its officials had been shown the audit before it was published."
    assert not [c for _a, _b, c in _status(DENIAL, other) if c >= 0.5]


@pytest.mark.slow
def test_a_deed_of_another_act_on_the_same_thing_stays_apart():
    other = "The transport ministry admitted that two of its officials had signed the audit's terms a year before it was published."
    assert not [c for _a, _b, c in _status(DENIAL, other) if c >= 0.5]


@pytest.mark.slow
def test_a_present_passive_is_no_deed():
    standing = "The transport ministry said that the audit is shown to its officials each year before it is published."
    assert not [c for _a, _b, c in _status(DENIAL, standing) if c >= 0.5]
