"""A deed against a denial of another kind of one thing ("crew served weapons were destroyed" / "their personal
weapons were not destroyed") stays behind "show more" (story/flags.kind_contrast, issue 11, round 15); the same
thing told in both, or a kind the other report names too, is no contrast. Invented sentences, status slots built by
hand (no models)."""

from __future__ import annotations

import numpy as np

from newsprism.claims.slots import SentenceSlots, Status
from newsprism.story.compare import Finding, Side, Source, settings
from newsprism.story.flags import rate


def _source(i: int, text: str, verb: str, status: str, *, negated: bool = False, subject: str | None = None,
            obj: str | None = None, predicate: str = "destroy") -> tuple[Source, Side]:
    at = text.index(verb)
    slot = Status(start=at, end=at + len(verb), text=verb, predicate=predicate, status=status, negated=negated,
                  clause_start=0, clause_end=len(text) - 1, subject=subject, object=obj)
    sent = SentenceSlots(start=0, end=len(text), text=text, statuses=[slot])
    src = Source(index=i, name=f"Outlet {i}", sentences=[sent], vectors=np.array([[1.0, 0.0]]), text=text)
    side = Side(source=i, sentence=0, start=0, end=len(text) - 1, text=text[:-1], value=status, status=status)
    return src, side


def _rated(a: tuple[Source, Side], b: tuple[Source, Side]) -> Finding:
    f = Finding(kind="status", slot="status", detail="denial", a=a[1], b=b[1],
                features={"sentence": 0.83, "noun": 1.0, "names": 0.5, "same_value": 0.0, "only_pair": 1.0,
                          "same_p": 0.8, "score": 1.2, "denial": 1.0, "same_roles": 0.0, "blanket": 0.0,
                          "attributed": 0.0})
    rate([f], {0: a[0], 1: b[0]})
    return f


def test_a_deed_and_a_denial_of_two_kinds_of_weapons_are_not_shown() -> None:
    deed = _source(0, "All crew served weapons were destroyed at the embassy.", "destroyed", "occurred",
                   obj="weapon")
    denial = _source(1, "Their personal weapons were not destroyed at the embassy.", "destroyed", "denied",
                     negated=True, obj="weapon")
    f = _rated(deed, denial)
    assert f.features["kind_contrast"] == 1.0
    assert f.confidence <= settings()["unsure_happening_confidence"] < 0.5


def test_one_kind_told_with_a_possessive_is_no_contrast() -> None:
    deed = _source(0, "The Marines' weapons were destroyed at the embassy.", "destroyed", "occurred", obj="weapon")
    denial = _source(1, "No Marine weapons were destroyed at the embassy.", "destroyed", "denied", negated=True,
                     obj="weapon")
    assert _rated(deed, denial).features["kind_contrast"] == 0.0


def test_a_kind_the_other_report_names_too_is_no_contrast() -> None:
    deed = _source(0, "The personal weapons were destroyed at the embassy.", "destroyed", "occurred", obj="weapon")
    # "personal" and "old" before "weapons", but the denial names the personal ones too: no other kind told
    denial = _source(1, "Their old weapons, personal ones too, were not destroyed.", "destroyed", "denied",
                     negated=True, obj="weapon")
    assert _rated(deed, denial).features["kind_contrast"] == 0.0


def test_a_plan_and_a_deed_of_one_thing_are_no_contrast() -> None:
    plan = _source(0, "The army will destroy the old weapons next week.", "destroy", "planned", subject="army",
                   obj="weapon")
    deed = _source(1, "The army destroyed the old weapons on Monday.", "destroyed", "occurred", subject="army",
                   obj="weapon")
    assert _rated(plan, deed).features["kind_contrast"] == 0.0


def test_the_changed_verb_before_its_object_is_no_kind() -> None:
    # a sentence copied with its verb changed (the perturbation set's status plants): the verb right before the
    # object ("expressed qualms" / "will express qualms") names no kind of qualms
    deed = _source(0, "Some justices expressed qualms about the lawsuit.", "expressed", "occurred", subject="justice",
                   obj="qualm", predicate="express")
    plan = _source(1, "Some justices will express qualms about the lawsuit.", "express", "planned",
                   subject="justice", obj="qualm", predicate="express")
    assert _rated(deed, plan).features["kind_contrast"] == 0.0


def test_titles_before_a_name_are_no_kinds() -> None:
    plan = _source(0, "Mr. Biden will visit the Hill at noon.", "visit", "planned", subject="biden", predicate="visit")
    deed = _source(1, "Vice President Biden visited the Hill on Wednesday.", "visited", "occurred", subject="biden",
                   predicate="visit")
    assert _rated(plan, deed).features["kind_contrast"] == 0.0
