"""The one day each report gives its own headline happening is one happening's day, whatever the two verbs
(story/compare.headline_days, story/confidence.headline_pair; issue 11, round 31): news writing names the story's
happening in the headline and the lead, so two reports that each date that happening once, each with its own verb,
give two days of one happening. Invented reports (a headline line and one or two sentences), slots built by hand (no
parse); the same-happening model and the confidence are the library's."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.claims.slots import DateSlot, SentenceSlots, Status
from newsprism.story.compare import Finding, Source, _dates, settings
from newsprism.story.confidence import family, family_confidence
from newsprism.story.flags import rate

Clause = tuple[str, str, int, str, str]  # date text, verb, day of March, verb key, status


def _sentence(text: str, off: int, clauses: list[Clause], *, speech: bool = False) -> SentenceSlots:
    dates, statuses = [], []
    for day_text, verb, day, key, status in clauses:
        at, v = off + text.index(day_text), off + text.index(verb)
        dates.append(DateSlot(start=at, end=at + len(day_text), text=day_text, month=3, day=day, predicate=key,
                              speech=speech))
        statuses.append(Status(start=v, end=v + len(verb), text=verb, predicate=key, status=status))
    return SentenceSlots(start=off, end=off + len(text), text=text, dates=dates, statuses=statuses)


def _report(i: int, headline: str, lead: str, clauses: list[Clause], published: str, *, more: str = "",
            more_clauses: list[Clause] | None = None, vector: tuple[float, float] = (1.0, 0.0)) -> Source:
    """A report: its headline line, its lead (whose clauses each carry one date of March 2026) and an optional
    second sentence ``more`` with its own dated clauses."""
    text = headline + "\n" + lead
    sents = [_sentence(lead, len(headline) + 1, clauses)]
    vectors = [vector]
    if more:
        sents.append(_sentence(more, len(text) + 1, more_clauses or []))
        text = text + " " + more
        vectors.append((0.0, 1.0))
    return Source(index=i, name=f"Outlet {i}", sentences=sents, vectors=np.array(vectors), text=text,
                  published=published)


# one roof collapse, told with two verbs in two unlike leads (cosine 0.3: below date_min_sentence and below
# lead_day_min_sentence, so neither the ordinary route nor round 28's lead days pair them)
UNLIKE = (0.3, float(np.sqrt(0.91)))


def _collapsed(published: str = "2026-03-12", **kw: object) -> Source:
    return _report(0, "Roof collapses at Brenvik bus depot",
                   "The roof of the Brenvik bus depot collapsed on 9 March, crushing four buses.",
                   [("9 March", "collapsed", 9, "collaps", "occurred")], published, **kw)  # type: ignore[arg-type]


def _came_down(published: str = "2026-03-13", **kw: object) -> Source:
    return _report(1, "Depot roof comes down after weeks of snow",
                   "Drivers were still asleep when the depot roof came down on 8 March under heavy snow.",
                   [("8 March", "came", 8, "com", "occurred")], published, vector=UNLIKE, **kw)  # type: ignore[arg-type]


def _flags(a: Source, b: Source) -> list[Finding]:
    found = [f for f in _dates(a, b, a.vectors @ b.vectors.T, settings()) if f.kind == "conflict"]
    rate(found, {0: a, 1: b})
    return found


def test_one_headline_happening_told_with_two_verbs_on_two_days_is_a_date_conflict() -> None:
    (f,) = _flags(_collapsed(), _came_down())
    assert (f.a.text, f.b.text) == ("9 March", "8 March")
    assert f.features["headline_pair"] == 1.0 and "lead_day" not in f.features
    # the family model's own probability: no sentence cap (two outlets write two headlines and two leads)
    assert f.confidence == pytest.approx(family_confidence(family(f), f.features, capped=False))


def test_the_switch_off_pairs_no_headline_days(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(settings(), "date_headline_days", False)
    assert _flags(_collapsed(), _came_down()) == []


def test_the_same_day_told_with_two_verbs_is_no_conflict() -> None:
    same = _report(1, "Depot roof comes down after weeks of snow",
                   "Drivers were still asleep when the depot roof came down on 9 March under heavy snow.",
                   [("9 March", "came", 9, "com", "occurred")], "2026-03-13", vector=UNLIKE)
    assert _flags(_collapsed(), same) == []


def test_a_head_that_names_the_other_reports_verb_tells_two_happenings() -> None:
    # "Crowds march for jailed singer": the march is this report's dated happening, the jailing the other's
    jailed = _report(0, "Court jails folk singer Ilsa Marrow",
                     "A court in Tervel jailed the folk singer Ilsa Marrow on 6 March for insulting the governor.",
                     [("6 March", "jailed", 6, "jail", "occurred")], "2026-03-09")
    marched = _report(1, "Crowds march for jailed singer",
                      "Thousands marched through Tervel on 8 March, demanding her release.",
                      [("8 March", "marched", 8, "march", "occurred")], "2026-03-09", vector=UNLIKE)
    assert _flags(jailed, marched) == []


def test_another_happening_dated_between_the_two_days_makes_them_two_steps() -> None:
    # set out on the 3rd, trapped on the 4th, brought out on the 7th: a start and an end, not one happening
    out = _report(0, "Last trapped climbers brought down from Skarn ridge",
                  "Rescuers brought the last three climbers down from Skarn ridge on 7 March.",
                  [("7 March", "brought", 7, "bring", "occurred")], "2026-03-09")
    went = _report(1, "Skarn climbers home after ordeal",
                   "The five climbers set off up Skarn ridge on 3 March for a two-day traverse.",
                   [("3 March", "set", 3, "set", "occurred")], "2026-03-09", vector=UNLIKE,
                   more="An avalanche trapped the group on 4 March.",
                   more_clauses=[("4 March", "trapped", 4, "trap", "occurred")])
    assert _flags(out, went) == []


def test_a_head_that_dates_two_happenings_gives_no_headline_day() -> None:
    two = _report(0, "Roof collapses at Brenvik depot as snowstorm ends",
                  "The roof of the Brenvik depot collapsed on 9 March, two days after the snowstorm ended on 7 March.",
                  [("9 March", "collapsed", 9, "collaps", "occurred"), ("7 March", "ended", 7, "end", "occurred")],
                  "2026-03-12")
    assert _flags(two, _came_down()) == []


def test_a_planned_headline_happening_gives_no_headline_day() -> None:
    plan = _report(0, "Brenvik depot to reopen",
                   "The Brenvik bus depot will reopen on 20 March, the council said.",
                   [("20 March", "reopen", 20, "reopen", "planned")], "2026-03-12")
    back = _report(1, "Buses return to Brenvik depot",
                   "Buses returned to the Brenvik depot on 18 March after repairs.",
                   [("18 March", "returned", 18, "return", "occurred")], "2026-03-21", vector=UNLIKE)
    assert _flags(plan, back) == []


def test_a_report_that_gives_the_other_day_to_something_pairs_no_headline_days() -> None:
    other = _came_down(more="Engineers inspected the roof on 9 March.",
                       more_clauses=[("9 March", "inspected", 9, "inspect", "occurred")])
    assert _flags(_collapsed(), other) == []


def test_a_day_after_the_other_report_came_out_is_another_happening() -> None:
    # a report of 8 March cannot tell a collapse on 9 March
    assert _flags(_collapsed(), _came_down(published="2026-03-08")) == []


def test_a_date_whose_verb_is_not_in_the_head_is_no_headline_day() -> None:
    elsewhere = _report(1, "Snow closes mountain passes",
                        "Drivers were still asleep when the depot roof came down on 8 March under heavy snow.",
                        [("8 March", "came", 8, "com", "occurred")], "2026-03-13", vector=UNLIKE)
    elsewhere.sentences.insert(0, SentenceSlots(start=0, end=0, text="Snow closed the passes.", dates=[]))
    elsewhere.vectors = np.array([(0.0, 1.0), UNLIKE])
    assert _flags(_collapsed(), elsewhere) == []


def _weekday_report(i: int, headline: str, lead: str, day: str, weekday: int, verb: str, key: str,
                    published: str, vector: tuple[float, float]) -> Source:
    """A report whose lead dates one done clause with a weekday alone ("on Sunday")."""
    src = _report(i, headline, lead, [], published, vector=vector)
    off = len(headline) + 1
    at, v = off + lead.index(day), off + lead.index(verb)
    src.sentences[0].dates.append(DateSlot(start=at, end=at + len(day), text=day, weekday=weekday, predicate=key))
    src.sentences[0].statuses.append(Status(start=v, end=v + len(verb), text=verb, predicate=key, status="occurred"))
    return src


def test_a_weekday_naming_its_own_reports_day_of_publication_is_that_days_news() -> None:
    # published on Sunday 8 March, "kept up pressure on Sunday": the day's follow-up, not Friday's first reaction
    friday = _weekday_report(0, "Farmers turn on Minister Arla Venn over grain remarks",
                             "Farmers' unions condemned Minister Arla Venn on Friday over her grain remarks.",
                             "Friday", 4, "condemned", "condemn", "2026-03-08", (1.0, 0.0))
    sunday = _weekday_report(1, "Deputies keep pressure on Venn",
                             "Deputies kept up pressure on Minister Arla Venn on Sunday to apologise for her remarks.",
                             "Sunday", 6, "kept", "keep", "2026-03-08", UNLIKE)
    assert _flags(friday, sunday) == []
    # read on Monday 9 March, "on Sunday" names 8 March, not its own day: the two heads' days are compared
    sunday.published = "2026-03-09"
    (f,) = _flags(friday, sunday)
    assert f.features["headline_pair"] == 1.0
