"""Word-level evidence that another source already says what a sentence says (the "only one source" check).

The encoder's cosine misses a fact that another outlet states in other words and other order ("five sites"
against "five locations", a quote paraphrased). These features count the sentence's key content that the other
sources of the story also contain, in their whole text and in their closest one or two sentences: content word
stems (weighted by how rare they are in the story), names and numbers. They feed the calibrated unique model in
``data/confidence.json`` (``unique_ranked``), fitted by ``training/fit_unique_rank.py`` on the hand-labelled
BASIL audit items with cross-validation over stories. No model file: plain string work on stored text, and (round
9, :func:`closest_words_cover`) the shared encoder's own word-piece table for words said in other words. Round 10:
:func:`junk_span`, page debris (bare figures, datelines, credit, byline and correction lines) that is never an item.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*\d|\d")
QUOTE = re.compile(r"[“”\"]")
FIRST_PERSON = re.compile(r"\b(I|we|We|my|our|Our|My|me|us)\b")
STEM_LEN = 6  # a crude stem: the first letters of a lower-cased word ("locations" and "located" differ)

FEATURES = ("cover", "units", "stem_all", "stem_best", "stem_best2", "idf_all", "idf_best2", "name_all",
            "number_all", "quote", "first_person", "length", "position")
# round 8: the encoder's view of the other sources beyond the one closest sentence (:func:`meaning_features`)
MEANING_FEATURES = ("window_cover", "top3_cover", "source_cover", "near_name", "near_number", "near_stem",
                    "named_cover", "closest_words")
TOP_SENTENCES = 3  # ``top3_cover``: the mean cosine of this many closest sentences of the other sources


@cache
def _stop() -> frozenset[str]:
    return frozenset(w.lower() for w in STOP_WORDS) | {"said", "says", "say", "told", "according", "mr", "mrs",
                                                         "ms", "dr", "also", "would", "could"}


def stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return w[:STEM_LEN]


def content(text: str) -> list[str]:
    """The stems of the content words and the numbers of a text, in order."""
    stop = _stop()
    out = []
    for m in WORD.finditer(text):
        w = m.group()
        if w[0].isdigit():
            out.append(w.replace(",", ""))
        elif len(w) > 2 and w.lower() not in stop:
            out.append(stem(w))
    return out


def names(text: str) -> set[str]:
    """Capitalized words that are not the first word of the text (a crude name list), as stems."""
    return set(_names(text))


@lru_cache(maxsize=4096)
def _names(text: str) -> frozenset[str]:
    stop = _stop()
    toks = list(WORD.finditer(text))
    return frozenset(stem(m.group()) for m in toks[1:] if m.group()[0].isupper() and m.group().lower() not in stop
                     and len(m.group()) > 1)


def numbers(text: str) -> set[str]:
    return {m.group().replace(",", "") for m in WORD.finditer(text) if m.group()[0].isdigit()}


@dataclass
class Others:
    """The other sources of a story, prepared once: all their stems, and each sentence's stems in order."""

    sentences: list[set[str]]
    stems: set[str] = field(default_factory=set)
    idf: dict[str, float] = field(default_factory=dict)

    @classmethod
    def of(cls, other_sentences: Sequence[str], story_sentences: Sequence[str]) -> Others:
        sets = [set(content(s)) for s in other_sentences]
        df: dict[str, int] = {}
        for s in story_sentences:
            for w in set(content(s)):
                df[w] = df.get(w, 0) + 1
        n = max(1, len(story_sentences))
        return cls(sentences=sets, stems=set().union(*sets) if sets else set(),
                   idf={w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()})


def _share(words: set[str], have: set[str], weight: dict[str, float] | None = None) -> float:
    if not words:
        return 0.0
    if weight is None:
        return len(words & have) / len(words)
    tot = sum(weight.get(w, 1.0) for w in words)
    return sum(weight.get(w, 1.0) for w in words & have) / tot if tot else 0.0


def features(text: str, others: Others, cover: float, units: int, position: float) -> dict[str, float]:
    """The named inputs of the unique model for one sentence (``text``) against the other sources."""
    words = set(content(text))
    pairs = [a | b for a, b in zip(others.sentences, others.sentences[1:], strict=False)] or others.sentences
    nm, num = names(text), numbers(text)
    return {
        "cover": cover, "units": float(units),
        "stem_all": _share(words, others.stems),
        "stem_best": max((_share(words, s) for s in others.sentences), default=0.0),
        "stem_best2": max((_share(words, s) for s in pairs), default=0.0),
        "idf_all": _share(words, others.stems, others.idf),
        "idf_best2": max((_share(words, s, others.idf) for s in pairs), default=0.0),
        "name_all": _share(nm, others.stems) if nm else 1.0,
        "number_all": _share(num, others.stems) if num else 1.0,
        "quote": float(bool(QUOTE.search(text))),
        "first_person": float(bool(FIRST_PERSON.search(text))),
        "length": min(len(words), 40) / 40.0,
        "position": position,
    }


@dataclass
class Told:
    """One other source of the story for :func:`meaning_features`: its body sentences' unit-length encoder vectors
    (the ones the story step already has, no second pass) and their texts, in document order."""

    vectors: np.ndarray
    texts: Sequence[str]


def nearest_telling(vector: np.ndarray, text: str, others: Sequence[Told]) -> dict[str, float]:
    """What :func:`told_elsewhere` reads: how close the closest one or two adjacent sentences of another source come
    in meaning to one sentence (``vector``, unit length; ``text``), and how much of it they hold.
    - ``window_cover``: the best cosine with two adjacent sentences of one source, taken as the normalized sum of
      their vectors (or with one sentence, whichever is higher);
    - ``near_name`` / ``near_number`` / ``near_stem``: the share of the sentence's names, numbers and content
      stems in the closest window's text (1.0 when it has none): the nearest telling names the same people and
      figures, not only the same kind of event."""
    words, nm, num = set(content(text)), names(text), numbers(text)
    best, best_text = 0.0, ""
    for o in others:
        if not len(o.vectors):
            continue
        sims = o.vectors @ vector
        k = int(sims.argmax())
        if sims[k] > best:
            best, best_text = float(sims[k]), o.texts[k]
        if len(o.vectors) > 1:
            pair = o.vectors[:-1] + o.vectors[1:]
            pair = pair / np.maximum(np.linalg.norm(pair, axis=1, keepdims=True), 1e-9)
            ws = pair @ vector
            k = int(ws.argmax())
            if ws[k] > best:
                best, best_text = float(ws[k]), f"{o.texts[k]} {o.texts[k + 1]}"
    near_stems = set(content(best_text))
    return {
        "window_cover": best,
        "near_name": _share(nm, near_stems) if nm else 1.0,
        "near_number": _share(num, near_stems) if num else 1.0,
        "near_stem": _share(words, near_stems),
    }


def meaning_features(vector: np.ndarray, text: str, others: Sequence[Told], idf: Mapping[str, float] | None = None,
                     rule: Mapping[str, float] | None = None) -> dict[str, float]:
    """``MEANING_FEATURES`` of one sentence, for the ranking experiments of ``training/fit_unique_rank.py`` (round
    8: no gain, not in the shipped ranking): :func:`nearest_telling`'s four and
    - ``top3_cover``: the mean cosine of the three closest sentences of all other sources;
    - ``source_cover``: the mean over other sources of each one's closest cosine (told by all or by one);
    - ``named_cover``: the best cosine among other sentences that share a name with it (0.0 when none does;
      ``cover`` when the sentence names no one);
    - ``closest_words`` (round 9, with ``idf`` and the ``unique.told_in_other_words`` ``rule``):
      :func:`closest_words_cover` (0.0 without them)."""
    nm = names(text)
    named = 0.0
    tops: list[float] = []
    per_source: list[float] = []
    for o in others:
        if not len(o.vectors):
            continue
        sims = o.vectors @ vector
        tops.extend(float(x) for x in sims)
        per_source.append(float(sims.max()))
        for t, x in zip(o.texts, sims, strict=True):
            if float(x) > named and (not nm or nm & _names(t)):
                named = float(x)
    tops.sort(reverse=True)
    return {
        **nearest_telling(vector, text, others),
        "top3_cover": float(np.mean(tops[:TOP_SENTENCES])) if tops else 0.0,
        "source_cover": float(np.mean(per_source)) if per_source else 0.0,
        "named_cover": named,
        "closest_words": (closest_words_cover(vector, text, others, idf, int(rule["closest"]), rule["similar"])
                          if idf is not None and rule is not None else 0.0),
    }


@cache
def _word_pieces() -> tuple[np.ndarray, Any]:
    """The shared encoder's input word-piece table (rows centred on their mean: the raw rows share a common
    direction that makes every two words look alike) and its tokenizer, once per process."""
    from newsprism.encoder.minilm import word_piece_table

    rows, tokenizer = word_piece_table()
    return rows - rows.mean(axis=0), tokenizer


@lru_cache(maxsize=65536)
def word_vector(word: str) -> np.ndarray:
    """A word's vector out of context: the unit-length mean of its word pieces' rows of the encoder's table."""
    rows, tokenizer = _word_pieces()
    v = rows[tokenizer.encode(word, add_special_tokens=False).ids].mean(axis=0)
    out: np.ndarray = v / max(float(np.linalg.norm(v)), 1e-9)
    return out


def words(text: str) -> list[str]:
    """The distinct lower-cased content words of a text (no numbers: figures are matched as figures)."""
    return list(_words(text))


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:  # the other sources' sentences are read again for every candidate item
    stop = _stop()
    return tuple(sorted({w.lower() for m in WORD.finditer(text) if (w := m.group())[0].isalpha() and len(w) > 2
                         and w.lower() not in stop}))


def words_cover(mine: Sequence[str], theirs: Sequence[str], idf: Mapping[str, float], similar: float) -> float:
    """The share of ``mine`` (weighted by how rare each word's stem is in the story) that ``theirs`` holds: the
    same stem, or a word whose out-of-context vector (:func:`word_vector`) reaches cosine ``similar`` with it
    ("odor" / "smelled", "tremor" / "quake", "founded" / "established")."""
    if not mine or not theirs:
        return 0.0
    near = (np.stack([word_vector(w) for w in mine]) @ np.stack([word_vector(w) for w in theirs]).T).max(axis=1)
    have = {stem(w) for w in theirs}
    weight = [idf.get(stem(w), 1.0) for w in mine]
    held = sum(x for w, x, c in zip(mine, weight, near, strict=True) if stem(w) in have or c >= similar)
    return held / sum(weight)


def closest_words_cover(vector: np.ndarray, text: str, others: Sequence[Told], idf: Mapping[str, float],
                        closest: int, similar: float) -> float:
    """How much of a sentence's wording, synonyms included (:func:`words_cover`), the ``closest`` sentences of the
    other sources by meaning hold together: a fact told over several sentences, or inside sentences about
    something else, in other words."""
    texts = [t for o in others if len(o.vectors) for t in o.texts]
    if not texts:
        return 0.0
    sims = np.concatenate([o.vectors @ vector for o in others if len(o.vectors)])
    near = np.argsort(-sims, kind="stable")[:closest]
    theirs = sorted({w for k in near for w in _words(texts[int(k)])})
    return words_cover(words(text), theirs, idf, similar)


def told_in_other_words(window_cover: float, closest_words: float, rule: Mapping[str, float]) -> bool:
    """Whether another source tells the sentence in other words (round 9): its closest one or two adjacent
    sentences are close in meaning (``window_cover`` at least ``rule["window"]``) and its closest sentences
    together hold at least ``rule["words"]`` of its wording, synonyms included (:func:`closest_words_cover`)."""
    return window_cover >= rule["window"] and closest_words >= rule["words"]


@cache
def _junk_patterns(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# a word whose lower-case letters run into a capitalized word with no space ("civiliansIncrease", "BundChina"): where a
# page's list of related-article links is stored as text, each headline's last word runs into the next headline
RUN_TOGETHER = re.compile(r"\S*[a-z]{3,}[A-Z][a-z]\S*")


def run_together(text: str) -> int:
    """How many different words of a text are two words run together (``RUN_TOGETHER``), counted only when one of
    them starts in lower case: a brand or a name ("JavaScript", "SportsCenter", "VanDeest") starts with a capital,
    a headline's last word run into the next headline ("civiliansIncrease", "agencyChina") need not."""
    joined = set(RUN_TOGETHER.findall(text))
    return len(joined) if any(w[0].islower() for w in joined) else 0


def junk_span(text: str, rule: Mapping[str, Any]) -> bool:
    """Whether a sentence is page debris, never an "only one source" item (round 10): fewer than
    ``rule["min_words"]`` content words (a bare comment counter "10", a dateline "April 24, 2013-4: 45pm", a cut
    piece "39am on Saturday.": a figure with nothing it counts or dates), a piece cut from a sentence (its first word
    all in lower case), or a credit, byline or page-furniture line
    (``rule["patterns"]``: "(Reporting by ...; Editing by ...)", "By <name> Feb 15 (Reuters) -", "[+] Enlarge",
    "Photo: ...", a correction note "An earlier version of this article ...", an embedded post's signature
    "— <name> (@handle) December 4, 2017"), or (round 11) a list of related-article headlines run together
    (at least ``rule["run_together"]`` different words run together, see :func:`run_together`: "... civiliansIncrease
    in demand for Picasso ... art marketsShanghai ..."). Another outlet leaves these out because they are not news, not because it missed a
    fact."""
    if (len(words(text)) < int(rule["min_words"]) or _junk_patterns(tuple(rule["patterns"])).search(text)
            or run_together(text) >= int(rule["run_together"])):
        return True
    # edited copy starts a sentence with a capital or a figure: a first word all in lower case ("percent overall and
    # just 11-of-36 ...") is the rest of a sentence the splitter cut at a decimal point ("35. 0"); "iPhone" is not
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return first[:1].islower() and first.islower()


def shingles(text: str, n: int) -> set[tuple[str, ...]]:
    """The runs of ``n`` consecutive words of a text (lower case; quotes, dashes and spacing ignored)."""
    toks = [m.group().lower().replace("’", "'") for m in WORD.finditer(text)]
    return {tuple(toks[k : k + n]) for k in range(len(toks) - n + 1)}


def copied(text: str, other_documents: Sequence[set[tuple[str, ...]]], rule: Mapping[str, float]) -> bool:
    """Whether another document of the story carries the sentence word for word (round 11): at least
    ``rule["share"]`` of its runs of ``rule["words"]`` words are in one other document's text (``other_documents``:
    their :func:`shingles`). Two outlets printing one agency text both report what it says, whether or not the story
    step compares them (a near-copy is set aside as a duplicate, a document may fall in another group)."""
    mine = shingles(text, int(rule["words"]))
    return bool(mine) and any(len(mine & theirs) >= rule["share"] * len(mine) for theirs in other_documents)


def told_elsewhere(meaning: Mapping[str, float], rule: Mapping[str, float]) -> bool:
    """Whether another source tells the sentence's fact (from :func:`meaning_features`): its closest one or two
    adjacent sentences (:func:`nearest_telling`) are close in meaning (``window_cover`` at least ``rule["window"]``) and hold at least
    ``rule["names"]`` of the sentence's names and of its numbers and ``rule["stems"]`` of its content words. Close
    meaning alone also joins two different events of one kind; shared names, figures and words alone also join
    a background sentence that repeats the cast."""
    return (meaning["window_cover"] >= rule["window"] and meaning["near_name"] >= rule["names"]
            and meaning["near_number"] >= rule["names"] and meaning["near_stem"] >= rule["stems"])
