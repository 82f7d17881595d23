"""Stories as workspaces through the REST API and the forms: a story built source by source, sources added,
corrected and removed (each change compares it again), nothing lost on a refusal, progress as a job."""

from __future__ import annotations

from newsprism.report.demo import OPINION, WIRE

WIRE12 = WIRE.replace("a debate", "a delegation of 12 business leaders and a debate")
VOICE30 = OPINION + "A delegation of 30 business leaders came too.\n"
NAV_ONLY = "<html><body><nav>Home | World | my own words</nav><div>Log in</div></body></html>"
THIRD = "Ferry Line Opens\nLantern Bay – The ferry to Oster Island carried a delegation of 45 business leaders.\n"


def _delegation(detail):
    return next(f for f in detail["story"]["discrepancies"] if f["topic"] == "business delegation size")


def _add(c, sid, **body):
    r = c.post(f"/api/stories/{sid}/documents", json=body, params={"wait": 30})
    assert r.status_code == 201, r.text
    return r.json()


def test_a_story_from_separate_pastes_with_a_source_added_then_removed(make_client, settled):
    c = make_client()
    made = c.post("/api/stories", json={"title": "Ferry vote"})
    assert made.status_code == 201
    sid = made.json()["id"]
    first = _add(c, sid, text=WIRE12, outlet="Lantern Wire")
    assert first["job"]["status"] == "done" and first["document_id"]
    detail = settled(c, sid)
    assert detail["title"] == "Ferry vote" and [s["label"] for s in detail["sources"]] == ["Lantern Wire"]
    assert detail["story"]["discrepancies"] == []  # one source: nothing to compare yet
    _add(c, sid, text=VOICE30, outlet="The Bay Voice", published="2026-05-06")
    detail = settled(c, sid)
    assert [s["label"] for s in detail["sources"]] == ["Lantern Wire", "The Bay Voice"]
    assert detail["sources"][1]["published"] == "2026-05-06"
    flag = _delegation(detail)
    assert sorted(s["value"] for s in flag["sides"]) == ["12", "30"]
    third = _add(c, sid, text=THIRD, outlet="Oster Post")
    detail = settled(c, sid)
    assert len(detail["sources"]) == 3
    assert sorted(s["value"] for s in _delegation(detail)["sides"]) == ["12", "30", "45"]
    gone = c.delete(f"/api/stories/{sid}/documents/{third['document_id']}", params={"wait": 30})
    assert gone.status_code == 200 and gone.json()["job"]["status"] == "done"
    detail = settled(c, sid)
    assert [s["label"] for s in detail["sources"]] == ["Lantern Wire", "The Bay Voice"]
    assert sorted(s["value"] for s in _delegation(detail)["sides"]) == ["12", "30"]
    assert c.get(f"/api/documents/{third['document_id']}").status_code == 200  # still in the store
    assert c.delete(f"/api/stories/{sid}/documents/{third['document_id']}").status_code == 404


def test_correcting_a_source_and_deleting_junk(make_client, settled):
    c = make_client()
    sid = c.post("/api/stories", json={"title": ""}).json()["id"]
    doc = _add(c, sid, text=WIRE12)["document_id"]
    r = c.patch(f"/api/documents/{doc}", json={"outlet": "Lantern Wire", "published": "2026-05-05"})
    assert r.status_code == 200 and r.json()["outlet"] == "Lantern Wire"
    assert settled(c, sid)["sources"][0]["label"] == "Lantern Wire"
    assert c.patch(f"/api/documents/{doc}", json={"text": "no"}).status_code == 422
    assert c.patch("/api/documents/nope", json={"outlet": "x"}).status_code == 404
    assert c.delete(f"/api/documents/{doc}").status_code == 200
    assert settled(c, sid)["sources"] == []
    assert c.delete(f"/api/stories/{sid}").status_code == 200
    assert c.get(f"/api/stories/{sid}").status_code == 404
    assert c.delete(f"/api/stories/{sid}").status_code == 404


def test_an_unreadable_source_is_refused_with_the_reason_and_nothing_stored(make_client):
    c = make_client()
    sid = c.post("/api/stories", json={"title": "t"}).json()["id"]
    r = c.post(f"/api/stories/{sid}/documents", json={"text": NAV_ONLY})
    assert r.status_code == 422 and "no article text found" in r.text
    assert c.post(f"/api/stories/{sid}/documents", json={}).status_code == 422
    assert c.post("/api/stories/s-nope/documents", json={"text": WIRE}).status_code == 404
    assert c.get("/api/documents").json() == []


def test_progress_is_a_job_that_can_be_polled(make_client, analyzer):
    import threading

    gate = threading.Event()

    def slow(docs):
        gate.wait(10)
        return analyzer(docs)

    c = make_client(analyzer=slow)
    sid = c.post("/api/stories", json={"title": "t"}).json()["id"]
    r = c.post(f"/api/stories/{sid}/documents", json={"text": WIRE12})
    assert r.status_code == 202
    job = r.json()["job"]
    assert job["status"] in ("queued", "running") and job["stage"]
    detail = c.get(f"/api/stories/{sid}").json()
    assert detail["sources"][0]["state"] == "pending" and detail["jobs"][0]["id"] == job["id"]
    page = c.get(f"/jobs/{job['id']}")
    assert page.status_code == 200 and 'http-equiv="refresh"' in page.text and 'id="job-stage"' in page.text
    gate.set()
    done = c.get(f"/api/jobs/{job['id']}", params={"wait": 20}).json()
    assert done["status"] == "done" and done["href"] == f"/stories/{sid}"
    assert c.get(f"/jobs/{job['id']}", follow_redirects=False).headers["location"] == f"/stories/{sid}"
    assert c.get("/api/jobs/j-nope").status_code == 404


def test_a_refused_paste_comes_back_with_its_text_and_the_reason(make_client):
    c = make_client()
    r = c.post("/analyze", data={"text": NAV_ONLY, "title": "My story", "outlet": "Lantern Wire"})
    assert r.status_code == 422
    assert "my own words" in r.text and "no article text found" in r.text
    assert 'value="My story"' in r.text and 'value="Lantern Wire"' in r.text
    assert c.get("/api/stories").json() == [] and c.get("/api/documents").json() == []


def test_a_refused_paste_beside_good_files_waits_in_the_add_source_form(make_client, follow):
    c = make_client()
    r = c.post("/analyze", data={"text": NAV_ONLY.replace("my own words", "kept words")},
               files=[("files", ("wire.txt", WIRE12.encode(), "text/plain"))], follow_redirects=False)
    page = follow(c, r)
    assert page.url.path.startswith("/stories/")
    add = page.text.split('id="add-source"', 1)[1]
    assert "kept words" in add and "Not added" in add


def test_oversized_input_gets_a_refusal_page_in_the_app_layout(make_client):
    c = make_client(max_request_bytes=5000)
    r = c.post("/analyze", data={"text": "word " * 3000}, headers={"Accept": "text/html"})
    assert r.status_code == 413
    assert '<nav class="topbar">' in r.text and "over this server" in r.text and "Too large" in r.text
    api = c.post("/api/analyze", json={"texts": [{"text": "word " * 3000}]})
    assert api.status_code == 413 and api.headers["content-type"].startswith("text/plain")


def test_story_forms_work_without_javascript(make_client, follow):
    c = make_client()
    r = c.post("/stories", data={"title": "Ferry vote"}, follow_redirects=False)
    assert r.status_code == 303
    href = r.headers["location"]
    sid = href.rsplit("/", 1)[1]
    follow(c, c.post(f"{href}/sources", data={"text": WIRE12, "outlet": "Lantern Wire"}, follow_redirects=False))
    page = follow(c, c.post(f"{href}/sources", data={"text": VOICE30, "outlet": "The Bay Voice"},
                            follow_redirects=False))
    assert page.url.path == href and 'class="cell st-conflict"' in page.text
    detail = c.get(f"/api/stories/{sid}").json()
    voice = detail["sources"][1]["id"]
    c.post(f"/documents/{voice}/edit", data={"outlet": "Bay Voice", "story": sid})
    assert "Bay Voice" in c.get(href).text
    c.post(f"{href}/rename", data={"title": "Ferry line vote"})
    assert "Ferry line vote" in c.get(href).text
    c.post(f"{href}/sources/{voice}/remove")
    assert len(c.get(f"/api/stories/{sid}").json()["sources"]) == 1
    kept = c.post(f"{href}/delete", data={}, follow_redirects=False)  # not confirmed: nothing deleted
    assert kept.status_code == 303 and c.get(f"/api/stories/{sid}").status_code == 200
    c.post(f"{href}/delete", data={"confirm": "yes"})
    assert c.get(f"/api/stories/{sid}").status_code == 404


def test_openapi_describes_every_api_route_with_a_response_model(make_client):
    spec = make_client().get("/openapi.json").json()
    for path in ("/api/stories", "/api/stories/{story_id}", "/api/stories/{story_id}/documents",
                 "/api/stories/{story_id}/documents/{document_id}", "/api/documents/{doc_id}", "/api/jobs/{job_id}"):
        assert path in spec["paths"], path
    for path, item in spec["paths"].items():
        for method, op in item.items():
            ok = [code for code in op["responses"] if code.startswith("2")]
            assert ok, (path, method)
            content = op["responses"][ok[0]].get("content", {})
            assert content and all(c.get("schema") for c in content.values()), (path, method)  # declared


def test_a_failed_source_is_kept_and_can_be_analyzed_again(make_client, analyzer, follow):
    from newsprism.errors import ModelError

    broken = {"on": True}

    def flaky(docs):
        if broken["on"]:
            raise ModelError("technique model not found")
        return analyzer(docs)

    c = make_client(analyzer=flaky)
    sid = c.post("/api/stories", json={"title": "t"}).json()["id"]
    r = c.post(f"/api/stories/{sid}/documents", json={"text": WIRE12}, params={"wait": 20})
    assert r.json()["job"]["status"] == "failed"
    (src,) = c.get(f"/api/stories/{sid}").json()["sources"]
    assert src["state"] == "failed" and "technique model not found" in src["state_reason"]
    page = c.get(f"/stories/{sid}").text
    assert "analysis failed" in page and f"/sources/{src['id']}/retry" in page
    broken["on"] = False
    done = follow(c, c.post(f"/stories/{sid}/sources/{src['id']}/retry", follow_redirects=False))
    assert done.url.path == f"/stories/{sid}"
    assert c.get(f"/api/stories/{sid}").json()["sources"][0]["state"] == "analyzed"
