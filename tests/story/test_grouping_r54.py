"""Round 54 (issue 11): two reports of one event told from different angles join one story when they share three
named people, organizations, places, facilities or events (``grouping.shared_any_min``), though their title + lead
cosine is under ``story_link`` and they share fewer than two people or organizations; two different events in one
town under one mayor (two shared names) stay apart. Invented reports: fictional places, people and outlets."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

MILL_A = """Solvent Leak at Brennor Mills Paper Works
By Talia Verrin
Source: Halvick District Bulletin
Published November 12, 2026
Halvick, Dastria - About 400 litres of a cleaning solvent leaked from a storage tank at the Brennor Mills paper works on Tuesday, and some of it reached Lake Vessen, the district council said.
Crews pumped the solvent from a drain beside the works, and the council said drinking water in Halvick was not affected. The company said the tank had been inspected in September.
"""
MILL_B = """Anglers Count Dead Trout After Solvent Leak
By Jonas Falber
Source: The Dastria Angler
Published November 14, 2026
Anglers counted more than 200 dead trout on the shore of Lake Vessen near Halvick on Wednesday, a day after a solvent leak at Brennor Mills.
The club's secretary, Mara Teel, said the fish were found downstream of the works. "Nobody warned us for a full day," she said.
"""
LIBRARY = """Mayor Opens New Public Library
By Talia Verrin
Source: Halvick District Bulletin
Published November 13, 2026
Mayor Edda Morrin opened the new public library in Halvick on Thursday, a three-storey building with 40,000 books and a children's reading room.
The library cost 6 million crowns and was paid for by the council and a regional grant, Morrin said.
"""
POOL = """Swimming Pool to Shut for Roof Repairs
By Jonas Falber
Source: The Halvick Courier
Published November 15, 2026
The swimming pool in Halvick will shut in January for two years of repairs to its leaking roof, Mayor Edda Morrin told the council on Friday.
Swimmers will be offered places at a pool twenty kilometres away, she said.
"""


def _grouped(docs, monkeypatch, any_min):
    import newsprism.story.build as build
    from newsprism.api import load_pipeline
    from newsprism.nlp import link_across
    from newsprism.story.sources import Vectors

    th = dict(build.settings()["grouping"], shared_any_min=any_min)
    monkeypatch.setitem(build.settings(), "grouping", th)
    pipe = load_pipeline(disable=["encoder_pass", "genre", "events", "claims", "dates", "comments", "thread",
                                  "technique_model", "techniques", "frames", "technique_cues"])
    done = pipe.pipe(docs)
    link_across(done)
    vecs = Vectors().get([build._lead(d) for d in done])
    return sorted(sorted(done[i].id for i in g) for g in build.group_documents(done, vecs))


@pytest.fixture
def docs(make_doc):
    out = [make_doc(t, f"{k}.txt") for k, t in zip("abcd", [MILL_A, MILL_B, LIBRARY, POOL], strict=True)]
    for d, k in zip(out, "abcd", strict=True):
        d.id = k
    return out


def test_one_event_two_angles_joined(docs, monkeypatch):
    assert _grouped(docs[:2], monkeypatch, 3) == [["a", "b"]]


def test_one_event_two_angles_apart_with_switch_off(docs, monkeypatch):
    assert _grouped(docs[:2], monkeypatch, None) == [["a"], ["b"]]


def test_two_events_one_town_one_mayor_stay_apart(docs, monkeypatch):
    assert _grouped(docs[2:], monkeypatch, 3) == [["c"], ["d"]]


def test_all_four_pooled(docs, monkeypatch):
    assert _grouped(docs, monkeypatch, 3) == [["a", "b"], ["c"], ["d"]]
