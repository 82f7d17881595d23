"""Dates of one happening told with two verbs (issue 11, round 44): two verbs WordNet reads as one act (one synset,
or one a near hypernym of the other: "closed" / "shut", "felled" / "cut down", "completed" / "ended"; never mere
siblings such as "opened" / "closed") with one participant named in both dated clauses are one predicate when each
report dates that act once (story/compare.one_participant), and one act below the sentence floor when every test of
story/compare.one_act holds. Kept apart: siblings, a day of saying against the day done, two days of the act in one
report, two verbs about two different things. Invented reports in an invented town (Varlow), slots built by hand as in
test_date_one_act; the same-happening model, WordNet and the confidence are the library's."""

from __future__ import annotations

import numpy as np
import pytest
from test_date_one_act import UNLIKE, Dated, _flags, _report

from newsprism.lexicon import same_act_verb
from newsprism.story.compare import Source, settings

# two sentences alike enough to pass the sentence floor (0.55) but not near-identical (date_loose_sentence 0.85)
ALIKE = (0.7, float(np.sqrt(0.51)))


@pytest.mark.parametrize(("a", "b"), [("closed", "shut"), ("clos", "shut"), ("finished", "completed"),
                                      ("felled", "cut"), ("ended", "complet"), ("began", "started")])
def test_wordnet_reads_two_verbs_as_one_act(a: str, b: str) -> None:
    assert same_act_verb(a, b) and same_act_verb(b, a)


@pytest.mark.parametrize(("a", "b"), [("opened", "closed"), ("rose", "fell"), ("won", "lost"), ("arrested", "released"),
                                      ("killed", "injured"), ("started", "finished"), ("signed", "said"),
                                      ("qwertyuiop", "closed")])
def test_siblings_opposites_and_unknown_verbs_are_not_one_act(a: str, b: str) -> None:
    assert not same_act_verb(a, b) and not same_act_verb(b, a)


def _closed(*, reopen: bool = True) -> Source:
    # the museum is dated again (its reopening, another act): the participant is dated twice, the act once (the
    # hand-built slots put every date in November: the reopening is read as November 1)
    return _report(0, "The Varlow museum closed to visitors on November 2 so that the roof could be mended.",
                   [("November 2", 2, None, "closed", "clos", "occurred", "museum", None)],
                   more="The museum will reopen on 1 March." if reopen else "",
                   more_dated=[("1 March", 1, None, "reopen", "reopen", "planned", "museum", None)] if reopen else [])


def _shut(subject: str = "museum", obj: str = "door", more: str = "", more_dated: list[Dated] | None = None) -> Source:
    return _report(1, f"The Varlow {subject} shut its {obj}s to the public on November 9, two weeks late.",
                   [("November 9", 9, None, "shut", "shut", "occurred", subject, obj)], vector=ALIKE, more=more,
                   more_dated=more_dated)


def test_closed_and_shut_of_one_museum_are_one_closing() -> None:
    (f,) = _flags(_closed(), _shut())
    assert (f.a.text, f.b.text) == ("November 2", "November 9")
    assert f.features["noun"] == 1.0  # read as one predicate


def test_the_switch_off_keeps_two_verbs_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(settings(), "date_one_act_two_verbs", False)
    assert _flags(_closed(), _shut()) == []


def test_sibling_verbs_are_two_happenings() -> None:
    opened = _report(1, "The Varlow museum opened its doors to the public on November 9, two weeks late.",
                     [("November 9", 9, None, "opened", "open", "occurred", "museum", "door")], vector=ALIKE)
    assert _flags(_closed(), opened) == []


def test_two_verbs_about_two_things_are_two_happenings() -> None:
    # the council shut a road, the museum closed: one kind of act, no participant in common
    assert _flags(_closed(), _shut(subject="council", obj="road")) == []


def test_a_day_said_is_not_the_day_done() -> None:
    said = _report(1, "The director of the Varlow museum said on November 9 that it had shut its doors.",
                   [("November 9", 9, None, "said", "say", "occurred", "director", None)], vector=ALIKE, speech=True)
    assert _flags(_closed(), said) == []


def test_a_report_that_dates_the_act_twice_tells_two_closings() -> None:
    # two days of the act in one report (shut, then closed again): which closing the other report dates is unknown
    twice = _shut(more="The museum closed again on November 20 after a flood.",
                  more_dated=[("November 20", 20, None, "closed", "clos", "occurred", "museum", None)])
    assert _flags(_closed(reopen=False), twice) == []
    assert len(_flags(_closed(reopen=False), _shut())) == 1  # the same pair with the act dated once


def test_a_subject_with_no_object_may_be_the_thing_acted_on() -> None:
    # "auditors completed the count" / "the count ended": the count is acted on in one, the subject in the other
    completed = _report(0, "Auditors completed the count of the Varlow vault on November 12, the bank said.",
                        [("November 12", 12, None, "completed", "complet", "occurred", "auditor", "count")],
                        more="The bank will publish the findings on 6 January.",
                        more_dated=[("6 January", 6, None, "publish", "publish", "planned", "bank", "finding")])
    ended = _report(1, "The vault count in Varlow ended on November 17 after a long inspection.",
                    [("November 17", 17, None, "ended", "end", "occurred", "count", None)], vector=ALIKE)
    (f,) = _flags(completed, ended)
    assert (f.a.text, f.b.text) == ("November 12", "November 17")


def test_two_verbs_of_one_act_below_the_floor() -> None:
    # told in unlike sentences: one felling of one tree (the oak is a tree), each report dating it once
    felled = _report(0, "Crews felled the old oak of Varlow on November 27 before dawn.",
                     [("November 27", 27, None, "felled", "fell", "occurred", "crew", "oak")])
    cut = _report(1, "Villagers woke to find the tree had been cut down on November 29, the Varlow police said.",
                  [("November 29", 29, None, "cut", "cut", "occurred", None, "tree")], vector=UNLIKE)
    (f,) = _flags(felled, cut)
    assert (f.a.text, f.b.text) == ("November 27", "November 29") and f.features["one_act"] == 1.0
    assert f.confidence >= 0.5
    opened = _report(1, "Villagers woke to find the gate had been opened on November 29, the Varlow police said.",
                     [("November 29", 29, None, "opened", "open", "occurred", None, "gate")], vector=UNLIKE)
    assert _flags(felled, opened) == []
