"""A count of who told the report is not a count of the thing (claims.slots._source_group, round 33, issue 11): a
counted group that is the subject of a verb of telling, the object of "according to" or of "spoke to" is the report's
sources. Invented sentences, fictional names."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _count(slots, text: str, value: float):
    return next(a for a in slots(text).amounts if a.value == value and a.dim == "count")


def test_a_count_of_those_who_told_the_report_is_marked_as_sources(slots):
    for text, value in (("The gunmen stormed the consulate in Velm on Friday, according to three hostages who spoke "
                         "to the Orsk Courier.", 3),
                        ("The gunmen stormed the consulate in Velm on Friday, according to two witnesses.", 2),
                        ("Four residents of Velm told the Orsk Courier that the gunmen stormed the consulate.", 4),
                        ("The Orsk Courier spoke to five residents of Velm after the siege.", 5)):
        assert _count(slots, text, value).extra.get("sources") is True, text


def test_a_count_of_the_thing_itself_is_not_a_count_of_sources(slots):
    for text, value in (("The gunmen held 19 hostages in the consulate in Velm for three days.", 19),
                        ("Nineteen hostages were freed from the consulate in Velm on Friday.", 19),
                        ("The minister told 300 workers at the Velm yard that the plant would close.", 300),
                        ("Police said 12 people were hurt in the blast in Velm.", 12)):
        assert not _count(slots, text, value).extra.get("sources"), text


def test_a_count_of_sources_survives_the_stored_claims(make_doc):
    # a story compared from stored documents reads its slots back from the claims: the mark must travel with them
    from newsprism.claims import ClaimsComponent
    from newsprism.claims.typed import sentence_slots_of
    from newsprism.nlp.components import DatesComponent, EntitiesComponent, SentencesComponent
    from newsprism.pipeline import Pipeline

    doc = make_doc("Consulate Siege Ends\nThe gunmen held the consulate in Velm for three days, according to four "
                   "hostages who spoke to the Orsk Courier. The gunmen held 19 hostages.\n")
    doc = Pipeline([SentencesComponent(), EntitiesComponent(), DatesComponent(), ClaimsComponent()]).pipe([doc])[0]
    counts = {a.value: bool(a.extra.get("sources")) for s in sentence_slots_of(doc) for a in s.amounts
              if a.dim == "count"}
    assert counts.get(4) is True and counts.get(19) is False
