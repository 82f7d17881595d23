"""Review: a flag confirmed and another rejected, verdicts kept across a re-comparison while the evidence is the
same, and exports that hold only what was confirmed (ClaimReview never rates a machine guess)."""

from __future__ import annotations

import csv
import io
import json

from newsprism.report.demo import OPINION, WIRE

WIRE12 = WIRE.replace("a debate", "a delegation of 12 business leaders and a debate")
VOICE30 = OPINION + "A delegation of 30 business leaders came too.\n"
THIRD = "Ferry Line Opens\nLantern Bay – The ferry to Oster Island carried a delegation of 45 business leaders.\n"


def _story(c, settled):
    sid = c.post("/api/stories", json={"title": "Ferry vote"}).json()["id"]
    for text, outlet in ((WIRE12, "Lantern Wire"), (VOICE30, "The Bay Voice")):
        assert c.post(f"/api/stories/{sid}/documents", json={"text": text, "outlet": outlet},
                      params={"wait": 30}).status_code == 201
    return sid, settled(c, sid)


def _flags(detail):
    return {f["topic"]: f for f in detail["story"]["discrepancies"]}


def test_confirm_one_reject_another_and_verdicts_survive_a_recomparison(make_client, settled):
    c = make_client()
    sid, detail = _story(c, settled)
    flags = _flags(detail)
    delegation, vote = flags["business delegation size"], flags["council vote"]
    assert delegation["id"] and delegation["review"] is None
    r = c.post(f"/api/stories/{sid}/flags/{delegation['id']}/review",
               json={"verdict": "confirmed", "note": "both articles checked"})
    assert r.status_code == 200 and r.json()["verdict"] == "confirmed"
    c.post(f"/api/stories/{sid}/flags/{vote['id']}/review", json={"verdict": "rejected", "note": ""})
    flags = _flags(settled(c, sid))
    assert flags["business delegation size"]["review"]["verdict"] == "confirmed"
    assert flags["business delegation size"]["review"]["note"] == "both articles checked"
    assert flags["council vote"]["review"]["verdict"] == "rejected"

    third = c.post(f"/api/stories/{sid}/documents", json={"text": THIRD}, params={"wait": 30}).json()
    flags = _flags(settled(c, sid))
    assert flags["council vote"]["review"]["verdict"] == "rejected"  # same evidence: the verdict stays
    assert flags["business delegation size"]["id"] != delegation["id"]  # a third side: another flag
    assert flags["business delegation size"]["review"] is None
    c.delete(f"/api/stories/{sid}/documents/{third['document_id']}", params={"wait": 30})
    flags = _flags(settled(c, sid))
    assert flags["business delegation size"]["id"] == delegation["id"]
    assert flags["business delegation size"]["review"]["verdict"] == "confirmed"  # its evidence is back

    cleared = c.post(f"/api/stories/{sid}/flags/{vote['id']}/review", json={"verdict": None})
    assert cleared.json()["verdict"] is None and _flags(settled(c, sid))["council vote"]["review"] is None
    assert c.post(f"/api/stories/{sid}/flags/nope/review", json={"verdict": "confirmed"}).status_code == 404
    assert c.post(f"/api/stories/{sid}/flags/{vote['id']}/review", json={"verdict": "maybe"}).status_code == 422
    assert c.get("/api/stories").json()[0]["n_confirmed"] == 1


def test_exports_hold_only_the_confirmed_flag(make_client, settled):
    c = make_client()
    sid, detail = _story(c, settled)
    flags = _flags(detail)
    confirmed, rejected = flags["business delegation size"], flags["council vote"]
    c.post(f"/api/stories/{sid}/flags/{confirmed['id']}/review", json={"verdict": "confirmed", "note": "ok"})
    c.post(f"/api/stories/{sid}/flags/{rejected['id']}/review", json={"verdict": "rejected"})

    ld = c.get(f"/api/stories/{sid}/export", params={"format": "claimreview"})
    assert ld.status_code == 200 and ld.headers["content-type"].startswith("application/ld+json")
    graph = json.loads(ld.text)["@graph"]
    assert [g["@type"] for g in graph] == ["ClaimReview"]
    (item,) = graph
    assert item["claimReviewed"] == confirmed["statement"] and item["reviewRating"]["alternateName"]
    quotes = {a["newsprism:quote"]: (a["newsprism:start"], a["newsprism:end"], a["publisher"]["name"])
              for a in item["itemReviewed"]["appearance"]}
    assert set(quotes) == {"delegation of 12 business leaders", "delegation of 30 business leaders"}
    assert {q[2] for q in quotes.values()} == {"Lantern Wire", "The Bay Voice"}

    md = c.get(f"/api/stories/{sid}/export", params={"format": "md"}).text
    assert confirmed["statement"] in md and rejected["statement"] not in md
    assert "> delegation of 12 business leaders" in md and "characters" in md
    rows = list(csv.DictReader(io.StringIO(c.get(f"/api/stories/{sid}/export", params={"format": "csv"}).text)))
    assert {r["flag_id"] for r in rows} == {confirmed["id"]} and len(rows) == 2
    assert {r["quote"] for r in rows} == {"delegation of 12 business leaders", "delegation of 30 business leaders"}
    everything = list(csv.DictReader(io.StringIO(c.get(f"/api/stories/{sid}/export",
                                                        params={"format": "csv", "include": "all"}).text)))
    assert {r["review"] for r in everything} == {"confirmed", "rejected"}


def test_unreviewed_flags_are_never_claimreview_verdicts(make_client, settled):
    c = make_client()
    sid, _ = _story(c, settled)
    graph = c.get(f"/api/stories/{sid}/export", params={"format": "claimreview"}).json()["@graph"]
    assert graph == []  # nothing confirmed: no ClaimReview
    listed = c.get(f"/api/stories/{sid}/export", params={"format": "claimreview", "unreviewed": True}).json()
    assert {g["@type"] for g in listed["@graph"]} == {"Claim"}
    for g in listed["@graph"]:
        assert "reviewRating" not in g and g["newsprism:machineGenerated"] is True
        assert g["newsprism:reviewState"] == "unreviewed" and g["newsprism:confidence"] >= 0.5


def test_review_forms_work_without_javascript(make_client, settled):
    c = make_client()
    sid, detail = _story(c, settled)
    flag = _flags(detail)["council vote"]
    page = c.get(f"/stories/{sid}").text
    assert f'action="/stories/{sid}/flags/{flag["id"]}/review"' in page and "not reviewed" in page
    r = c.post(f"/stories/{sid}/flags/{flag['id']}/review", data={"verdict": "rejected", "note": "misread"},
               follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].endswith(f"#review-{flag['id']}")
    page = c.get(f"/stories/{sid}").text
    assert 'class="verdict v-rejected"' in page and "misread" in page
