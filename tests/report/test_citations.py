"""Citations exports from hand-built analyses: Markdown, CSV and ClaimReview JSON-LD. A ClaimReview is written
only for a flag a person confirmed; unreviewed flags at or above the threshold are unrated Claims; rejected
flags and unreviewed flags below it are never exported."""

from __future__ import annotations

import csv
import io

from newsprism.model import Review
from newsprism.report.citations import claimreview, csv_text, markdown
from newsprism.report.demo import demo_analysis


def _reviewed():
    analysis = demo_analysis()
    flags = {d.topic: d for d in analysis.story.discrepancies}
    flags["council vote"].review = Review(verdict="confirmed", note="both counts checked", at="2026-05-06T10:00:00Z")
    flags["passengers per day"].review = Review(verdict="rejected", at="2026-05-06T10:01:00Z")
    return analysis, flags


def test_claimreview_rates_only_confirmed_flags():
    analysis, flags = _reviewed()
    graph = claimreview(analysis)["@graph"]
    reviews = [g for g in graph if g["@type"] == "ClaimReview"]
    assert [g["newsprism:flag"] for g in reviews] == [flags["council vote"].id]
    (item,) = reviews
    assert item["reviewRating"]["alternateName"] == "Contradicted by another source"
    assert item["reviewBody"] == "both counts checked" and item["datePublished"] == "2026-05-06"
    docs = {d.id: d for d in analysis.documents}
    for a in item["itemReviewed"]["appearance"]:
        assert docs[a["newsprism:document"]].text[a["newsprism:start"]:a["newsprism:end"]] == a["newsprism:quote"]
    claims = [g for g in graph if g["@type"] == "Claim"]
    assert {g["newsprism:flag"] for g in claims} == {flags["ferry approved"].id, flags["debate length"].id}
    assert all("reviewRating" not in g and g["newsprism:machineGenerated"] for g in claims)
    exported = {g["newsprism:flag"] for g in graph}
    assert flags["passengers per day"].id not in exported  # rejected
    assert flags["the council"].id not in exported  # unreviewed and below 0.5
    assert {g["@type"] for g in claimreview(analysis, unreviewed=False)["@graph"]} == {"ClaimReview"}


def test_markdown_and_csv_hold_quotes_sources_and_offsets():
    analysis, flags = _reviewed()
    md = markdown(analysis, "Ferry vote")
    assert md.startswith("# Ferry vote: confirmed flags")
    assert "> voted 9 to 2" in md and "Lantern Wire" in md and "characters" in md and "both counts checked" in md
    assert flags["passengers per day"].statement not in md
    rows = list(csv.DictReader(io.StringIO(csv_text(analysis, "reviewed"))))
    assert {r["review"] for r in rows} == {"confirmed", "rejected"}
    for r in rows:
        doc = next(d for d in analysis.documents if d.id == r["document_id"])
        assert doc.text[int(r["start"]):int(r["end"])] == r["quote"]
    assert "No confirmed flags yet." in markdown(demo_analysis())


def test_compare_reads_the_verdicts_given_in_a_store(tmp_path):
    """``newsprism compare --format jsonld --db``: verdicts given in the web app's store apply to the same flags
    of a fresh comparison of the same texts, matched by text, kind, slot and evidence."""
    from newsprism.cli.compare import CompareFormat, read_reviews, render_compare
    from newsprism.store import Store

    db = tmp_path / "news.sqlite"
    with Store(db) as store:
        sid = store.save_analysis(demo_analysis())
        story, _ = store.load_story(sid)
        flag = next(d for d in story.discrepancies if d.topic == "council vote")
        store.review_flag(sid, flag, "confirmed", "checked")
        other = next(d for d in story.discrepancies if d.topic == "ferry approved")
        store.review_flag(sid, other, "rejected")
    fresh = demo_analysis()  # the same texts, compared again outside the store
    assert read_reviews(fresh, db) == 2
    import json

    graph = json.loads(render_compare(fresh, CompareFormat.jsonld))["@graph"]
    assert [g["claimReviewed"] for g in graph if g["@type"] == "ClaimReview"] == [flag.statement]
    assert other.statement not in {g.get("text") for g in graph}
    assert read_reviews(demo_analysis(), tmp_path / "empty.sqlite") == 0
