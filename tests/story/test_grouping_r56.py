"""Round 56 (issue 11), story grouping in a run of many events' reports (a feed, a batch):

(a) ``grouping.common_name_reports``: a name carried by more reports of the run than that (a legislature, its
premier: a topic's names) is no evidence that two reports tell one event, so it does not count for the two routes
that link reports by shared names; two events of one assembly are no longer one story because both name the
assembly and its premier. The cosine route is unchanged, and a run of no more reports than the cap (one story of
2-3 reports: the wire sets, the real draws) is grouped as before.
(b) the average-link merge (round 55) keeps its candidate pairs in a heap: the same groups as the round 55 rescan
(kept here as the reference), at about n^2 log n instead of n^3 in the size of one connected group.

Invented reports (fictional places, people and outlets); title + lead vectors are set by hand to stand for the
encoder's cosines, so the tests read grouping alone and load no model."""

from __future__ import annotations

import numpy as np
import pytest

LEVY_A = """Brennmark Assembly Passes Harbour Levy
By Orla Denning
Source: Brennmark Coast Herald
Published October 6, 2026
The Brennmark Assembly voted 41-30 on Monday for a levy on cargo landed at Ostrel harbour, backed by Premier Ilse Varga.
"""
LEVY_B = """Harbour Levy Vote Angers Hauliers
By Piet Halloran
Source: The Brennmark Ledger
Published October 7, 2026
Hauliers said the cargo levy the Brennmark Assembly passed will cost them dearly; harbour master Tomas Grell said
the Ostrel Harbour Board would collect it from January.
"""
SPEAKER_A = """Assembly Speaker Quits Over Expenses
By Ansel Voorn
Source: Brennmark Evening Post
Published October 8, 2026
The speaker of the Brennmark Assembly, Rune Askel, resigned on Wednesday over hotel bills; Premier Ilse Varga said
the house would elect a successor next week.
"""
SPEAKER_B = """Askel Resignation: What Happens Next
By Mira Kolsen
Source: The Brennmark Ledger
Published October 9, 2026
Rune Askel's departure leaves the Brennmark Assembly without a speaker for the first time since 2019.
"""
OTHER = """Brennmark Notes
By Staff
Source: Brennmark Wire
Published October 10, 2026
Premier Ilse Varga told the Brennmark Assembly about item {k} of the week's business.
"""

ASSEMBLY, PREMIER = ("ORG", "Brennmark Assembly"), ("PERSON", "Ilse Varga")
GRELL, BOARD = ("PERSON", "Tomas Grell"), ("ORG", "Ostrel Harbour Board")


def vectors(gram: list[list[float]]) -> np.ndarray:
    """Unit vectors whose dot products are ``gram`` (the title + lead cosines they stand for)."""
    return np.linalg.cholesky(np.array(gram, dtype=np.float64)).astype(np.float32)


def docs_of(make_doc, texts: list[str], names: list[list[tuple[str, str]]]) -> list:
    from newsprism.model import Entity

    docs = []
    for k, (text, ents) in enumerate(zip(texts, names, strict=True)):
        d = make_doc(text, f"r{k}.txt")
        d.id, d.published = f"r{k}", f"2026-10-{6 + k:02d}"
        d.entities = [Entity(text=c, label=lab, canonical=c, start=0, end=1) for lab, c in ents]
        docs.append(d)
    return docs


def feed(make_doc, levy_names: list[tuple[str, str]] | None = None) -> tuple[list, np.ndarray]:
    """A week of one assembly's news in one run: the levy (2 reports, cosine 0.70), the speaker's resignation (2,
    0.70), each levy report at 0.35 with each speaker report (under story_link 0.45, over its names floor 0.25),
    and six other items (0.10 to everything). All ten name the assembly and the premier."""
    n = 10
    gram = np.full((n, n), 0.1)
    np.fill_diagonal(gram, 1.0)
    gram[0, 1] = gram[1, 0] = gram[2, 3] = gram[3, 2] = 0.7
    for i in (0, 1):
        for j in (2, 3):
            gram[i, j] = gram[j, i] = 0.35
    texts = [LEVY_A, LEVY_B, SPEAKER_A, SPEAKER_B] + [OTHER.format(k=k) for k in range(6)]
    names = [[ASSEMBLY, PREMIER] + (levy_names or []) if k < 2 else [ASSEMBLY, PREMIER] for k in range(n)]
    return docs_of(make_doc, texts, names), vectors(gram.tolist())


def test_the_cap_is_configured():
    from newsprism.story.compare import settings

    assert settings()["grouping"]["common_name_reports"] == 8


@pytest.fixture
def every_name_counts(monkeypatch):
    from newsprism.story.compare import settings
    monkeypatch.setitem(settings()["grouping"], "common_name_reports", None)


def test_two_events_of_one_assembly_are_two_stories(make_doc):
    from newsprism.story.build import group_documents

    docs, vecs = feed(make_doc)
    groups = group_documents(docs, vecs)
    assert [0, 1] in groups and [2, 3] in groups


def test_with_every_name_counting_the_assembly_joins_them(make_doc, every_name_counts):
    """The switch off (``common_name_reports: null``): the grouping before round 56, the levy and the speaker's
    resignation one story through the assembly's and the premier's names."""
    from newsprism.story.build import group_documents

    docs, vecs = feed(make_doc)
    assert [0, 1, 2, 3] in group_documents(docs, vecs)


def test_names_of_the_event_itself_still_link_its_reports(make_doc):
    """The compatible look-alike: the two levy reports at cosine 0.35 (no cosine link) sharing the harbour master and
    the harbour board, names only they carry, in the same ten-report run where the assembly and the premier are
    everyone's: the levy still one story, the resignation still apart."""
    from newsprism.story.build import group_documents

    docs, vecs = feed(make_doc, [GRELL, BOARD])
    gram = vecs.astype(np.float64) @ vecs.astype(np.float64).T
    gram[0, 1] = gram[1, 0] = 0.35
    groups = group_documents(docs, vectors(gram.tolist()))
    assert [0, 1] in groups and [2, 3] in groups


def test_a_small_run_is_grouped_as_before(make_doc):
    """One story of three reports linked only by the assembly and the premier (cosine 0.35): every name is carried
    by three reports, under the cap: one story, as before round 56."""
    from newsprism.story.build import group_documents

    gram = [[1.0, 0.35, 0.35], [0.35, 1.0, 0.35], [0.35, 0.35, 1.0]]
    docs = docs_of(make_doc, [LEVY_A, LEVY_B, SPEAKER_A], [[ASSEMBLY, PREMIER]] * 3)
    assert group_documents(docs, vectors(gram)) == [[0, 1, 2]]


def _scan_average_link(members: list[int], linked: np.ndarray, vecs: np.ndarray, share: float) -> list[list[int]]:
    """The round 55 merge (a full rescan of the pair table at every join), the reference the heap must equal."""
    idx = np.asarray(members)
    count = linked[np.ix_(idx, idx)].astype(np.float64)
    np.fill_diagonal(count, 0.0)
    v = vecs[idx].astype(np.float64)
    cos = v @ v.T
    size = np.ones(len(idx))
    alive = np.ones(len(idx), dtype=bool)
    parts: list[list[int]] = [[int(i)] for i in idx]
    while True:
        pairs = np.outer(size, size)
        frac = np.where(np.outer(alive, alive) & (count > 0), count / pairs, -1.0)
        np.fill_diagonal(frac, -1.0)
        top = float(frac.max())
        if top < share or top <= 0:
            break
        mean_cos = np.where(frac == top, cos / pairs, -np.inf)
        a, b = sorted(np.unravel_index(int(np.argmax(mean_cos)), mean_cos.shape))
        count[a] += count[b]
        count[:, a] += count[:, b]
        cos[a] += cos[b]
        cos[:, a] += cos[:, b]
        count[a, a] = 0.0
        count[b] = 0.0
        count[:, b] = 0.0
        size[a] += size[b]
        alive[b] = False
        parts[a] = sorted(parts[a] + parts[b])
        parts[b] = []
    return [p for p in parts if p]


def _graph(seed: int, tied: bool) -> tuple[list[int], np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(3, 50))
    p = rng.random((n, n)) < (0.05, 0.2, 0.5)[seed % 3]
    if seed % 4:  # planted groups, linked more densely inside
        lab = rng.integers(0, 1 + seed % 7, n)
        p |= (lab[:, None] == lab[None, :]) & (rng.random((n, n)) < 0.7)
    p = np.triu(p, 1)
    p = p | p.T
    if tied:  # few distinct vectors: ties in the share and in the mean cosine, broken by pair order
        v = np.eye(4, dtype=np.float32)[rng.integers(0, 2 + seed % 3, n)]
    else:
        v = rng.standard_normal((n, 16)).astype(np.float32)
        v /= np.linalg.norm(v, axis=1, keepdims=True)
    members = sorted(rng.choice(n + 5, n, replace=False).tolist()) if seed % 5 == 0 else list(range(n))
    if members != list(range(n)):  # members are indices into a larger run
        big = np.zeros((n + 5, n + 5), dtype=bool)
        big[np.ix_(members, members)] = p
        vb = np.zeros((n + 5, v.shape[1]), dtype=np.float32)
        vb[members] = v
        return members, big, vb
    return members, p, v


@pytest.mark.parametrize("tied", [False, True])
def test_heap_merge_gives_the_rescans_groups(tied):
    from newsprism.story.build import _average_link

    for seed in range(120):
        members, linked, vecs = _graph(seed, tied)
        for share in (0.5, 0.34, 0.67):
            assert _average_link(members, linked, vecs, share) == \
                _scan_average_link(members, linked, vecs, share), (seed, share)


def test_heap_merge_joins_a_large_connected_group_as_the_rescan_does():
    """300 reports in one connected group (5 % of pairs linked): every report lands in exactly one group, and the
    groups are the rescan's. How fast it is belongs to the benchmark, not to a test:
    `benchmarks/bench_grouping.py --scale 300,800,2000 --reference` (benchmarks/summary.md, round 56)."""
    from newsprism.story.build import _average_link

    rng = np.random.default_rng(300)
    n = 300
    p = np.triu(rng.random((n, n)) < 0.05, 1)
    p = p | p.T
    v = rng.standard_normal((n, 16)).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    groups = _average_link(list(range(n)), p, v, 0.5)
    assert sorted(i for g in groups for i in g) == list(range(n))
    assert groups == _scan_average_link(list(range(n)), p, v, 0.5)
