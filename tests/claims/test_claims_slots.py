"""Claims carry normalized slots and evidence spans that point at the right characters."""

from __future__ import annotations

import pytest

from newsprism.claims import ClaimsComponent
from newsprism.nlp.components import DatesComponent, EntitiesComponent, SentencesComponent
from newsprism.pipeline import Pipeline

pytestmark = pytest.mark.slow

ARTICLE = """Summit Ends in Harbour City
Port Vell, Maravia – The two governments signed 12 accords on March 4, 2026. Officials reportedly prepared several bilateral documents.
It was the first visit by a Kestorian leader since 1987.
Foreign Minister Paulo Ested welcomed the delegation.
"""


@pytest.fixture(scope="module")
def doc():
    from newsprism.ingest import parse_text_article

    d = parse_text_article(ARTICLE, "claims.txt")
    d = Pipeline([SentencesComponent(), EntitiesComponent(), DatesComponent(), ClaimsComponent()]).pipe([d])[0]
    return d


def test_claims_counts_precise_and_vague(doc):
    counts = {c.evidence.text: c for c in doc.claims if c.kind == "count"}
    precise = next(c for t, c in counts.items() if "12 accords" in t)
    assert precise.quantity.value == 12 and precise.quantity.unit == "accord" and precise.predicate == "sign"
    vague = next(c for t, c in counts.items() if "several bilateral documents" in t)
    assert vague.quantity.vague and (vague.quantity.low, vague.quantity.high) == (3, 7)
    assert vague.hedged and "reportedly" in vague.hedges
    assert not precise.hedged


def test_claims_date_superlative_role(doc):
    date = next(c for c in doc.claims if c.kind == "date")
    assert date.time == "2026-03-04" and "March 4, 2026" in date.evidence.text
    assert date.date is not None and (date.date.year, date.date.month, date.date.day) == (2026, 3, 4)
    first = next(c for c in doc.claims if c.kind == "ordinal")
    assert first.time == "1987" and first.evidence.text.startswith("first") and first.quantity.value == 1
    role = next(c for c in doc.claims if c.kind == "role")
    assert role.subject == "Paulo Ested" and role.object == "Foreign Minister"


def test_claims_status_of_main_clause(doc):
    status = next(c for c in doc.claims if c.kind == "status" and c.predicate == "sign")
    assert status.status == "occurred" and not status.negated


def test_claims_offsets_exact(doc):
    for c in doc.claims:
        assert doc.text[c.evidence.start : c.evidence.end] == c.evidence.text
        assert doc.text[c.start : c.end] == c.text
        assert c.start <= c.evidence.start and c.evidence.end <= c.end


def test_claims_place_slot_from_in_at(make_doc):
    from newsprism.ingest import parse_text_article

    d = parse_text_article("Title Line\nThe ministers signed 4 accords in Port Vell on March 4, 2026.\n", "p.txt")
    d = Pipeline([SentencesComponent(), EntitiesComponent(), DatesComponent(), ClaimsComponent()]).pipe([d])[0]
    count = next(c for c in d.claims if c.kind == "count")
    assert count.quantity.value == 4 and count.place == "Port Vell"
