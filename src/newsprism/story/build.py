"""One story from several documents: group by event, collapse syndicated copies, compare the sources.

Steps: (1) near-duplicate and syndicated copies are found with the ``documents`` setting of
:mod:`newsprism.common.near_duplicates` (the one the store and batch runs use) and kept out of the comparison
(a copy is not a second witness); (2) documents are grouped into stories by embedding
similarity of title and lead, shared canonical entities and publication dates; (3) within each story,
claims and events are aligned across sources and classified (see :mod:`newsprism.story.align`); units
nobody else reports become ``unique`` (an omission by the others); (4) a merged timeline and a per-source
profile of what each includes and omits.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date

import numpy as np

from newsprism.common.near_duplicates import duplicate_documents
from newsprism.common.union_find import UnionFind
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
from newsprism.story.align import Unit, align, classify, flag, settings, topic_of, units_from

NORMATIVE = re.compile(r"\b(should|must|ought to|need to|needs to|has to|have to)\b", re.I)


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
    """Single-link clusters: similar title+lead, or shared people/organizations, within a time window."""
    th = settings()["thresholds"]
    n = len(docs)
    groups = UnionFind(n)
    ents = [{e.canonical for e in d.entities if e.label in ("PERSON", "ORG")} for d in docs]
    for i in range(n):
        for j in range(i + 1, n):
            di, dj = _day(docs[i].published), _day(docs[j].published)
            if di and dj and abs((di - dj).days) > th["story_days"]:
                continue
            sim = float(vecs[i] @ vecs[j])
            shared = len(ents[i] & ents[j])
            if sim >= th["story_link"] or (shared >= 2 and sim >= th["story_link"] - 0.2):
                groups.union(i, j)
    return groups.groups()


def _lead(d: Document) -> str:
    paras = d.body_paragraphs()
    return " ".join(filter(None, [d.title or "", d.text[paras[0].start : paras[0].end] if paras else ""]))[:1000]


class _Vectors:
    """Embeds each distinct text once per story (sentences, unit contexts and evidence often repeat)."""

    def __init__(self) -> None:
        from newsprism.encoder import get_encoder

        self.enc = get_encoder()
        self.cache: dict[str, np.ndarray] = {}

    def add(self, texts: list[str]) -> None:
        todo = sorted({t for t in texts if t not in self.cache})
        if todo:
            self.cache.update(zip(todo, self.enc.embed(todo), strict=True))

    def get(self, texts: list[str]) -> np.ndarray:
        self.add(texts)
        return np.stack([self.cache[t] for t in texts]) if texts else np.zeros((0, 384), dtype=np.float32)


def _embed_units(units: list[Unit], vectors: _Vectors) -> None:
    vectors.add([u.context for u in units] + [_obj_text(u) for u in units])
    for u in units:
        u.vec, u.ovec = vectors.cache[u.context], vectors.cache[_obj_text(u)]


def _obj_text(u: Unit) -> str:
    if u.kind == "count":
        return u.obj or u.noun or u.text
    return u.text


def _covered(u: Unit, others: list[np.ndarray]) -> bool:
    th = settings()["thresholds"]["covered"]
    return any(float(np.max(m @ u.vec)) >= th for m in others if len(m))


def _uniques(units: list[Unit], aligned: set[int], docs: list[Document], sent_vecs: dict[int, np.ndarray]) -> list[
        Discrepancy]:
    out: list[Discrepancy] = []
    seen: set[tuple[int, str, str]] = set()
    aligned_spans = [(u.doc, u.start, u.end) for u in units if id(u) in aligned]
    participants = set(settings()["participant_nouns"])
    aligned_vals = {(u.doc, u.noun, u.value) for u in units if id(u) in aligned and u.kind == "count"}
    names = {i: {e.canonical for e in d.entities if e.label in ("PERSON", "ORG", "GPE", "NORP")}
             for i, d in enumerate(docs)}
    for u in units:
        if id(u) in aligned or u.kind in ("role", "named"):
            continue
        if u.kind == "event" and not ({u.subject, u.obj} & names[u.doc]) and not (
                u.event and (u.event.place or u.event.date)):
            continue  # an event with no named party, place or date is too vague to call an omission
        if u.kind == "count" and (u.vague or (u.doc, u.noun, u.value) in aligned_vals
                                  or (u.noun in participants and u.low is not None and u.low <= 2)):
            continue  # a vague figure alone is not an omission, nor a repeated aligned one, nor "two nations"
        if u.kind == "event" and (u.value in ("denied", "hypothetical") or NORMATIVE.search(u.text)):
            continue  # what a source says should or could happen is opinion, not an omitted fact
        others = [v for d, v in sent_vecs.items() if d != u.doc]
        # A claim with a specific value that no other source's slot matched is an omission even when the
        # sentence around it is paraphrased elsewhere; an event needs no similar sentence elsewhere.
        if u.kind == "event" and _covered(u, others):
            continue
        key = (u.doc, u.context, u.kind if u.kind != "event" else "event")
        if u.kind == "event" and any((u.doc, u.context, k) in seen for k in ("count", "date", "superlative")):
            continue  # the sentence's figure already stands for it
        if key in seen or (u.kind == "event" and any(d == u.doc and a < u.end and u.start < b
                                                      for d, a, b in aligned_spans)):
            # one item per sentence; an event sentence already compared is not an omission
            continue
        seen.add(key)
        name = docs[u.doc].outlet or docs[u.doc].id
        out.append(flag("unique", topic_of([u]), [u], docs,
                        f"Only {name} reports this; the other sources omit it "
                        f"(no aligned claim and no similar sentence).", 0.5))
    return out


def _drop_shadowed(items: list[Discrepancy]) -> list[Discrepancy]:
    """An event consensus ("they met") whose sentences also carry a disputed figure is not agreement."""
    disputed = [(s.document, s.start, s.end) for x in items if x.kind in ("conflict", "precision")
                for s in x.sides]

    def overlaps(sd: Side) -> bool:
        return any(d == sd.document and a < sd.end and sd.start < b for d, a, b in disputed)

    out = []
    for x in items:
        if x.kind == "consensus" and x.sides and x.sides[0].value in ("occurred", "ongoing", "planned"):
            kept = [s for s in x.sides if not overlaps(s)]
            if len({s.document for s in kept}) < 2:
                continue
            if len(kept) != len(x.sides):
                x.sides = kept
                x.refresh_id()
        out.append(x)
    return out


def _timeline(docs: list[Document], members: list[int]) -> list[TimelineEntry]:
    merged: dict[tuple[str, str, str | None], TimelineEntry] = {}
    for i in members:
        d = docs[i]
        for e in d.events:
            if not e.date or e.type == "statement":
                continue
            key = (e.date, e.type, e.actor)
            entry = merged.setdefault(key, TimelineEntry(date=e.date, type=e.type, cameo_root=e.cameo_root,
                                                         actor=e.actor, target=e.target, status=e.status,
                                                         place=e.place, text=e.evidence.text, sources=[]))
            entry.sources.append(Side(document=d.id, outlet=d.outlet, start=e.evidence.start, end=e.evidence.end,
                                      text=e.evidence.text, value=e.status, status=e.status,
                                      attributed_to=e.attributed_to))
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
                      vecs: dict[int, np.ndarray], profiles: dict[str, SourceProfile], vectors: _Vectors) -> None:
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


def build_story(docs: list[Document]) -> Story:
    """Compare several documents about one event; see the module docstring for the steps."""
    docs = list(docs)
    story = Story(documents=[d.id for d in docs])
    if not docs:
        return story
    story.id = hashlib.sha1("|".join(sorted(d.id for d in docs)).encode()).hexdigest()[:12]
    story.duplicates = find_duplicates(docs)
    dup = {x.document for x in story.duplicates}
    keep = [i for i, d in enumerate(docs) if d.id not in dup]
    vectors = _Vectors()
    # Sentences, unit contexts and evidence, embedded in one batch up front.
    sents = {i: [docs[i].text[s.start : s.end] for s in docs[i].sentences
                 if any(p.start <= s.start < p.end for p in docs[i].body_paragraphs())] for i in keep}
    doc_units = {i: units_from(i, docs[i]) for i in keep}
    vectors.add([_lead(docs[i]) for i in keep] + [t for i in keep for t in sents[i]]
                + [t for i in keep for u in doc_units[i] for t in (u.context, _obj_text(u))])
    lead_vecs = vectors.get([_lead(docs[i]) for i in keep])
    clusters = [[keep[k] for k in g] for g in group_documents([docs[i] for i in keep], lead_vecs)]
    story.clusters = [[docs[i].id for i in g] for g in clusters]
    # Sentence vectors per document, to tell an omission from a paraphrase.
    sent_vecs = {i: vectors.get(sents[i]) for i in keep}
    items: list[Discrepancy] = []
    profiles: dict[str, SourceProfile] = {}
    for members in clusters:
        if len(members) < 2:
            continue
        units = [u for i in members for u in doc_units[i]]
        _embed_units(units, vectors)
        groups = align(units)
        found: list[Discrepancy] = []
        aligned: set[int] = set()
        for g in groups:
            if len({u.doc for u in g}) >= 2:
                aligned |= {id(u) for u in g}
                found += classify(g, docs)
        found = _drop_shadowed(found)
        found += _uniques(units, aligned, docs, {i: sent_vecs[i] for i in members})
        items += found
        story.timeline += _timeline(docs, members)
        profiles.update(_profiles(docs, members, found))
        _headline_stances(docs, members, sents, sent_vecs, profiles, vectors)
    story.discrepancies = sort_flags(items)
    story.profiles = list(profiles.values())
    return story
