"""Labelled articles for the genre model, read from ``../shared/data`` (never copied into the repository).

One record per article: ``Article(id, text, label, lang, source, outlet, event)`` where ``text`` is the title on
the first line, a blank line, then one paragraph per line (the layout ``newsprism.genre`` reads at inference).

- ``semeval-en``: SemEval-2023 Task 3 English train, 433 articles (382 opinion / 41 reporting / 10 satire).
- ``semeval-xx``: the same task's train + dev sets in French, German, Italian, Polish, Russian (1,076 labels; a
  few name an article that is missing and are skipped).
- ``basil``: BASIL's 300 news articles (Fox, NYT, HuffPost; 100 events x 3 outlets), all from news sections.
  They are labelled ``reporting``. We read the openings of the 12 that looked least like plain reports (titles
  with a question mark, analysis cues, the highest unquoted first/second-person rates) and drop the two that
  read as commentary rather than relabel them (``BASIL_DROPPED``); the rest are reports with long quotes.
- ``babe_sentences``: BABE's sentences with the annotators' opinion label (factual vs the writer's opinion),
  for the sentence-level opinion probe.
"""

from __future__ import annotations

import csv
import json
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

GENRES = ["reporting", "opinion", "satire"]
SEMEVAL_LANGS = {"fr": "fr", "ge": "de", "it": "it", "po": "pl", "ru": "ru"}
# BASIL articles that read as commentary or analysis rather than a news report (uuid_outlet-index).
BASIL_DROPPED = {"97566c74-e000-49fb-b091-e6ec6e179de0_1", "ad409798-ee94-4436-92c5-92669193be14_3"}


@dataclass
class Article:
    id: str
    text: str
    label: str
    lang: str
    source: str
    outlet: str = ""
    event: str = ""


def _semeval_text(raw: str) -> str:
    lines = [ln.strip() for ln in raw.splitlines() if ln.strip()]
    return (lines[0] + "\n\n" + "\n".join(lines[1:])) if lines else ""


def load_semeval_en(root: Path) -> list[Article]:
    d = root / "semeval2023-en"
    out = []
    for line in (d / "train-labels-subtask-1.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            a, lab = line.split("\t")
            raw = (d / "train-articles-subtask-1" / f"article{a}.txt").read_text(encoding="utf-8")
            out.append(Article(f"en{a}", _semeval_text(raw), lab.strip(), "en", "semeval-en"))
    return out


def load_semeval_multi(root: Path) -> list[Article]:
    out = []
    seen: set[str] = set()
    for code, lang in SEMEVAL_LANGS.items():
        d = root / "semeval2023-multi" / code
        for split in ("train", "dev"):
            for line in (d / f"{split}-labels-subtask-1.txt").read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                a, lab = line.split("\t")
                p = d / f"{split}-articles-subtask-3" / f"article{a}.txt"
                if not p.is_file():  # some labels of one split name an article stored with the other
                    p = d / f"{'dev' if split == 'train' else 'train'}-articles-subtask-3" / f"article{a}.txt"
                if p.is_file() and f"{code}{a}" not in seen:
                    seen.add(f"{code}{a}")
                    out.append(Article(f"{code}{a}", _semeval_text(p.read_text(encoding="utf-8")), lab.strip(),
                                       lang, f"semeval-{lang}"))
    return out


def load_basil(root: Path) -> list[Article]:
    out = []
    for p in sorted((root / "media-bias/basil/raw/articles").rglob("*.json")):
        if p.stem in BASIL_DROPPED:
            continue
        d = json.loads(p.read_text(encoding="utf-8"))
        paras = [" ".join(s.strip() for s in para).strip() for para in d.get("body-paragraphs", [])]
        paras = [x for x in paras if x]
        if paras:
            out.append(Article(f"basil-{p.stem}", d.get("title", "").strip() + "\n\n" + "\n".join(paras),
                               "reporting", "en", "basil", d.get("source", "").lower(), d.get("triplet-uuid", "")))
    return out


def shorten(a: Article, min_words: int = 60, max_words: int = 220) -> Article | None:
    """A shortened copy of an article: its title and first paragraphs up to a length drawn (seeded by the id)
    between ``min_words`` and ``max_words``; None when the article is not much longer than that. Training on these
    teaches the model that a short text is not, by its length, satire (SemEval's satire articles are shorter
    than its other articles; real coverage has short briefs)."""
    rng = np.random.default_rng(zlib.crc32(a.id.encode()))
    target = int(rng.integers(min_words, max_words + 1))
    lines = [ln for ln in a.text.splitlines() if ln.strip()]
    title, paras = lines[0], lines[1:]
    if sum(len(p.split()) for p in paras) < target + 50:
        return None
    kept, n = [], 0
    for p in paras:
        kept.append(p)
        n += len(p.split())
        if n >= target:
            break
    return Article(a.id + "#short", title + "\n\n" + "\n".join(kept), a.label, a.lang, a.source, a.outlet,
                   a.event)


def load_all(root: Path) -> list[Article]:
    return load_semeval_en(root) + load_basil(root) + load_semeval_multi(root)


def load_fnc_bodies(root: Path, min_words: int = 80) -> list[Article]:
    """FNC-1 article bodies (news and rumour coverage from many outlets, 2014-2015) with a headline that the
    annotators judged to agree with the body, as the title. Not genre-labelled: a diagnostic set of presumed
    reports, never trained on."""
    csv.field_size_limit(10 ** 9)
    d = root / "agreement/fnc1"
    heads: dict[str, str] = {}
    with open(d / "stances.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["Stance"] == "agree":
                heads.setdefault(r["Body ID"], r["Headline"].strip())
    out = []
    with open(d / "bodies.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            paras = [p.strip() for p in r["articleBody"].splitlines() if p.strip()]
            if r["Body ID"] in heads and sum(len(p.split()) for p in paras) >= min_words:
                out.append(Article(f"fnc{r['Body ID']}", heads[r["Body ID"]] + "\n\n" + "\n".join(paras),
                                   "reporting", "en", "fnc1"))
    return out


def babe_sentences(root: Path) -> tuple[list[str], np.ndarray, np.ndarray, list[str]]:
    """BABE's sentences with two labels each: opinion (0 'Entirely factual', 1 'Expresses writer's opinion', -1
    otherwise) and bias (0 'Non-biased', 1 'Biased', -1 'No agreement'), and their outlet. SG2 first (the larger
    set, more annotators per sentence); a sentence appears once."""
    seen: dict[str, tuple[int, int, str]] = {}
    for name in ("final_labels_SG2.csv", "final_labels_SG1.csv"):
        with open(root / "media-bias/babe" / name, encoding="utf-8-sig") as f:
            for r in csv.DictReader(f, delimiter=";"):
                lab = r["label_opinion"]
                yo = 0 if lab == "Entirely factual" else 1 if lab.startswith("Expresses") else -1
                yb = {"Non-biased": 0, "Biased": 1}.get(r["label_bias"], -1)
                t = r["text"].strip()
                if t and t not in seen and (yo >= 0 or yb >= 0):
                    seen[t] = (yo, yb, r["outlet"].lower())
    texts = list(seen)
    return (texts, np.array([seen[t][0] for t in texts]), np.array([seen[t][1] for t in texts]),
            [seen[t][2] for t in texts])


_SHINGLE_WORD = re.compile(r"\w+")


def near_duplicate_groups(texts: list[str], threshold: float = 0.3, k: int = 5) -> np.ndarray:
    """Connected components of articles that share at least ``threshold`` of the smaller one's word 5-shingles.

    Containment rather than Jaccard, so that an article quoted at length inside another (a blog post around a
    wire story) joins it: 43 pairs at 0.3 in the genre pool, among them two identical English texts labelled
    once ``reporting`` and once ``opinion``.
    """
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components

    rows, cols = [], []
    sizes = np.zeros(len(texts))
    for i, t in enumerate(texts):
        w = _SHINGLE_WORD.findall(t.lower())
        sh = {zlib.crc32(" ".join(w[j:j + k]).encode()) for j in range(max(1, len(w) - k + 1))}
        rows += [i] * len(sh)
        cols += list(sh)
        sizes[i] = len(sh)
    _, col_idx = np.unique(np.array(cols, np.int64), return_inverse=True)
    x = csr_matrix((np.ones(len(rows), np.float32), (np.array(rows), col_idx)), shape=(len(texts), col_idx.max() + 1))
    inter = (x @ x.T).tocoo()
    smaller = np.minimum(sizes[inter.row], sizes[inter.col])
    keep = (inter.row < inter.col) & (inter.data / np.maximum(smaller, 1) >= threshold)
    g = csr_matrix((np.ones(keep.sum()), (inter.row[keep], inter.col[keep])), shape=(len(texts), len(texts)))
    return connected_components(g, directed=False)[1]
