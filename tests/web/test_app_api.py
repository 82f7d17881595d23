"""The REST API and the HTML/JSON pages, in-process over a temporary store."""

from __future__ import annotations

import pytest

from newsprism.report.demo import OPINION, WIRE

TEXTS = [{"text": WIRE.replace("a debate", "a delegation of 12 business leaders and a debate"), "source": "wire.txt"},
         {"text": OPINION + "A delegation of 30 business leaders came too.\n", "source": "voice.txt"}]


def test_analyze_store_and_read_back(make_client):
    c = make_client()
    r = c.post("/api/analyze", json={"texts": TEXTS})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["story_id"] and len(body["document_ids"]) == 2 and body["errors"] == []
    assert body["analysis"]["schema"] == "newsprism.analysis/2"
    story = c.get(f"/api/stories/{body['story_id']}").json()
    assert [d["id"] for d in story["documents"]] == body["document_ids"]
    assert story["story"]["discrepancies"][0]["kind"] == "conflict"
    assert [s["state"] for s in story["sources"]] == ["analyzed", "analyzed"] and story["jobs"] == []
    doc = c.get(f"/api/documents/{body['document_ids'][0]}").json()
    assert doc["techniques"][0]["technique"] == "Loaded_Language"
    hits = c.get("/api/search", params={"q": "ferry Oster"}).json()
    assert [h["id"] for h in hits] == [body["document_ids"][0]]
    assert c.get("/api/stories").json()[0]["id"] == body["story_id"]
    assert len(c.get("/api/documents").json()) == 2


def test_missing_things_are_404_in_both_formats(make_client):
    c = make_client()
    assert c.get("/api/stories/nope").status_code == 404
    assert c.get("/api/documents/nope").status_code == 404
    r = c.get("/stories/nope")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]
    assert c.get("/documents/nope.json").json() == {"detail": "no such document"}


def test_one_view_answers_html_and_json_from_the_same_context(make_client):
    c = make_client()
    sid = c.post("/api/analyze", json={"texts": TEXTS}).json()["story_id"]
    page = c.get(f"/stories/{sid}")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert 'class="cell st-conflict"' in page.text and "business delegation size" in page.text
    data = c.get(f"/stories/{sid}.json").json()
    assert data == c.get(f"/stories/{sid}", params={"format": "json"}).json()
    assert data["story"]["discrepancies"][0]["topic"] == "business delegation size"
    assert len(data["documents"]) == 2 and all(d["title"] in page.text for d in data["documents"])
    assert c.get("/stories.json").json()[0]["id"] == sid
    assert c.get("/documents.json").status_code == 200
    assert c.get("/search.json", params={"q": "ferry"}).json()["rows"]
    assert "<mark>" in c.get("/search", params={"q": "ferry"}).text


def test_form_upload_of_files_goes_through_a_job_to_the_story(make_client, examples_dir, follow):
    c = make_client()
    files = [("files", (p.name, p.read_bytes(), "application/octet-stream"))
             for p in sorted(examples_dir.iterdir()) if p.suffix in (".txt", ".json")]
    r = c.post("/analyze", files=files, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/jobs/")
    page = follow(c, r)
    assert page.url.path.startswith("/stories/")
    assert page.text.count('<article class="source"') == 3
    assert 'data-tech="Name_Calling-Labeling"' in page.text and 'class="cell st-conflict"' in page.text


def test_single_pasted_text_starts_a_story_of_one_source(make_client, follow):
    c = make_client()
    r = c.post("/analyze", data={"text": WIRE, "outlet": "Lantern Wire"}, follow_redirects=False)
    page = follow(c, r)
    assert page.url.path.startswith("/stories/")
    assert "Lantern Bay Council Approves New Ferry Line" in page.text and "v-attributed" in page.text
    assert "Lantern Wire" in page.text and 'id="add-source"' in page.text


def test_bad_inputs_come_back_as_errors_not_crashes(make_client):
    c = make_client()
    r = c.post("/api/analyze", json={"texts": [{"text": "   \n"}], "urls": ["/etc/passwd"]})
    assert r.status_code == 422
    assert "only http:// and https:// URLs" in r.text
    r = c.post("/analyze", data={"text": ""})
    assert r.status_code == 422 and "paste a text" in r.text
    assert c.post("/api/analyze", json={"texts": [{"text": "x", "bogus": 1}]}).status_code == 422


def test_analysis_runs_on_the_worker_pool_not_the_event_loop(make_client, analyzer):
    c = make_client()
    assert c.post("/api/analyze", json={"texts": TEXTS[:1]}).status_code == 200
    assert analyzer.threads and all(t.startswith("np-analyze") for t in analyzer.threads)


def test_openapi_describes_the_rest_api(make_client):
    c = make_client()
    paths = c.get("/openapi.json").json()["paths"]
    for p in ("/api/analyze", "/api/stories/{story_id}", "/api/documents/{doc_id}", "/api/search"):
        assert p in paths
    assert "post" in paths["/api/analyze"]
    assert "/api/analyze" in c.get("/api").text


@pytest.mark.slow
def test_real_pipeline_through_the_form_shows_the_planted_conflicts(make_client, examples_dir, follow):
    c = make_client(analyzer=None)  # the default: newsprism.api.analyze_documents with the shipped models
    files = [("files", (p.name, p.read_bytes(), "application/octet-stream"))
             for p in sorted(examples_dir.iterdir()) if p.suffix in (".txt", ".json")]
    r = follow(c, c.post("/analyze", files=files, follow_redirects=False), timeout=600)
    assert r.status_code == 200 and r.url.path.startswith("/stories/")
    assert r.text.count('<article class="source"') == 3
    assert 'class="cell st-conflict"' in r.text
    data = c.get(r.url.path + ".json").json()
    assert any(d["kind"] == "conflict" for d in data["story"]["discrepancies"])


def test_a_pasted_article_over_one_megabyte_is_accepted_under_the_cap(make_client):
    c = make_client(max_request_bytes=3_000_000)
    text = "A Long Article\n" + ("Several words make a long paragraph here. " * 30 + "\n") * 900
    assert len(text.encode()) > 1_100_000
    r = c.post("/analyze", data={"text": text, "source": "long.txt"}, follow_redirects=False)
    assert r.status_code == 303, r.text[:300]


def test_failed_inputs_are_reported_on_the_page_the_form_redirects_to(make_client, follow):
    c = make_client()
    files = [("files", ("good.txt", WIRE.encode(), "text/plain")), ("files", ("bad.json", b"{not json", "text/plain"))]
    r = follow(c, c.post("/analyze", files=files, follow_redirects=False))
    assert r.status_code == 200 and r.url.path.startswith("/stories/")
    assert "Inputs that failed" in r.text and "bad.json" in r.text
    again = c.get(r.url.path)  # shown once
    assert "Inputs that failed" not in again.text


def test_a_submission_yielding_too_many_documents_is_capped_and_says_so(make_client):
    c = make_client(max_documents=2)
    texts = [{"text": f"Title {i}\nBody number {i} of the test.\n", "source": f"t{i}"} for i in range(3)]
    body = c.post("/api/analyze", json={"texts": texts}).json()
    assert len(body["document_ids"]) == 2
    assert any("max_documents" in e["reason"] for e in body["errors"])


def test_a_stored_story_downloads_as_the_offline_report(make_client):
    c = make_client()
    sid = c.post("/api/analyze", json={"texts": TEXTS}).json()["story_id"]
    assert f'href="/stories/{sid}/report.html"' in c.get(f"/stories/{sid}").text
    r = c.get(f"/stories/{sid}/report.html")
    assert r.status_code == 200 and r.headers["content-disposition"].startswith("attachment;")
    assert r.text.startswith("<!DOCTYPE html>") and 'class="cell st-conflict"' in r.text
    # its own hash-based policy (so its inline script may run), never 'unsafe-inline'
    csp = r.headers["content-security-policy"]
    assert "script-src 'sha256-" in csp and "unsafe-inline" not in csp
    assert c.get("/stories/nope/report.html").status_code == 404
