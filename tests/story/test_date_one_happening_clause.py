"""Two dates whose clauses already make them one happening are compared however unlike their sentences read
(story/compare.one_happening_clause, confidence.one_clause_day; issue 11, round 26): one verb, or round 25's two
verbs of one participant, whose clauses share a participant in one role, told alike, each report dating it once.
Not when the only participant they share is a named doer: a named person does many things on many days in one story
(confidence.named_doer_day holds such a two-verb join behind "show more"). Invented sentences; the slots are built
by hand (no models)."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.claims.slots import DateSlot, SentenceSlots, Status
from newsprism.story import compare
from newsprism.story.compare import (
    Finding,
    Side,
    Source,
    _dates,
    one_happening_clause,
    one_participant,
    settings,
)
from newsprism.story.confidence import confidence, family, family_confidence

Clause = tuple[str, str, int, str, str | None, str | None, str]  # date text, verb, day of March, verb key, subject,
# object, status


def _report(i: int, text: str, clauses: list[Clause], names: frozenset[str] = frozenset(),
            vec: tuple[float, float] = (1.0, 0.0)) -> tuple[Source, list[DateSlot]]:
    """A one-sentence report whose clauses each carry one date (of March); ``names`` are the sentence's named
    entities, ``vec`` its sentence vector."""
    dates, statuses = [], []
    for day_text, verb, day, key, subject, obj, status in clauses:
        at, v = text.index(day_text), text.index(verb)
        dates.append(DateSlot(start=at, end=at + len(day_text), text=day_text, month=3, day=day, predicate=key))
        statuses.append(Status(start=v, end=v + len(verb), text=verb, predicate=key, status=status,
                               subject=subject, object=obj))
    sent = SentenceSlots(start=0, end=len(text), text=text, dates=dates, statuses=statuses, names=names)
    src = Source(index=i, name=f"Outlet {i}", sentences=[sent], vectors=np.array([vec]), text=text,
                 published="2026-03-20")
    return src, dates


def _one(a: tuple[Source, list[DateSlot]], b: tuple[Source, list[DateSlot]]) -> bool:
    return one_happening_clause(a[0], 0, a[1][0], b[0], 0, b[1][0])


COMMITTEE_A = (0, "The board's pay committee approved the package on 3 March.",
               [("3 March", "approved", 3, "approv", "committee", "package", "occurred")])
COMMITTEE_B = (1, "Its pay committee signed off on 12 March, weeks before shareholders were told of it.",
               [("12 March", "signed", 12, "sign", "committee", None, "occurred")])


def test_one_committees_approval_told_with_two_verbs_is_one_happening() -> None:
    assert _one(_report(*COMMITTEE_A), _report(*COMMITTEE_B))


def test_one_verb_of_one_thing_acted_on_is_one_happening() -> None:
    a = _report(0, "The hoard was valued on 3 March.", [("3 March", "valued", 3, "valu", None, "hoard", "occurred")])
    b = _report(1, "Experts valued the hoard on 9 March.", [("9 March", "valued", 9, "valu", "expert", "hoard",
                                                            "occurred")])
    assert _one(a, b)


def test_a_named_person_doing_two_things_is_not_one_happening() -> None:
    # a resignation and a confirmation: one doer, two happenings on two days
    a = _report(0, "Jim Mattis resigned on 5 March in protest.", [("5 March", "resigned", 5, "resign", "mattis",
                                                                   None, "occurred")], frozenset({"jim mattis"}))
    b = _report(1, "Mattis won confirmation on 20 March.", [("20 March", "won", 20, "win", "mattis", "confirmation",
                                                             "occurred")], frozenset({"mattis"}))
    assert one_participant(a[0], 0, a[1][0], b[0], 0, b[1][0])  # round 25 joins the two verbs ...
    assert not _one(a, b)  # ... but the clauses do not make them one happening


def test_a_report_that_dates_the_thing_twice_pairs_neither() -> None:
    b = _report(1, "Experts valued the hoard on 9 March and sold the hoard on 11 March.",
                [("9 March", "valued", 9, "valu", "expert", "hoard", "occurred"),
                 ("11 March", "sold", 11, "sell", "expert", "hoard", "occurred")])
    a = _report(0, "The hoard was valued on 3 March.", [("3 March", "valued", 3, "valu", None, "hoard", "occurred")])
    assert not _one(a, b)


def test_a_plan_and_a_deed_are_two_happenings() -> None:
    a = _report(0, "The hoard was valued on 3 March.", [("3 March", "valued", 3, "valu", None, "hoard", "occurred")])
    b = _report(1, "Experts will value the hoard on 9 March.", [("9 March", "value", 9, "valu", "expert", "hoard",
                                                                 "planned")])
    assert not _one(a, b)


# above same_happening_min, under same_happening_shown: the model doubts two unlike sentences of one approval
DOUBT_P = 0.62


def test_unlike_sentences_of_one_approval_make_an_uncapped_date_conflict(monkeypatch: pytest.MonkeyPatch) -> None:
    # the two sentence vectors are orthogonal (cosine 0): below date_min_sentence and shown_min_sentence
    monkeypatch.setattr(compare, "same_happening", lambda *args, **kw: DOUBT_P)
    a = _report(*COMMITTEE_A)
    b = _report(*COMMITTEE_B, vec=(0.0, 1.0))
    sims = np.array([[0.0]])
    found = _dates(a[0], b[0], sims, settings())
    assert [(f.kind, f.features["one_clause"]) for f in found] == [("conflict", 1.0)]
    f = found[0]
    assert f.features["sentence"] == 0.0 and f.features["same_p"] == DOUBT_P
    assert confidence(f) == pytest.approx(family_confidence(family(f), f.features, capped=False))
    f.features["one_clause"] = 0.0  # the same pair without the clause reading: held behind "show more"
    assert confidence(f) <= settings()["unsure_happening_confidence"]


def _finding(**feats: float) -> Finding:
    side = Side(source=0, sentence=0, start=0, end=7, text="3 March", value="--03-03")
    other = Side(source=1, sentence=0, start=0, end=8, text="12 March", value="--03-12")
    base = {"sentence": 0.9, "noun": 1.0, "names": 0.5, "speech_mismatch": 0.0, "same_value": 0.0, "only_pair": 1.0,
            "same_p": 0.95, "score": 1.5, "speech": 0.0}
    return Finding(kind="conflict", slot="date", detail="day", a=side, b=other, features={**base, **feats})


def test_a_two_verb_join_on_a_named_doer_alone_stays_behind_show_more() -> None:
    assert confidence(_finding()) > settings()["unsure_happening_confidence"]  # like sentences: shown
    assert confidence(_finding(named_doer=1.0)) <= settings()["unsure_happening_confidence"]
