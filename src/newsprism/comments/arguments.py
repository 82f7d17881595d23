"""The main arguments on each side of a thread, each labelled by a readable claim: its most central comment
sentence, quoted with its author.

Comments of one stance are grouped by their embeddings from the shared encoder pass (average-link clustering,
cosine distance). The comment nearest the group's centroid is its most central comment; within it, the sentence
that shares most (TF-IDF weighted) words with the whole group is the label. That keeps the label a sentence a
reader actually wrote, with its offsets, instead of a keyword string, and needs no second encoder pass.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np

from newsprism.model import Document

# Comments of one side whose embeddings are this close (cosine distance, average link) form one argument.
ARGUMENT_DISTANCE = 0.75
MAX_ARGUMENTS_PER_SIDE = 5
MAX_CLUSTERED = 2000
# A label longer than this is cut at the last clause boundary before it (the span still points at the text).
MAX_LABEL_CHARS = 240
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”’)]*(?=\s)|\n")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


@dataclass
class ArgumentGroup:
    stance: str
    comments: list[int]  # indices into doc.comments, sorted
    central: int  # the most central comment
    label_start: int  # offsets into doc.text
    label_end: int
    mean_confidence: float
    extra: dict[str, float] = field(default_factory=dict)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a comment (split after . ! ? and at line breaks), whitespace trimmed."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in [*_BOUNDARY.finditer(text), None]:
        end = (m.start() if m.group() == "\n" else m.end()) if m else len(text)
        seg = text[pos:end]
        s, e = pos + len(seg) - len(seg.lstrip()), pos + len(seg.rstrip())
        if e > s:
            out.append((s, e))
        pos = m.end() if m else len(text)
    return out


def _tfidf(docs: list[list[str]], df: Counter[str], n: int) -> list[dict[str, float]]:
    out = []
    for words in docs:
        tf = Counter(words)
        vec = {w: c * math.log((n + 1) / (df[w] + 1)) for w, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out.append({w: v / norm for w, v in vec.items()})
    return out


def _label_sentence(text: str, group_texts: list[str], df: Counter[str], n: int) -> tuple[int, int]:
    """The sentence of ``text`` closest (TF-IDF cosine) to the pooled words of the group."""
    spans = sentence_spans(text) or [(0, len(text))]
    if len(spans) == 1:
        return spans[0]
    pooled = [w for t in group_texts for w in _WORD.findall(t.lower())]
    sents = [_WORD.findall(text[s:e].lower()) for s, e in spans]
    vecs = _tfidf([pooled, *sents], df, n)
    centre = vecs[0]
    scores = [sum(v * centre.get(w, 0.0) for w, v in vec.items()) for vec in vecs[1:]]
    return spans[int(np.argmax(scores))]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    if e - s <= MAX_LABEL_CHARS:
        return s, e
    cut = max(text.rfind(p, s, s + MAX_LABEL_CHARS) for p in (", ", "; ", " – ", " - ", ": "))
    return (s, cut) if cut > s + 40 else (s, text.rfind(" ", s, s + MAX_LABEL_CHARS))


def cluster(x: np.ndarray) -> np.ndarray:
    """Average-link clusters of unit vectors; beyond MAX_CLUSTERED rows, the rest join the nearest centroid so
    that a 50,000-comment thread stays within memory."""
    if len(x) == 1:
        return np.zeros(1, dtype=int)
    from sklearn.cluster import AgglomerativeClustering

    head = x[:MAX_CLUSTERED]
    labels = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                     distance_threshold=ARGUMENT_DISTANCE).fit_predict(head)
    if len(x) <= MAX_CLUSTERED:
        return labels
    ids = np.unique(labels)
    cents = np.stack([head[labels == k].mean(axis=0) for k in ids])
    rest = ids[np.argmax(x[MAX_CLUSTERED:] @ cents.T, axis=1)]
    return np.concatenate([labels, rest])


def find_arguments(doc: Document, texts: list[str], emb: np.ndarray) -> list[ArgumentGroup]:
    """Up to MAX_ARGUMENTS_PER_SIDE groups per side (favor first), largest first."""
    df: Counter[str] = Counter(w for t in texts for w in set(_WORD.findall(t.lower())))
    n = len(texts)
    out: list[ArgumentGroup] = []
    for side in ("favor", "against"):
        # A near-duplicate repeats an argument, it does not make a new one: group only originals.
        idx = [i for i, c in enumerate(doc.comments) if c.stance == side and c.duplicate_of is None]
        if not idx:
            continue
        groups: dict[int, list[int]] = defaultdict(list)
        for i, lab in zip(idx, cluster(emb[idx]), strict=True):
            groups[int(lab)].append(i)
        side_groups = []
        for members in groups.values():
            members += [j for j, c in enumerate(doc.comments) if c.duplicate_of in members]
            members.sort()
            centroid = emb[members].mean(axis=0)
            central = max(members, key=lambda j: (float(emb[j] @ centroid), doc.comments[j].stance_score or 0.0))
            s, e = _label_sentence(texts[central], [texts[j] for j in members], df, n)
            s, e = _trim(texts[central], s, e)
            base = doc.comments[central].start
            conf = float(np.mean([doc.comments[j].stance_score or 0.0 for j in members]))
            side_groups.append(ArgumentGroup(stance=side, comments=members, central=central,
                                             label_start=base + s, label_end=base + e,
                                             mean_confidence=round(conf, 3)))
        side_groups.sort(key=lambda a: (-len(a.comments), -a.mean_confidence, a.comments[0]))
        out.extend(side_groups[:MAX_ARGUMENTS_PER_SIDE])
    return out
