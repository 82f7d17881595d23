"""One story from several documents: group by event, collapse syndicated copies, compare the sources.

Steps: (1) near-duplicate and syndicated copies are found with the ``documents`` setting of
:mod:`newsprism.common.near_duplicates` (the one the store and batch runs use) and kept out of the comparison
(a copy is not a second witness); (2) documents are grouped into stories by embedding
similarity of title and lead, shared canonical entities and publication dates; (3) within each story, the
typed slots of every pair of sources are aligned by sentence meaning and compared by value
(:mod:`newsprism.story.compare`), rated by a calibrated confidence (:mod:`newsprism.story.confidence`) and
turned into flags with plain statements (:mod:`newsprism.story.flags`); slots nobody else reports, in
sentences no other source paraphrases, become ``unique`` (an omission by the others); (4) a merged timeline
and a per-source profile of what each includes and omits.
"""

from __future__ import annotations

import hashlib
import heapq
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from newsprism.common.near_duplicates import duplicate_documents
from newsprism.common.union_find import UnionFind
from newsprism.events.coref import TriggerInput
from newsprism.model import (
    Discrepancy,
    Document,
    DuplicateLink,
    HeadlineStance,
    Side,
    SourceProfile,
    Story,
    TimelineEntry,
    sort_flags,
)
from newsprism.story.clock import clock_findings
from newsprism.story.compare import Finding, compare_pair, settings
from newsprism.story.events import event_findings
from newsprism.story.flags import rate, to_flags
from newsprism.story.place import place_findings
from newsprism.story.sources import Vectors, body_sentences, build_sources
from newsprism.story.uniques import uniques


def find_duplicates(docs: list[Document]) -> list[DuplicateLink]:
    """Documents whose bodies are near-identical (syndicated or re-posted copies) to an earlier one."""
    return [DuplicateLink(document=docs[i].id, duplicate_of=docs[j].id, similarity=round(sim, 3))
            for i, j, sim in duplicate_documents(docs)]


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso and len(iso) >= 10 else None
    except ValueError:
        return None


def group_documents(docs: list[Document], vecs: np.ndarray) -> list[list[int]]:
    """Clusters of documents linked by similar title+lead, or shared people/organizations, or (``shared_any_min``) as
    many shared named people, organizations, places, facilities or events, within a time window. With
    ``grouping.merge_share`` (round 55) the clusters are average-link: two groups join only when at least that share
    of the document pairs across them are linked (a report joins a story linked to most of its reports, not to one:
    no chaining of different events through one link in a pooled run); ``null`` gives single link (connected
    components). With ``grouping.common_name_reports`` (round 56) a name carried by more than that many reports of
    the run (a legislature, a party leader, a capital: a topic's name) does not count as a shared name for the two
    routes that read names; the cosine route is unchanged, and a run of no more reports than that (one story of
    2-3 reports) is grouped as before. Members ascending, groups in order of their first member."""
    th = settings()["grouping"]
    n = len(docs)
    groups = UnionFind(n)
    linked = np.zeros((n, n), dtype=bool)
    ents = [{e.canonical for e in d.entities if e.label in ("PERSON", "ORG")} for d in docs]
    any_min = th.get("shared_any_min")
    named = [{e.canonical for e in d.entities if e.label in th["shared_any_labels"]} for d in docs]
    common = th.get("common_name_reports")
    if common is not None:
        # round 56: a name carried by more reports of the run than this names a topic, not one event: it is no
        # evidence for the names routes
        reports = Counter(c for e, f in zip(ents, named, strict=True) for c in e | f)
        topical = {c for c, k in reports.items() if k > common}
        ents = [e - topical for e in ents]
        named = [e - topical for e in named]
    for i in range(n):
        for j in range(i + 1, n):
            di, dj = _day(docs[i].published), _day(docs[j].published)
            if di and dj and abs((di - dj).days) > th["story_days"]:
                continue
            sim = float(vecs[i] @ vecs[j])
            shared = len(ents[i] & ents[j])
            near = sim >= th["story_link"] - 0.2
            if sim >= th["story_link"] or (near and shared >= 2) or \
                    (near and any_min is not None and len(named[i] & named[j]) >= any_min):
                groups.union(i, j)
                linked[i, j] = linked[j, i] = True
    share = th.get("merge_share")
    if share is None:
        return groups.groups()
    out: list[list[int]] = []
    for g in groups.groups():
        out += _average_link(g, linked, vecs, float(share)) if len(g) > 2 else [g]
    return sorted(out, key=lambda g: g[0])


def _average_link(members: list[int], linked: np.ndarray, vecs: np.ndarray, share: float) -> list[list[int]]:
    """Average-link clustering of one connected group: repeatedly join the two clusters with the largest share of
    linked document pairs across them (ties: the larger mean title+lead cosine, then the earlier pair) while that
    share reaches ``share``. A connected group of three stays whole at a share of 1/2 or less.

    Round 56: the candidate pairs sit in a heap (stale entries skipped by a per-cluster stamp), so a join costs one
    pass over the joined cluster's row instead of a rescan of every pair: about n^2 log n in the size n of the group
    instead of n^3, with the same joins in the same order (the same sums, divided the same way, as the full rescan of
    round 55 compared)."""
    idx = np.asarray(members)
    count = linked[np.ix_(idx, idx)].astype(np.float64)
    np.fill_diagonal(count, 0.0)
    v = vecs[idx].astype(np.float64)
    cos = v @ v.T
    size = np.ones(len(idx))
    stamp = [0] * len(idx)
    parts: list[list[int]] = [[int(i)] for i in idx]
    # (-share, -mean cosine, a, b, stamp of a, stamp of b) with a < b: the heap's first valid entry is the pair the
    # rescan picks (largest share, then largest mean cosine, then the first pair in row order).
    rows, cols = np.nonzero(np.triu(count > 0, 1))
    heap = [(-float(count[a, b]), -float(cos[a, b]), int(a), int(b), 0, 0) for a, b in zip(rows, cols, strict=True)]
    heapq.heapify(heap)
    while heap:
        neg_frac, _, a, b, sa, sb = heapq.heappop(heap)
        if stamp[a] != sa or stamp[b] != sb or not parts[a] or not parts[b]:
            continue
        if -neg_frac < share:
            break
        count[a] += count[b]
        count[:, a] += count[:, b]
        cos[a] += cos[b]
        cos[:, a] += cos[:, b]
        count[a, a] = 0.0
        count[b] = 0.0
        count[:, b] = 0.0
        size[a] += size[b]
        stamp[a] += 1
        parts[a] = sorted(parts[a] + parts[b])
        parts[b] = []
        near = np.flatnonzero(count[a] > 0)
        pairs = size[a] * size[near]
        frac = count[a, near] / pairs
        mean_cos = np.where(near > a, cos[a, near], cos[near, a]) / pairs
        for c, fr, mc in zip(near.tolist(), frac.tolist(), mean_cos.tolist(), strict=True):
            lo, hi = (a, c) if a < c else (c, a)
            heapq.heappush(heap, (-fr, -mc, lo, hi, stamp[lo], stamp[hi]))
    return [p for p in parts if p]


def _lead(d: Document) -> str:
    paras = d.body_paragraphs()
    return " ".join(filter(None, [d.title or "", d.text[paras[0].start : paras[0].end] if paras else ""]))[:1000]


@dataclass
class Comparison:
    """What comparing one group of documents found: rated findings, flags, and the inputs of each unique
    item's confidence (flag id -> (cover, units)), kept for calibration."""

    findings: list[Finding]
    flags: list[Discrepancy]
    unique_inputs: dict[str, tuple[float, int]] = field(default_factory=dict)


def _new_events(events: list[Finding], findings: list[Finding]) -> list[Finding]:
    """Event findings whose evidence no clause-status finding covers already (in both sources), and every
    corroborated place or day."""
    taken = [(f.a.source, f.a.start, f.a.end, f.b.source, f.b.start, f.b.end) for f in findings if f.slot == "status"]

    def covered(e: Finding) -> bool:
        return any(sa == e.a.source and a0 < e.a.end and e.a.start < a1 and sb == e.b.source and b0 < e.b.end
                   and e.b.start < b1 for sa, a0, a1, sb, b0, b1 in taken)

    # a clause's agreement that something happened is not shown; the event's corroborated place or day is
    return [e for e in events if e.detail == "corroborated" or not covered(e)]


def compare_documents(docs: Sequence[Document], members: Sequence[int], vectors: Vectors,
                      sent_vecs: dict[int, np.ndarray] | None = None,
                      event_ids: Mapping[tuple[str, str], str] | None = None,
                      triggers: Mapping[str, list[TriggerInput]] | None = None) -> Comparison:
    """Every rated finding and every flag (uniques included) for one group of documents."""
    sources = build_sources(docs, members, vectors)
    if event_ids is not None:
        for i in members:
            sources[i].happenings = {e.trigger_start: h for e in docs[i].events
                                     if (h := event_ids.get((docs[i].id, e.id))) is not None}
    if triggers is not None:
        for i in members:
            sources[i].triggers = list(triggers.get(docs[i].id, []))
    findings: list[Finding] = []
    for x, i in enumerate(members):
        for j in members[x + 1 :]:
            findings += compare_pair(sources[i], sources[j])
            findings += clock_findings(sources[i], sources[j])  # times of day of one act (round 57; switch)
            findings += place_findings(sources[i], sources[j])  # places of a death, homes (round 58; switch)
    findings += _new_events(event_findings(docs, sources, vectors, event_ids), findings)
    rate(findings, sources)
    flags = to_flags(findings, sources, docs)
    if sent_vecs is None:
        sent_vecs = {i: vectors.get([docs[i].text[a:b] for a, b in body_sentences(docs[i])]) for i in members}
    result = Comparison(findings=findings, flags=flags)
    result.flags += uniques(sources, findings, docs, {i: sent_vecs[i] for i in members}, result.unique_inputs,
                            event_ids)
    return result


def _timeline(docs: list[Document], members: list[int],
              event_ids: Mapping[tuple[str, str], str] | None = None) -> list[TimelineEntry]:
    """The dated events of a story's sources, one entry per happening and date: with the events layer's
    coreference (``event_ids``) the sources' mentions of one happening share an entry (whatever each calls its
    actor) and two happenings never do; without it, events of one type, actor and date share one."""
    merged: dict[tuple[str, ...], TimelineEntry] = {}
    for i in members:
        d = docs[i]
        for e in d.events:
            if not e.date or e.type == "statement":
                continue
            happening = event_ids.get((d.id, e.id)) if event_ids is not None else None
            key = (e.date, "happening", happening) if happening else (e.date, e.type, e.actor or "")
            entry = merged.setdefault(key, TimelineEntry(date=e.date, type=e.type, trigger=e.trigger,
                                                         cameo_root=e.cameo_root,
                                                         actor=e.actor, target=e.target, status=e.status,
                                                         place=e.place, text=e.evidence.text, sources=[]))
            entry.sources.append(Side(document=d.id, outlet=d.outlet, start=e.evidence.start, end=e.evidence.end,
                                      text=e.evidence.text, value=e.status, status=e.status,
                                      attributed_to=e.attributed_to))
            if e.confidence is not None:
                entry.confidence = max(entry.confidence or 0.0, e.confidence)
    return sorted(merged.values(), key=lambda x: (x.date, x.type))


def _profiles(docs: list[Document], members: list[int], items: list[Discrepancy]) -> dict[str, SourceProfile]:
    ids = {docs[i].id for i in members}
    prof: dict[str, SourceProfile] = {}
    for i in members:
        d = docs[i]
        prof[d.id] = SourceProfile(document=d.id, outlet=d.outlet, title=d.title, published=d.published,
                                   genre=d.genre.label if d.genre else None, claims=len(d.claims),
                                   events=len(d.events))
    # Named people, organizations and places that only this source mentions (e.g. other stops of a tour).
    named = {i: {e.canonical for e in docs[i].entities if e.label in ("PERSON", "ORG", "GPE", "NORP", "FAC")
                 and docs[i].body.start <= e.start < docs[i].body.end} for i in members}
    for i in members:
        others = set().union(*(named[j] for j in members if j != i)) if len(members) > 1 else set()
        prof[docs[i].id].names_only_here = sorted(named[i] - others)
    for it in items:
        present = {s.document for s in it.sides}
        for doc_id in ids:
            p = prof[doc_id]
            if doc_id in present:
                p.includes.append(it.topic)
                if it.kind == "unique":
                    p.unique.append(it.topic)
                elif it.kind == "consensus":
                    p.agrees_on += 1
                else:
                    p.disputed += 1
            elif it.kind in ("unique", "consensus"):
                p.omits.append(it.topic)
    for p in prof.values():
        p.includes, p.unique, p.omits = sorted(set(p.includes)), sorted(set(p.unique)), sorted(set(p.omits))
    return prof


def _headline_stances(docs: list[Document], members: list[int], sents: dict[int, list[str]],
                      vecs: dict[int, np.ndarray], profiles: dict[str, SourceProfile], vectors: Vectors) -> None:
    """How each other source's body treats this source's headline (FNC-1 style agree / disagree / discuss /
    unrelated, see :mod:`newsprism.story.agreement`)."""
    from newsprism.story import agreement

    if agreement.weights() is None:
        return
    titled = [i for i in members if docs[i].title]
    if not titled:
        return
    tvecs = vectors.get([docs[i].title or "" for i in titled])
    index = {j: agreement.index_sentences(sents[j][:60], vecs[j][:60]) for j in members if sents[j]}
    for i, tv in zip(titled, tvecs, strict=True):
        out = []
        for j, idx in index.items():
            if j == i:
                continue
            x = agreement.features(docs[i].title or "", tv, idx)
            label, conf = agreement.predict(x)
            out.append(HeadlineStance(document=docs[j].id, label=label, confidence=round(conf, 3)))
        profiles[docs[i].id].headline_stance_of_others = out


def build_story(docs: list[Document], event_ids: Mapping[tuple[str, str], str] | None = None,
                known_vectors: Mapping[str, np.ndarray] | None = None,
                triggers: Mapping[str, list[TriggerInput]] | None = None) -> Story:
    """Compare several documents about one event; see the module docstring for the steps. ``event_ids`` maps
    (document id, event id) to a story-wide happening id (the events layer's coreference) when the caller has
    it; without it, events are matched from the stored documents alone. ``triggers`` (document id -> every trigger
    mention's start, lemma and coreference pair input, :func:`newsprism.events.coref.trigger_inputs`) lets the date
    comparison ask the coreference model about two dated clauses' triggers. ``known_vectors`` maps texts to their
    encoder embeddings where the caller has them (the run's encoder pass), so they are not embedded again."""
    docs = list(docs)
    story = Story(documents=[d.id for d in docs])
    if not docs:
        return story
    story.id = hashlib.sha1("|".join(sorted(d.id for d in docs)).encode()).hexdigest()[:12]
    story.duplicates = find_duplicates(docs)
    dup = {x.document for x in story.duplicates}
    keep = [i for i, d in enumerate(docs) if d.id not in dup]
    vectors = Vectors(known_vectors)
    sents = {i: [docs[i].text[a:b] for a, b in body_sentences(docs[i])] for i in keep}
    # Leads, body sentences and headlines embedded in one batch up front.
    vectors.add([_lead(docs[i]) for i in keep] + [t for i in keep for t in sents[i]]
                + [t for i in keep if (t := docs[i].title)])
    lead_vecs = vectors.get([_lead(docs[i]) for i in keep])
    clusters = [[keep[k] for k in g] for g in group_documents([docs[i] for i in keep], lead_vecs)]
    story.clusters = [[docs[i].id for i in g] for g in clusters]
    sent_vecs = {i: vectors.get(sents[i]) for i in keep}
    items: list[Discrepancy] = []
    profiles: dict[str, SourceProfile] = {}
    for members in clusters:
        if len(members) < 2:
            continue
        found = compare_documents(docs, members, vectors, sent_vecs, event_ids, triggers).flags
        items += found
        story.timeline += _timeline(docs, members, event_ids)
        profiles.update(_profiles(docs, members, found))
        _headline_stances(docs, members, sents, sent_vecs, profiles, vectors)
    story.discrepancies = sort_flags(items)
    story.profiles = list(profiles.values())
    return story
