"""Titles told in other shapes (round 29, issue 11): a hyphenated title after the name, a post given by a passive
appointment clause, a post told by a verb of heading a ministry. Invented sentences; the titles are compared as
``compare`` compares them, so a test fails when a shape is not read or is read as a conflict it is not."""

from __future__ import annotations

import pytest
from title_pairs import title_role as _role
from title_pairs import title_verdict as _verdict

pytestmark = pytest.mark.slow


def test_a_hyphenated_title_after_the_name_is_read_whole(slots):
    vice = _role(slots, "Mira Holt, the league's vice-president, said the vote was close.")
    assert (vice.core, vice.modifiers) == ("president", {"vice"}) and vice.text.endswith("vice-president")
    assert _verdict(vice, _role(slots, "League president Mira Holt said the vote was close.")) == "conflict"
    chair = _role(slots, "Lena Varga, the union's vice-chair, said talks would resume.")
    assert (chair.core, chair.modifiers) == ("chair", {"vice"})


def test_a_passive_appointment_clause_gives_the_title_held_now(slots):
    made = _role(slots, "Tomas Orrin, who was made deputy minister of housing in May, opened the site.")
    assert (made.core, made.modifiers, made.portfolio) == ("minister", {"deputy"}, {"housing"})
    assert "former" not in made.title  # an appointment tells the post now, not one held before
    assert made.title == "deputy minister of housing"  # as written, not "deputy minister housing"
    assert _verdict(made, _role(slots, "Housing Minister Tomas Orrin opened the site.")) == "conflict"
    # an indefinite complement describes the person and is no title; two posts of two offices both hold
    assert not [r for r in slots("Tomas Orrin, who was made a deputy minister in May, spoke.").roles if r.core]
    leader = _role(slots, "Tomas Orrin, who was named party leader last year, spoke.")
    assert _verdict(leader, _role(slots, "Housing Minister Tomas Orrin opened the site.")) == "different"


def test_heading_a_ministry_is_the_ministers_post(slots):
    head = _role(slots, "Anna Berg, who heads the trade ministry, said tariffs would fall.")
    assert (head.core, head.portfolio) == ("minister", {"trade"})
    assert _verdict(head, _role(slots, "Energy Minister Anna Berg said tariffs would fall.")) == "conflict"
    assert _verdict(head, _role(slots, "Trade Minister Anna Berg said tariffs would fall.")) == "same"
    # an honorific stays apart; a past clause tells no post now; heading a party is no ministry
    hon = _role(slots, "Ms. Berg, who runs the country's trade ministry, spoke.")
    assert (hon.core, hon.honorific) == ("minister", "ms")
    assert not [r for r in slots("Anna Berg, who headed the trade ministry until 2020, spoke.").roles if r.core]
    assert not [r for r in slots("Anna Berg, who leads the opposition party, spoke.").roles if r.core]


def test_a_former_title_and_an_examiner(slots):
    former = _role(slots, "Former Trade Minister Anna Berg said tariffs would fall.")
    assert _verdict(former, _role(slots, "Anna Berg, who heads the trade ministry, said so.")) == "different"
    chief = _role(slots, "Chief Examiner Ansel Dray said the papers were safe.")
    deputy = _role(slots, "Ansel Dray, the deputy chief examiner, said the papers were safe.")
    assert (chief.core, deputy.core) == ("examiner", "examiner") and _verdict(chief, deputy) == "conflict"
