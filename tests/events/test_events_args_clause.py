"""Event arguments a careful reader accepts (issue 11, round 8): the doer of a passive left unsaid, the name in
apposition for a description, the direct object before a preposition's, a scene-setting place that is no
target, an inverted speaker, no doer guessed for a conjunct of a reported clause, no attribution for what a
speech verb's object or time clause tells, the place of the event's own clause first, and a relative period
told no finer than itself. Invented text."""

from __future__ import annotations

import pytest
from events_floor import analyze_events

pytestmark = pytest.mark.slow

ARTICLE = """Mayor Brenn criticized by union over port deal
Last week, Dorin Vasko was arrested and charged with the theft of the harbour funds.
Another senior Republican, Senator Ilse Marenko of Drava, criticized Governor Tomas Varga on Monday.
Harbor Watch, a fishing lobby that sued the ministry in 2029, praised the ruling.
Foreign agents offered documents on Governor Varga during the campaign.
In Lisbon, hundreds of dock workers greeted the ruling with relief.
"Stay strong," tweeted the Lisbon chapter of the Fishers Union.
Varga said Marenko made "a fair offer" and urged the council to accept it.
Marenko told reporters after the audit was released that she would stay.
Pavel Brenn, a harbour master from Madrid, died on Thursday at a clinic in Lisbon.
In a speech in Lisbon last year, Varga remarked that the union was strong.
"""


@pytest.fixture(scope="module")
def doc():
    return analyze_events(ARTICLE, "drava_args.txt")


def _show(doc):
    return [(e.trigger, e.actor, e.target, e.date, e.place, e.attributed_to) for e in doc.events]


def _first(doc, trigger, after=0):
    found = sorted((e for e in doc.events if e.trigger == trigger and e.trigger_start >= after),
                   key=lambda e: e.trigger_start)
    assert found, _show(doc)
    return found[0]


def test_passive_conjunct_acts_on_the_subject(doc):
    charged = _first(doc, "charged")
    assert charged.actor is None and charged.target == "Dorin Vasko", _show(doc)


def test_headline_passive_with_by_agent(doc):
    criticized = _first(doc, "criticized")
    assert "Brenn" not in (criticized.actor or ""), _show(doc)


def test_name_in_apposition_to_a_party_word(doc):
    criticized = _first(doc, "criticized", after=ARTICLE.index("Another"))
    assert criticized.actor == "Ilse Marenko", _show(doc)


def test_relative_clause_on_a_description_of_a_name(doc):
    assert _first(doc, "sued").actor == "Harbor Watch", _show(doc)


def test_direct_object_before_a_prepositions(doc):
    offered = _first(doc, "offered")
    assert "Varga" not in (offered.target or ""), _show(doc)


def test_scene_setting_place_is_no_target(doc):
    greeted = _first(doc, "greeted")
    assert greeted.target != "Lisbon", _show(doc)


def test_inverted_speaker_is_the_actor(doc):
    tweeted = _first(doc, "tweeted")
    assert tweeted.actor and "chapter" in tweeted.actor and tweeted.target is None, _show(doc)


def test_conjunct_of_a_reported_clause_has_no_guessed_actor(doc):
    urged = _first(doc, "urged")
    assert urged.actor != "Ilse Marenko", _show(doc)


def test_passive_clause_borrows_no_doer_and_time_clause_no_speaker(doc):
    released = _first(doc, "released")
    assert released.actor is None and released.attributed_to is None, _show(doc)


def test_place_of_the_events_own_clause_before_the_nearest(doc):
    died = _first(doc, "died")
    assert died.place == "Lisbon", _show(doc)  # not where he is from, though nearer


def test_relative_period_is_told_as_a_year(doc):
    remarked = _first(doc, "remarked")
    assert remarked.date == "2030", _show(doc)
