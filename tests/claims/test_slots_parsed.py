"""Typed slots from the spaCy parse: counted things, titles with ranks, dates of saying, clause status."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_slots_counted_thing_before_and_after_the_verb(slots):
    a = slots("About 4,000 dock workers joined the strike in Port Vell.").amounts[0]
    assert a.noun == "worker" and a.bound == "approx"
    b = slots("The death toll in Drava stood at 207 on Friday.").amounts[0]
    assert b.noun == "toll" and b.value == 207


def test_slots_titles_rank_and_honorific(slots):
    r = slots("Deputy Foreign Minister Ivan Petrov will sign the accord next week.").roles[0]
    assert r.person == "petrov" and r.core == "minister" and r.modifiers == {"deputy"} and "foreign" in r.portfolio
    plain = slots("Mr. Flynn met the mayor.").roles
    assert all(x.core is None and not x.modifiers for x in plain)


def test_slots_status_plan_deed_denial(slots):
    assert slots("Deputy Foreign Minister Ivan Petrov will sign the accord next week.").statuses[0].status == "planned"
    assert slots("The port authority opened the new terminal on Monday.").statuses[0].status == "occurred"
    no = slots("No ballots were destroyed in Drava, officials said.")
    assert any(s.predicate.startswith("destroy") and s.status == "denied" for s in no.statuses)
    denied = slots("The ministry denied that any ballots were destroyed.")
    assert any(s.predicate.startswith("destroy") and s.status == "denied" for s in denied.statuses)


def test_slots_date_of_saying_is_marked(slots):
    said = slots("The mayor said on Tuesday that the bridge opened on Monday.")
    by_day = {d.weekday: d for d in said.dates}
    assert by_day[1].speech and not by_day[0].speech


def test_slots_ordinals(slots):
    o = slots("It was the second visit by a Kestorian leader since 1987.").ordinals[0]
    assert o.value == 2 and o.noun == "visit" and o.since == "1987"
    assert slots("First, the council met in Drava.").ordinals == []


def test_slots_compound_ordinal_words(slots):
    # "thirty-eighth" is three tokens; its last word alone ("eighth") is another rank
    (o,) = slots("The Velmar regatta opened its thirty-eighth season on Saturday.").ordinals
    assert o.value == 38 and o.text.startswith("thirty-eighth")
    (p,) = slots("Orla Benn finished twenty-first in the Karsk marathon.").ordinals
    assert p.value == 21
    assert slots("It was the 38th season of the Velmar regatta.").ordinals[0].value == 38


def test_slot_claims_round_trip(make_doc):
    from newsprism.claims import ClaimsComponent
    from newsprism.claims.typed import sentence_slots_of
    from newsprism.nlp.components import DatesComponent, EntitiesComponent, SentencesComponent
    from newsprism.pipeline import Pipeline

    doc = make_doc("Harbour Deal Signed\nOn Monday, Deputy Minister Ivan Petrov signed an 18-month deal worth "
                   "$1.7 billion, the second such deal since 2019.\n")
    doc = Pipeline([SentencesComponent(), EntitiesComponent(), DatesComponent(), ClaimsComponent()]).pipe([doc])[0]
    kinds = {c.kind for c in doc.claims}
    assert {"duration", "quantity", "ordinal", "role", "date", "status"} <= kinds
    (s,) = sentence_slots_of(doc)
    assert {a.dim for a in s.amounts} >= {"duration", "money"}
    assert s.roles[0].modifiers == {"deputy"} and s.ordinals[0].since == "2019"
    assert s.dates[0].weekday == 0 and s.statuses[0].status == "occurred"
    for c in doc.claims:
        assert doc.text[c.evidence.start : c.evidence.end] == c.evidence.text


def test_slots_titles_set_off_before_the_name(slots):
    # two coordinated titles before the name are two titles of one person
    rs = slots("Velmora's army chief and acting president, Tomas Arvid Krenn, met the envoy on Monday.").roles
    assert {(r.person, r.core, frozenset(r.modifiers)) for r in rs} >= {("krenn", "president", frozenset({"acting"}))}
    assert len({r.core for r in rs if r.person == "krenn"}) == 2
    r = slots("The foreign minister, Ivan Petrov, said the talks would go on.").roles[0]
    assert r.person == "petrov" and r.core == "minister" and "foreign" in r.portfolio
    # the object of a phrase before the comma is not the subject's title
    assert not [r for r in slots("After meeting the president, Ivan Petrov said the talks would go on.").roles
                if r.core]


def test_slots_holder_of_a_figure_is_the_name_it_belongs_to(slots):
    led = slots("Mila Vasko led the Herons with 13 rebounds, while Tomas Orel added 12.").amounts
    assert [(a.value, a.extra.get("holder")) for a in led] == [(13, "mila vasko"), (12, "tomas orel")]
    assert led[1].noun is None  # a name is whose figure it is, never the counted thing
    paced = slots("The Herons were paced by 13 rebounds from Mila Vasko.").amounts[0]
    assert paced.noun == "rebound" and paced.extra.get("holder") == "mila vasko"
    couple = slots("The Kowalskis earned $140 million over eight years.").amounts[0]
    assert couple.noun is None and couple.extra.get("holder") == "kowalskis"  # the couple, not Mr. Kowalski
    age = slots("Police arrested his half-brother Jonas Kell, 24, on Friday.").amounts[0]
    assert age.dim == "age" and age.extra.get("holder") == "jonas kell"
    suffix = slots("Police named the suspect as Cesar Okon Jr., 56, of Aventura.").amounts[0]
    assert suffix.extra.get("holder") == "cesar okon"  # a suffix, a title or an honorific is no part of the name
    second = slots("Morelli was married with two children and Joering was married with four daughters.").amounts
    assert [a.extra.get("holder") for a in second] == ["morelli", "joering"]  # each clause's own subject
    oath = slots("Mila Vasko took the 35-word oath administered by Judge Tomas Orel.").amounts[0]
    assert "holder" not in oath.extra  # the figure describes the oath, not whoever takes it
    crowd = slots("About 4,000 dock workers joined the strike in Port Vell.").amounts[0]
    assert crowd.noun == "worker" and "holder" not in crowd.extra
