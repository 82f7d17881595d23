"""Sources built by hand for the story comparison's tests: one sentence each, its slots given, and sentence vectors
placed at a chosen cosine (no models); or whole invented reports run through the library as `compare` runs them."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np

from newsprism.claims.slots import DateSlot, Ordinal, SentenceSlots, Status
from newsprism.model import Analysis
from newsprism.story.compare import Finding, Side, Source


def sentence(text: str, **slots) -> SentenceSlots:
    """One sentence spanning the whole text, with the given slots (amounts, dates, ...)."""
    return SentenceSlots(start=0, end=len(text), text=text, **slots)


def source(i: int, sent: SentenceSlots, vec: np.ndarray) -> Source:
    """Source ``i`` ("Outlet i") holding just ``sent``, whose sentence vector is ``vec``."""
    return Source(index=i, name=f"Outlet {i}", sentences=[sent], vectors=np.array([vec]), text=sent.text)


def vectors(cos: float) -> tuple[np.ndarray, np.ndarray]:
    """Two unit vectors whose cosine is ``cos``."""
    return np.array([1.0, 0.0]), np.array([cos, math.sqrt(1 - cos * cos)])


def parsed_slots(text: str) -> SentenceSlots:
    """The slots the claims layer reads from the spaCy parse of ``text``'s first sentence."""
    from newsprism.claims.slots import sentence_slots
    from newsprism.nlp.spacy_pipe import get_nlp

    return sentence_slots(next(iter(get_nlp()(text).sents)))


def status_flags(a: str, b: str, cos: float = 0.55) -> list:
    """The status findings (no consensus) of two parsed one-sentence sources whose vectors sit at cosine ``cos``."""
    from newsprism.story.compare import compare_pair

    va, vb = vectors(cos)
    return [f for f in compare_pair(source(0, parsed_slots(a), va), source(1, parsed_slots(b), vb))
            if f.slot == "status" and f.kind != "consensus"]


def denial_flags(a: str, b: str, cos: float = 0.4) -> list:
    """The denial findings of two parsed one-sentence sources (:func:`status_flags` whose detail is a denial)."""
    return [f for f in status_flags(a, b, cos) if f.kind == "status" and f.detail == "denial"]


def denial_shown(a: str, b: str) -> bool:
    """Whether a denial finding of the two sentences is shown by default (confidence >= 0.5)."""
    from newsprism.story.confidence import confidence

    return any(confidence(f) >= 0.5 for f in denial_flags(a, b))

# two unlike sentences (cosine 0.3, below date_min_sentence 0.55); a report's second sentence is unlike both leads
UNLIKE = (0.3, float(np.sqrt(0.91)), 0.0)

# (date text, day of December, the word the date hangs on, its key, status of its clause, subject head, object head)
Dated = tuple[str, int, str, str, str, str | None, str | None]


def dated_sentence(text: str, off: int, dated: list[Dated], names: frozenset[str]) -> SentenceSlots:
    """A sentence at offset ``off`` of its report holding a December date and its clause's status for each of
    ``dated`` (the parse given by hand), naming ``names``."""
    dates, statuses = [], []
    for day_text, day, word, key, status, subject, obj in dated:
        at, v = off + text.index(day_text), off + text.index(word)
        dates.append(DateSlot(start=at, end=at + len(day_text), text=day_text, month=12, day=day, predicate=key))
        statuses.append(Status(start=v, end=v + len(word), text=word, predicate=key, status=status,
                               subject=subject, object=obj))
    return SentenceSlots(start=off, end=off + len(text), text=text, dates=dates, statuses=statuses, names=names)

def analyzed_reports(*reports: tuple[str, str, str, str]) -> Analysis:
    """Reports given as (id, outlet, title, text whose first line is the headline) analysed as one story.

    The first line of each text is left out: the title is given separately, as a user's JSON record gives it.
    """
    from newsprism.api import analyze_documents
    from newsprism.ingest.records import record_to_document

    return analyze_documents([
        record_to_document({"id": doc_id, "outlet": outlet, "title": title, "text": text.split("\n", 1)[1]}, doc_id)
        for doc_id, outlet, title, text in reports
    ])


def discrepancies_between(result: Analysis, kind: str, slot: str, a: tuple[str, str], b: tuple[str, str]) -> list:
    """The story's discrepancies of `kind` and `slot` whose sides are exactly two documents, each side holding the
    given words: `a` and `b` are (document id, words)."""
    out = []
    for d in result.story.discrepancies:
        by = {s.document: s for s in d.sides}
        if d.kind == kind and d.slot == slot and set(by) == {a[0], b[0]} and \
                a[1] in by[a[0]].text and b[1] in by[b[0]].text:
            out.append(d)
    return out


def conflict_texts(result: Analysis, slot: str, a_doc: str, b_doc: str) -> list[tuple[str, str, float]]:
    """The story's conflicts on `slot` as (the side text of `a_doc`, that of `b_doc`, confidence)."""
    out = []
    for d in result.story.discrepancies:
        if d.kind == "conflict" and d.slot == slot:
            by = {s.document: s.text for s in d.sides}
            out.append((by[a_doc], by[b_doc], float(d.confidence)))
    return out


def analyzed_files(root: Path, *reports: tuple[str, str]) -> Analysis:
    """Reports given as (file stem, text) written as `.txt` files under `root` and analysed as one story, as a user's
    `newsprism analyze FILE...` reads them."""
    from newsprism.api import analyze

    paths = []
    for name, text in reports:
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
        paths.append(str(root / f"{name}.txt"))
    return analyze(paths)


HARBOUR_TAIL_A = (
    " The channel has silted up since the storms of last winter, and larger ferries have had to wait for high"
    " tide. Harbour pilots welcomed the news.")
HARBOUR_TAIL_B = (
    " Silt carried down by the winter storms has left the channel too shallow for the largest ferries at low"
    " tide. Local pilots have pressed for the work for months.")


def harbour_story(a: str, b: str) -> Analysis:
    """Two invented reports of one harbour dredging story (Tarn Courier, Vell Post): ``a`` and ``b`` are each
    report's lead paragraph, followed by its own background paragraph (rounds 40 and 42)."""
    return analyzed_reports(
        ("courier", "Tarn Courier", "Orlen harbour signs dredging deal", "Orlen harbour signs dredging deal\n" + a
         + HARBOUR_TAIL_A),
        ("post", "Vell Post", "Brekka Marine to dredge Orlen channel", "Brekka Marine to dredge Orlen channel\n" + b
         + HARBOUR_TAIL_B))


def harbour_lengths(result: Analysis, a_words: str, b_words: str) -> list:
    """The duration conflicts of a :func:`harbour_story` between the courier's span holding ``a_words`` and the
    post's holding ``b_words``."""
    return discrepancies_between(result, "conflict", "duration", ("courier", a_words), ("post", b_words))


def top_harbour_length(result: Analysis, a_words: str, b_words: str) -> float:
    """The highest confidence of :func:`harbour_lengths`; the pair must be found (kept in the JSON, behind "show
    more" when below 0.5)."""
    flags = harbour_lengths(result, a_words, b_words)
    assert flags, "the pair must still be found (kept in the JSON, behind show more)"
    return max(d.confidence for d in flags)


def ordinals(text: str, *items: tuple) -> list[Ordinal]:
    """Ordinal slots at the first place each word stands in ``text``: (word, value, noun) or (word, value, noun,
    superlative)."""
    out = []
    for word, value, noun, *rest in items:
        at = text.index(word)
        out.append(Ordinal(start=at, end=at + len(word), text=word, value=value, noun=noun,
                           superlative=rest[0] if rest else None))
    return out


def ordinal_finding(a_text: str, a_ords: list[Ordinal], b_text: str, b_ords: list[Ordinal],
                    features: dict[str, float] | None = None) -> Finding:
    """An order conflict between the first ordinal of each of two one-sentence reports, with the features
    ``flags.ordinal_told_across`` reads into it (whether the other report states each rank)."""
    from newsprism.story.flags import ordinal_told_across, stated_ordinals

    def side(source: int, o: Ordinal) -> Side:
        return Side(source=source, sentence=0, start=o.start, end=o.end, text=o.text, value=str(o.value))

    va, vb = vectors(0.8)
    sources = {0: source(0, sentence(a_text, ordinals=a_ords), va), 1: source(1, sentence(b_text, ordinals=b_ords), vb)}
    f = Finding(kind="conflict", slot="ordinal", a=side(0, a_ords[0]), b=side(1, b_ords[0]), detail="order",
                features=dict(features or {}))
    f.features.update(ordinal_told_across(f, sources, {i: stated_ordinals(s) for i, s in sources.items()}))
    return f
