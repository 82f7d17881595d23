"""Loaders for the research sets under ../shared/data, with an on-disk embedding cache (outside the repo).

Used by train_stance.py, train_toxicity.py and benchmarks/bench_comments.py.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsprism.comments.features import clean_tweet
from newsprism.encoder import get_encoder

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(os.environ.get("NEWSPRISM_DATA", ROOT.parent / "shared" / "data"))
CACHE = Path(os.environ.get("NEWSPRISM_CACHE", "/tmp/newsprism-comments-cache"))
LABELS = ["favor", "against", "neutral"]
SEMEVAL_MAP = {"FAVOR": "favor", "AGAINST": "against", "NONE": "neutral"}
VAST_MAP = {"1": "favor", "0": "against", "2": "neutral"}


@dataclass
class StanceSet:
    texts: list[str]
    targets: list[str]
    labels: np.ndarray  # indices into LABELS
    groups: list[str]  # SemEval: target; VAST: comment text (folds must not split one comment)


def load_semeval(path: Path | None = None) -> StanceSet:
    p = path or DATA / "stance/semeval2016/train.csv"
    with open(p, encoding="latin-1", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return StanceSet(texts=[clean_tweet(r["Tweet"]) for r in rows], targets=[r["Target"] for r in rows],
                     labels=np.array([LABELS.index(SEMEVAL_MAP[r["Stance"]]) for r in rows]),
                     groups=[r["Target"] for r in rows])


def load_vast(path: Path | None = None) -> StanceSet:
    p = path or DATA / "stance/vast/vast_dev.csv"
    with open(p, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return StanceSet(texts=[r["Tweet"] for r in rows], targets=[r["Target"] for r in rows],
                     labels=np.array([LABELS.index(VAST_MAP[r["Stance"]]) for r in rows]),
                     groups=[r["Tweet"] for r in rows])


def vast_zero_shot(ds: StanceSet, path: Path | None = None) -> np.ndarray:
    """Per VAST row: True when its topic is one of VAST's zero-shot topics (column ``seen?`` = 0)."""
    p = path or DATA / "stance/vast/vast_dev.csv"
    with open(p, encoding="utf-8", newline="") as fh:
        flags = np.array([r["seen?"] == "0" for r in csv.DictReader(fh)])
    assert len(flags) == len(ds.labels)
    return flags


def load_story(path: Path | None = None) -> StanceSet:
    """Our invented story-style set: reader comments toward a story's headline (groups: the story)."""
    p = path or Path(__file__).resolve().parent / "data/story_stance.jsonl"
    rows = [json.loads(line) for line in p.read_text("utf-8").splitlines() if line.strip()]
    return StanceSet(texts=[r["text"] for r in rows], targets=[r["target"] for r in rows],
                     labels=np.array([LABELS.index(r["stance"]) for r in rows]), groups=[r["story"] for r in rows])


def load_fox_rows(path: Path | None = None) -> list[dict]:
    """The Fox News comment records as stored (text, label, title, user, ...), in file order."""
    p = path or DATA / "comments/fox-news-comments.json"
    return [json.loads(line) for line in p.read_text("utf-8").splitlines() if line.strip()]


def load_fox(path: Path | None = None) -> tuple[list[str], np.ndarray, list[str]]:
    """Fox News comments: texts, labels (1 = hateful), thread titles."""
    rows = load_fox_rows(path)
    return [r["text"] for r in rows], np.array([int(r["label"]) for r in rows]), [r["title"] for r in rows]


def load_contrast(path: Path | None = None) -> tuple[list[str], np.ndarray]:
    """Our invented civility contrast set: sharp criticism (0) and abuse (1)."""
    p = path or Path(__file__).resolve().parent / "data/civility_contrast.jsonl"
    rows = [json.loads(line) for line in p.read_text("utf-8").splitlines() if line.strip()]
    return [r["text"] for r in rows], np.array([int(r["toxic"]) for r in rows])


def embed_cached(texts: Sequence[str]) -> np.ndarray:
    """Encoder embeddings, cached by content hash so repeated experiments skip the encoder."""
    CACHE.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha1("\x00".join(texts).encode()).hexdigest()[:16]
    f = CACHE / f"emb-{key}.npy"
    if f.exists():
        return np.load(f)
    uniq = sorted(set(texts))
    emb = get_encoder().embed(uniq, batch_size=64)
    index = {t: i for i, t in enumerate(uniq)}
    out = emb[[index[t] for t in texts]]
    np.save(f, out)
    return out


# ---- more targets: stance toward a claim (round 7) -----------------------------------------------------------
# Emergent (Ferreira & Vlachos 2016; ../shared/data/nli/emergent, converted to NLI by the data keeper): an article
# headline (text) toward a rumour's claim (target). The keeper's NLI labels undo its stance labels one to one:
# entailment = "for" -> favor, contradiction = "against" -> against, neutral = "observing" -> neutral.
EMERGENT_MAP = {"entailment": "favor", "contradiction": "against", "neutral": "neutral"}
# FNC-1 (../shared/data/agreement/fnc1, the 60% of its test bodies we hold): an article body toward a headline
# (target). agree -> favor, disagree -> against, discuss (reports the claim without taking a side) -> neutral;
# unrelated pairs are not stance toward the target (only used by the route that adds them as neutral).
FNC1_MAP = {"agree": "favor", "disagree": "against", "discuss": "neutral", "unrelated": "neutral"}
FNC1_CUT_SENTENCES = 2  # a body is cut to its sentences nearest the headline, about a reader comment's length


def load_emergent(split: str = "train") -> StanceSet:
    """Emergent ``train`` (240 claims; its ``test`` claims are left alone): text = article headline, target =
    claim; groups: the claim."""
    p = DATA / f"nli/emergent/{split}.jsonl"
    rows = [json.loads(line) for line in p.read_text("utf-8").splitlines() if line.strip()]
    return StanceSet(texts=[r["premise"] for r in rows], targets=[r["hypothesis"] for r in rows],
                     labels=np.array([LABELS.index(EMERGENT_MAP[r["label"]]) for r in rows]),
                     groups=[r["hypothesis"] for r in rows])


def cut_body(body: str, target_emb: np.ndarray, sentences: list[str], sent_emb: np.ndarray,
             k: int = FNC1_CUT_SENTENCES) -> str:
    """The ``k`` sentences of ``body`` nearest the target (cosine of the shared encoder's embeddings), in
    document order: a reader-comment-sized text about the target."""
    if len(sentences) <= k:
        return " ".join(sentences) if sentences else body[:500]
    top = sorted(np.argsort(-(sent_emb @ target_emb))[:k])
    return " ".join(sentences[i] for i in top)


def load_fnc1(unrelated_per_headline: int = 0, seed: int = 13) -> StanceSet:
    """FNC-1 related pairs (and, when asked, that many unrelated pairs per headline as neutral): text = the body
    cut to the sentences nearest the headline (:func:`cut_body`), target = the headline; groups: the headline."""
    from newsprism.encoder.units import split_sentences

    root = DATA / "agreement/fnc1"
    with open(root / "bodies.csv", encoding="utf-8", newline="") as fh:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(fh)}
    with open(root / "stances.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    keep = [r for r in rows if r["Stance"] != "unrelated"]
    if unrelated_per_headline:
        rng = np.random.default_rng(seed)
        unrel: dict[str, list[dict]] = {}
        for r in rows:
            if r["Stance"] == "unrelated":
                unrel.setdefault(r["Headline"], []).append(r)
        for h in sorted(unrel):
            pick = rng.choice(len(unrel[h]), size=min(unrelated_per_headline, len(unrel[h])), replace=False)
            keep += [unrel[h][i] for i in sorted(pick)]
    sents = {b: [" ".join(body[s:e].split()) for s, e in split_sentences(body, 0, len(body))]
             for b, body in bodies.items() if any(r["Body ID"] == b for r in keep)}
    order = sorted(sents)
    flat = [s for b in order for s in sents[b]]
    emb_flat = embed_cached(flat)
    offsets = np.cumsum([0] + [len(sents[b]) for b in order])
    sent_emb = {b: emb_flat[offsets[i]:offsets[i + 1]] for i, b in enumerate(order)}
    heads = sorted({r["Headline"] for r in keep})
    head_emb = dict(zip(heads, embed_cached(heads), strict=True))
    texts = [cut_body(bodies[r["Body ID"]], head_emb[r["Headline"]], sents[r["Body ID"]], sent_emb[r["Body ID"]])
             for r in keep]
    return StanceSet(texts=texts, targets=[r["Headline"] for r in keep],
                     labels=np.array([LABELS.index(FNC1_MAP[r["Stance"]]) for r in keep]),
                     groups=[r["Headline"] for r in keep])
