"""Round 55 (issue 11): in a run of many events' reports (a feed, a batch) story groups are average-link
(``grouping.merge_share``): a report joins a story only when it is linked to at least half of the story's reports,
so one link between two reports of different events no longer chains the two events into one story, while a story
of three reports linked as a chain (A-B, B-C, not A-C) stays whole. Invented reports (fictional places, people and
outlets); the title + lead vectors are set by hand to stand for the encoder's cosines, so the tests read grouping
alone and load no model."""

from __future__ import annotations

import numpy as np
import pytest

STRIKE_A = """Velmar Ferry Crews Walk Out
By Orla Denning
Source: Velmar Coast Herald
Published October 6, 2026
Velmar, Ostravia - Crews of the Velmar ferry line walked out on Monday over pay, stranding about 900 passengers.
"""
STRIKE_B = """Ferry Strike Strands Island Commuters
By Piet Halloran
Source: Ostravian Daily
Published October 7, 2026
Commuters from Tessa Island waited on the quay on Tuesday as the ferry crews' strike went into its second day.
"""
FIRE_A = """Fire Damages Velmar Ferry Terminal
By Orla Denning
Source: Velmar Coast Herald
Published October 9, 2026
A fire broke out in the ticket hall of the Velmar ferry terminal on Thursday night; nobody was hurt, firefighters said.
"""
FIRE_B = """Terminal Blaze Started in Wiring, Fire Chief Says
By Ansel Voorn
Source: The Ostravian Observer
Published October 10, 2026
Faulty wiring in a vending machine started Thursday's blaze at the ferry terminal, fire chief Mira Kolsen said.
"""
BRIDGE_A = """Cracks Close Senn River Bridge
By Piet Halloran
Source: Ostravian Daily
Published October 12, 2026
Engineers closed the Senn river bridge on Monday after finding cracks in two of its piers.
"""
BRIDGE_B = """Bridge Closure Adds Hour to School Run
By Ansel Voorn
Source: The Ostravian Observer
Published October 13, 2026
Parents in Lower Senn said the detour adds an hour to the school run since the bridge closed.
"""
BRIDGE_C = """Senn Bridge to Stay Shut Until Spring
By Orla Denning
Source: Velmar Coast Herald
Published October 14, 2026
The regional roads office said the closed Senn bridge will stay shut until spring while its piers are repaired.
"""


def vectors(gram: list[list[float]]) -> np.ndarray:
    """Unit vectors whose dot products are ``gram`` (the title + lead cosines they stand for)."""
    return np.linalg.cholesky(np.array(gram, dtype=np.float64)).astype(np.float32)


def docs_of(make_doc, texts: list[str]) -> list:
    docs = []
    for k, text in enumerate(texts):
        d = make_doc(text, f"r{k}.txt")
        d.id, d.entities = f"r{k}", []
        d.published = f"2026-10-{6 + k:02d}"
        docs.append(d)
    return docs


# the strike's two reports (0.70), the fire's two (0.70), and one report of each about the same ferry line's
# terminal (0.50: over story_link 0.45); every other pair 0.20
CHAIN = [[1.0, 0.7, 0.2, 0.2],
         [0.7, 1.0, 0.5, 0.2],
         [0.2, 0.5, 1.0, 0.7],
         [0.2, 0.2, 0.7, 1.0]]
# one closure told three times: A-B 0.60 and B-C 0.50 linked, A-C 0.30 not
THREE = [[1.0, 0.6, 0.3],
         [0.6, 1.0, 0.5],
         [0.3, 0.5, 1.0]]


@pytest.fixture
def single_link(monkeypatch):
    from newsprism.story.compare import settings
    monkeypatch.setitem(settings()["grouping"], "merge_share", None)


def test_one_link_between_two_events_does_not_chain_them(make_doc):
    from newsprism.story.build import group_documents
    from newsprism.story.compare import settings

    assert settings()["grouping"]["merge_share"] == 0.5
    docs = docs_of(make_doc, [STRIKE_A, STRIKE_B, FIRE_A, FIRE_B])
    assert group_documents(docs, vectors(CHAIN)) == [[0, 1], [2, 3]]


def test_single_link_chains_them(make_doc, single_link):
    """The switch off (``merge_share: null``): the grouping before round 55, one story of two events."""
    from newsprism.story.build import group_documents

    docs = docs_of(make_doc, [STRIKE_A, STRIKE_B, FIRE_A, FIRE_B])
    assert group_documents(docs, vectors(CHAIN)) == [[0, 1, 2, 3]]


def test_three_reports_linked_as_a_chain_stay_one_story(make_doc):
    """The compatible look-alike: one event's third report linked to one of the other two is not split off."""
    from newsprism.story.build import group_documents

    docs = docs_of(make_doc, [BRIDGE_A, BRIDGE_B, BRIDGE_C])
    assert group_documents(docs, vectors(THREE)) == [[0, 1, 2]]


def test_pooled_feed_keeps_each_story_whole(make_doc):
    """The three stories in one run: the closure's chained reports together, the two ferry events apart."""
    from newsprism.story.build import group_documents

    docs = docs_of(make_doc, [STRIKE_A, STRIKE_B, FIRE_A, FIRE_B, BRIDGE_A, BRIDGE_B, BRIDGE_C])
    gram = np.full((7, 7), 0.1)
    gram[:4, :4] = CHAIN
    gram[4:, 4:] = THREE
    assert group_documents(docs, vectors(gram.tolist())) == [[0, 1], [2, 3], [4, 5, 6]]


def test_a_report_linked_to_every_report_of_a_story_joins_it(make_doc):
    """A third report of the strike, linked to both strike reports and to one fire report, joins the strike."""
    from newsprism.story.build import group_documents

    gram = [[1.0, 0.7, 0.6, 0.2, 0.2],
            [0.7, 1.0, 0.6, 0.2, 0.2],
            [0.6, 0.6, 1.0, 0.5, 0.2],
            [0.2, 0.2, 0.5, 1.0, 0.7],
            [0.2, 0.2, 0.2, 0.7, 1.0]]
    docs = docs_of(make_doc, [STRIKE_A, STRIKE_B, STRIKE_A.replace("Monday", "Monday morning"), FIRE_A, FIRE_B])
    assert group_documents(docs, vectors(gram)) == [[0, 1, 2], [3, 4]]
