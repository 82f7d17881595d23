"""Typed slots of round 11 (invented sentences, worded unlike the wire sets): a plan told through an adjective ("is
due to begin"), a rank told by a superlative ("the tallest" against "the third-tallest"), a title set after a name
the entity tagger may not read as a person, and a measure before the noun against one after a verb, in other units.
What must pair does; what only looks alike (one length in two units) does not."""

from __future__ import annotations

import pytest
from hand_sources import analyzed_reports, discrepancies_between

pytestmark = pytest.mark.slow

LEDGER = """Ferry Line to Open
The Orsen ferry line is due to begin service on Thursday, once the new pier is inspected, the port board said.
The Velmar tower, the tallest in the region, houses the port board's offices.
"Every crossing will be checked twice," said Tomas Velk, the port board's safety director.
The 340-tonne crane on the 1.2-kilometre pier was bought from a shipyard in Dallen in 2019.
The refit of the old ferry Marra took three years and cost 45 million crowns, the board said.
"""
COURIER = """Orsen Ferries Start Crossings
The Orsen ferry line began service on Tuesday morning, and the first crossing was full.
Built in 1998, the Velmar tower is the region's third-tallest tower and stands by the old harbour.
"Every crossing will be checked twice," Tomas Velk, the port board's deputy safety director, told reporters.
The crane, bought from a Dallen shipyard, weighs 410 tonnes and sits on the 1,200-metre pier.
Five years of work went into the refit of the old ferry Marra, and the bill came to 60 million crowns.
"""


def test_a_plan_through_an_adjective_is_the_planned_verb(slots):
    (st,) = [x for x in slots("The vote is set to take place on Friday.").statuses if x.predicate != "be"]
    assert st.status == "planned" and st.subject == "vote"
    due = slots("The ferry line is due to begin service on Thursday, the board said.").statuses
    assert any(x.predicate == "begin" and x.status == "planned" and x.subject == "line" for x in due)
    # a copula without a plan word stays a light verb: nothing planned
    assert not any(x.status == "planned" for x in slots("The pier is due for inspection.").statuses)


def test_a_superlative_is_rank_one_of_itself(slots):
    (top,) = slots("The Velmar tower, the tallest in the region, houses the offices.").ordinals
    assert top.value == 1 and top.superlative == "tallest" and top.noun == "tower"
    (third,) = slots("The Velmar tower is the region's third-tallest tower.").ordinals
    assert third.value == 3 and third.superlative == "tallest" and third.noun == "tower"
    # "at least", "the most", "the latest" order nothing
    assert not slots("At least 40 people saw the latest and most serious fire.").ordinals


def test_a_title_after_a_name_makes_a_person(slots):
    (r,) = slots('"It was checked," said Tomas Velk, the port board\'s safety director.').roles
    assert r.person == "velk" and r.core == "director" and not r.modifiers
    (d,) = slots("Tomas Velk, the port board's deputy safety director, told reporters.").roles
    assert d.person == "velk" and d.modifiers == {"deputy"}


def test_a_measure_in_its_base_unit_with_the_thing_it_measures(slots):
    (a,) = slots("The 2.4-kilometre viaduct opened in May.").amounts
    assert a.dim == "measure" and a.unit == "metre" and a.value == 2400 and a.noun == "viaduct"
    (b,) = slots("The viaduct stretches 3,100 metres across the valley.").amounts
    assert b.dim == "measure" and b.value == 3100 and b.noun == "viaduct"
    (c,) = slots("The crane weighs 2.3 tonnes.").amounts
    assert c.unit == "kilogram" and c.value == 2300 and c.noun == "crane"
    (d,) = slots("Divers reached a tunnel that lies 85 metres below the harbour.").amounts
    assert d.noun == "tunnel" and d.value == 85
    # a name or a pronoun as the subject measures nothing comparable; "$5m" stays money
    assert slots("He ran 5 kilometres on Sunday.").amounts[0].noun is None
    assert slots("The deal is worth $5m.").amounts[0].dim == "money"
    # a bound after the unit bounds the measure
    (e,) = slots("The wall would rise 30 feet or more.").amounts
    assert e.dim == "measure" and e.bound == "ge" and abs(e.low - 9.144) < 1e-6


@pytest.fixture(scope="module")
def result():
    return analyzed_reports(("ledger", "Orsen Ledger", "Ferry Line to Open", LEDGER),
                            ("courier", "Harbour Courier", "Orsen Ferries Start Crossings", COURIER))


def _on(result, kind: str, slot: str, ledger: str, courier: str):
    return discrepancies_between(result, kind, slot, ("ledger", ledger), ("courier", courier))


def test_plan_through_an_adjective_against_the_deed(result):
    assert _on(result, "status", "status", "begin service", "began")


def test_superlative_against_a_lower_rank_of_it(result):
    assert _on(result, "conflict", "ordinal", "tallest", "third-tallest")


def test_title_after_the_name_against_its_deputy(result):
    assert _on(result, "conflict", "role", "safety director", "deputy safety director")


def test_measure_before_the_noun_against_a_measure_after_the_verb(result):
    assert _on(result, "conflict", "quantity", "340-tonne", "410 tonnes")


def test_one_length_in_two_units_is_no_conflict(result):
    assert not _on(result, "conflict", "quantity", "1.2-kilometre", "1,200-metre")


def test_measures_are_in_the_shipped_schema(result):
    import json
    from pathlib import Path

    import jsonschema

    schema = json.loads((Path(__file__).parents[2] / "src/newsprism/schema/analysis.schema.json").read_text("utf-8"))
    jsonschema.validate(result.model_dump(mode="json", by_alias=True), schema)
    dims = {c.quantity.dimension for d in result.documents for c in d.claims if c.quantity is not None}
    assert "measure" in dims


def test_two_figures_of_one_happening_may_both_differ(result):
    # a building time and a cost in one sentence are one happening's details, not two records
    assert _on(result, "conflict", "duration", "three years", "Five years")
    assert _on(result, "conflict", "count", "45 million crowns", "60 million crowns")


def test_the_dateline_lead_is_no_part_of_the_first_claim():
    from newsprism.api import analyze_documents
    from newsprism.ingest.records import record_to_document

    text = ("PORT VELL, March 3 (Harbor Ledger) – About 4,000 dock workers walked off the job on Monday.\n"
            "The union said the strike would last a week.\n")
    (doc,) = analyze_documents([record_to_document({"id": "a", "text": text}, "a")]).documents
    first = min(doc.claims, key=lambda c: c.start)
    assert first.text.startswith("About 4,000") and doc.text[first.start : first.end] == first.text
    assert not any(c.kind == "date" and c.evidence.text == "March 3" for c in doc.claims)
    assert any(c.kind == "count" and c.quantity and c.quantity.value == 4000 for c in doc.claims)


def test_two_ages_a_year_apart_are_two_ages():
    from newsprism.claims.amounts import find_amounts, relation

    (a,) = find_amounts("a 31-year-old climber from Essex")
    (b,) = find_amounts("Robert Buckley, 32, died on Saturday")
    (c,) = find_amounts("the 32-year-old man")
    assert a.dim == b.dim == "age" and relation(a, b) == "conflict" and relation(b, c) == "same"
