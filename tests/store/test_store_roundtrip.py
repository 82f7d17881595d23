"""Store: round-trips, idempotent saves, stories, search, migrations, reads from threads."""

from __future__ import annotations

import sqlite3
import threading

import numpy as np
import pytest

from newsprism.model import (
    Analysis,
    Claim,
    Discrepancy,
    DuplicateLink,
    Entity,
    Event,
    Side,
    SourceProfile,
    Span,
    Story,
    TechniqueSpan,
    TimelineEntry,
)
from newsprism.store import Store, migrations

TEXT_A = ("Harbour strike ends in Portville\n\nPORTVILLE - Dock workers in Portville ended their strike on "
          "Monday after talks with the port authority.\n\nThe union said wages would rise by four percent.\n")
TEXT_B = ("Strike over at the harbour\n\nDock workers ended a week-long strike in Portville after the port "
          "authority agreed to talks about pay.\n")


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "np.sqlite")
    yield s
    s.close()


@pytest.fixture
def doc_a(make_doc):
    d = make_doc(TEXT_A, "a.txt")
    i = d.text.index("Dock workers")
    d.entities = [Entity(text="Dock workers", label="NORP", canonical="dock workers", start=i, end=i + 12)]
    ev = Span(start=i, end=i + 40, text=d.text[i : i + 40])
    t = d.text.index("ended")
    d.events = [Event(id="e1", type="strike_end", trigger="ended", trigger_start=t, trigger_end=t + 5,
                      actor="dock workers", evidence=ev)]
    d.claims = [Claim(text="wages would rise by four percent", start=0, end=5, evidence=ev)]
    d.techniques = [TechniqueSpan(technique="Loaded_Language", start=i, end=i + 4, text="Dock", score=0.7)]
    return d


def test_store_document_roundtrip_and_layer_rows(store, doc_a):
    doc_id = store.save_document(doc_a)
    assert doc_id == doc_a.id
    assert store.get_document(doc_id) == doc_a.model_dump(mode="json")
    assert store.load_document(doc_id) == doc_a
    assert store.has_document(doc_a.content_hash)
    assert store.count("entities") == 1 and store.count("events") == 1
    assert store.count("claims") == 1 and store.count("techniques") == 1
    assert store.get_document("nope") is None


def test_store_save_twice_is_idempotent(store, doc_a):
    first = store.save_document(doc_a)
    doc_a.entities = []  # re-analyzed: the new layers replace the old rows
    assert store.save_document(doc_a) == first
    assert store.count() == 1
    assert store.count("entities") == 0


def test_store_same_id_other_text_gets_new_id(store, make_doc):
    a = make_doc(TEXT_A, "a.txt")
    b = make_doc(TEXT_B, "b.txt")
    b.id = a.id
    assert store.save_document(a) == a.id
    other = store.save_document(b)
    assert other != a.id and other.startswith(a.id)
    assert store.get_document(other)["id"] == other


def test_store_analysis_story_with_documents(store, doc_a, make_doc):
    b = make_doc(TEXT_B, "b.txt")
    disc = Discrepancy(kind="conflict", slot="percentage", topic="pay rise", statement="A and B disagree.",
                       confidence=0.9, sides=[Side(document=doc_a.id, start=0, end=6, text="Harbou", value="4%")])
    result = Analysis(documents=[doc_a, b], story=Story(documents=[doc_a.id, b.id], discrepancies=[disc]))
    story_id = store.save_analysis(result)
    assert story_id is not None
    story = store.get_story(story_id)
    assert [d["id"] for d in story["documents"]] == [doc_a.id, b.id]
    assert story["discrepancies"][0]["topic"] == "pay rise"
    listed = store.list_stories()
    assert listed[0]["id"] == story_id and listed[0]["n_documents"] == 2 and listed[0]["n_disagreements"] == 1
    assert store.save_analysis(result) == story_id  # same documents, same story
    assert store.count("stories") == 1 and store.count("discrepancies") == 1
    assert store.save_analysis(Analysis(documents=[b])) is None


def test_store_search_snippets_escape_html(store, make_doc):
    store.save_document(make_doc(TEXT_A, "a.txt"))
    store.save_document(make_doc("Council <b>vote</b>\n\nThe council voted on the budget for schools.\n", "c.txt"))
    hits = store.search("dock strike")
    assert len(hits) == 1 and "<mark>" in hits[0]["snippet_html"]
    assert "<mark>" not in hits[0]["snippet"]
    vote = store.search('vote "OR')  # FTS syntax in user input is taken literally, never an error
    assert vote == [] or all("<b>" not in h["snippet_html"] for h in vote)
    assert store.search("budget")[0]["title"].startswith("Council")
    assert store.search("   ") == []


def test_store_migrations_numbered_and_reopen(tmp_path, doc_a):
    nums = [n for n, _, _ in migrations()]
    assert nums == sorted(nums) and nums[0] == 1
    path = tmp_path / "np.sqlite"
    with Store(path) as s:
        s.save_document(doc_a)
    with Store(path) as s:
        assert s.schema_version == nums[-1]
        assert s.count() == 1
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    for t in ("documents", "comments", "entities", "events", "claims", "techniques", "stories",
              "story_documents", "discrepancies", "documents_fts"):
        assert t in names
    conn.close()


def test_store_reads_from_threads_while_writing(store, make_doc):
    docs = [make_doc(f"Title {i}\n\nBody number {i} about the harbour and the port of Portville.\n", f"{i}.txt")
            for i in range(30)]
    errors: list[BaseException] = []

    def reader() -> None:
        try:
            for _ in range(30):
                store.list_documents()
                store.search("harbour")
        except BaseException as exc:  # noqa: BLE001 - surfaced by the assert below
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    for d in docs:
        store.save_document(d)
    for t in threads:
        t.join()
    assert not errors
    assert store.count() == 30


def test_store_incremental_story_assignment(store, make_doc):
    rng = np.random.default_rng(0)
    base = rng.normal(size=384).astype(np.float32)
    base /= np.linalg.norm(base)
    other = rng.normal(size=384).astype(np.float32)
    other /= np.linalg.norm(other)
    near = base + 0.1 * other
    near /= np.linalg.norm(near)
    ids = [store.save_document(make_doc(f"T{i}\n\nBody text number {i} here.\n", f"{i}.txt")) for i in range(3)]
    s1, _ = store.assign_story(ids[0], base)
    s2, sim = store.assign_story(ids[1], near)
    s3, _ = store.assign_story(ids[2], other)
    assert s1 == s2 and sim > 0.9
    assert s3 != s1
    assert store.stale_stories() == [s1]
    # a fresh Store over the same file continues from the stored centroids
    path = store.path
    store.close()
    with Store(path) as again:
        d4 = again.save_document(make_doc("T4\n\nAnother body, the fourth.\n", "4.txt"))
        assert again.assign_story(d4, near)[0] == s1
        assert len(again.story_document_ids(s1)) == 3


def test_store_analysis_remaps_ids_inside_story(store, make_doc):
    """A document whose id is taken in the store gets a new id; the saved story must use it everywhere:
    members, clusters, duplicates, every discrepancy/consensus/unique side, timeline sources, profiles."""
    a = make_doc(TEXT_A, "a.txt")
    b = make_doc(TEXT_B, "b.txt")
    occupant = make_doc("Budget vote\n\nThe council voted on the budget for the new schools on Tuesday.\n", "c.txt")
    occupant.id = b.id
    store.save_document(occupant)  # b's id is taken by another text: b will be saved under a new id

    def side(doc_id):
        return Side(document=doc_id, text="strike", start=0, end=6, value="ended")

    def flag(kind, topic, sides):
        return Discrepancy(kind=kind, slot="event", topic=topic, statement=f"{topic}.", confidence=0.8, sides=sides)

    conflict = flag("conflict", "pay rise", [side(a.id), side(b.id)])
    consensus = flag("consensus", "strike ended", [side(a.id), side(b.id)])
    unique = flag("unique", "four percent", [side(b.id)])
    story = Story(documents=[a.id, b.id], clusters=[[a.id, b.id]],
                  duplicates=[DuplicateLink(document=b.id, duplicate_of=a.id, similarity=0.9)],
                  discrepancies=[conflict, consensus, unique],
                  timeline=[TimelineEntry(date="2026-03-02", type="strike_end", status="occurred", text="strike",
                                          sources=[side(b.id), side(a.id)]),
                            TimelineEntry(date="2026-03-03", type="talks", status="planned", text="strike",
                                          sources=[side(b.id)])],
                  profiles=[SourceProfile(document=a.id, outlet="A"), SourceProfile(document=b.id, outlet="B")])
    result = Analysis(documents=[a, b], story=story)
    story_id = store.save_analysis(result)
    new_b = store.story_document_ids(story_id)[1]
    assert new_b != b.id and new_b.startswith(b.id)
    assert store.get_document(new_b)["title"] == b.title

    saved = store.get_story(story_id)
    assert [d["id"] for d in saved["documents"]] == [a.id, new_b]
    assert saved["clusters"] == [[a.id, new_b]]
    assert saved["duplicates"][0]["document"] == new_b and saved["duplicates"][0]["duplicate_of"] == a.id
    for kind in ("conflict", "consensus", "unique"):
        docs = {s["document"] for x in saved["discrepancies"] if x["kind"] == kind for s in x["sides"]}
        assert b.id not in docs and new_b in docs, kind
    assert [s["document"] for s in saved["timeline"][0]["sources"]] == [new_b, a.id]
    assert [s["document"] for s in saved["timeline"][1]["sources"]] == [new_b]
    assert {p["document"] for p in saved["profiles"]} == {a.id, new_b}
    conn = sqlite3.connect(store.path)
    rows = conn.execute("SELECT x.id, group_concat(s.doc_id) FROM discrepancies x JOIN discrepancy_sides s "
                        "ON s.story_id = x.story_id AND s.idx = x.idx WHERE x.story_id = ? GROUP BY x.idx",
                        (story_id,)).fetchall()
    conn.close()
    assert rows and all(b.id not in r[1].split(",") and new_b in r[1].split(",") for r in rows)
    # a flag's id hashes its sides' document ids, so it follows the store's ids
    assert {r[0] for r in rows} == {x["id"] for x in saved["discrepancies"]}
    assert {r[0] for r in rows}.isdisjoint({x.id for x in result.story.discrepancies})
    assert result.story.documents == [a.id, b.id]  # the caller's analysis is left untouched
    assert result.story.unique[0].sides[0].document == b.id
