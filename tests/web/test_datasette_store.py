"""Datasette opens the store the web app writes and shows its tables (in-process and via its CLI)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsprism.report.demo import demo_analysis
from newsprism.store import Store

TABLES = {"documents", "comments", "entities", "events", "standing_facts", "claims", "techniques", "stories",
          "discrepancies", "discrepancy_sides", "reviews"}


@pytest.fixture
def store_file(tmp_path) -> Path:
    path = tmp_path / "newsprism.sqlite"
    store = Store(path)
    try:
        assert store.save_analysis(demo_analysis())
    finally:
        store.close()
    return path


def test_datasette_lists_the_store_tables(store_file):
    datasette = pytest.importorskip("datasette.app")

    async def main() -> tuple[dict, dict]:
        ds = datasette.Datasette([str(store_file)])
        await ds.invoke_startup()
        tables = (await ds.client.get("/newsprism.json")).json()
        rows = (await ds.client.get("/newsprism/techniques.json?_shape=array")).json()
        sides = (await ds.client.get("/newsprism/discrepancy_sides.json?_facet=doc_id&_facet=value")).json()
        return tables, rows, sides

    tables, rows, sides = asyncio.run(main())
    counts = {t["name"]: t["count"] for t in tables["tables"]}
    assert TABLES <= set(counts)
    assert counts["documents"] == 2 and counts["techniques"] == 6 and counts["discrepancies"] == 5
    assert {r["technique"] for r in rows} >= {"Slogans", "Loaded_Language"}
    # sides have their own table, so Datasette facets them (by source, by value) and links them to documents
    assert counts["discrepancy_sides"] == 9
    by_doc = {r["value"]: (r["count"], r["label"]) for r in sides["facet_results"]["doc_id"]["results"]}
    assert by_doc["lantern-wire"] == (5, "Lantern Bay Council Approves New Ferry Line")  # joined by foreign key
    assert by_doc["bay-voice"][0] == 4


def test_datasette_cli_get(store_file):
    exe = Path(sys.executable).with_name("datasette")
    if not exe.exists():
        pytest.skip("datasette CLI is not installed")
    out = subprocess.run([str(exe), str(store_file), "--get", "/-/databases.json"], capture_output=True,
                         text=True, timeout=60, check=True).stdout
    assert json.loads(out)[0]["name"] == "newsprism"
