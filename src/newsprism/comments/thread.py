"""``newsprism.thread.v1``: the thread as a whole - stance distribution, the main arguments on each side,
coordination signals with their evidence, and a civility summary.

Every piece of evidence names comment indices (into ``doc.comments``) and character offsets into ``doc.text``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import ClassVar, Literal

import numpy as np

from newsprism.comments.arguments import find_arguments
from newsprism.comments.civility import Civility
from newsprism.comments.duplicates import near_duplicates
from newsprism.comments.features import find_cues
from newsprism.comments.keyphrases import cluster_label
from newsprism.encoder import get_encoder
from newsprism.model import (
    Argument,
    ArticleCopySignal,
    BurstSignal,
    CivilitySummary,
    CivilityTarget,
    Comment,
    CommentEvidence,
    CoordinationSignal,
    Document,
    NearDuplicateSignal,
    ProlificAuthorSignal,
    RepeatedTextSignal,
    Span,
    StanceCounts,
    Thread,
    ToxicComment,
)
from newsprism.pipeline.state import DocState

# One author posting many times: at least this many comments and this share of the thread.
PROLIFIC_MIN, PROLIFIC_SHARE = 3, 0.2
# A burst: at least BURST_MIN comments within BURST_WINDOW seconds.
BURST_MIN, BURST_WINDOW = 4, 120.0
# Copy-paste of the article: at least this many consecutive words shared with the body.
COPY_MIN_WORDS = 8
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_PRONOUNS = {"he", "she", "they", "it", "this", "that", "who", "which", "anyone", "everyone", "someone"}


class ThreadComponent:
    name: ClassVar[str] = "thread"
    assigns: ClassVar[tuple[str, ...]] = ("thread",)
    requires: ClassVar[tuple[str, ...]] = ("comments.stance", "comments.stance_score", "comments.toxicity",
                                           "comments.toxic", "comments.duplicate_of", "state.comment_embeddings",
                                           "state.comment_civility", "state.comment_duplicate_pairs")

    def __init__(self, device: str | None = None) -> None:
        self.device = device

    def __call__(self, doc: Document, state: DocState) -> Document:
        if not doc.comments:
            doc.thread = None
            return doc
        texts = [doc.text[c.start : c.end] for c in doc.comments]
        # The comments component's state is there unless it failed on this document: then compute it here.
        emb = state.comment_embeddings
        if emb is None or len(emb) != len(texts):
            emb = get_encoder(self.device).embed(texts)
        pairs = state.comment_duplicate_pairs
        civ = state.comment_civility
        stances = Counter(c.stance or "neutral" for c in doc.comments)
        doc.thread = Thread(
            stance_distribution=StanceCounts(**{k: stances.get(k, 0) for k in ("favor", "against", "neutral")}),
            arguments=arguments(doc, texts, emb),
            coordination=coordination(doc, texts, pairs),
            civility=civility(doc, texts, civ if civ is not None and len(civ) == len(texts) else None),
        )
        return doc


def _ev(doc: Document, i: int, start: int = 0, end: int | None = None) -> CommentEvidence:
    c = doc.comments[i]
    s, e = c.start + start, c.start + (end if end is not None else c.end - c.start)
    return CommentEvidence(comment=i, author=c.author, start=s, end=e, text=doc.text[s:e])


def arguments(doc: Document, texts: list[str], emb: np.ndarray) -> list[Argument]:
    """The main arguments on each side (:mod:`newsprism.comments.arguments`), each labelled by its most central
    comment sentence, quoted with its author and span; keyphrases mark the group against the other side."""
    out: list[Argument] = []
    counts: Counter[str] = Counter()
    for g in find_arguments(doc, texts, emb):
        counts[g.stance] += 1
        c = doc.comments[g.central]
        label = CommentEvidence(comment=g.central, author=c.author, start=g.label_start, end=g.label_end,
                                text=doc.text[g.label_start : g.label_end])
        others = [t for j, t in enumerate(texts) if doc.comments[j].stance != g.stance]
        out.append(Argument(id=f"{g.stance}-{counts[g.stance]}", stance=g.stance, size=len(g.comments),  # type: ignore[arg-type]
                            label=label.text, label_author=label.author, label_span=label,
                            keyphrases=cluster_label([texts[j] for j in g.comments], others),
                            comments=g.comments, mean_confidence=g.mean_confidence))
    return out


def coordination(doc: Document, texts: list[str],
                 pairs: Sequence[tuple[int, int, float]] | None = None) -> list[CoordinationSignal]:
    """Near-duplicate or repeated texts (``pairs`` from the comments component, found here when None),
    prolific authors, bursts and copies of the article."""
    signals: list[CoordinationSignal] = []
    if pairs is None:
        pairs = near_duplicates(texts)
    for i, j, ratio in pairs:
        a, b = doc.comments[i], doc.comments[j]
        common = {"comments": [i, j], "authors": [a.author, b.author], "similarity": round(ratio / 100, 3),
                  "evidence": [_ev(doc, i), _ev(doc, j)]}
        if _author_key(a) == _author_key(b):
            signals.append(RepeatedTextSignal(kind="repeated_text",
                                              explanation=f"{a.author} posted the same text twice", **common))
        else:
            signals.append(NearDuplicateSignal(
                kind="near_duplicate",
                explanation=f"near-identical texts from different authors ({a.author}, {b.author})", **common))
    signals += _prolific(doc)
    signals += _bursts(doc)
    signals += _article_copies(doc, texts)
    return signals


def _author_key(c: Comment) -> str:
    return re.sub(r"\W+", "", c.author.lower())


def _prolific(doc: Document) -> list[ProlificAuthorSignal]:
    by: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(doc.comments):
        by[_author_key(c)].append(i)
    n = len(doc.comments)
    out = []
    for idx in by.values():
        if len(idx) >= PROLIFIC_MIN and len(idx) / n >= PROLIFIC_SHARE:
            author = doc.comments[idx[0]].author
            out.append(ProlificAuthorSignal(kind="prolific_author",
                                            explanation=f"{author} wrote {len(idx)} of {n} comments",
                                            comments=idx, authors=[author], share=round(len(idx) / n, 3),
                                            evidence=[_ev(doc, i) for i in idx]))
    return out


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        t = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return t.replace(tzinfo=None) if t.tzinfo is None else t


def _bursts(doc: Document) -> list[BurstSignal]:
    timed = [(t, i) for i, c in enumerate(doc.comments) if (t := _parse_time(c.posted)) is not None]
    try:
        timed.sort()
    except TypeError:  # mixed naive and aware timestamps: compare wall-clock times
        timed = sorted(((t.replace(tzinfo=None), i) for t, i in timed))
    out: list[BurstSignal] = []
    k = 0
    while k < len(timed):
        j = k
        while j + 1 < len(timed) and (timed[j + 1][0] - timed[k][0]).total_seconds() <= BURST_WINDOW:
            j += 1
        if j - k + 1 >= BURST_MIN:
            idx = sorted(i for _, i in timed[k : j + 1])
            out.append(BurstSignal(kind="burst",
                                   explanation=f"{len(idx)} comments within {int(BURST_WINDOW)} seconds",
                                   comments=idx, authors=sorted({doc.comments[i].author for i in idx}),
                                   start_time=timed[k][0].isoformat(), end_time=timed[j][0].isoformat(),
                                   evidence=[_ev(doc, i) for i in idx]))
            k = j + 1
        else:
            k += 1
    return out


def _words(text: str, base: int) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), base + m.start(), base + m.end()) for m in _WORD.finditer(text)]


def _article_copies(doc: Document, texts: list[str]) -> list[ArticleCopySignal]:
    body = _words(doc.body_text, doc.body.start)
    if len(body) < COPY_MIN_WORDS:
        return []
    n = COPY_MIN_WORDS
    grams: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for p in range(len(body) - n + 1):
        grams[tuple(w for w, _, _ in body[p : p + n])].append(p)
    out = []
    for i, c in enumerate(doc.comments):
        words = _words(texts[i], c.start)
        best: tuple[int, int, int] | None = None  # (length, comment word index, body word index)
        for q in range(len(words) - n + 1):
            for p in grams.get(tuple(w for w, _, _ in words[q : q + n]), []):
                length = n
                while (q + length < len(words) and p + length < len(body)
                       and words[q + length][0] == body[p + length][0]):
                    length += 1
                if best is None or length > best[0]:
                    best = (length, q, p)
        if best is None:
            continue
        length, q, p = best
        cs, ce = words[q][1], words[q + length - 1][2]
        bs, be = body[p][1], body[p + length - 1][2]
        out.append(ArticleCopySignal(
            kind="article_copy", explanation=f"{c.author} copied {length} consecutive words of the article",
            comments=[i], authors=[c.author], words=length,
            evidence=[CommentEvidence(comment=i, author=c.author, start=cs, end=ce, text=doc.text[cs:ce])],
            article=Span(start=bs, end=be, text=doc.text[bs:be])))
    return out


def civility(doc: Document, texts: list[str], civ: Sequence[Civility] | None = None) -> CivilitySummary:
    toxic = [i for i, c in enumerate(doc.comments) if c.toxic]
    targets: dict[tuple[str, TargetKind], list[int]] = defaultdict(list)
    for i in toxic:
        for name, kind in _targets(doc, texts[i], civ[i] if civ else None):
            targets[(name, kind)].append(i)
    n = len(doc.comments)
    return CivilitySummary(
        toxic_share=round(len(toxic) / n, 3) if n else 0.0,
        toxic_count=len(toxic),
        total=n,
        toxic_comments=[ToxicComment(**_ev(doc, i).model_dump(), toxicity=doc.comments[i].toxicity) for i in toxic],
        targets=[CivilityTarget(target=name, kind=kind, comments=idx)
                 for (name, kind), idx in sorted(targets.items(), key=lambda kv: -len(kv[1]))],
    )


TargetKind = Literal["actor", "commenter", "group", "other"]


def _targets(doc: Document, text: str, civ: Civility | None) -> list[tuple[str, TargetKind]]:
    """Who a toxic comment is aimed at: story actors, other commenters, groups, or the phrase an insult is
    predicated of ("Anyone defending this deal" in "Anyone defending this deal is an idiot")."""
    found: list[tuple[str, TargetKind]] = []
    low = text.lower()
    # A name can match only where it occurs as a substring: the plain ``in`` test skips the regex (compiled per
    # name) for every name that does not occur, which is almost all of a long thread's authors.
    for a in doc.actors:
        names = {a.canonical, *a.aliases}
        if a.label == "PERSON":
            names.add(a.canonical.split()[-1])
        if any(len(nm) > 2 and nm.lower() in low and re.search(rf"\b{re.escape(nm.lower())}\b", low)
               for nm in names):
            found.append((a.canonical, "actor"))
    for c in doc.comments:
        name = c.author.lower()
        if len(c.author) > 2 and name in low and re.search(rf"(?<!\w)@?{re.escape(name)}\b", low):
            found.append((c.author, "commenter"))
    for m in find_cues(text, "group_nouns", "insults.json"):
        found.append((m.group().lower(), "group"))
    if civ:
        for s in (a.start for a in civ.insults):
            head = text[:s]
            sentence = re.split(r"[.!?]\s+", head)[-1]
            subj = re.sub(r"\s+(?:is|are|was|were)\s+(?:an?|the|such|total|complete|utter)?\s*$", "", sentence,
                          flags=re.I).strip(" ,;:-")
            if re.search(r"\byou\b", sentence, re.I) or subj.lower() in {"you", "you're", "ur"}:
                found.append(("other readers", "commenter"))
            elif subj and subj.lower() not in _PRONOUNS and 0 < len(subj.split()) <= 8 and not found:
                found.append((subj, "other"))
    return list(dict.fromkeys(found))
