"""A party's denial relayed next to a claim is no status conflict; a denial in an outlet's own voice, or by
someone the denied clause does not name, still is (story/flags.py, issue 11)."""

from __future__ import annotations

from newsprism.story.compare import Finding, Side
from newsprism.story.flags import party_denial


def _status(denied: str, who: str | None, deed: str = "The doctor took a selfie with the patient.") -> Finding:
    a = Side(source=0, sentence=0, start=0, end=len(denied), text=denied, value="denied", status="denied",
             attributed_to=who)
    b = Side(source=1, sentence=0, start=0, end=len(deed), text=deed, value="occurred", status="occurred")
    return Finding(kind="status", slot="status", a=a, b=b, detail="denial")


def test_status_denial_by_the_accused_doer_is_no_conflict():
    # "Dr. Vale has denied taking a selfie": the denied clause has no subject of its own, the denier is its doer
    assert party_denial(_status("taking a selfie with the patient", "Dr. Vale"))
    # "the doctor denied she ever took the photo": a pronoun subject, the denier again
    assert party_denial(_status("she ever took the photo", "The doctor"))
    assert party_denial(_status("that he hasn't apologized to the men", "Ray Dunn"))


def test_status_denial_by_a_party_the_clause_names_is_no_conflict():
    # "a biopsy was never performed at Orla Clinic, a spokesperson for Orla Clinic said"
    assert party_denial(_status("A biopsy was never performed at Orla Clinic", "a spokesperson for Orla Clinic"))


def test_status_denial_in_the_outlets_voice_or_by_an_outsider_stays_a_conflict():
    assert not party_denial(_status("No ballots were destroyed in the fire", None))
    # the mayor is no party to the flooding of the shelter: an authority's denial, still a conflict
    assert not party_denial(_status("The shelter at Brenn Hall did not flood", "the mayor"))
    # "it did not happen, the ministry said": "it" names the happening, not the denier
    assert not party_denial(_status("it did not happen", "the ministry"))


def test_status_plan_against_deed_is_never_a_party_denial():
    f = _status("The union will hold a ballot", "the union")
    f.detail, f.a.status = "plan", "planned"
    assert not party_denial(f)
