"""The "only one source" items: details of one source that no other source of the story reports.

A sentence of one source is an item when it holds a specific detail (an exact figure, an order with a
reference, a date, a placed or dated event), none of its details is reported by another source, and no
sentence of another source is close to it in meaning. A detail counts as reported elsewhere, whatever the
wording, when another source:
- has a slot aligned with it (any finding of the comparison, agreeing or not), or any slot of the same sentence
  is a side of a finding: the sentence is already shown as compared, never also as "only one source";
- reports an event of the same story-wide happening (the events layer's coreference, when the caller has it);
- names one of the same participants in a sentence with the same figure (same kind and value) or the same day;
- tells it over one or two adjacent sentences close in meaning that hold most of its names and figures and a
  share of its content words (:func:`newsprism.story.coverage.told_elsewhere`, round 8);
- tells it in other words: a window close in meaning, and its closest sentences together hold half of its wording,
  a word counted when one of theirs has its stem or is near it in the encoder's word-piece table
  (:func:`newsprism.story.coverage.told_in_other_words`, round 9).

A job, office, role or origin held (the events layer's ``Document.standing_facts``: a standing state, never an
event; round 21) is a detail of its own when it names its employer, body or place (a name, not "the police") or
gives a time, and no other source of the story tells a standing fact with the same employer, body or place
(:func:`standing_units`): "only one outlet says the conductor has previously worked with the Orvell Philharmonic" is a single-sourced
fact a fact-checker wants to see. Standing facts are never compared across sources here: two outlets giving one
person different titles is the titles comparison's finding (``compare``, role slots).

A sentence another document of the story carries word for word (:func:`newsprism.story.coverage.copied`: one agency
text printed by two outlets, the second set aside as a duplicate; round 11) is never an item either.

A sentence that is page debris (:func:`newsprism.story.coverage.junk_span`: a bare figure, a dateline, a piece cut
from a sentence, a credit, byline or correction line; round 10; related-article headlines run together, round 11) is
never an item.

Its confidence is the ranked model's (:func:`newsprism.story.confidence.unique_confidence`); an item of a document
the genre head reads as opinion is never shown by default (``unique.opinion_confidence``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import numpy as np

from newsprism.claims.amounts import UNANCHORED_WINDOW, Amount
from newsprism.claims.slots import DateSlot, SentenceSlots
from newsprism.events.standing import how_held
from newsprism.model import Discrepancy, Document, Side, StandingFact
from newsprism.story.compare import Finding, Source, dates_differ, settings
from newsprism.story.confidence import unique_confidence
from newsprism.story.coverage import (
    Others,
    Told,
    closest_words_cover,
    copied,
    features,
    junk_span,
    nearest_telling,
    shingles,
    told_elsewhere,
    told_in_other_words,
)
from newsprism.story.sources import body_sentences, outlet_name

NORMATIVE = re.compile(r"\b(should|must|ought to|need to|needs to|has to|have to)\b", re.I)
UNIQUE_EVENT_STATUS = frozenset({"occurred", "ongoing", "planned"})

Unit = tuple[int, int, str]


def _sentence_of(src: Source, at: int) -> int | None:
    return next((k for k, s in enumerate(src.sentences) if s.start <= at < s.end), None)


def compared_sentences(sources: Mapping[int, Source], findings: list[Finding]) -> set[tuple[int, int]]:
    """(source, sentence) of every side of every finding: sentences already compared with another source."""
    out: set[tuple[int, int]] = set()
    for f in findings:
        for s in (f.a, f.b):
            k = s.sentence if s.sentence >= 0 else _sentence_of(sources[s.source], s.start)
            if k is not None:
                out.add((s.source, k))
    return out


def _same_amount(a: Amount, sents: list[SentenceSlots], names: frozenset[str]) -> bool:
    return any(s.names & names and any(b.dim == a.dim and b.value == a.value and not b.vague for b in s.amounts)
               for s in sents)


def _same_day(d: DateSlot, sents: list[SentenceSlots], names: frozenset[str]) -> bool:
    return any(s.names & names and any(dates_differ(d, e) is False for e in s.dates) for s in sents)


def uniques(sources: dict[int, Source], findings: list[Finding], docs: Sequence[Document],
            sent_vecs: dict[int, np.ndarray], inputs: dict[str, tuple[float, int]],
            event_ids: Mapping[tuple[str, str], str] | None = None) -> list[Discrepancy]:
    """One item per sentence with details no other source reports (see the module docstring)."""
    cfg = settings()["unique"]
    aligned = {(s.source, s.start, s.end) for f in findings for s in (f.a, f.b)}
    compared = compared_sentences(sources, findings)
    out: list[Discrepancy] = []
    texts = {i: [docs[i].text[s.start : s.end] for s in docs[i].sentences] for i in sources}
    everything = [t for v in texts.values() for t in v]
    # the body sentences each source's ``sent_vecs`` rows embed, in the same order (a caller whose vectors are of
    # other sentences gets no window check for that source)
    bodies = {j: [docs[j].text[a:b] for a, b in body_sentences(docs[j])] for j in sent_vecs}
    told = {j: Told(v, bodies[j]) for j, v in sent_vecs.items() if len(bodies[j]) == len(v)}
    # every document of the story, compared or not (a duplicate set aside, a document of another group), as word runs
    runs = [shingles(d.text, int(cfg["copied"]["words"])) for d in docs]
    for i, src in sources.items():
        said: Others | None = None  # the other sources' words, prepared on first use
        others = [v for j, v in sent_vecs.items() if j != i and len(v)]
        other_sents = [s for j, o in sources.items() if j != i for s in o.sentences]
        other_happenings = {h for j, o in sources.items() if j != i for h in o.happenings.values()}
        events = event_units(docs[i], event_ids, other_happenings)
        if cfg["standing_units"]:
            events += standing_units(docs[i], [docs[j] for j in sources if j != i])
        for k, sent in enumerate(src.sentences):
            if (i, k) in compared or junk_span(sent.text, cfg["junk"]):
                continue
            if copied(sent.text, [r for j, r in enumerate(runs) if j != i], cfg["copied"]):
                continue  # another report prints the same sentence (one agency text in two outlets)
            # a window of a count or rank ("the third rise in four years") is no detail of its own; a look-back span
            # with nothing counted before it ("in the past twenty years, she has ...") still is (round 29)
            units: list[Unit] = [(a.start, a.end, a.text) for a in sent.amounts
                                 if not a.vague and (a.value or 0) >= cfg["min_value"]
                                 and a.extra.get("window") in (None, UNANCHORED_WINDOW)
                                 and not _same_amount(a, other_sents, sent.names)]
            units += [(o.start, o.end, o.text) for o in sent.ordinals if o.since or o.noun in ("time", "visit")]
            units += [(d.start, d.end, d.text) for d in sent.dates
                      if not d.speech and not _same_day(d, other_sents, sent.names)]
            if not NORMATIVE.search(sent.text) and not sent.text.rstrip().endswith("?"):
                # what a source says should happen, or asks, is opinion, not a reported fact
                units += [u for u in events if sent.start <= u[0] < sent.end
                          and not any(a < u[1] and u[0] < b for a, b, _ in units)]
            units = [u for u in units if (i, u[0], u[1]) not in aligned]
            if not units or any((i, a.start, a.end) in aligned for a in sent.amounts):
                continue
            cover = max((float(np.max(m @ src.vectors[k])) for m in others), default=0.0)
            if cover >= cfg["covered"]:
                continue  # another source says it in other words
            elsewhere = [t for j, t in told.items() if j != i]
            near = nearest_telling(src.vectors[k], sent.text, elsewhere)
            if told_elsewhere(near, cfg["told"]):
                continue  # another source tells it over one or two sentences, with its names and figures
            if said is None:
                said = Others.of([t for j, v in texts.items() if j != i for t in v], everything)
            in_words = cfg["told_in_other_words"]
            if told_in_other_words(near["window_cover"], closest_words_cover(
                    src.vectors[k], sent.text, elsewhere, said.idf, int(in_words["closest"]), in_words["similar"]),
                    in_words):
                continue  # another source tells it in other words, over its sentences closest in meaning
            start, end = sent.start, sent.end
            d = docs[i]
            at = next((n for n, s in enumerate(d.sentences) if s.start <= start < s.end), 0)
            x_cov = features(d.text[start:end], said, round(cover, 2), len(units), at / max(1, len(d.sentences)))
            name = outlet_name(d)
            words = sent.text.split()
            conf = unique_confidence(cover, len(units), x_cov)
            if d.genre is not None and d.genre.label == "opinion":
                # a sentence of an opinion piece is a view, not a reported fact another source left out; under the
                # cap the model's order is kept in a narrow band (round 10), not the piece's sentence order
                conf = min(conf, float(cfg["opinion_confidence"]) - float(cfg["opinion_order_band"]) * (1.0 - conf))
            conf = round(conf, 4)
            out.append(x := Discrepancy(
                kind="unique", slot="fact", topic=" ".join(words[:12]) + ("…" if len(words) > 12 else ""),
                statement=f"Only {name} reports this: “{' '.join(words)}”",
                explanation=f"No other source gives these details ({'; '.join(u[2] for u in units)}) and no "
                            f"sentence of theirs is close in meaning (best similarity {cover:.2f}). "
                            f"Confidence {conf:.2f}.",
                confidence=conf, sides=[Side(document=d.id, outlet=d.outlet, start=start, end=end,
                                             text=d.text[start:end], value="; ".join(u[2] for u in units))]))
            inputs[x.id] = (cover, len(units))
    return out


def event_units(doc: Document, event_ids: Mapping[tuple[str, str], str] | None = None,
                elsewhere: set[str] | frozenset[str] = frozenset()) -> list[Unit]:
    """The document's events that are details of their own: happened, under way or planned (not denied or
    possible), with a place named in the sentence or a date written in it (an event with neither, or with a
    place or date carried over from other sentences, is too vague to call an omission), and not a happening
    another source also reports (``elsewhere``: their story-wide ids)."""
    out = []
    for e in doc.events:
        if event_ids is not None and event_ids.get((doc.id, e.id)) in elsewhere:
            continue
        sent = next(((s.start, s.end) for s in doc.sentences if s.start <= e.trigger_start < s.end), None)
        if sent is None or e.status not in UNIQUE_EVENT_STATUS or e.type == "statement":
            continue
        placed = bool(e.place) and (e.place or "") in doc.text[sent[0] : sent[1]]
        dated = bool(e.date) and any(sent[0] <= m.start < sent[1] for m in doc.dates)
        if placed or dated:
            where = ", ".join(x for x in (e.place, e.date) if x)
            out.append((e.trigger_start, e.trigger_end, f"{doc.text[e.trigger_start : e.trigger_end]} ({where})"))
    return out


STANDING_MAX_CHARS = 100  # the clause shown, cut at a word (a clause may run on: "worked for X, where she ...")


def _held_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def standing_units(doc: Document, others: Sequence[Document]) -> list[Unit]:
    """The document's standing facts (``Document.standing_facts``) that are details of their own: the employer,
    body or place is a name, or the clause gives a time ("worked for the police in the 1990s"); a role with neither
    ("works as a nurse") is too vague to call single-sourced. A fact whose employer, body or place another source
    also gives as held (any wording of the same words) is reported elsewhere. Each unit is the verb, described in
    plain words: what is held and how ("worked with the Orvell Philharmonic (a past role)")."""
    told = {_held_key(f.organisation) for o in others for f in o.standing_facts if f.organisation}
    out: list[Unit] = []
    for f in doc.standing_facts:
        if not (f.named or f.time) or (f.organisation and _held_key(f.organisation) in told):
            continue
        out.append((f.verb.start, f.verb.end, describe_standing(doc, f)))
    return out


def describe_standing(doc: Document, fact: StandingFact) -> str:
    """A standing fact in plain words: the clause from its verb on, and how it is held."""
    what = " ".join(doc.text[fact.verb.start : fact.evidence.end].split())
    if len(what) > STANDING_MAX_CHARS:
        what = what[:STANDING_MAX_CHARS].rsplit(" ", 1)[0] + "…"
    return f"{what} ({how_held(fact)})"
